/**
 * Resolves the noun phrase of an attribution to an entity: a named mention, a pronoun (most recent
 * compatible person, by subject salience and last speaker), a role noun ("the deputy minister" → the
 * person introduced with that title) or an organisation anaphor ("the company").
 */

import { DETERMINERS } from './classify-span.js';
import { affiliationAt, introClauseEnd, lastIntroComma, skipSubjectOpeners } from './clauses.js';
import { SPEECH_VERBS } from './cues.js';
import { type FieldDoc, LEAD_SENTENCES } from './document.js';
import { type EntityDraft, type EntityIndex, PUBLICATIONS } from './entities.js';
import { getGazetteer } from './gazetteer.js';
import { isCommonWord, lexiconTags } from './lexicon.js';
import { KIN } from './people.js';
import { findQuoteSpans, QUOTE_MARKS, type QuoteSpan, quotedMask } from './quote-marks.js';
import { range } from './range.js';
import {
  BUSINESS_KINDS,
  isPluralRole,
  isRoleHead,
  knownRoles,
  ORG_ANAPHORS,
  PERSONAL_HONORIFICS,
  PERSONAL_PRONOUNS,
  ROLE_MODIFIERS,
} from './roles.js';
import { nameHasWord } from './slugify.js';
import { adHocPerson, mainPerson, spokesBody } from './speaker-fallbacks.js';
import { STOPWORDS } from './stopwords.js';
import type { Token } from './tokenize.js';

const MAX_NP_TOKENS = 9;
/** Tokens of an opening phrase before a comma that a sentence's subject may follow ("The previous day,"). */
const MAX_LEAD_PHRASE = 4;
/** "a senior government figure": the longest indefinite lede subject that a later sentence may name. */
/** "it has been (suggested)", "it was (announced)": an impersonal passive names no speaker itself. */
const IMPERSONAL_AUX = new Set(['has', 'have', 'had', 'is', 'was', 'been']);
const MAX_LEDE_NP = 5;
/** Sentences after the lede searched for the named speaker, and the words that open their subject. */
const LEDE_LOOKAHEAD = 3;
const LEDE_SUBJECT_WINDOW = 6;
const DOCUMENTS = new Set(
  'report study survey poll research review document paper letter analysis inquiry investigation figures data'.split(
    ' ',
  ),
);
/** What a body publishes under its name ("the report warned"); a document or a letter may be anyone's. */
const BODY_REPORTS = new Set(['report', 'study', 'survey', 'review', 'analysis', 'inquiry', 'research']);
/** How many earlier sentences "the company" looks back over for the article's firm. */
const ORG_ANAPHOR_SENTENCES = 2;
/** How far ahead a role phrase no one has held yet looks for the person introduced with it. */
const LATER_HOLDER_SENTENCES = 3;
/** "27-year-old": an age used as a noun for a person. */
const AGE_NOUN = /^\d+-year-old$/;
/** How many sentences back a run of "The Spaniard …", "The 21-year-old …" is followed to the person named. */
const MAX_SUBJECT_HOPS = 3;
/** Longest description of a person opening a sentence ("the 25-year-old former Arsenal defender"). */
const MAX_DESCRIBED_SUBJECT = 5;
/** Auxiliaries that follow a sentence's subject ("the world number one was forced"). */
const FINITE_AUX = new Set([
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
]);

/** "Spaniard", "21-year-old": a word that stands for a person by nationality or age. */
function describesPerson(tok: Token | undefined): boolean {
  if (!tok) return false;
  return AGE_NOUN.test(tok.lower) || (tok.cap && getGazetteer().demonyms.has(tok.lower));
}

/**
 * "the Dutchman", "the 32-year-old", "the Waterford man": a definite phrase that stands for a person by
 * nationality, age or home town, used as a noun (not "the Dutch government"). Returns the index after it and
 * the describing word, or undefined.
 */
function personEpithetAt(tokens: readonly Token[], i: number): { end: number; word: string } | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  const word = tokens[i + 1];
  if (!word?.isWord) return undefined;
  let end: number;
  if (word.cap && /^(man|woman)$/.test(tokens[i + 2]?.lower ?? '')) end = i + 3;
  else if (describesPerson(word)) end = i + 2;
  else return undefined;
  // "the American side", "the German Chancellor": the describing word qualifies a noun after it.
  const next = tokens[end];
  if (next?.isWord && (next.cap || lexiconTags(next.lower).some((t) => t === 'Noun' || t === 'Adjective')))
    return undefined;
  return { end, word: word.lower };
}
const PRONOUN_LOOKBACK_SENTENCES = 8;
const NEXT_SUBJECT_WINDOW = 4;
/** How far after a possessive name the person it describes may come ("Wenger's Bayern counterpart Felix"). */
const POSSESSED_WINDOW = 4;
/** How far into a sentence a subject's role may end before the comma that opens its holder's name. */
const MAX_SUBJECT_ROLE = 12;
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula']);
const MAX_RELATIVE_BODY = 10;
/** Sentence openers before a subject ("But the Tory leader …"). */
const OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'yet', 'so', 'now']);
/** Plural group nouns that make a generic speaker ("Belgian authorities said"). */
const GENERIC_GROUPS = new Set(
  `authorities officials analysts experts critics sources observers diplomats economists campaigners strategists insiders
aides activists makers policymakers lawmakers`.split(/\s+/),
);
/**
 * Plural nouns for people that speak as a group when they head a subject ("Church ministers …, saying"), but
 * are often the object a "they" looks past ("hold ministers to account. They said").
 */
const GROUP_SUBJECTS = new Set(
  'ministers mps lawyers doctors scientists researchers teachers protesters residents investors traders bosses executives'.split(
    ' ',
  ),
);
/** Verbs by which a contrast clause's subject answers the speaker before ("but Jo Doe rejected …"). */
const REBUTTALS = new Set([
  'rejected',
  'dismissed',
  'denied',
  'disputed',
  'countered',
  'insisted',
  'defended',
]);
const REBUTTAL_SUBJECT_WINDOW = 8;
/** "… but McIlroy is unfazed", "but Ferguson remains confident": a stance taken against what came before. */
const STANCE_COPULAS = new Set(['is', 'was', 'remains', 'remained', 'seemed', 'seems']);
const STANCES = new Set(
  'unfazed undaunted unconcerned unworried unperturbed unmoved confident adamant defiant upbeat optimistic sceptical skeptical'.split(
    ' ',
  ),
);
/** Ranks that make a different role of the same head ("shadow chancellor" is not "the chancellor"). */
const RANKS = new Set(['shadow', 'deputy', 'vice', 'assistant', 'junior']);
/** A role word saying the title is no longer held: "former", "ex-chancellor", "ex-Conservative". */
const isFormer = (word: string) => word === 'former' || word.startsWith('ex-');
/** Party words in role phrases ("the Tory MP"), which must not contradict the person they describe. */
const PARTY_WORDS = new Map([
  ['labour', 'labour'],
  ['tory', 'conservative'],
  ['conservative', 'conservative'],
  ['liberal', 'liberal'],
  ['democratic', 'democratic'],
  ['republican', 'republican'],
]);
/** Words skipped between a subject and its verb ("Sherman also said", "he later told"). */
const ADVERBS = new Set([
  'also',
  'later',
  'then',
  'previously',
  'earlier',
  'meanwhile',
  'however',
  'too',
  'has',
  'had',
  'have',
  'was',
  'is',
  'reportedly',
  'subsequently',
  'again',
  'further',
  'once',
  'repeatedly',
  'recently',
  'had',
  'would',
  'will',
  'has',
  'separately',
  'publicly',
  'privately',
  'simply',
  'only',
  'not',
  'never',
  'even',
  'yesterday',
  'today',
]);
const SPOKES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'source',
  'sources',
  'statement',
  'letter',
  'representative',
  'aide',
  'adviser',
]);
/** A person's own writings, which speak for them ("his sales pitch adds", "her blog says"). */
const WRITINGS = new Set(
  'statement letter blog website message note article column book autobiography memoir diary pitch email report'.split(
    ' ',
  ),
);
const MAX_WRITING_PHRASE = 3;
/** Documents that speak for the body that issued them. */
const ISSUED = new Set(['statement', 'letter']);
/** Determiners that introduce someone new: "a judge", "one trader", "another analyst". */
const INDEFINITE = /^(a|an|one|another)$/;
/** Kinds of publication, which may come before the name they introduce ("US magazine Rolling Stone"). */
const PUBLICATION_KINDS: ReadonlySet<string> = new Set([...PUBLICATIONS, 'paper', 'tabloid']);
const GENERIC_HEADS_NULL = new Set([
  'they',
  'we',
  'i',
  'you',
  'it',
  'analysts',
  'experts',
  'critics',
  'officials',
  'observers',
  'residents',
  'witnesses',
  'sources',
  'others',
  'some',
  'many',
  'one',
  'who',
]);

/** Words that put the name after them in an object or prepositional phrase ("with the younger Williams"). */
const OBJECT_MARKERS = new Set(
  'with against to by for over from on at of about beat beats defeated the a an her his their'.split(' '),
);

/** Of those, the pronouns: no one named, but not a group left unnamed on purpose either. */
const PRONOUN_HEADS = new Set(['they', 'we', 'i', 'you', 'it', 'who']);
/** Words opening a phrase set off by commas after a name ("Jo Doe, speaking in Paris, said"). */
const ASIDE_OPENERS = new Set(
  'on in at after before despite during following since like unlike speaking writing'.split(' '),
);
/** People of a person's own: "Mr Doe's lawyer", "Michael Jackson's mother" is not Mr Doe or Michael Jackson. */
const PERSONS_OWN = new Set([
  ...KIN.keys(),
  ...`mum dad parents family girlfriend boyfriend partner fiancee fiance friend friends lawyer lawyers solicitor
solicitors attorney attorneys barrister barristers agent publicist biographer aide aides doctor`.split(/\s+/),
]);

export interface Resolution {
  readonly entity: EntityDraft | null;
  /** Token range of the phrase that named the speaker. */
  readonly start: number;
  readonly end: number;
  /** 'writing': a person's own statement or letter speaking for them ("Mr Crosby's statement said"). */
  readonly via: 'name' | 'pronoun' | 'role' | 'anaphor' | 'writing' | 'none';
  /** The body an unnamed spokesperson speaks for ("a spokeswoman for Acme"): not the speaker, a tag signal. */
  readonly voiceOf?: EntityDraft;
  /** True when the phrase is a generic speaker on purpose ("a spokeswoman for …"), so no name is expected. */
  readonly generic?: boolean;
  /** True when a passive's agent named the speaker ("described by one union as"), whoever else the clause quotes. */
  readonly agent?: boolean;
}

export class SpeakerResolver {
  lastSpeaker: EntityDraft | null = null;
  lastSpeakerSentence = -1;
  /** The person each earlier sentence attributed speech to (sentence index → speaker), for pronouns. */
  /** null: the sentence's speaker was an unnamed spokesperson ("A Labour spokesman said …. He added …"). */
  readonly sentenceSpeakers = new Map<number, EntityDraft | null>();
  /** The last organisation that spoke ("The company said …. "…," it added."), and its sentence. */
  lastOrgSpeaker: EntityDraft | null = null;
  lastOrgSpeakerSentence = -1;
  /** The person whose own statement spoke last ("Mr Crosby's statement said …. It added …"), and its sentence. */
  lastWriter: EntityDraft | null = null;
  lastWriterSentence = -1;
  /** The people quoted so far, for an unattributed quotation in a one-voice article. */
  readonly peopleQuoted = new Set<EntityDraft>();
  readonly #index: EntityIndex;
  readonly #quoted = new Map<FieldDoc, Uint8Array>();

  constructor(index: EntityIndex) {
    this.#index = index;
  }

  #at(doc: FieldDoc): readonly (EntityDraft | undefined)[] {
    return this.#index.entityAt.get(doc.field)!;
  }

  /**
   * 1 for the tokens inside quotation marks (marks included). Taken from the whole field, not counted
   * from a sentence's start: a sentence may begin inside a quotation (`"Toronto wanted it. The Tolkien
   * books sell," said Mr Wallace`), and its first name is then the speaker's words, not its subject.
   */
  quoted(doc: FieldDoc, spans?: readonly QuoteSpan[]): Uint8Array {
    let mask = this.#quoted.get(doc);
    if (!mask) {
      mask = quotedMask(doc, spans ?? findQuoteSpans(doc));
      this.#quoted.set(doc, mask);
    }
    return mask;
  }

  /** The entity whose mention covers each token of the field. */
  entitiesAt(doc: FieldDoc): readonly (EntityDraft | undefined)[] {
    return this.#at(doc);
  }

  /** Resolve the noun phrase in tokens [a, b). `mode` picks the first ('after' a cue) or last ('before') entity. */
  resolve(doc: FieldDoc, a: number, b: number, mode: 'first' | 'last'): Resolution {
    const { tokens } = doc;
    while (a < b && (!tokens[a]!.isWord || tokens[a]!.lower === 'and')) a++;
    if (mode === 'last') b = beforeParenthetical(tokens, a, b);
    // "said one analyst quoted by Agence France Presse": the outlet that quoted them does not speak.
    const quotedBy = range(a, b).find(
      (i) => /^(quoted|cited)$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === 'by',
    );
    if (quotedBy !== undefined) b = quotedBy;
    while (b > a && (!tokens[b - 1]!.isWord || ADVERBS.has(tokens[b - 1]!.lower))) b--;
    if (b <= a) return none(a, b);
    // Before a cue, a person anywhere in the subject wins ("Jo Doe, chief executive of Acme, said").
    const fullStart = a;
    if (mode === 'last' && b - a > MAX_NP_TOKENS) a = b - MAX_NP_TOKENS;
    if (mode === 'first' && b - a > MAX_NP_TOKENS) b = a + MAX_NP_TOKENS;
    const at = this.#at(doc);
    // Named entity: a person wins over an organisation over a place ("a spokesman for the White House").
    const order = mode === 'first' ? range(a, b) : range(a, b).reverse();
    // "Asked about the BNP, he told…": a pronoun right before the cue is its subject.
    const lastWord = tokens[b - 1]!.lower;
    if (mode === 'last' && b - 1 > fullStart && (lastWord === 'he' || lastWord === 'she')) {
      const e = this.pronoun(doc, b - 1, lastWord === 'he' ? 'm' : 'f');
      if (e) return { entity: e, start: b - 1, end: b, via: 'pronoun' };
    }
    // "… a report which it describes as": "it" right before the cue is the organisation that spoke or was named.
    if (mode === 'last' && b - 1 > fullStart && lastWord === 'it') {
      const body = this.orgSpeaker(doc, b - 1);
      if (body) return { entity: body, start: b - 1, end: b, via: 'anaphor' };
    }
    // "Reacting to a remark by Jo Doe, the American said": an introductory clause holds no subject.
    let subjectStart = fullStart;
    if (mode === 'last') {
      const comma = lastIntroComma(tokens, fullStart, b);
      if (comma >= 0) {
        subjectStart = comma + 1;
        if (a < subjectStart) a = subjectStart;
      }
    }
    // "According to Mr Peston the prime minister said": the source named first is no subject of the verb.
    if (
      mode === 'last' &&
      tokens[subjectStart]?.lower === 'according' &&
      tokens[subjectStart + 1]?.lower === 'to'
    ) {
      let k = subjectStart + 2;
      while (k < b && PERSONAL_HONORIFICS.has(tokens[k]!.lower)) k++;
      const source = at[k];
      while (source && k < b && at[k] === source) k++;
      if (source && k < b) {
        subjectStart = k;
        a = Math.max(a, k);
      }
    }
    // "The Conservatives and Lib Dems both say", "Labour and the Tories claim": two bodies speaking together are
    // no one speaker; two people ("said Jonathan Wolpaw and Dennis McFarlane") are named by the first.
    if (jointSubject(tokens, at, subjectStart, b)) {
      const first = range(subjectStart, b).find((i) => at[i]);
      const people = range(subjectStart, b).every((i) => !at[i] || at[i]!.type === 'person');
      return people && first !== undefined
        ? { entity: at[first]!, start: first, end: first + 1, via: 'name' }
        : { ...none(a, b), generic: true };
    }
    // "Belgian authorities", "Russian officials": a generic group is no one's name, whatever place it is from.
    // "A host of lenders and economists have predicted" too: the group noun heads the subject.
    const groupHeadAt = mode === 'last' ? b - 1 : Math.min(b - 1, a + 2);
    const groupHead = tokens[groupHeadAt]!.lower;
    // ("UKIP officials", "Labour strategists" too: the organisation's people, not the organisation).
    if (
      (GENERIC_GROUPS.has(groupHead) ||
        ((GROUP_SUBJECTS.has(groupHead) || isPluralRole(tokens[groupHeadAt])) &&
          !range(a, b).some((i) => at[i]?.type === 'organisation'))) &&
      !range(a, b).some((i) => at[i]?.type === 'person')
    ) {
      // "the MPs who make up the Work and Pensions Committee": people of a named body speak for it.
      if (mode === 'last' && GROUP_SUBJECTS.has(groupHead) && /^(who|that)$/.test(tokens[b]?.lower ?? '')) {
        // The last body named there ("the Commons Work and Pensions Committee": the committee).
        let body = -1;
        for (let j = b + 1; j < Math.min(tokens.length, b + MAX_RELATIVE_BODY); j++) {
          if (!tokens[j]!.isWord) break;
          if (at[j]?.type === 'organisation') body = j;
        }
        if (body >= 0) return { entity: at[body]!, start: body, end: body + 1, via: 'name' };
      }
      // "… the environment select committee said. The MPs said …": a committee's members speak for it.
      if (groupHead === 'mps' || groupHead === 'peers') {
        const committees = this.#index.entities.filter(
          (e) => e.type === 'organisation' && /\bCommittee\b/.test(e.name) && mentionedBefore(e, doc, a),
        );
        const committee = committees.length > 0 ? mostRecent(committees, doc, a) : null;
        if (committee) return { entity: committee, start: a, end: b, via: 'anaphor' };
      }
      return { ...none(a, b), generic: true };
    }
    // "Sources within the Conservative Party told": a group noun heading the subject before a preposition.
    const lead = /^(the|some|many|other|senior)$/.test(tokens[subjectStart]?.lower ?? '')
      ? subjectStart + 1
      : subjectStart;
    // ("Policy makers in Europe have called": a compound group noun too.)
    const group =
      GENERIC_GROUPS.has(tokens[lead + 1]?.lower ?? '') && !tokens[lead + 1]!.cap ? lead + 1 : lead;
    if (
      mode === 'last' &&
      GENERIC_GROUPS.has(tokens[group]?.lower ?? '') &&
      /^(within|in|at|from|inside|close|near|around)$/.test(tokens[group + 1]?.lower ?? '') &&
      !range(subjectStart, b).some((i) => at[i]?.type === 'person')
    )
      return { ...none(a, b), generic: true };
    // "a spokeswoman for Acme", "the firm's spokesman", "an IMF official": an unnamed spokesperson is not a
    // named speaker, so the quote has none; "the statement" stands for the body that issued it. A person
    // after the head is who they speak for ("a spokeswoman for St David's Centre"), not the speaker.
    const spokesHead = range(a, b).find(
      (i) =>
        SPOKES.has(tokens[i]!.lower) &&
        !tokens[i]!.cap &&
        (i === b - 1 ||
          /^(for|of|at|with|in)$/.test(tokens[i + 1]!.lower) ||
          // "An All England club spokesperson denied …, insisting:": the spokesperson is the subject.
          (mode === 'last' && lexiconTags(tokens[i + 1]!.lower).includes('PastTense'))),
    );
    // "Mr Blair's spokesman", "the prime minister's official spokesman": a person's spokesperson is unnamed too.
    const possessedBy = (i: number, head: number) =>
      at[i]?.type === 'person' && range(i + 1, head).some((j) => /^('s|’s|')$/.test(tokens[j]!.text));
    const ownerOnly = (i: number) => possessedBy(i, spokesHead ?? i);
    // "In a statement issued on Wednesday Lord Woolf said": a statement in an adverbial names no speaker.
    const adverbial =
      spokesHead !== undefined &&
      range(Math.max(fullStart, spokesHead - 3), spokesHead).some((i) =>
        /^(in|under|through)$/.test(tokens[i]!.lower),
      ) &&
      range(spokesHead + 1, b).some((i) => at[i]?.type === 'person');
    // "Mr Crosby's statement said", "His sales pitch adds:": a person's own writing speaks for them.
    const writing =
      spokesHead !== undefined && ISSUED.has(tokens[spokesHead]!.lower)
        ? spokesHead
        : mode === 'last' && WRITINGS.has(tokens[b - 1]!.lower)
          ? b - 1
          : -1;
    if (writing > subjectStart && !adverbial) {
      const owner = range(subjectStart, writing).find((i) => possessedBy(i, writing));
      if (owner !== undefined) return { entity: at[owner]!, start: owner, end: owner + 1, via: 'writing' };
      const w = tokens[subjectStart]!.lower;
      if ((w === 'his' || w === 'her') && writing - subjectStart <= MAX_WRITING_PHRASE) {
        const e = this.pronoun(doc, subjectStart, w === 'his' ? 'm' : 'f');
        if (e) return { entity: e, start: subjectStart, end: subjectStart + 1, via: 'writing' };
      }
    }
    // "Shadow spokesman for sport Hugh Robertson said": a portfolio, then the spokesperson's own name.
    const holder = spokesHead === undefined ? undefined : portfolioHolder(tokens, at, spokesHead, b);
    if (holder !== undefined) return { entity: at[holder]!, start: holder, end: holder + 1, via: 'name' };
    if (
      spokesHead !== undefined &&
      !adverbial &&
      !range(subjectStart, spokesHead).some((i) => at[i]?.type === 'person' && !ownerOnly(i))
    ) {
      // "the statement said", "the letter added": the body that issued it ("An IAAF statement said": the one
      // the phrase names).
      if (!ISSUED.has(tokens[spokesHead]!.lower)) return voiced(spokesBody(this.#index, doc, a, b), a, b);
      const named = range(subjectStart, spokesHead).findLast((i) => at[i]?.type === 'organisation');
      const body = named !== undefined ? at[named]! : this.orgSpeaker(doc, a);
      return body ? { entity: body, start: spokesHead, end: spokesHead + 1, via: 'anaphor' } : none(a, b);
    }
    // "Michael Jackson's mother has said", "said Mr Doe's lawyer": someone of the person's speaks, not the person;
    // a relative named elsewhere with the family name ("His mother Katherine Jackson") is who.
    const own = tokens[b - 1]!;
    if (PERSONS_OWN.has(own.lower) && !own.cap) {
      const owner = range(mode === 'last' ? subjectStart : a, b - 1).findLast((i) => possessedBy(i, b - 1));
      if (owner !== undefined) {
        const relative = KIN.has(own.lower) ? this.#relativeNamed(doc, at[owner]!, own.lower) : null;
        return relative
          ? { entity: relative, start: a, end: b, via: 'role' }
          : { ...none(a, b), generic: true };
      }
      // "…," his son said: the son named before ("Mr Nogar's son Stephen").
      const his = tokens[b - 2]?.lower;
      if ((his === 'his' || his === 'her') && KIN.has(own.lower)) {
        const owner = this.pronoun(doc, b - 2, his === 'his' ? 'm' : 'f');
        const relative = owner ? this.#relativeNamed(doc, owner, own.lower) : null;
        if (relative) return { entity: relative, start: a, end: b, via: 'role' };
      }
    }
    if (mode === 'last') {
      for (let i = b - 1; i >= subjectStart; i--) {
        const e = at[i];
        if (e?.type === 'person') return { entity: e, start: i, end: i + 1, via: 'name' };
      }
    }
    // After a cue too, a person named in the phrase is the speaker ("…," CML director general Jo Doe said),
    // unless they are who the phrase is for or of ("a lawyer for Jo Doe", "a friend of Jo Doe").
    if (mode === 'first') {
      for (let i = a; i < b; i++) {
        if (/^(for|of|to|with|by|behind)$/.test(tokens[i]!.lower)) break;
        const e = at[i];
        if (e?.type === 'person' && !/^('s|’s)$/.test(tokens[i + 1]?.text ?? '')) {
          // "William Hill spokesman Rupert Adams said": a name before a role is whom the holder speaks for.
          const holder = roleHolderAfter(tokens, at, i, b);
          return {
            entity: holder?.entity ?? e,
            start: holder?.at ?? i,
            end: (holder?.at ?? i) + 1,
            via: 'name',
          };
        }
      }
      // "said Ray Marshall of the Hendrix Foundation": an untyped capitalised name before "of"/"from"/"at" is
      // a person speaking for the body named after it.
      const prep = range(a + 1, b).find((i) => /^(of|from|at)$/.test(tokens[i]!.lower));
      const nameRun = (i: number) => tokens[i]!.cap && tokens[i]!.isWord && !at[i];
      if (
        prep !== undefined &&
        prep - a >= 2 &&
        range(a, prep).every(nameRun) &&
        range(a, prep).some((i) => !isCommonWord(tokens[i]!.lower))
      ) {
        const named = adHocPerson(this.#index, doc, a, prep, 'first');
        if (named) return named;
      }
    }
    // "the French coach": a demonym is not the speaker when a role noun heads the phrase.
    // ("the Scottish Executive said": a role word inside a body's name is no role.)
    const roleHeaded = range(a, b).some(
      (i) => isRoleHead(tokens[i]!.lower) && !SPOKES.has(tokens[i]!.lower) && at[i]?.type !== 'organisation',
    );
    // "the Tory leader said": a role introduced with a person ("Tory leader Jo Doe") beats the party word.
    if (roleHeaded) {
      const np = this.#rolePhrase(tokens, a, b, mode);
      if (np && isRoleHead(np.head) && !SPOKES.has(np.head)) {
        const e = this.role(doc, np.start, np.head, np.modifiers, np.qualifiers);
        if (e) return { entity: e, start: np.start, end: np.end, via: 'role' };
      }
    }
    // "a Labour backbencher", "the MP for Sittingbourne": a role names a person, never the party or place in it.
    if (roleHeaded) {
      const np = this.#rolePhrase(tokens, a, b, mode);
      const personRole = np && isRoleHead(np.head) && !SPOKES.has(np.head);
      // "the MP for Kettering", "the chief executive of Acme": a role head before for/of.
      const ofHead = range(a, b - 1).find(
        (i) =>
          isRoleHead(tokens[i]!.lower) &&
          !SPOKES.has(tokens[i]!.lower) &&
          /^(for|of)$/.test(tokens[i + 1]!.lower),
      );
      const hasPerson = range(a, b).some((i) => at[i]?.type === 'person');
      if ((personRole || ofHead !== undefined) && !hasPerson) {
        // "the Tory MP for Sleaford": the lowercase or party words before the head qualify it.
        const ofMods: string[] = [];
        const ofParties: string[] = [];
        if (ofHead !== undefined)
          for (let i = ofHead - 1; i >= a; i--) {
            const w = tokens[i]!.lower;
            if (ROLE_MODIFIERS.has(w)) ofMods.push(w);
            else if (PARTY_WORDS.has(w)) ofParties.push(w);
            else break;
          }
        const byRole =
          ofHead !== undefined ? this.role(doc, ofHead, tokens[ofHead]!.lower, ofMods, ofParties) : null;
        // "A PR expert has told the trial …. Ann Kite told the court …": an indefinite role introduces
        // someone the next sentence names.
        const indefinite = INDEFINITE.test(tokens[a]!.lower);
        const introduced = indefinite ? this.#nextSubject(doc, b) : null;
        // Otherwise it is someone left unnamed: "a judge said the system was …" (another judge than one named
        // before), "A critic once said of Dame Alicia's dancing", "said one trader" (not the story's main person).
        if (indefinite && !byRole && !introduced) return { ...none(a, b), generic: true };
        const main = byRole ?? introduced ?? mainPerson(this.#index);
        if (main) return { entity: main, start: a, end: b, via: 'role' };
      }
    }
    // "But the Tory leader will argue against X, saying": a definite role phrase that opens the subject is
    // the speaker, not the party or firm named in it nor a later object.
    if (mode === 'last' && roleHeaded && !range(subjectStart, b).some((i) => at[i]?.type === 'person')) {
      const e = this.#openingRole(doc, subjectStart, b);
      if (e) return e;
    }
    // "the American said", "said the Frenchman", "says the Waterford man": a person described by nationality
    // or home town stands for the article's main person, and is never the country.
    const epithet = personEpithetAt(tokens, a);
    if (epithet && epithet.end === b && !AGE_NOUN.test(epithet.word)) {
      const main = this.#describedPerson(doc, a, epithet.word);
      return main ? { entity: main, start: a, end: b, via: 'role' } : none(a, b);
    }
    const spokesHeaded = range(a, b).some((i) => SPOKES.has(tokens[i]!.lower));
    // "the US firm", "the French company": a place naming a business's home is not the speaker (but "the
    // Russian foreign ministry" speaks for Russia).
    const anaphorHeaded = range(a, b).some((i) => BUSINESS_KINDS.has(tokens[i]!.lower) && !tokens[i]!.cap);
    // "the 27-year-old Austrian said": a person described by age and nationality, not the country.
    const aged = range(a, b).some((i) => AGE_NOUN.test(tokens[i]!.lower));
    // "a poll conducted for the BBC suggests": the body a survey was made for is not the speaker.
    const survey = range(a, b).some((i) => DOCUMENTS.has(tokens[i]!.lower));
    let commissioned = false;
    let describedByPlace = false;
    for (const type of ['person', 'organisation', 'place'] as const) {
      if (type === 'place' && (roleHeaded || spokesHeaded || anaphorHeaded || aged)) break;
      for (const i of order) {
        if (i < a) continue;
        if (
          survey &&
          (tokens[i - 1]?.lower === 'for' ||
            (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'for'))
        ) {
          commissioned = true;
          continue;
        }
        const e = at[i];
        if (!e || e.type !== type) continue;
        // "one leading Karachi broker", "a Kent farmer": a place modifying a common noun is not the speaker
        // (but "the Russian foreign ministry", "the American side" speak for their country).
        if (type === 'place' && placeModifiesNoun(tokens, at, i, b)) {
          describedByPlace = true;
          continue;
        }
        return { entity: e, start: i, end: i + 1, via: 'name' };
      }
    }
    // Such a phrase names no one: "Australia's competition watchdog said" has no named speaker.
    if (commissioned || describedByPlace) return { ...none(a, b), generic: true };
    const words = range(a, b).map((i) => tokens[i]!.lower);
    const first = mode === 'first' ? 0 : words.length - 1;
    const w = words[first]!;
    const gender = PERSONAL_PRONOUNS.get(w);
    if (
      gender &&
      (w === 'he' || w === 'she' || w === 'him' || w === 'her') &&
      (words.length === 1 || mode === 'last')
    ) {
      const pos = mode === 'first' ? a : b - 1;
      const e = this.pronoun(doc, pos, gender);
      return { entity: e, start: pos, end: pos + 1, via: e ? 'pronoun' : 'none' };
    }
    // Role phrase: "the deputy minister", "the chief executive".
    const np = this.#rolePhrase(tokens, a, b, mode);
    // "the 27-year-old", "said the 74-year-old comedian": an age stands for the article's main person.
    if (np?.age) {
      const main = this.#previousSubject(doc, np.start) ?? mainPerson(this.#index);
      if (main) return { entity: main, start: np.start, end: np.end, via: 'role' };
    }
    if (np) {
      const { head, modifiers, qualifiers, start, end } = np;
      if (isRoleHead(head) && !SPOKES.has(head)) {
        const e = this.role(doc, start, head, modifiers, qualifiers);
        if (e) return { entity: e, start, end, via: 'role' };
      }
      // "Us magazine was unrepentant": a name right before a publication's kind names that publication, never
      // the body named last.
      const name = tokens[end - 2];
      if (
        PUBLICATION_KINDS.has(head) &&
        tokens[end - 1]?.lower === head &&
        end - 2 >= start &&
        name?.cap &&
        !DETERMINERS.has(name.lower)
      ) {
        const e = this.#at(doc)[end - 2];
        return e?.type === 'organisation' ? { entity: e, start, end, via: 'name' } : none(a, b);
      }
      if (ORG_ANAPHORS.has(head)) {
        const e = this.anaphorOrg(doc, start, head, modifiers);
        if (e) return { entity: e, start, end, via: 'anaphor' };
      }
    }
    // "…," it said: the organisation that spoke last, else one named in the previous sentence.
    if (w === 'it' && words.length === 1) {
      // "Mr Crosby's statement said: "…" It added: "…"": the statement goes on, unless a body spoke since.
      const sent = doc.sentenceOf[a]!;
      if (
        this.lastWriter &&
        sent - this.lastWriterSentence <= 1 &&
        this.lastOrgSpeakerSentence < this.lastWriterSentence
      )
        return { entity: this.lastWriter, start: a, end: b, via: 'writing' };
      const body = this.orgSpeaker(doc, a);
      return body ? { entity: body, start: a, end: b, via: 'anaphor' } : none(a, b);
    }
    // "…, the OECD said. … However, the report warned": a body's report speaks for the body that just spoke.
    // ("said the report", or a body that published "a World Bank report" earlier: the report's issuer.)
    const n = words.length;
    const bare = n === 2;
    if ((bare || mode === 'last') && n >= 2 && words[n - 2] === 'the' && BODY_REPORTS.has(words[n - 1]!)) {
      const sent = doc.sentenceOf[a]!;
      if (this.lastOrgSpeaker && sent - this.lastOrgSpeakerSentence <= 2)
        return { entity: this.lastOrgSpeaker, start: a, end: b, via: 'anaphor' };
      const issuer = bare ? this.#issuer(doc, a, words[1]!) : null;
      if (issuer) return { entity: issuer, start: a, end: b, via: 'anaphor' };
    }
    // "… opposed by the Liberal Democrats. They have said …": a party or other body named in the plural.
    if (w === 'they' && words.length === 1) {
      const body = this.#pluralBody(doc, a) ?? this.#committeeSpeaking(doc, a);
      return body ? { entity: body, start: a, end: b, via: 'anaphor' } : none(a, b);
    }
    if (GENERIC_HEADS_NULL.has(w))
      return PRONOUN_HEADS.has(w) ? none(a, b) : { ...none(a, b), generic: true };
    // "a US Embassy spokesman", "a spokeswoman for Acme Corp": the body the spokesperson speaks for.
    if (np && SPOKES.has(np.head)) return voiced(spokesBody(this.#index, doc, a, b), a, b);
    // A capitalised name we could not type on its own ("…," Mirza said): a person named only here.
    const named = adHocPerson(this.#index, doc, a, b, mode);
    if (named) return named;
    if (np && isRoleHead(np.head) && !SPOKES.has(np.head)) {
      const main = mainPerson(this.#index);
      if (main) return { entity: main, start: np.start, end: np.end, via: 'role' };
    }
    // "…, a charity has warned." opening the article: the body a following sentence names as speaking.
    // A document ("a report", "a survey") stays unnamed.
    if (
      /^(a|an)$/.test(words[0]!) &&
      words.length <= MAX_LEDE_NP &&
      !DOCUMENTS.has(words[words.length - 1]!) &&
      doc.sentenceOf[a] === 0 &&
      doc.field === 'body'
    ) {
      const e = this.#ledeSpeaker(doc);
      if (e) return { entity: e, start: a, end: b, via: 'role' };
    }
    // "…, it has been suggested." opening the article: the person or body the next sentence names as speaking
    // ("Culture Secretary Tessa Jowell said …").
    if (
      words[0] === 'it' &&
      words.length > 1 &&
      words.slice(1).every((x) => IMPERSONAL_AUX.has(x)) &&
      doc.sentenceOf[a] === 0 &&
      doc.field === 'body'
    ) {
      const e = this.#ledeSpeaker(doc);
      if (e) return { entity: e, start: a, end: b, via: 'role' };
    }
    // "smiles one broker", "said a senior trader": someone left unnamed on purpose.
    // ("However, one dealer, who asked not to be named, told": after an opener too.)
    let det = a;
    while (det < b && (OPENERS.has(tokens[det]!.lower) || tokens[det]!.text === ',')) det++;
    if (INDEFINITE.test(tokens[det]?.lower ?? '') && range(det + 1, b).every((i) => !tokens[i]!.cap))
      return { ...none(a, b), generic: true };
    return none(a, b);
  }

  /**
   * The person the text names as `owner`'s relative by this kin noun ("his mother Katherine Jackson", "Nogar's
   * son Stephen"): a person named right after the noun who shares the owner's family name, or null.
   */
  #relativeNamed(doc: FieldDoc, owner: EntityDraft, kin: string): EntityDraft | null {
    const at = this.#at(doc);
    const lastWord = (name: string) => name.split(' ').at(-1)!.toLowerCase();
    const family = lastWord(owner.name);
    for (let k = 0; k < doc.tokens.length - 1; k++) {
      if (doc.tokens[k]!.lower !== kin) continue;
      const j = doc.tokens[k + 1]!.text === ',' ? k + 2 : k + 1;
      const e = at[j];
      if (e && e !== owner && e.type === 'person' && lastWord(e.name) === family) return e;
    }
    return null;
  }

  /** "… the MPs said. They said …": a committee that spoke in the sentence before (or this one) is "they". */
  #committeeSpeaking(doc: FieldDoc, pos: number): EntityDraft | null {
    const e = this.lastOrgSpeaker;
    const recent = doc.sentenceOf[pos]! - this.lastOrgSpeakerSentence <= 1;
    return e && recent && /\bCommittee\b/.test(e.name) ? e : null;
  }

  /**
   * "They": the organisation with a plural name ("the Liberal Democrats", "the Tories") named last in this or
   * the previous sentence, outside quotations, when no group of people ("analysts", "MPs") came after it.
   */
  #pluralBody(doc: FieldDoc, pos: number): EntityDraft | null {
    const { tokens } = doc;
    const at = this.#at(doc);
    const quoted = this.quoted(doc);
    const sent = doc.sentenceOf[pos]!;
    const from = doc.sentences[Math.max(0, sent - 1)]!.tokenStart;
    for (let i = pos - 1; i >= from; i--) {
      if (quoted[i]) continue;
      const t = tokens[i]!;
      const e = at[i];
      // ("Labour says it wants …. They say …": a body that spoke in the sentence before, plural or not.)
      if (e?.type === 'organisation') {
        const plural = /s$/.test(t.lower) && !t.upper;
        const justSpoke = e === this.lastOrgSpeaker && sent - this.lastOrgSpeakerSentence <= 1;
        return plural || justSpoke ? e : null;
      }
      if (e?.type === 'person') return null;
      if (!e && GENERIC_GROUPS.has(t.lower)) return null;
    }
    return null;
  }

  /** The person or organisation opening one of the sentences after the lede that also holds a speech verb. */
  #ledeSpeaker(doc: FieldDoc): EntityDraft | null {
    const at = this.#at(doc);
    for (let k = 1; k <= LEDE_LOOKAHEAD && k < doc.sentences.length; k++) {
      const s = doc.sentences[k]!;
      let subject: EntityDraft | null = null;
      for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + LEDE_SUBJECT_WINDOW); i++) {
        const e = at[i];
        if (e?.type === 'person' || e?.type === 'organisation') {
          subject = e;
          break;
        }
      }
      if (!subject) continue;
      const quoted = this.quoted(doc);
      for (let i = s.tokenStart; i < s.tokenEnd; i++)
        if (!quoted[i] && SPEECH_VERBS.has(doc.tokens[i]!.lower) && !doc.tokens[i]!.cap) return subject;
    }
    return null;
  }

  /** A definite role phrase opening [s, b) and followed by its verb ("the Tory leader will argue …"). */
  #openingRole(doc: FieldDoc, s: number, b: number, holderOnly = false): Resolution | null {
    const { tokens } = doc;
    while (s < b && OPENERS.has(tokens[s]!.lower)) s++;
    if (tokens[s]?.lower !== 'the') return null;
    let h = s + 1;
    while (h < b && tokens[h]!.isWord && (tokens[h]!.cap || ROLE_MODIFIERS.has(tokens[h]!.lower))) h++;
    const head = tokens[h]?.lower ?? '';
    // ("The manager defended Beattie": a bare role names its holder, though it guesses no one.)
    if (h >= b - 1 || (h === s + 1 && !holderOnly) || !isRoleHead(head) || (SPOKES.has(head) && !holderOnly))
      return null;
    // "The manager (initially) defended …": an adverb or a verb in the past tense after the head.
    const next = tokens[h + 1]!.lower;
    if (!ADVERBS.has(next) && !pastTense(tokens[pastAdverb(tokens, h + 1)]?.lower ?? '')) return null;
    const np = this.#rolePhrase(tokens, s, h + 1, 'last');
    if (!np) return null;
    const e =
      this.role(doc, np.start, head, np.modifiers, np.qualifiers) ??
      (holderOnly ? null : mainPerson(this.#index));
    return e ? { entity: e, start: np.start, end: np.end, via: 'role' } : null;
  }

  #rolePhrase(
    tokens: readonly Token[],
    a: number,
    b: number,
    mode: 'first' | 'last',
  ): {
    head: string;
    modifiers: string[];
    qualifiers: string[];
    start: number;
    end: number;
    age: boolean;
  } | null {
    // Before a cue the phrase ends at b; after a cue it starts at a ("said the deputy minister").
    if (mode === 'last') {
      const head = tokens[b - 1]!.lower;
      const modifiers: string[] = [];
      const qualifiers: string[] = [];
      let age = AGE_NOUN.test(head);
      let portfolio = -1;
      let farModifier = false;
      let i = b - 2;
      for (; i >= a; i--) {
        const t = tokens[i]!;
        if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
        if (AGE_NOUN.test(t.lower)) {
          age = true;
          continue;
        }
        // "Russia's president": a possessive before the head qualifies it.
        if (t.text === "'s" || t.text === '’s') continue;
        // "the Labour peer and former minister": two roles of one person.
        if (t.lower === 'and' && isRoleHead(tokens[i - 1]?.lower ?? '')) continue;
        // "the work and pensions minister": a portfolio of two lowercase words before the head.
        if (
          t.lower === 'and' &&
          i === b - 3 &&
          isRoleHead(head) &&
          /^[a-z-]+$/.test(tokens[i - 1]?.text ?? '')
        ) {
          portfolio = i - 1;
          continue;
        }
        // "the club's sporting director": one unlisted lowercase modifier right before the role head; more of
        // them only in a phrase a determiner opens ("The double Olympic champion said").
        const word = (isRoleHead(head) || ORG_ANAPHORS.has(head)) && /^[a-z-]+$/.test(t.lower);
        const looseModifier = word && (i === b - 2 || i === portfolio);
        const listed = ROLE_MODIFIERS.has(t.lower) || isRoleHead(t.lower) || t.cap || t.lower === 'of';
        if (!t.isWord || !(listed || looseModifier || word)) return null;
        if (!listed && !looseModifier) farModifier = true;
        if (!t.cap) modifiers.push(t.lower);
        else qualifiers.push(t.lower);
      }
      if (farModifier && !/^(the|a|an)$/.test(tokens[i]?.lower ?? '')) return null;
      return { head, modifiers, qualifiers, start: Math.max(i, a), end: b, age };
    }
    let i = a;
    if (/^(the|a|an)$/.test(tokens[i]!.lower)) i++;
    const modifiers: string[] = [];
    const qualifiers: string[] = [];
    let head = '';
    let age = false;
    for (; i < b; i++) {
      const t = tokens[i]!;
      if (!t.isWord) break;
      if (!head && AGE_NOUN.test(t.lower)) {
        age = true;
        continue;
      }
      if (isRoleHead(t.lower) || ORG_ANAPHORS.has(t.lower)) {
        if (head) modifiers.push(head);
        head = t.lower;
        continue;
      }
      if (head) break;
      // "the Spurs sporting director": one unlisted lowercase modifier right before the role head.
      // "the radio station": one before an organisation noun too.
      const nextHead = tokens[i + 1]?.lower ?? '';
      // "the trade and industry secretary": a portfolio of two lowercase words before the head.
      const portfolio =
        tokens[i + 1]?.lower === 'and' &&
        /^[a-z]+$/.test(tokens[i + 2]?.text ?? '') &&
        isRoleHead(tokens[i + 3]?.lower ?? '') &&
        i + 3 < b;
      if (portfolio) {
        modifiers.push(t.lower);
        i++;
        continue;
      }
      // ("said the European cross-country champion": a hyphenated one too.)
      const looseModifier =
        /^[a-z][a-z-]*$/.test(t.lower) && (isRoleHead(nextHead) || ORG_ANAPHORS.has(nextHead)) && i + 1 < b;
      if (!(ROLE_MODIFIERS.has(t.lower) || t.cap || looseModifier)) return null;
      if (!t.cap) modifiers.push(t.lower);
      else qualifiers.push(t.lower);
    }
    return head || age ? { head, modifiers, qualifiers, start: a, end: i, age } : null;
  }

  /**
   * He/she: same sentence's most recent compatible person outside quotation marks, else the subject of the
   * nearest earlier sentence. A sentence whose subject is itself a compatible pronoun ("He urged Mr Brown…")
   * continues the chain, so its object is skipped. A resolved pronoun teaches the entity its gender.
   */
  pronoun(doc: FieldDoc, pos: number, gender: 'm' | 'f'): EntityDraft | null {
    const e = this.#pronoun(doc, pos, gender);
    if (e && e.gender === null) e.gender = gender;
    return e;
  }

  /**
   * The person a sentence's role or demonym subject stands for ("But the Lib Dem spokesman questioned …",
   * "The previous day, the Olympic champion went down to …", "The Belgian went down to …"), or null.
   */
  #subjectHolder(doc: FieldDoc, s: number, e: number): EntityDraft | null {
    const { tokens } = doc;
    // A short opening phrase ("The previous day,", "On Sunday,") is not the subject.
    const comma = range(s + 1, Math.min(e, s + MAX_LEAD_PHRASE + 1)).find((i) => tokens[i]!.text === ',');
    const starts = comma === undefined ? [s] : [s, comma + 1];
    for (const start of starts) {
      const holder = this.#openingRole(doc, start, e, true)?.entity;
      if (holder) return holder;
      // "But the 25-year-old Dubliner underlined …", "The world number one was forced to …": a person described
      // and not named stands for the article's main person when the sentence before names them, else for whom
      // that sentence was about.
      const the = OPENERS.has(tokens[start]!.lower) ? start + 1 : start;
      if (this.#describedSubject(doc, the, e)) {
        const main = mainPerson(this.#index);
        const at = this.#at(doc);
        const prev = doc.sentences[doc.sentenceOf[start]! - 1];
        const quoted = this.quoted(doc);
        if (main && prev && range(prev.tokenStart, prev.tokenEnd).some((i) => at[i] === main && !quoted[i]))
          return main;
        const earlier = this.#previousSubject(doc, start);
        if (earlier) return earlier;
        // ("… three sequels followed. The writer was known for …": the sentence before names no one, and no one
        // else has been quoted.)
        if (main && (!this.lastSpeaker || this.lastSpeaker === main)) return main;
      }
      // "The Belgian went down …": a demonym subject followed by its verb.
      const verb = tokens[start + 2];
      const after = tokens[pastAdverb(tokens, start + 2)];
      if (
        tokens[start]?.lower === 'the' &&
        tokens[start + 1]?.cap &&
        getGazetteer().demonyms.has(tokens[start + 1]!.lower) &&
        verb?.isWord &&
        !verb.cap &&
        (ADVERBS.has(verb.lower) || pastTense(after?.lower ?? ''))
      ) {
        const r = this.resolve(doc, start, start + 2, 'last');
        if (r.entity) return r.entity;
      }
    }
    return null;
  }

  /**
   * "the 25-year-old Dubliner underlined", "The world number one was forced", "the Swiss star hit back": a
   * definite phrase at `the` describing a person it does not name, followed by its verb.
   */
  #describedSubject(doc: FieldDoc, the: number, e: number): boolean {
    const { tokens } = doc;
    if (tokens[the]?.lower !== 'the') return false;
    const verbish = (t: Token | undefined) =>
      t !== undefined && !t.cap && (pastTense(t.lower) || ADVERBS.has(t.lower) || FINITE_AUX.has(t.lower));
    let j = the + 1;
    while (j < e && j - the <= MAX_DESCRIBED_SUBJECT && tokens[j]!.isWord && !verbish(tokens[j])) j++;
    // ("The seventh seed, who has never gone beyond …, is looking forward": past a relative clause.)
    let verb = j;
    if (tokens[j]?.text === ',' && /^(who|whose)$/.test(tokens[j + 1]?.lower ?? '')) {
      const close = range(j + 2, e).find((i) => tokens[i]!.text === ',');
      if (close !== undefined) verb = close + 1;
    }
    if (j === the + 1 || !verbish(tokens[verb])) return false;
    // ("The musical's director is Matthew Warchus": the phrase is named right after its copula.)
    if (/^(is|was)$/.test(tokens[verb]!.lower) && tokens[verb + 1]?.cap) return false;
    const at = this.#at(doc);
    if (range(the + 1, j).some((i) => at[i]?.type === 'person')) return false;
    const head = tokens[j - 1]!.lower;
    return (
      range(the + 1, j).some((i) => AGE_NOUN.test(tokens[i]!.lower)) ||
      (isRoleHead(head) && !SPOKES.has(head)) ||
      (head === 'one' && tokens[j - 2]?.lower === 'number') ||
      describesPerson(tokens[j - 1])
    );
  }

  #pronoun(doc: FieldDoc, pos: number, gender: 'm' | 'f'): EntityDraft | null {
    const ok = (e: EntityDraft | undefined) =>
      e !== undefined && e.type === 'person' && (e.gender === null || e.gender === gender);
    const at = this.#at(doc);
    const sent = doc.sentenceOf[pos]!;
    const s = doc.sentences[sent]!;
    const quoted = this.quoted(doc);
    const last = this.lastSpeaker;
    const lastRecent = last && ok(last) && sent - this.lastSpeakerSentence <= 2;
    // "Mr Blair had been hurt by it, he added": people in the reported clause do not outrank the current speaker.
    // The same holds when this sentence already gave the speaker a partial quote (`"…" …, he added`).
    // (`Mr Blair's government was a "…" he added`: right after a partial quotation too.)
    // ("When Jo Doe appeared on the show, he said …": that comma closes a clause with a subject of its own, which
    // the pronoun goes on about, not a reported one.)
    const tail =
      (doc.tokens[pos - 1]?.text === ',' && !subordinateClauseBefore(doc.tokens, s.tokenStart, pos)) ||
      this.#afterPartialQuote(doc, pos);
    if (lastRecent && tail && sent - this.lastSpeakerSentence <= 1) return last;
    // "defended coach Jo Doe, who he believes was …": the pronoun is not the relative pronoun's antecedent.
    const antecedent = /^(who|whom)$/.test(doc.tokens[pos - 1]?.lower ?? '')
      ? relativeAntecedent(doc, at, pos - 1)
      : null;
    // "He has been called the Johnny Carson of podcasting which, he says, …": a sentence whose subject is the
    // same pronoun goes on about its subject, not the people named since.
    const opener = subjectPronounAt(doc.tokens, s.tokenStart, pos, gender);
    if (opener !== undefined && opener < pos - 1) return this.pronoun(doc, opener, gender);
    // "But standing next to Mr Blair he added …": people in an opening participle phrase are not the pronoun's.
    // ("At a conference hosted by Gordon Brown, he said …": nor are people in an opening prepositional phrase.)
    const intro = prepositionalIntro(doc.tokens, s.tokenStart, pos)
      ? pos
      : participleIntroEnd(doc.tokens, s.tokenStart, pos);
    // "Tony Blair would be in the front line, he said", "The problem with Mel Gibson's film, he believed, was
    // …": a pronoun whose verb reports the clause around it is never a person named in that clause.
    const reportsClause = tail && closesCue(doc.tokens, pos + 1, s.tokenEnd);
    if (!reportsClause)
      for (let i = pos - 1; i >= intro; i--)
        if (!quoted[i] && ok(at[i]) && at[i] !== antecedent) return at[i]!;
    for (let k = sent - 1; k >= 0 && k >= sent - PRONOUN_LOOKBACK_SENTENCES; k--) {
      const ss = doc.sentences[k]!;
      // "While saying he admired Mr Blair's leadership, he criticised …": the main clause's pronoun.
      const introEnd = introClauseEnd(doc.tokens, ss.tokenStart, ss.tokenEnd);
      const mainStart = introEnd > ss.tokenStart ? introEnd + 1 : ss.tokenStart;
      if (
        startsWithPronoun(doc, ss.tokenStart, ss.tokenEnd, gender) ||
        (mainStart > ss.tokenStart && startsWithPronoun(doc, mainStart, ss.tokenEnd, gender))
      ) {
        if (lastRecent) return last;
        // "Now he is promising a "…" increase": whom that sentence's pronoun was found to be.
        const chained = this.sentenceSpeakers.get(k);
        if (chained && ok(chained)) return chained;
        continue;
      }
      // "The problem with Mel Gibson's film, he believed, was …. "…," he said": the same pronoun reported that
      // sentence, so it is whom that one was.
      const reporter = range(ss.tokenStart + 1, ss.tokenEnd).find(
        (j) =>
          doc.tokens[j - 1]!.text === ',' &&
          doc.tokens[j]!.lower === (gender === 'm' ? 'he' : 'she') &&
          !quoted[j] &&
          closesCue(doc.tokens, j + 1, ss.tokenEnd),
      );
      if (reporter !== undefined) {
        const chained = this.pronoun(doc, reporter, gender);
        if (chained) return chained;
      }
      // "Hewitt said … but Tennis Australia's Geoff Pollard rejected his comments. "…," he said": the one
      // who answered.
      const answer = this.#rebuttal(doc, k, ok);
      if (answer && answer !== last) return answer;
      // The person a sentence attributes speech to outranks the people its reported clause mentions.
      if (lastRecent && this.lastSpeakerSentence === k) return last;
      const spoke = this.sentenceSpeakers.get(k);
      if (spoke && ok(spoke)) return spoke;
      if (spoke === null) return null;
      // "A Labour spokesman denied the campaign was anti-Semitic. "…," he said": the unnamed spokesperson who
      // opens the sentence before, so no one named.
      if (unnamedSpokesperson(doc, at, mainStart, ss.tokenEnd, gender)) return null;
      // "But the Lib Dem spokesman questioned …. He urged …": a role subject held by someone named before.
      const holder = this.#subjectHolder(doc, ss.tokenStart, ss.tokenEnd);
      if (holder?.type === 'person' && ok(holder)) return holder;
      // "DiCaprio, who lost to Foxx, will face him again": people in a relative clause are asides.
      const aside = relativeClauses(doc, ss.tokenStart, ss.tokenEnd);
      // "Having worked with Mr Doe, Mr Bell focused on …": an introductory clause is an aside too.
      for (let i = ss.tokenStart; i < introEnd; i++) aside.add(i);
      // "An own goal followed by an Alan Shearer strike …": a name describing a thing is nobody's antecedent.
      const modifiers = new Set(namesAsModifiers(doc, at, ss.tokenStart, ss.tokenEnd));
      const mainPeople: EntityDraft[] = [];
      const people: EntityDraft[] = [];
      for (let i = ss.tokenStart; i < ss.tokenEnd; i++) {
        if (quoted[i] || !ok(at[i]) || modifiers.has(i)) continue;
        if (!people.includes(at[i]!)) people.push(at[i]!);
        if (!aside.has(i) && !mainPeople.includes(at[i]!)) mainPeople.push(at[i]!);
      }
      if (people.length === 0) {
        // "The affair still rankles with the Dutchman. "…," he said": a person described, not named.
        const epithet = range(ss.tokenStart, ss.tokenEnd).find(
          (i) => !quoted[i] && personEpithetAt(doc.tokens, i),
        );
        if (epithet === undefined) continue;
        const word = personEpithetAt(doc.tokens, epithet)!.word;
        const opener = OPENERS.has(doc.tokens[ss.tokenStart]!.lower) ? ss.tokenStart + 1 : ss.tokenStart;
        const described = this.#describedPerson(doc, epithet, word, epithet === opener);
        if (described && ok(described)) return described;
        continue;
      }
      // "But the wildcard entry was dispatched by Jo Doe. … he was happy": a described subject undergoing what
      // the people named do goes on about the person before, not about them.
      const agent = passiveAgentAt(doc.tokens, mainStart, ss.tokenEnd);
      if (agent !== undefined && range(ss.tokenStart, agent).every((i) => !ok(at[i]))) continue;
      // The one person outside the asides, subject or not ("Ireland, despite having Jo Doe out, have been
      // boosted by the return of Ned Pike. "…," he said").
      if (
        mainPeople.length === 1 &&
        people.length > 1 &&
        (this.#isSubject(doc, mainStart, mainPeople[0]!) || !lastRecent)
      )
        return mainPeople[0]!;
      if (lastRecent && !this.#isSubject(doc, ss.tokenStart, people[0]!)) return last;
      // "But Hantuchova is upbeat ahead of her clash with the younger Williams sister. "…," she said": the
      // subject, when the last speaker is only named in a prepositional or object phrase of the sentence.
      if (people.length > 1 && last && people[0] !== last && this.#isSubject(doc, mainStart, people[0]!)) {
        const at0 = range(ss.tokenStart, ss.tokenEnd).find((i) => at[i] === last);
        const before = at0 === undefined ? [] : range(Math.max(ss.tokenStart, at0 - 3), at0);
        // "Dr Fox accused Mr Blair of …": the object of the subject's verb, too.
        const objectOfVerb = before.some(
          (j) =>
            lexiconTags(doc.tokens[j]!.lower).includes('PastTense') &&
            !SPEECH_VERBS.has(doc.tokens[j]!.lower),
        );
        if (objectOfVerb || before.some((j) => OBJECT_MARKERS.has(doc.tokens[j]!.lower))) return people[0]!;
      }
      // "Mr Brown led it before but Mr Milburn leads it now. …, he said": of several people, the one who spoke.
      if (people.length > 1 && last && ok(last) && people.includes(last)) return last;
      return people[0]!;
    }
    if (lastRecent) return last;
    return null;
  }

  /**
   * The body that published the document called `word` before `pos`: "a World Bank report", "the OECD's
   * survey", "a report by the OECD", the latest such mention; else, when the lede cites "a report", the body
   * opening the next sentence; null when none names its body.
   */
  #issuer(doc: FieldDoc, pos: number, word: string): EntityDraft | null {
    const { tokens } = doc;
    const at = this.#at(doc);
    const body = (i: number) => (at[i]?.type === 'organisation' ? at[i]! : null);
    for (let k = pos - 1; k > 0; k--) {
      if (tokens[k]!.lower !== word) continue;
      const before = /^('s|’s|')$/.test(tokens[k - 1]!.text) ? k - 2 : k - 1;
      const by = /^(by|from)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : -1;
      const e =
        body(before) ?? (by > 0 ? (body(by) ?? (tokens[by]?.lower === 'the' ? body(by + 1) : null)) : null);
      if (e) return e;
    }
    // "…, a report says. The National Audit Office praised ministers …": the body opening the story after a
    // lede that cites "a report" issued it.
    const lede = doc.sentences[0];
    const next = doc.sentences[1];
    if (!lede || !next || doc.field !== 'body') return null;
    const cited = range(lede.tokenStart + 1, lede.tokenEnd).some(
      (i) => tokens[i]!.lower === word && /^(a|an|new)$/.test(tokens[i - 1]!.lower),
    );
    const opener = range(next.tokenStart, Math.min(next.tokenEnd, next.tokenStart + 3)).find((i) => at[i]);
    return cited && opener !== undefined ? body(opener) : null;
  }

  /** The person who opens a contrast clause of sentence `k` by answering ("but Jo Doe rejected …"), or null. */
  #rebuttal(doc: FieldDoc, k: number, ok: (e: EntityDraft | undefined) => boolean): EntityDraft | null {
    const s = doc.sentences[k]!;
    const { tokens } = doc;
    const at = this.#at(doc);
    const quoted = this.quoted(doc);
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (quoted[i] || tokens[i]!.lower !== 'but') continue;
      let person: EntityDraft | null = null;
      for (let j = i + 1; j < Math.min(s.tokenEnd, i + REBUTTAL_SUBJECT_WINDOW); j++) {
        const e = at[j];
        if (e && ok(e)) person = e;
        else if (person && REBUTTALS.has(tokens[j]!.lower)) return person;
        else if (person && STANCE_COPULAS.has(tokens[j]!.lower) && STANCES.has(tokens[j + 1]?.lower ?? ''))
          return person;
        else if (person) break;
      }
    }
    return null;
  }

  /** The person named within the first words of sentence `k` (its subject), or null. */
  #sentenceSubject(doc: FieldDoc, k: number): EntityDraft | null {
    const s = doc.sentences[k];
    if (!s) return null;
    const at = this.#at(doc);
    // "Meanwhile, Perpignan centre Jo Doe is delighted": the subject starts after an opening adverb.
    let start = s.tokenStart;
    while (start < s.tokenEnd && (OPENERS.has(doc.tokens[start]!.lower) || doc.tokens[start]!.text === ','))
      start++;
    for (let i = start; i < Math.min(s.tokenEnd, start + NEXT_SUBJECT_WINDOW); i++)
      if (at[i]?.type === 'person') return at[i]!;
    // "He made a cameo in the film. …, said the Factory Records founder": the pronoun's person.
    const first = doc.tokens[s.tokenStart]!.lower;
    if (first === 'he' || first === 'she') return this.pronoun(doc, s.tokenStart, first === 'he' ? 'm' : 'f');
    return null;
  }

  /**
   * The person sentence `k` names as speaking: outside quotation marks, right before or after a speech
   * verb ("…," Lord Rennard told reporters; Jan Berry said: "…"), or null.
   */
  #nextSpeaker(doc: FieldDoc, k: number): EntityDraft | null {
    const s = doc.sentences[k];
    if (!s) return null;
    const at = this.#at(doc);
    const quoted = this.quoted(doc);
    const { tokens } = doc;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (quoted[i] || at[i]?.type !== 'person') continue;
      let j = i;
      while (j < s.tokenEnd && at[j] === at[i]) j++;
      const before = tokens[i - 1]?.lower ?? '';
      const after = tokens[j]?.lower ?? '';
      if (SPEECH_VERBS.has(after) || (SPEECH_VERBS.has(before) && !quoted[i - 1])) return at[i]!;
      return null;
    }
    return null;
  }

  /**
   * Whom "the German" or "the Waterford man" at `pos` stands for: the person introduced with that demonym
   * ("Argentine David Nalbandian"), else whom the sentence before was about, else the article's main person.
   */
  #describedPerson(doc: FieldDoc, pos: number, word: string, asSubject = true): EntityDraft | null {
    return (
      this.#index.entities.find(
        (e) => e.type === 'person' && e.roles.has(word) && mentionedBefore(e, doc, pos),
      ) ??
      // "Ferguson insisted …. The affair still rankles with the Dutchman": away from the subject, whom the
      // article is about.
      (asSubject ? null : mainPerson(this.#index)) ??
      // "Groenefeld was the more powerful player. "…," said the German": whom the sentence before was about.
      this.#previousSubject(doc, pos) ??
      // "Reacting to a remark by Ned Pike, the American said": not the person the clause reacts to.
      mainPerson(this.#index, (e) => this.#inIntroClause(doc, doc.sentenceOf[pos]!, e))
    );
  }

  /**
   * The person the sentence before `pos` is about: its pronoun subject ("She will now meet Venus Williams. "…,"
   * said the 23-year-old"), else the first person it names ("… Emma Doe, who plays Hermione. The 14-year-old
   * said"). How an age or a nationality with no name of its own is read.
   */
  #previousSubject(doc: FieldDoc, pos: number, depth = 0): EntityDraft | null {
    const prevSent = doc.sentenceOf[pos]! - 1;
    if (prevSent < 0) return null;
    const opener = doc.sentences[prevSent]!.tokenStart;
    const w0 = doc.tokens[opener]!.lower;
    // "Jo Doe has added to talk of a move. The Spaniard believed he was talking to Ned Pike …": a sentence
    // about "the Spaniard" or "the 21-year-old" is about whom the one before it was, not the person it names.
    const described = w0 === 'the' && describesPerson(doc.tokens[opener + 1]);
    if (described && depth < MAX_SUBJECT_HOPS) {
      const earlier = this.#previousSubject(doc, opener, depth + 1);
      if (earlier) return earlier;
    }
    return (
      (w0 === 'he' || w0 === 'she' ? this.pronoun(doc, opener, w0 === 'he' ? 'm' : 'f') : null) ??
      this.#firstPerson(doc, prevSent)
    );
  }

  /** The first person named in sentence `k`, or null. */
  #firstPerson(doc: FieldDoc, k: number): EntityDraft | null {
    const s = doc.sentences[k];
    if (!s) return null;
    const at = this.#at(doc);
    // (Not someone named inside a quotation: "Gordon Brown is a great chancellor," he said.)
    const quoted = this.quoted(doc);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (at[i]?.type === 'person' && !quoted[i]) return at[i]!;
    return null;
  }

  /** The person named at the start of the sentence after pos ("Ann Kite told …"), or null. */
  #nextSubject(doc: FieldDoc, pos: number): EntityDraft | null {
    const next = doc.sentences[doc.sentenceOf[Math.min(pos, doc.tokens.length - 1)]! + 1];
    if (!next) return null;
    const at = this.#at(doc);
    for (let i = next.tokenStart; i < Math.min(next.tokenEnd, next.tokenStart + NEXT_SUBJECT_WINDOW); i++) {
      if (at[i]?.type === 'person') return at[i]!;
      if (!doc.tokens[i]!.cap) return null;
    }
    return null;
  }

  /** The first person is the subject when named before any verb-like word (rough: within the first 8 tokens). */
  #isSubject(doc: FieldDoc, sentStart: number, e: EntityDraft): boolean {
    const at = this.#at(doc);
    for (let i = sentStart; i < Math.min(sentStart + 8, doc.tokens.length); i++) if (at[i] === e) return true;
    // "But the Liberal Democrats' shadow home secretary, Mark Oaten, accused …": the name the role's comma opens.
    const comma = range(sentStart + 2, Math.min(sentStart + MAX_SUBJECT_ROLE, doc.tokens.length)).find(
      (i) => doc.tokens[i]!.text === ',',
    );
    return comma !== undefined && isRoleHead(doc.tokens[comma - 1]!.lower) && at[comma + 1] === e;
  }

  /** Whether `pos` follows a quotation that opened inside its sentence's clause (`was a "…" he added`). */
  #afterPartialQuote(doc: FieldDoc, pos: number): boolean {
    const { tokens } = doc;
    if (!QUOTE_MARKS.has(tokens[pos - 1]?.text ?? '')) return false;
    const start = doc.sentences[doc.sentenceOf[pos - 1]!]!.tokenStart;
    for (let i = pos - 2; i >= start; i--) {
      if (!QUOTE_MARKS.has(tokens[i]!.text)) continue;
      // Not after a cue of its own ("Jo Doe said: "…," he said").
      const before = tokens[i - 1];
      return i > start && Boolean(before?.isWord) && !SPEECH_VERBS.has(before!.lower);
    }
    return false;
  }

  /** Whether sentence `k` names `e` in an introductory clause ("Reacting to a remark by Ned Pike, …"). */
  #inIntroClause(doc: FieldDoc, k: number, e: EntityDraft): boolean {
    const s = doc.sentences[k]!;
    const at = this.#at(doc);
    const end = introClauseEnd(doc.tokens, s.tokenStart, s.tokenEnd);
    return range(s.tokenStart, end).some((i) => at[i] === e);
  }

  /** "the deputy minister": the person whose title includes the head and all modifiers. */
  role(
    doc: FieldDoc,
    pos: number,
    head: string,
    modifiers: readonly string[],
    qualifiers: readonly string[] = [],
  ): EntityDraft | null {
    // "a judge said": an indefinite role introduces someone new, never a holder named before.
    if (indefiniteAt(doc, pos)) return null;
    const mods = modifiers.filter((m) => m !== 'former' && m !== 'the');
    // Not someone with a rank the phrase lacks ("the chancellor" is not the "shadow chancellor"), nor a former
    // holder unless the phrase says so ("ex-chancellor Ken Clarke" is only "the former chancellor").
    const current = !modifiers.some(isFormer);
    const sameRank = (e: EntityDraft) =>
      ![...RANKS].some((r) => e.roles.has(r) && !mods.includes(r)) &&
      !(current && [...e.roles].some(isFormer));
    // Only people introduced before this point.
    const people = this.#index.entities.filter(
      (e) => e.type === 'person' && heldBefore(e, head, doc, pos) && sameRank(e),
    );
    const full = people.filter((e) => mods.every((m) => e.roles.has(m)));
    // "Jo Doe … said …. But the Tory MP for Eastleigh admitted …", "Gordon Brown addressed the meeting. The
    // chancellor said …": a role no one was introduced with is the previous sentence's speaker (else its
    // subject) described anew, unless its party says otherwise ("The Conservative Party co-chairman").
    // "The Conservative Party co-chairman" is no one introduced as Labour's.
    const party = (w: string) => PARTY_WORDS.get(w);
    const parties = [...mods, ...qualifiers].map(party).filter(Boolean);
    const partyClash = (e: EntityDraft) => {
      const theirs = [...e.roles].map(party).filter(Boolean);
      return parties.length > 0 && theirs.length > 0 && !parties.some((p) => theirs.includes(p));
    };
    if (people.length === 0) {
      const sent = doc.sentenceOf[pos]!;
      // "Responding, the chairman of the Police Federation said …. Jo Doe, its chairman, added": the one
      // person introduced with that role in the next few sentences.
      const later = this.#index.entities.filter(
        (e) =>
          e.type === 'person' &&
          e.roles.has(head) &&
          mods.every((m) => e.roles.has(m)) &&
          sameRank(e) &&
          !partyClash(e) &&
          firstSentence(e, doc) > sent &&
          firstSentence(e, doc) <= sent + LATER_HOLDER_SENTENCES,
      );
      if (later.length === 1) return later[0]!;
      // "…, the Lib Dem chief executive said …. "…," Lord Rennard told reporters.": when the sentence before
      // has no speaker, the person the next sentence names as speaking is the role's holder.
      // (A sentence inside a quotation belongs to the sentence where that quotation opened.)
      const before = this.#quoteOpening(doc, sent);
      const next = this.sentenceSpeakers.has(before) ? null : this.#nextSpeaker(doc, sent + 1);
      // ("The prime minister told MPs: "…" On Monday, Liam Fox told reporters": not someone named before.)
      if (next && firstSentence(next, doc) > sent && !partyClash(next)) return next;
      const prev = this.sentenceSpeakers.get(before) ?? this.#sentenceSubject(doc, before);
      if (prev?.type === 'person' && !partyClash(prev)) return prev;
    }
    if (people.length === 0) return null;
    const pool = full.length > 0 ? full : people.length === 1 ? people : [];
    if (pool.length === 0) return null;
    return mostRecent(pool, doc, pos) ?? pool[0]!;
  }

  /**
   * The sentence before `sent`, or when that one lies inside a quotation that opened earlier, the sentence
   * where it opened. (Not when `sent` itself starts inside the quotation being attributed.)
   */
  #quoteOpening(doc: FieldDoc, sent: number): number {
    const quoted = this.quoted(doc);
    const inside = (k: number) => {
      const first = doc.sentences[k]!.tokenStart;
      return Boolean(QUOTE_MARKS.has(doc.tokens[first]!.text) ? quoted[first + 1] : quoted[first]);
    };
    let k = sent - 1;
    if (k < 0 || inside(sent)) return k;
    while (k > 0 && !this.sentenceSpeakers.has(k) && inside(k)) k--;
    return k;
  }

  /**
   * The organisation an "it" or "the statement" stands for: the last organisation that spoke, within two
   * sentences, else the last organisation named in this or the previous sentence.
   */
  orgSpeaker(doc: FieldDoc, pos: number): EntityDraft | null {
    const sent = doc.sentenceOf[pos]!;
    if (this.lastOrgSpeaker && sent - this.lastOrgSpeakerSentence <= 2) return this.lastOrgSpeaker;
    // "Yukos accused Gazprom of …. It has said …": the firm the article is about, not the last one named.
    const named = this.#mostMentionedOrg(doc, pos, 1);
    if (named) return named;
    // "The company also unveiled plans …. It added …": the body a sentence before called "the company".
    const prev = doc.sentences[sent - 1];
    if (!prev) return null;
    let i = prev.tokenStart;
    while (i < prev.tokenEnd && OPENERS.has(doc.tokens[i]!.lower)) i++;
    const opensWithAnaphor =
      doc.tokens[i]?.lower === 'the' && ORG_ANAPHORS.has(doc.tokens[i + 1]?.lower ?? '');
    return opensWithAnaphor ? this.anaphorOrg(doc, i + 1) : null;
  }

  /**
   * "the company": among the organisations named in this and the previous ORG_ANAPHOR_SENTENCES sentences,
   * the one named most often so far (the article's firm, not a body it was just compared with or answered),
   * the most recent on a tie; else the most recent organisation.
   */
  anaphorOrg(
    doc: FieldDoc,
    pos: number,
    head?: string,
    modifiers: readonly string[] = [],
  ): EntityDraft | null {
    // "the ministry": a body whose name says so (the Finance and Economy Ministry) before any other, when one
    // was named in the window or none else was; "the magazine", one the text called so ("PC Pro magazine").
    const namedSo = (x: EntityDraft) =>
      x.type === 'organisation' &&
      head !== undefined &&
      (nameHasWord(x.name, head) || calledKind(doc, x, pos, head, modifiers));
    const near = this.#mostMentionedOrg(doc, pos, ORG_ANAPHOR_SENTENCES);
    if (near && namedSo(near)) return near;
    const sent = doc.sentenceOf[pos]!;
    const windowStart = doc.sentences[Math.max(0, sent - ORG_ANAPHOR_SENTENCES)]!.tokenStart;
    const namedInWindow = this.recent(doc, pos, namedSo);
    const at = this.#at(doc);
    const windowHas = (e: EntityDraft) => range(windowStart, pos).some((i) => at[i] === e);
    if (namedInWindow && (windowHas(namedInWindow) || !near)) return namedInWindow;
    // "The select committee found …": an institution named so earlier beats a nearer body of another kind
    // (a business noun, "the firm", goes on meaning the business in the news).
    if (namedInWindow && head !== undefined && !BUSINESS_KINDS.has(head)) return namedInWindow;
    return near ?? this.recent(doc, pos, (x) => x.type === 'organisation');
  }

  /** Of the organisations named from `back` sentences before pos up to pos, the most mentioned so far. */
  #mostMentionedOrg(doc: FieldDoc, pos: number, back: number): EntityDraft | null {
    const at = this.#at(doc);
    const sent = doc.sentenceOf[pos]!;
    const from = doc.sentences[Math.max(0, sent - back)]!.tokenStart;
    const before = doc.tokens[pos]?.start ?? Number.MAX_SAFE_INTEGER;
    let best: EntityDraft | null = null;
    let bestCount = 0;
    for (let i = pos - 1; i >= from; i--) {
      const e: EntityDraft | undefined = at[i];
      if (e?.type !== 'organisation' || e === best) continue;
      const count: number = e.mentions.filter((m) => m.field === doc.field && m.start < before).length;
      if (count > bestCount) {
        best = e;
        bestCount = count;
      }
    }
    return best;
  }

  /** The article's main person when the lead (its first LEAD_SENTENCES body sentences) names them, else null. */
  leadPerson(doc: FieldDoc): EntityDraft | null {
    if (doc.field !== 'body') return null;
    const main = mainPerson(this.#index);
    const lead = doc.sentences[Math.min(LEAD_SENTENCES, doc.sentences.length) - 1];
    if (!main || !lead) return null;
    const end = doc.tokens[lead.tokenEnd - 1]!.end;
    return main.mentions.some((m) => m.field === 'body' && m.start < end) ? main : null;
  }

  /** Most recent entity before pos that satisfies the predicate. */
  recent(doc: FieldDoc, pos: number, pred: (e: EntityDraft) => boolean): EntityDraft | null {
    const at = this.#at(doc);
    for (let i = pos - 1; i >= 0; i--) {
      const e = at[i];
      if (e && pred(e)) return e;
    }
    return null;
  }
}

/**
 * Whether the text, before pos, calls organisation x by the kind noun `head`, right after a mention ("Mobile PC
 * magazine", "the Reuters news agency"). A modifier the anaphor and the kind both carry must agree: "the aid
 * agency" is not "the Reuters news agency". (Not "rival club Manchester City": a kind before a name often
 * contrasts it with the body the story is about.)
 */
function calledKind(
  doc: FieldDoc,
  x: EntityDraft,
  pos: number,
  head: string,
  modifiers: readonly string[],
): boolean {
  const { tokens } = doc;
  const agrees = (modifier: Token | undefined) =>
    modifiers.length === 0 || !modifier?.isWord || modifier.cap || modifiers.includes(modifier.lower);
  return x.mentions.some((m) => {
    if (m.field !== doc.field || m.tokenEnd > pos) return false;
    const after = tokens[m.tokenEnd];
    if (after?.lower === head) return true;
    // "US magazine Rolling Stone": a publication's kind before its name introduces it ("rival paper" contrasts).
    const before = tokens[m.tokenStart - 1];
    if (before?.lower === head && PUBLICATION_KINDS.has(head) && tokens[m.tokenStart - 2]?.lower !== 'rival')
      return true;
    return tokens[m.tokenEnd + 1]?.lower === head && after?.isWord && !after.cap && agrees(after);
  });
}

/**
 * Whether the verb at `v` ends its clause: ", he said." or ", he believed, was …", with no complement after it
 * (not ", he said that …" nor ", he told MPs: …").
 */
function closesCue(tokens: readonly Token[], v: number, sentEnd: number): boolean {
  const verb = tokens[v];
  if (!verb?.isWord || !(SPEECH_VERBS.has(verb.lower) || lexiconTags(verb.lower).includes('PastTense')))
    return false;
  let i = v + 1;
  while (i < sentEnd && ADVERBS.has(tokens[i]!.lower)) i++;
  return i >= sentEnd || /^[.,!?;]$/.test(tokens[i]!.text);
}

/** Whether [a, b) is two or more people or bodies joined by "and" and nothing else ("the Tories and Lib Dems"). */
function jointSubject(
  tokens: readonly Token[],
  at: readonly (EntityDraft | undefined)[],
  a: number,
  b: number,
): boolean {
  const named = new Set<EntityDraft>();
  let joins = 0;
  for (let i = a; i < b; i++) {
    const e = at[i];
    if (e?.type === 'person' || e?.type === 'organisation') named.add(e);
    else if (tokens[i]!.lower === 'and') joins++;
    else if (!/^(the|both|,)$/.test(tokens[i]!.lower)) return false;
  }
  return joins > 0 && named.size > joins;
}

function mostRecent(pool: readonly EntityDraft[], doc: FieldDoc, pos: number): EntityDraft | null {
  const start = doc.tokens[pos]?.start ?? Number.MAX_SAFE_INTEGER;
  let best: EntityDraft | null = null;
  let bestAt = -1;
  for (const e of pool) {
    for (const m of e.mentions) {
      if (m.field === doc.field && m.start < start && m.start > bestAt) {
        bestAt = m.start;
        best = e;
      }
    }
  }
  return best;
}

/** The body sentence of an entity's first mention in this field (Infinity when none). */
function firstSentence(e: EntityDraft, doc: FieldDoc): number {
  const m = e.mentions.find((x) => x.field === doc.field && x.tokenStart !== undefined);
  return m ? doc.sentenceOf[m.tokenStart]! : Number.POSITIVE_INFINITY;
}

/** The person named right before the relative pronoun at `rel` ("coach Jo Doe, who"), or null. */
function relativeAntecedent(
  doc: FieldDoc,
  at: readonly (EntityDraft | undefined)[],
  rel: number,
): EntityDraft | null {
  const i = doc.tokens[rel - 1]?.text === ',' ? rel - 2 : rel - 1;
  const e = at[i];
  return e?.type === 'person' ? e : null;
}

/** "He urged …", "But she said …", "Now he fears …": the sentence's subject is a pronoun of this gender. */
function startsWithPronoun(doc: FieldDoc, a: number, b: number, gender: 'm' | 'f'): boolean {
  for (let i = a; i < Math.min(b, a + 3); i++) {
    const t = doc.tokens[i]!;
    if (!t.isWord) continue;
    if (t.lower === (gender === 'm' ? 'he' : 'she')) return true;
    if (!/^(but|and|yet|so|then|however|also|now|still|later|today|meanwhile|instead|indeed)$/.test(t.lower))
      return false;
  }
  return false;
}

/**
 * `Cara Lind, who won for playing Greta Voss, said` / `Jo Doe, a friend of Tom Hale, said` / `Jo Doe, from
 * Acme (AC) told`: a relative clause, a lowercase appositive or an affiliation set off by a comma before the cue
 * describes the subject; the names in it are not the speaker. Returns the end of the subject before that
 * parenthetical, else b unchanged.
 */
function beforeParenthetical(tokens: readonly Token[], a: number, b: number): number {
  const closed = tokens[b - 1]?.text === ',';
  for (let k = b - 2; k > a; k--) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    const after = tokens[k + 2];
    const relative = /^(who|which|whose)$/.test(next.lower);
    // (", one of Prof Reddy's students,": a partitive describes the subject too.)
    const appositive =
      (/^(a|an|the)$/.test(next.lower) && after?.isWord === true && !after.cap) ||
      (next.lower === 'one' && after?.lower === 'of');
    // ("Dr Jo Doe, on his first day in the job after Ned Pike was sacked, admitted": a phrase set off after a
    // name is an aside too.)
    const aside = ASIDE_OPENERS.has(next.lower) && tokens[k - 1]!.cap;
    // "Jo Doe, from the Consumer Electronics Association (CEA) told": its closing comma is often lost.
    if ((closed && (relative || appositive || aside)) || affiliationAt(tokens, k)) return k;
    if (!closed) break;
  }
  return b;
}

/**
 * "spokesman for sport Hugh Robertson", "spokeswoman on health Jo Doe": the person named right after the
 * lowercase portfolio of the spokesperson at `head`, ending the phrase [.., b); undefined if none.
 */
function portfolioHolder(
  tokens: readonly Token[],
  at: readonly (EntityDraft | undefined)[],
  head: number,
  b: number,
): number | undefined {
  if (!/^(for|on)$/.test(tokens[head + 1]?.lower ?? '')) return undefined;
  let k = head + 2;
  while (k < b && k - head <= 4 && tokens[k]!.isWord && !tokens[k]!.cap && !STOPWORDS.has(tokens[k]!.lower))
    k++;
  const e = at[k];
  if (k === head + 2 || e?.type !== 'person') return undefined;
  let end = k;
  while (end < b && at[end] === e) end++;
  return end === b ? k : undefined;
}

/** The person named right after a role that follows the mention at i ("Acme spokesman Jo Doe"), or null. */
function roleHolderAfter(
  tokens: readonly Token[],
  at: readonly (EntityDraft | undefined)[],
  i: number,
  b: number,
): { entity: EntityDraft; at: number } | null {
  let j = i;
  while (j < b && at[j] === at[i]) j++;
  // "Richard and Judy executive producer Amanda Ross": the rest of a name joined by "and".
  while (j + 1 < b && /^(and|&)$/.test(tokens[j]!.lower) && tokens[j + 1]!.cap) {
    j += 2;
    while (j < b && tokens[j]!.cap && tokens[j]!.isWord) j++;
  }
  let head = false;
  for (; j < b && j - i < 8; j++) {
    const w = tokens[j]!;
    if (w.isWord && !w.cap && isRoleHead(w.lower)) head = true;
    else if (!(w.isWord && !w.cap && ROLE_MODIFIERS.has(w.lower))) break;
  }
  const e = at[j];
  return head && e?.type === 'person' && e !== at[i] ? { entity: e, at: j } : null;
}

/** Nouns through which a place speaks: "the Iraqi government", "the American side". */
const PLACE_VOICES = new Set([
  'government',
  'side',
  'delegation',
  'administration',
  'embassy',
  'authorities',
]);

/** The place mention at i is followed, within [i, b), by a lowercase noun it modifies. */
function placeModifiesNoun(
  tokens: readonly Token[],
  at: readonly (EntityDraft | undefined)[],
  i: number,
  b: number,
): boolean {
  let j = i;
  while (j < b && at[j] === at[i]) j++;
  for (; j < b; j++) {
    const t = tokens[j]!;
    if (!t.isWord || t.cap) return false;
    if (ORG_ANAPHORS.has(t.lower) || PLACE_VOICES.has(t.lower)) return false;
    if (!ROLE_MODIFIERS.has(t.lower) && !ADVERBS.has(t.lower)) return true;
  }
  return false;
}

/** Token indexes inside non-restrictive relative clauses (", who … ,") of [a, b). */
function relativeClauses(doc: FieldDoc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  const { tokens } = doc;
  for (let i = a + 1; i < b; i++) {
    // ", despite having Jo Doe out injured,": a concessive aside too.
    if (tokens[i - 1]!.text !== ',' || !/^(who|whose|which|despite)$/.test(tokens[i]!.lower)) continue;
    let j = i;
    while (j < b && tokens[j]!.text !== ',') out.add(j++);
    i = j;
  }
  return out;
}

function none(a: number, b: number): Resolution {
  return { entity: null, start: a, end: b, via: 'none' };
}

/**
 * Tokens of people named as a noun's modifier after "a"/"an" ("an Alan Shearer strike", "a Blair aide"), or in
 * the possessive before the person a phrase is about ("Wenger's Bayern counterpart Felix Magath").
 */
function namesAsModifiers(
  doc: FieldDoc,
  at: readonly (EntityDraft | undefined)[],
  from: number,
  to: number,
): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const e = at[i];
    if (e?.type !== 'person' || at[i - 1] === e) continue;
    let j = i;
    while (j < to && at[j] === e) j++;
    const next = tokens[j];
    if (/^(a|an)$/.test(tokens[i - 1]?.lower ?? '') && next?.isWord && !next.cap) out.push(...range(i, j));
    else if (/^['’]s?$/.test(next?.text ?? '') && possessedPerson(tokens, at, j + 1, to, e))
      out.push(...range(i, j));
  }
  return out;
}

/** Heads of a phrase for one unnamed person speaking for a body, with the gender they fix, if any. */
const SPOKESPERSON_HEADS = new Map<string, 'm' | 'f' | null>([
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['spokesperson', null],
  ['official', null],
  ['aide', null],
  ['source', null],
]);

/**
 * "A Labour spokesman denied …", "An Acme official said …": an indefinite phrase for an unnamed spokesperson
 * (of this gender, where the head says) opens the clause at s, as its subject.
 */
function unnamedSpokesperson(
  doc: FieldDoc,
  at: readonly (EntityDraft | undefined)[],
  s: number,
  e: number,
  gender: 'm' | 'f',
): boolean {
  const { tokens } = doc;
  if (!/^(a|an)$/.test(tokens[s]?.lower ?? '')) return false;
  for (let i = s + 1; i < Math.min(e, s + 5); i++) {
    if (at[i]?.type === 'person' || !tokens[i]!.isWord) return false;
    const head = SPOKESPERSON_HEADS.get(tokens[i]!.lower);
    if (head === undefined) continue;
    const verb = tokens[i + 1];
    return (head === null || head === gender) && verb?.isWord === true && !verb.cap;
  }
  return false;
}

/** The subject pronoun of this gender that opens the sentence at s ("He …", "But she …"), if before pos. */
function subjectPronounAt(
  tokens: readonly Token[],
  s: number,
  pos: number,
  gender: 'm' | 'f',
): number | undefined {
  let k = s;
  while (k < pos && OPENERS.has(tokens[k]!.lower)) k++;
  // ("When he refused to support Harold Wilson …, he said": the subordinate clause's subject too.)
  if (SUBORDINATORS.has(tokens[k]?.lower ?? '')) k++;
  return k < pos && tokens[k]!.lower === (gender === 'm' ? 'he' : 'she') ? k : undefined;
}

/**
 * "(But) the wildcard entry was dispatched by …": a definite common-noun subject, a passive verb and "by";
 * the index of "by", or undefined.
 */
function passiveAgentAt(tokens: readonly Token[], s: number, e: number): number | undefined {
  let i = OPENERS.has(tokens[s]?.lower ?? '') ? s + 1 : s;
  if (tokens[i]?.lower !== 'the') return undefined;
  i++;
  const head = i;
  while (
    i < e &&
    i - head < 4 &&
    tokens[i]!.isWord &&
    !tokens[i]!.cap &&
    !/^(was|were)$/.test(tokens[i]!.lower)
  )
    i++;
  if (i === head || !/^(was|were)$/.test(tokens[i]?.lower ?? '')) return undefined;
  const participle = ADVERBS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (!pastTense(tokens[participle]?.lower ?? '') || tokens[participle + 1]?.lower !== 'by') return undefined;
  return participle + 1;
}

/** Words opening a subordinate clause before the main one ("When he refused …, he said"). */
const SUBORDINATORS = new Set([
  'when',
  'after',
  'as',
  'while',
  'although',
  'though',
  'because',
  'since',
  'before',
]);

/**
 * Where the text before `pos` stops being an opening participle phrase with no comma ("But standing next to Mr
 * Blair he added"): `pos` when [s, pos) is one, else s.
 */
function participleIntroEnd(tokens: readonly Token[], s: number, pos: number): number {
  let k = s;
  while (k < pos && OPENERS.has(tokens[k]!.lower)) k++;
  if (k >= pos || !/^[a-z]{3,}ing$/.test(tokens[k]!.lower) || isCommonNounIng(tokens[k]!.lower)) return s;
  // ("Speaking to reporters Mr Blair said he …": a verb after the phrase's name starts the main clause.)
  for (let i = k + 1; i < pos; i++) {
    const t = tokens[i]!;
    if (!t.isWord && !/^('s|’s)$/.test(t.text)) return s;
    if (SPEECH_VERBS.has(t.lower) || pastTense(t.lower)) return s;
  }
  return pos;
}

/**
 * The sentence from s opens with a subordinate clause that has a subject of its own and ends at the comma before
 * pos ("When Jo Doe appeared on the show, he"; not "When asked about it, he", nor "Commenting on it, he").
 */
function subordinateClauseBefore(tokens: readonly Token[], s: number, pos: number): boolean {
  const k = skipSubjectOpeners(tokens, s, pos);
  const subject = tokens[k + 1];
  if (!SUBORDINATORS.has(tokens[k]?.lower ?? '') || !subject?.isWord) return false;
  if (/^[a-z]+(ing|ed)$/.test(subject.lower) || subject.lower === 'asked') return false;
  return introClauseEnd(tokens, k, pos) === pos - 1;
}

/** Prepositions that open a sentence with a phrase before its subject, and never a clause with a subject of its own. */
const INTRO_PREPOSITIONS = new Set(
  'at in on during despite following with from amid among like unlike'.split(' '),
);

/** The pronoun at pos is the subject right after an opening prepositional phrase ("At a conference …, he"). */
function prepositionalIntro(tokens: readonly Token[], s: number, pos: number): boolean {
  if (tokens[pos - 1]?.text !== ',' || !INTRO_PREPOSITIONS.has(tokens[s]?.lower ?? '')) return false;
  return range(s + 1, pos - 1).every((i) => tokens[i]!.text !== ',');
}

/** "-ing" words that open a sentence as nouns or prepositions, not participles ("During", "Nothing"). */
function isCommonNounIng(lower: string): boolean {
  return /^(during|nothing|something|anything|everything|morning|evening|building|king|thing|spring|according)$/.test(
    lower,
  );
}

/** The token at i, or the one after it when i is an adverb in -ly ("initially defended"). */
function pastAdverb(tokens: readonly Token[], i: number): number {
  return /^[a-z]+ly$/.test(tokens[i]?.lower ?? '') ? i + 1 : i;
}

/** A verb in the past tense, by the lexicon or by its regular ending ("defended", which the lexicon lacks). */
function pastTense(lower: string): boolean {
  return lexiconTags(lower).includes('PastTense') || (/^[a-z]{3,}ed$/.test(lower) && !isCommonWord(lower));
}

/** Within a few words from k, before any punctuation or verb, a person other than e ("'s Bayern counterpart Felix"). */
function possessedPerson(
  tokens: readonly Token[],
  at: readonly (EntityDraft | undefined)[],
  k: number,
  to: number,
  e: EntityDraft,
): boolean {
  for (let i = k; i < Math.min(to, k + POSSESSED_WINDOW); i++) {
    const other = at[i];
    if (other?.type === 'person' && other !== e) return true;
    const t = tokens[i]!;
    // "Kenteris's lawyer, Gregory Ioannidis,": the role's holder named in apposition.
    if (t.text === ',' && i > k && PERSONS_OWN.has(tokens[i - 1]!.lower)) {
      const holder = at[i + 1];
      return holder?.type === 'person' && holder !== e;
    }
    if (!t.isWord) return false;
    if (!t.cap && (STOPWORDS.has(t.lower) || lexiconTags(t.lower).some((tag) => VERB_TAGS.has(tag))))
      return false;
  }
  return false;
}

/** No speaker, but the body the spokesperson speaks for, when the phrase names one. */
function voiced(body: Resolution | null, a: number, b: number): Resolution {
  return body?.entity
    ? { ...none(a, b), voiceOf: body.entity, generic: true }
    : { ...none(a, b), generic: true };
}

/** True when the entity is named before token `pos` of this field (or in the title). */
/**
 * The person was given the role before pos ("Only Fools and Horses star David Jason" later in the text does
 * not make him "the Two Ronnies star" now), or holds it by the newsroom's tag.
 */
function heldBefore(e: EntityDraft, role: string, doc: FieldDoc, pos: number): boolean {
  if (e.known && knownRoles(e.known).includes(role)) return true;
  const start = doc.tokens[pos]?.start ?? Number.MAX_SAFE_INTEGER;
  return e.roleMentions.some(
    (m) =>
      m.roles.includes(role) &&
      ((m.field === doc.field && m.start < start) || (m.field === 'title' && doc.field === 'body')),
  );
}

function mentionedBefore(e: EntityDraft, doc: FieldDoc, pos: number): boolean {
  const start = doc.tokens[pos]?.start ?? Number.MAX_SAFE_INTEGER;
  return e.mentions.some(
    (m) => (m.field === doc.field && m.start < start) || (m.field === 'title' && doc.field === 'body'),
  );
}

/** True when the role phrase at pos opens with "a"/"an" (looking back over its modifiers). */
function indefiniteAt(doc: FieldDoc, pos: number): boolean {
  for (let j = pos; j >= Math.max(0, pos - MAX_NP_TOKENS); j--) {
    const w = doc.tokens[j]!.lower;
    // ("said one trader", "another analyst added": someone new too.)
    if (INDEFINITE.test(w)) return true;
    if (w === 'the' || !doc.tokens[j]!.isWord) return false;
  }
  return false;
}
