/**
 * Resolves the noun phrase of an attribution to an entity: a named mention, a pronoun (most recent
 * compatible person, by subject salience and last speaker), a role noun ("the deputy minister" → the
 * person introduced with that title) or an organisation anaphor ("the company").
 */
import type { FieldDoc } from './document.js';
import type { EntityDraft, EntityIndex } from './entities.js';
import { getGazetteer } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { ORG_ANAPHORS, PERSONAL_PRONOUNS, ROLE_HEADS, ROLE_MODIFIERS } from './roles.js';

/** A role head, hyphenated ones included ("co-chairman", "vice-president"). */
function isRoleHead(lower: string): boolean {
  return (
    ROLE_HEADS.has(lower) || (lower.includes('-') && ROLE_HEADS.has(lower.slice(lower.lastIndexOf('-') + 1)))
  );
}

import { adHocPerson, mainPerson, spokesBody } from './speaker-fallbacks.js';
import type { Token } from './tokenize.js';

const MAX_NP_TOKENS = 9;
/** "27-year-old": an age used as a noun for a person. */
const AGE_NOUN = /^\d+-year-old$/;
const PRONOUN_LOOKBACK_SENTENCES = 8;
const NEXT_SUBJECT_WINDOW = 4;
/** Plural group nouns that make a generic speaker ("Belgian authorities said"). */
const GENERIC_GROUPS = new Set(
  'authorities officials analysts experts critics sources observers diplomats economists campaigners strategists insiders aides activists'.split(
    ' ',
  ),
);
/** Ranks that make a different role of the same head ("shadow chancellor" is not "the chancellor"). */
const RANKS = new Set(['shadow', 'deputy', 'vice', 'assistant', 'junior']);
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
  'representative',
  'aide',
  'adviser',
]);
/** Organisation anaphors for businesses, which a place only locates ("the US firm"). */
const BUSINESS_ANAPHORS = new Set(
  'company firm group retailer airline carrier operator network broadcaster corporation maker manufacturer giant business publisher developer label studio bank'.split(
    ' ',
  ),
);
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

export interface Resolution {
  readonly entity: EntityDraft | null;
  /** Token range of the phrase that named the speaker. */
  readonly start: number;
  readonly end: number;
  readonly via: 'name' | 'pronoun' | 'role' | 'anaphor' | 'none';
  /** The body an unnamed spokesperson speaks for ("a spokeswoman for Acme"): not the speaker, a tag signal. */
  readonly voiceOf?: EntityDraft;
  /** True when the phrase is a generic speaker on purpose ("a spokeswoman for …"), so no name is expected. */
  readonly generic?: boolean;
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
  readonly #index: EntityIndex;

  constructor(index: EntityIndex) {
    this.#index = index;
  }

  #at(doc: FieldDoc): readonly (EntityDraft | undefined)[] {
    return this.#index.entityAt.get(doc.field)!;
  }

  /** Resolve the noun phrase in tokens [a, b). `mode` picks the first ('after' a cue) or last ('before') entity. */
  resolve(doc: FieldDoc, a: number, b: number, mode: 'first' | 'last'): Resolution {
    const { tokens } = doc;
    while (a < b && (!tokens[a]!.isWord || tokens[a]!.lower === 'and')) a++;
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
    // "Reacting to a remark by Jo Doe, the American said": an introductory clause holds no subject.
    let subjectStart = fullStart;
    if (mode === 'last') {
      const comma = lastIntroComma(tokens, fullStart, b);
      if (comma >= 0) {
        subjectStart = comma + 1;
        if (a < subjectStart) a = subjectStart;
      }
    }
    // "Belgian authorities", "Russian officials": a generic group is no one's name, whatever place it is from.
    // "A host of lenders and economists have predicted" too: the group noun heads the subject.
    const groupHead = tokens[mode === 'last' ? b - 1 : Math.min(b - 1, a + 2)]!.lower;
    // ("UKIP officials", "Labour strategists" too: the organisation's people, not the organisation).
    if (GENERIC_GROUPS.has(groupHead) && !range(a, b).some((i) => at[i]?.type === 'person'))
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
    if (spokesHead !== undefined && !range(subjectStart, spokesHead).some((i) => at[i]?.type === 'person')) {
      if (tokens[spokesHead]!.lower !== 'statement') return voiced(spokesBody(this.#index, doc, a, b), a, b);
      const body = this.orgSpeaker(doc, a);
      return body ? { entity: body, start: spokesHead, end: spokesHead + 1, via: 'anaphor' } : none(a, b);
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
        if (/^(for|of|to|with|by)$/.test(tokens[i]!.lower)) break;
        const e = at[i];
        if (e?.type === 'person' && !/^('s|’s)$/.test(tokens[i + 1]?.text ?? ''))
          return { entity: e, start: i, end: i + 1, via: 'name' };
      }
    }
    // "the French coach": a demonym is not the speaker when a role noun heads the phrase.
    const roleHeaded = range(a, b).some((i) => isRoleHead(tokens[i]!.lower) && !SPOKES.has(tokens[i]!.lower));
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
        if (ofHead !== undefined)
          for (let i = ofHead - 1; i >= a && ROLE_MODIFIERS.has(tokens[i]!.lower); i--)
            ofMods.push(tokens[i]!.lower);
        const byRole = ofHead !== undefined ? this.role(doc, ofHead, tokens[ofHead]!.lower, ofMods) : null;
        // "A PR expert has told the trial …. Ann Kite told the court …": an indefinite role introduces
        // someone the next sentence names.
        const introduced = /^(a|an)$/.test(tokens[a]!.lower) ? this.#nextSubject(doc, b) : null;
        const main = byRole ?? introduced ?? mainPerson(this.#index);
        if (main) return { entity: main, start: a, end: b, via: 'role' };
      }
    }
    // "the American said", "said the Frenchman": a bare demonym stands for the article's main person.
    const dIdx = mode === 'last' ? b - 1 : a + 1;
    if (b - a === 2 && tokens[mode === 'last' ? b - 2 : a]!.lower === 'the' && tokens[dIdx]?.cap) {
      const main = getGazetteer().demonyms.has(tokens[dIdx]!.lower) ? mainPerson(this.#index) : null;
      if (main) return { entity: main, start: a, end: b, via: 'role' };
    }
    const spokesHeaded = range(a, b).some((i) => SPOKES.has(tokens[i]!.lower));
    // "the US firm", "the French company": a place naming a business's home is not the speaker (but "the
    // Russian foreign ministry" speaks for Russia).
    const anaphorHeaded = range(a, b).some((i) => BUSINESS_ANAPHORS.has(tokens[i]!.lower) && !tokens[i]!.cap);
    for (const type of ['person', 'organisation', 'place'] as const) {
      if (type === 'place' && (roleHeaded || spokesHeaded || anaphorHeaded)) break;
      for (const i of order) {
        if (i < a) continue;
        const e = at[i];
        if (e && e.type === type) return { entity: e, start: i, end: i + 1, via: 'name' };
      }
    }

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
      // "… Emma Doe, who plays Hermione. The 14-year-old said": the person the previous sentence introduced.
      const prevSent = doc.sentenceOf[np.start]! - 1;
      const main = (prevSent >= 0 ? this.#firstPerson(doc, prevSent) : null) ?? mainPerson(this.#index);
      if (main) return { entity: main, start: np.start, end: np.end, via: 'role' };
    }
    if (np) {
      const { head, modifiers, qualifiers, start, end } = np;
      if (isRoleHead(head) && !SPOKES.has(head)) {
        const e = this.role(doc, start, head, modifiers, qualifiers);
        if (e) return { entity: e, start, end, via: 'role' };
      }
      if (ORG_ANAPHORS.has(head)) {
        const e = this.recent(doc, start, (x) => x.type === 'organisation');
        if (e) return { entity: e, start, end, via: 'anaphor' };
      }
    }
    // "…," it said: the organisation that spoke last, else one named in the previous sentence.
    if (w === 'it' && words.length === 1) {
      const body = this.orgSpeaker(doc, a);
      return body ? { entity: body, start: a, end: b, via: 'anaphor' } : none(a, b);
    }
    if (GENERIC_HEADS_NULL.has(w)) return none(a, b);
    // "a US Embassy spokesman", "a spokeswoman for Acme Corp": the body the spokesperson speaks for.
    if (np && SPOKES.has(np.head)) return voiced(spokesBody(this.#index, doc, a, b), a, b);
    // A capitalised name we could not type on its own ("…," Mirza said): a person named only here.
    const named = adHocPerson(this.#index, doc, a, b, mode);
    if (named) return named;
    if (np && isRoleHead(np.head) && !SPOKES.has(np.head)) {
      const main = mainPerson(this.#index);
      if (main) return { entity: main, start: np.start, end: np.end, via: 'role' };
    }
    return none(a, b);
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
        // "the club's sporting director": one unlisted lowercase modifier right before the role head.
        const looseModifier =
          i === b - 2 && (isRoleHead(head) || ORG_ANAPHORS.has(head)) && /^[a-z-]+$/.test(t.lower);
        if (
          !t.isWord ||
          !(ROLE_MODIFIERS.has(t.lower) || isRoleHead(t.lower) || t.cap || t.lower === 'of' || looseModifier)
        )
          return null;
        if (!t.cap) modifiers.push(t.lower);
        else qualifiers.push(t.lower);
      }
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
      const looseModifier = /^[a-z]+$/.test(t.lower) && isRoleHead(tokens[i + 1]?.lower ?? '') && i + 1 < b;
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

  #pronoun(doc: FieldDoc, pos: number, gender: 'm' | 'f'): EntityDraft | null {
    const ok = (e: EntityDraft | undefined) =>
      e !== undefined && e.type === 'person' && (e.gender === null || e.gender === gender);
    const at = this.#at(doc);
    const sent = doc.sentenceOf[pos]!;
    const s = doc.sentences[sent]!;
    const quoted = quotedTokens(doc, s.tokenStart, pos);
    const last = this.lastSpeaker;
    const lastRecent = last && ok(last) && sent - this.lastSpeakerSentence <= 2;
    // "Mr Blair had been hurt by it, he added": people in the reported clause do not outrank the current speaker.
    // The same holds when this sentence already gave the speaker a partial quote (`"…" …, he added`).
    if (lastRecent && doc.tokens[pos - 1]?.text === ',' && sent - this.lastSpeakerSentence <= 1) return last;
    for (let i = pos - 1; i >= s.tokenStart; i--) if (!quoted.has(i) && ok(at[i])) return at[i]!;
    for (let k = sent - 1; k >= 0 && k >= sent - PRONOUN_LOOKBACK_SENTENCES; k--) {
      const ss = doc.sentences[k]!;
      if (startsWithPronoun(doc, ss.tokenStart, ss.tokenEnd, gender)) {
        if (lastRecent) return last;
        continue;
      }
      // The person a sentence attributes speech to outranks the people its reported clause mentions.
      if (lastRecent && this.lastSpeakerSentence === k) return last;
      const spoke = this.sentenceSpeakers.get(k);
      if (spoke && ok(spoke)) return spoke;
      if (spoke === null) return null;
      const inQuote = quotedTokens(doc, ss.tokenStart, ss.tokenEnd);
      const people: EntityDraft[] = [];
      for (let i = ss.tokenStart; i < ss.tokenEnd; i++)
        if (!inQuote.has(i) && ok(at[i]) && !people.includes(at[i]!)) people.push(at[i]!);
      if (people.length === 0) continue;
      if (lastRecent && !this.#isSubject(doc, ss.tokenStart, people[0]!)) return last;
      return people[0]!;
    }
    if (lastRecent) return last;
    return null;
  }

  /** The person named within the first words of sentence `k` (its subject), or null. */
  #sentenceSubject(doc: FieldDoc, k: number): EntityDraft | null {
    const s = doc.sentences[k];
    if (!s) return null;
    const at = this.#at(doc);
    for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + NEXT_SUBJECT_WINDOW); i++)
      if (at[i]?.type === 'person') return at[i]!;
    return null;
  }

  /** The first person named in sentence `k`, or null. */
  #firstPerson(doc: FieldDoc, k: number): EntityDraft | null {
    const s = doc.sentences[k];
    if (!s) return null;
    const at = this.#at(doc);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (at[i]?.type === 'person') return at[i]!;
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
    return false;
  }

  /** "the deputy minister": the person whose title includes the head and all modifiers. */
  role(
    doc: FieldDoc,
    pos: number,
    head: string,
    modifiers: readonly string[],
    qualifiers: readonly string[] = [],
  ): EntityDraft | null {
    const mods = modifiers.filter((m) => m !== 'former' && m !== 'the');
    // Only people introduced before this point, and not with a rank the phrase lacks ("the chancellor" is
    // not the "shadow chancellor" introduced later).
    const people = this.#index.entities.filter(
      (e) =>
        e.type === 'person' &&
        e.roles.has(head) &&
        mentionedBefore(e, doc, pos) &&
        ![...RANKS].some((r) => e.roles.has(r) && !mods.includes(r)),
    );
    const full = people.filter((e) => mods.every((m) => e.roles.has(m)));
    // "Jo Doe … said …. But the Tory MP for Eastleigh admitted …", "Gordon Brown addressed the meeting. The
    // chancellor said …": a role no one was introduced with is the previous sentence's speaker (else its
    // subject) described anew, unless its party says otherwise ("The Conservative Party co-chairman").
    // An indefinite role ("a PR expert") introduces someone new, so only a definite one looks back.
    if (people.length === 0 && !indefiniteAt(doc, pos)) {
      const sent = doc.sentenceOf[pos]!;
      const prev = this.sentenceSpeakers.get(sent - 1) ?? this.#sentenceSubject(doc, sent - 1);
      const party = (w: string) => PARTY_WORDS.get(w);
      const parties = [...mods, ...qualifiers].map(party).filter(Boolean);
      const prevParties = prev ? [...prev.roles].map(party).filter(Boolean) : [];
      const clash =
        parties.length > 0 && prevParties.length > 0 && !parties.some((p) => prevParties.includes(p));
      if (prev?.type === 'person' && !clash) return prev;
    }
    if (people.length === 0) return null;
    const pool = full.length > 0 ? full : people.length === 1 ? people : [];
    if (pool.length === 0) return null;
    return mostRecent(pool, doc, pos) ?? pool[0]!;
  }

  /**
   * The organisation an "it" or "the statement" stands for: the last organisation that spoke, within two
   * sentences, else the last organisation named in this or the previous sentence.
   */
  orgSpeaker(doc: FieldDoc, pos: number): EntityDraft | null {
    const sent = doc.sentenceOf[pos]!;
    if (this.lastOrgSpeaker && sent - this.lastOrgSpeakerSentence <= 2) return this.lastOrgSpeaker;
    const from = doc.sentences[Math.max(0, sent - 1)]!.tokenStart;
    const at = this.#at(doc);
    for (let i = pos - 1; i >= from; i--) if (at[i]?.type === 'organisation') return at[i]!;
    return null;
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

const QUOTE_MARK = /^["“”«»„]$/;

/** Token indexes between double quotation marks within [a, b) (marks counted from a). */
function quotedTokens(doc: FieldDoc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  let open = false;
  for (let i = a; i < b; i++) {
    const t = doc.tokens[i]!.text;
    if (QUOTE_MARK.test(t)) open = !open;
    else if (open) out.add(i);
  }
  return out;
}

/** "He urged …", "But she said …": the sentence's subject is a pronoun of this gender. */
function startsWithPronoun(doc: FieldDoc, a: number, b: number, gender: 'm' | 'f'): boolean {
  for (let i = a; i < Math.min(b, a + 3); i++) {
    const t = doc.tokens[i]!;
    if (!t.isWord) continue;
    if (t.lower === (gender === 'm' ? 'he' : 'she')) return true;
    if (!/^(but|and|yet|so|then|however|also)$/.test(t.lower)) return false;
  }
  return false;
}

/** Words that open an introductory clause ("Reacting to…,", "After the vote,"). */
const INTRO_WORDS = new Set(
  'after asked before despite during following in on speaking reacting responding commenting when while writing'.split(
    ' ',
  ),
);

/** Index of the comma closing an introductory clause that opens the range, or -1. */
export function lastIntroComma(tokens: readonly Token[], a: number, b: number): number {
  const first = tokens[a]?.lower ?? '';
  if (!(INTRO_WORDS.has(first) || (first.endsWith('ing') && first.length > 5))) return -1;
  for (let i = b - 1; i > a; i--) {
    if (tokens[i]!.text === ',') {
      const next = tokens[i + 1]?.lower;
      return next === 'the' || next === 'a' || next === 'an' ? i : -1;
    }
  }
  return -1;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

function none(a: number, b: number): Resolution {
  return { entity: null, start: a, end: b, via: 'none' };
}

/** No speaker, but the body the spokesperson speaks for, when the phrase names one. */
function voiced(body: Resolution | null, a: number, b: number): Resolution {
  return body?.entity
    ? { ...none(a, b), voiceOf: body.entity, generic: true }
    : { ...none(a, b), generic: true };
}

/** True when the entity is named before token `pos` of this field (or in the title). */
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
    if (w === 'a' || w === 'an') return true;
    if (w === 'the' || !doc.tokens[j]!.isWord) return false;
  }
  return false;
}
