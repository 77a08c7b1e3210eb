/**
 * People: roles around a name ("mayor Ray Mallon", "Ryabkov, Russia's deputy foreign minister") and
 * coreference of short forms ("Sherman" → "Wendy Sherman", "Mr Mallon" → "Ray Mallon").
 */
import { personNameWords } from './classify-span.js';
import { opensIntroClause } from './clauses.js';
import type { EntityDraft, EntityTable, Pending } from './entity-draft.js';
import { demonymAt } from './gazetteer.js';
import { isCommonWord, isFirstName, lexiconTags, nameGender } from './lexicon.js';
import {
  HONORIFICS,
  isRoleHead,
  isTitleWord,
  PERSONAL_HONORIFICS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './roles.js';
import { nameKey, nameWords } from './slugify.js';
import { endsInLowerPart, type Token } from './tokenize.js';
import type { KnownTag } from './types.js';
import type { Vocabulary } from './vocabulary.js';

const MAX_ROLE_LOOKBACK = 4;
const MAX_APPOSITIVE_TOKENS = 10;

/** Lowercase role words before ("mayor Ray Mallon") or in an appositive after the name. */
export function rolesAround(tokens: readonly Token[], a: number, b: number): string[] {
  const roles: string[] = [];
  for (let i = a - 1; i >= 0 && i >= a - MAX_ROLE_LOOKBACK; i--) {
    const t = tokens[i]!;
    // "the deputy minister Jo Doe", and capitalised titles too ("Home Secretary Jo Doe", "Co-Chairman Jo Doe"),
    // which a name matched on its own (a known tag) would otherwise lose.
    if (!t.isWord || !(isRoleHead(t.lower) || ROLE_MODIFIERS.has(t.lower))) break;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'of') break;
    roles.push(t.lower);
  }
  // "Argentine David Nalbandian", "New Zealander Peter Jackson": "the Argentine" later is this person.
  for (const n of [1, 2]) {
    if (a - n >= 0 && demonymAt(tokens, a - n, a))
      roles.push(
        tokens
          .slice(a - n, a)
          .map((t) => t.lower)
          .join(' '),
      );
  }
  const appositive = (from: number, step: 1 | -1) => {
    const words: string[] = [];
    for (let n = 0, i = from; n < MAX_APPOSITIVE_TOKENS && i >= 0 && i < tokens.length; n++, i += step) {
      const t = tokens[i]!;
      if (t.text === ',' || t.text === '.' || t.text === '"' || t.newlineBefore) break;
      // "Keegan, who ordered the defender home": a relative clause is no appositive.
      if (n === 0 && step === 1 && /^(who|whom|whose|which|that)$/.test(t.lower)) return;
      // ("Jack Straw, the Foreign Secretary,", "The Bishop of Durham, Tom Wright,": titles capitalised too.)
      if (t.isWord && (!t.cap || isRoleHead(t.lower) || ROLE_MODIFIERS.has(t.lower))) words.push(t.lower);
    }
    if (words.some((w) => ROLE_HEADS.has(w)))
      roles.push(...words.filter((w) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)));
  };
  if (tokens[b]?.text === ',' && !endsIntroClause(tokens, a)) appositive(b + 1, 1);
  // ("The Bishop of Durham, the Rt Rev Dr Tom Wright": honorifics between the comma and the name.)
  let c = a - 1;
  while (c > 0 && (HONORIFICS.has(tokens[c]!.lower) || /^(the|rt|hon|\.)$/.test(tokens[c]!.lower))) c--;
  if (tokens[c]?.text === ',' && c >= 1) appositive(c - 1, -1);
  return roles.filter(
    (w) =>
      w !== 'the' &&
      w !== 'a' &&
      w !== 'an' &&
      w !== 'of' &&
      w !== 'his' &&
      w !== 'her' &&
      w !== 'its' &&
      w !== 'their',
  );
}

/**
 * The name at `a` closes an introductory clause that opens its sentence ("Echoing US official Jo Doe, the
 * prime minister said"), so the comma after it ends that clause and what follows is no appositive.
 */
function endsIntroClause(tokens: readonly Token[], a: number): boolean {
  let i = a;
  while (i > 0 && !tokens[i]!.newlineBefore && !/^[.!?"“”]$/.test(tokens[i - 1]!.text)) {
    if (tokens[i - 1]!.text === ',') return false;
    i--;
  }
  return i < a && opensIntroClause(tokens[i]);
}

/** A word before a surname that describes or abbreviates the person: "Rocker", "Man-of-the-match", "J". */
function describes(word: string): boolean {
  return isCommonWord(word) || /[-\s]/.test(word) || word.length === 1 || isTitleWord(word);
}

/** People: full names, then short forms resolved to the full name sharing the last (or first) name. */
export function resolvePeople(
  pending: readonly Pending[],
  table: EntityTable,
  vocab: Vocabulary | undefined,
): Map<Pending, EntityDraft> {
  const resolved = new Map<Pending, EntityDraft>();
  const byLast = new Map<string, EntityDraft[]>();
  const byFirst = new Map<string, EntityDraft[]>();
  const register = (e: EntityDraft, toks: readonly string[]) => {
    const last = toks[toks.length - 1]!;
    const first = toks[0]!;
    for (const [map, k] of [
      [byLast, last],
      [byFirst, first],
    ] as const) {
      const list = map.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(k, list);
    }
  };
  // Surnames introduced with a title ("Mr Mallon") make unresolved two/three-word spans ending (or, for a family
  // name written first, starting) with them people.
  const titledSurnames = new Set<string>();
  const bareSurnames = new Set<string>();
  // So do surnames used alone elsewhere ("Melzer shocks Agassi" … "Jurgen Melzer").
  for (const p of pending) {
    const toks = p.raw.nameTokens;
    if (toks?.length !== 1) continue;
    if (p.raw.kind === 'person' && p.raw.surelyPerson) titledSurnames.add(toks[0]!);
    else if (
      p.raw.kind === 'unresolved' &&
      !isCommonWord(toks[0]!) &&
      !EVENTS.has(toks[0]!) &&
      !p.doc.tokens[p.raw.start]!.upper
    ) {
      bareSurnames.add(toks[0]!);
    }
  }
  const paired = coordinatedWithPeople(pending);
  const isFull = (p: Pending) => {
    const n = p.raw.nameTokens?.length ?? 0;
    if (p.known || n < 2) return false;
    if (p.raw.kind === 'person') return true;
    if (p.raw.kind !== 'unresolved' || n > 3) return false;
    const toks = p.raw.nameTokens!;
    const last = toks[n - 1]!;
    if (titledSurnames.has(last) || [...titledSurnames].some((t) => misspeltAs(last, t))) return true;
    // "Wen Jiabao … Mr Wen": a family name written first, and no first name.
    if (n === 2 && titledSurnames.has(toks[0]!) && !isFirstName(toks[0]!)) return true;
    if (paired.has(p)) return true;
    return bareSurnames.has(last) && !toks.some((t) => isCommonWord(t)) && !p.doc.tokens[p.raw.start]!.upper;
  };
  // Pass 1: full names (two or more name words), longest first so "George W Bush" absorbs "George Bush".
  const full = pending.filter(isFull);
  const firstNamed = (p: Pending) => (isFirstName(p.raw.nameTokens![0]!) ? 1 : 0);
  full.sort((x, y) => y.raw.nameTokens!.length - x.raw.nameTokens!.length || firstNamed(y) - firstNamed(x));
  for (const p of full) {
    const toks = p.raw.nameTokens!;
    const last = toks[toks.length - 1]!;
    const sameLast = byLast.get(last) ?? [];
    // "Pete Doherty" … "Rocker Doherty": a leading ordinary word joins the named person ("Malgorzata Kujda",
    // a first name the lexicon does not know, is someone else beside Jarek Kujda).
    const same =
      sameLast.find((e) => nameWords(e.name)[0] === toks[0]) ??
      (!isFirstName(toks[0]!) && describes(toks[0]!) && sameLast.length === 1 ? sameLast[0] : undefined);
    const known = personTag(vocab, p.raw.name);
    const e =
      same ??
      table.get(
        known?.name ?? p.raw.name,
        known && known.type !== 'topic' ? known.type : 'person',
        known ?? null,
      );
    register(e, toks);
    if (!e.gender && p.raw.gender) e.gender = p.raw.gender;
    resolved.set(p, e);
  }
  for (const p of pending) {
    if (p.known?.type === 'person') {
      const e = table.get(p.known.name, 'person', p.known);
      // "Sir John Bourn" is "Sir John" and "Bourn": an honorific is no first name.
      const toks = nameWords(p.known.name);
      while (toks.length > 2 && HONORIFICS.has(toks[0]!)) toks.shift();
      register(e, toks);
      // A known "Gordon Brown" is a man, as a "Gordon Brown" found in the text is: "she" is someone else.
      if (!e.gender && toks.length > 1) e.gender = nameGender(toks[0]!);
      resolved.set(p, e);
    }
  }
  // Pass 2: one-word names ("Sherman", "Mr Mallon", "President Bush").
  for (const p of pending) {
    if (resolved.has(p)) continue;
    // "Nogar's son Stephen", "Eavis' daughter Emily": a relative named by first name shares the family name.
    const relative = relativeOf(p, resolved);
    if (relative) {
      const e = table.get(relative.name, 'person', null);
      register(e, nameWords(relative.name));
      if (!e.gender) e.gender = relative.gender;
      resolved.set(p, e);
      continue;
    }
    // A one-word place that is also a person's surname here ("Denzel Washington … Washington said").
    const placeWord = p.raw.kind === 'place' && p.raw.end - p.raw.start === 1 && !p.known;
    const toks = placeWord ? [nameKey(p.doc.tokens[p.raw.start]!.text)] : p.raw.nameTokens;
    if (toks?.length !== 1 || (p.raw.kind !== 'person' && p.raw.kind !== 'unresolved' && !placeWord))
      continue;
    const word = toks[0]!;
    if (placeWord && !byLast.has(word)) continue;
    // "in Jan 2005" is a date, not Jan Egeland.
    if (/^\d/.test(p.doc.tokens[p.raw.end]?.text ?? '') && !byLast.has(word)) continue;
    const title = p.doc.tokens[p.raw.start - 1]?.lower ?? '';
    // "Sir Digby" is Digby Jones: a knight is called by title and first name, and so are royals and sheikhs
    // ("Prince Saud" is Prince Saud al-Faisal).
    const knighted = /^(sir|dame|prince|princess|king|queen|sheikh)$/.test(title);
    // "Mr" goes before a surname: "Mr Howard" is not Howard Flight, but "Mr Hu" is Hu Jintao and "Mr Kim" Kim
    // Yungmin, whose family names come first (a word that is no first name, or none for a man).
    const honorific = HONORIFICS.get(title);
    const familyFirst =
      !isFirstName(word) || (honorific != null && nameGender(word) != null && nameGender(word) !== honorific);
    const byFirstName = PERSONAL_HONORIFICS.has(title) ? familyFirst : isFirstName(word) || knighted;
    // ("Im Kwon-Taek … Im, who has made 100 films": a family name written first, then alone, with no title.)
    const familyName =
      !honorific && !isFirstName(word) && !isCommonWord(word) && byFirst.get(word)?.length === 1
        ? byFirst.get(word)
        : undefined;
    const candidates = byLast.get(word) ?? (byFirstName ? byFirst.get(word) : undefined) ?? familyName ?? [];
    let e: EntityDraft | undefined = candidates[0];
    if (candidates.length > 1) e = mostRecentBefore(candidates, p, resolved);
    // "Pranab Mukherjee … said Mr Mukerjee": after an honorific, a long surname one letter off the only one like it
    // is the copy's slip, not a new person.
    if (!e && PERSONAL_HONORIFICS.has(title)) e = misspelt(word, byLast);
    if (!e && p.raw.kind === 'person' && p.raw.surelyPerson) {
      // ("Prince Harry" is not Harry Kewell, a tag that lists his first name: only a knight goes by it.)
      const tag = personTag(vocab, p.raw.name);
      const tagWords = tag ? nameWords(tag.name) : [];
      const firstNameOnly = tagWords.length > 1 && tagWords[0] === word && !/^(sir|dame)$/.test(title);
      const known = firstNameOnly ? undefined : tag;
      e = table.get(known?.name ?? p.raw.name, 'person', known ?? null);
      register(e, toks);
    }
    if (!e) continue;
    if (!e.gender && p.raw.gender) e.gender = p.raw.gender;
    resolved.set(p, e);
  }
  return resolved;
}

/**
 * The known tag a person's name stands for. A topic that lists the name as an alias ("The Jerry Springer Show"
 * with alias "Jerry Springer") is about the person, not the person: the name stays theirs.
 */
function personTag(vocab: Vocabulary | undefined, name: string): KnownTag | undefined {
  const known = vocab?.lookup(name);
  return known && (known.type !== 'topic' || nameKey(known.name) === nameKey(name)) ? known : undefined;
}

const MIN_MISSPELT_SURNAME = 7;

/** The one person whose surname is `word` with one letter added, dropped or changed, or undefined. */
function misspelt(word: string, byLast: ReadonlyMap<string, EntityDraft[]>): EntityDraft | undefined {
  const near = [...byLast].filter(([last]) => misspeltAs(word, last));
  return near.length === 1 && near[0]![1].length === 1 ? near[0]![1][0] : undefined;
}

/** Long surnames one letter apart ("Mukerjee", "Mukherjee"). */
function misspeltAs(a: string, b: string): boolean {
  return a.length >= MIN_MISSPELT_SURNAME && b.length >= MIN_MISSPELT_SURNAME && oneEditApart(a, b);
}

/** Whether two different words are one insertion, deletion or substitution apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words that close the names of events ("the 2004 Olympics", "Winter Olympics"), never a surname. */
const EVENTS = new Set(['olympics', 'paralympics', 'games', 'championships', 'awards', 'oscars', 'grammys']);

/** Kin nouns and the gender they give the relative. */
export const KIN: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ...'son brother father husband nephew grandson widower'.split(' ').map((w) => [w, 'm'] as const),
  ...'daughter sister mother wife niece granddaughter widow'.split(' ').map((w) => [w, 'f'] as const),
]);

/**
 * Unresolved names of two or three plain words joined by "and", "or" or a comma to a person named in full:
 * "Roger Federer or Marat Safin", "Sir Alex Ferguson and Arsene Wenger", whatever the lexicon knows of their first
 * names.
 */
function coordinatedWithPeople(pending: readonly Pending[]): Set<Pending> {
  const out = new Set<Pending>();
  const byEnd = new Map<string, Pending>();
  const byStart = new Map<string, Pending>();
  const key = (p: Pending, i: number) => `${p.doc.field}:${i}`;
  for (const p of pending) {
    byEnd.set(key(p, p.raw.end), p);
    byStart.set(key(p, p.raw.start), p);
  }
  const person = (q: Pending | undefined) => q?.raw.kind === 'person' && (q.raw.nameTokens?.length ?? 0) >= 2;
  for (const p of pending) {
    const { tokens } = p.doc;
    const { start: a, end: b } = p.raw;
    if (p.raw.kind !== 'unresolved' || b - a < 2 || b - a > 3 || !personNameWords(tokens, a, b)) continue;
    // ("Scissor Sisters", "Grammy Award-winning", "… of the Spotless Mind": no plural, number or description for
    // a surname, and no article or "of" before the name.)
    const last = tokens[b - 1]!;
    if (
      lexiconTags(last.lower).some((t) => NO_SURNAME_TAGS.has(t)) ||
      /ions$/.test(last.text) ||
      endsInLowerPart(last.text) ||
      /^(the|a|an|of)$/.test(tokens[a - 1]?.lower ?? '')
    )
      continue;
    const joinBefore = COORDINATORS.has(tokens[a - 1]?.lower ?? '');
    const joinAfter = COORDINATORS.has(tokens[b]?.lower ?? '');
    if ((joinBefore && person(byEnd.get(key(p, a - 1)))) || (joinAfter && person(byStart.get(key(p, b + 1)))))
      out.add(p);
  }
  return out;
}

const COORDINATORS = new Set(['and', 'or', ',', '&']);
const NO_SURNAME_TAGS = new Set(['Plural', 'PresentTense', 'Cardinal', 'Determiner', 'TextValue']);

/**
 * The full name of a relative introduced by first name after a possessive name ("Nogar's son Stephen", "Eavis'
 * daughter, Emily") whose family name is that person's, or null.
 */
function relativeOf(
  p: Pending,
  resolved: ReadonlyMap<Pending, EntityDraft>,
): { name: string; gender: 'm' | 'f' } | null {
  const { tokens } = p.doc;
  const first = tokens[p.raw.start]!;
  const listed = isFirstName(first.lower);
  const unlisted = !listed && lexiconTags(first.lower).length === 0 && !first.upper;
  if (p.raw.end !== p.raw.start + 1 || !first.cap || !(listed || unlisted)) return null;
  let k = p.raw.start - 1;
  if (tokens[k]?.text === ',') k--;
  const gender = KIN.get(tokens[k]?.lower ?? '');
  if (!gender) return null;
  const possessive = /^(['’]s?|s)$/.test(tokens[k - 1]?.text ?? '');
  // "his son Nick": the person named last before it, in this sentence or the one before. (A first name the
  // lexicon lacks only after a named owner: "Mr Eavis' daughter Nipob said"; "his" may be someone else's.)
  const pronoun = listed && /^(his|her)$/.test(tokens[k - 1]?.lower ?? '');
  if (!possessive && !pronoun) return null;
  const sentence = p.doc.sentenceOf[k]!;
  let owner: EntityDraft | undefined;
  let ownerAt = -1;
  for (const [q, e] of resolved) {
    if (q.doc !== p.doc || e.type !== 'person') continue;
    if (possessive && q.raw.start <= k - 2 && q.raw.end > k - 2) owner = e;
    if (
      pronoun &&
      q.raw.end <= k - 1 &&
      q.raw.start > ownerAt &&
      sentence - p.doc.sentenceOf[q.raw.start]! <= 1 &&
      (e.gender === null || e.gender === (tokens[k - 1]!.lower === 'his' ? 'm' : 'f'))
    ) {
      owner = e;
      ownerAt = q.raw.start;
    }
    if (possessive && owner) break;
  }
  if (!owner || owner.name.split(' ').length < 2) return null;
  const surname = owner.name.split(' ').at(-1)!;
  if (surname.toLowerCase() === first.lower) return null;
  return { name: `${first.text} ${surname}`, gender };
}

/**
 * Of several people with the same surname, whom a lone "Murray" means: the one named in full most recently
 * before it in the same field ("Euan Murray … said Murray", though a Scott Murray is listed further on), else
 * the one named first.
 */
function mostRecentBefore(
  candidates: readonly EntityDraft[],
  p: Pending,
  resolved: ReadonlyMap<Pending, EntityDraft>,
): EntityDraft {
  const pos = p.doc.tokens[p.raw.start]!.start;
  let best: EntityDraft | undefined;
  let bestPos = -1;
  let first: EntityDraft | undefined;
  let firstPos = Number.POSITIVE_INFINITY;
  for (const [q, e] of resolved) {
    // Only full names count: "his wife Sharon" is no reason to read "Osbourne said" as her.
    if (!candidates.includes(e) || (q.raw.nameTokens?.length ?? 2) < 2) continue;
    const at = q.doc.tokens[q.raw.start]!.start;
    if (q.doc.field === p.doc.field && at < pos && at > bestPos) {
      bestPos = at;
      best = e;
    }
    // A body mention counts before any title mention: the headline is read with the story.
    const order = (q.doc.field === 'body' ? 0 : 1e9) + at;
    if (order < firstPos) {
      firstPos = order;
      first = e;
    }
  }
  return best ?? first ?? candidates[0]!;
}
