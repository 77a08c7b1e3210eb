/** Metric functions for the language-layer evaluation. Pure; see test/eval-metrics.test.ts. */

import type { QuoteKind, TagType } from '../src/text/types.js';
import type { GoldQuote, GoldTag } from './types.js';

export const TAG_K = 8;
export const TAG_PRECISION_K = 5;
/** A predicted quote matches a gold one when it covers at least this share of the gold span. */
export const MIN_OVERLAP = 0.5;
export const NAME_TAG_TYPES: ReadonlySet<TagType> = new Set(['person', 'place', 'organisation']);

/**
 * Lower-cases, strips accents, a leading "the" or knighthood ("Sir Alex Ferguson" is the tag "Alex Ferguson"),
 * possessive 's and punctuation; collapses spaces.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/-/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/^\s*(sir|dame)\s+(?=\S+\s)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function goldNames(tag: GoldTag): Set<string> {
  return new Set([tag.name, ...(tag.aliases ?? [])].map(normalizeName));
}

export interface TagScore {
  /** Hits among the top k / number of predictions in the top k (0 when there are none). */
  readonly precisionAtK: number;
  readonly recallAtK: number;
  /** Recall over person/place/organisation tags only; null when the article has none. */
  readonly nameRecallAtK: number | null;
  readonly precisionAt5: number;
  readonly missed: string[];
  readonly wrong: string[];
}

/** Each gold tag is matched at most once, by the first prediction naming it (or an alias). */
export function tagHits(
  predicted: readonly string[],
  gold: readonly GoldTag[],
): { hits: boolean[]; matched: Set<number> } {
  const names = gold.map(goldNames);
  const matched = new Set<number>();
  const hits = predicted.map((p) => {
    const n = normalizeName(p);
    const g = names.findIndex((set, i) => !matched.has(i) && set.has(n));
    if (g < 0) return false;
    matched.add(g);
    return true;
  });
  return { hits, matched };
}

export function scoreTags(predicted: readonly string[], gold: readonly GoldTag[], k = TAG_K): TagScore {
  const top = predicted.slice(0, k);
  const { hits, matched } = tagHits(top, gold);
  const hitCount = hits.filter(Boolean).length;
  const nameIdx = gold.flatMap((t, i) => (NAME_TAG_TYPES.has(t.type) ? [i] : []));
  const top5 = predicted.slice(0, TAG_PRECISION_K);
  const hits5 = tagHits(top5, gold).hits.filter(Boolean).length;
  return {
    precisionAtK: top.length ? hitCount / top.length : 0,
    recallAtK: gold.length ? matched.size / gold.length : 1,
    nameRecallAtK: nameIdx.length ? nameIdx.filter((i) => matched.has(i)).length / nameIdx.length : null,
    precisionAt5: top5.length ? hits5 / top5.length : 0,
    missed: gold.filter((_, i) => !matched.has(i)).map((t) => t.name),
    wrong: top.filter((_, i) => !hits[i]),
  };
}

export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
  readonly field?: 'title' | 'body';
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `pred` covers at least MIN_OVERLAP of the gold span (same field). */
export function spansMatch(pred: PredictedQuote, gold: GoldQuote): boolean {
  if ((pred.field ?? 'body') !== (gold.field ?? 'body')) return false;
  const len = gold.end - gold.start;
  return len > 0 && overlap(pred, gold) >= MIN_OVERLAP * len;
}

/** Words before a surname that are no one's first name. */
const HONORIFICS = new Set(
  'mr mrs ms miss dr sir lord lady dame baroness baron prof professor rev'.split(' '),
);

/**
 * One person's name and a short or fuller form of it: the same last word ("Mr Tony Blair" and "Blair"),
 * and, when both give more than an honorific, at least one other word in common ("George W Bush" and
 * "George Bush"). "Sharon Osbourne" is not "Ozzy Osbourne", nor is the "Labour Party" the "Conservative Party".
 */
function sameSurname(a: string, b: string): boolean {
  const x = normalizeName(a).split(' ');
  const y = normalizeName(b).split(' ');
  if (x.at(-1) !== y.at(-1)) return false;
  const restX = x.slice(0, -1).filter((w) => !HONORIFICS.has(w));
  const restY = y.slice(0, -1).filter((w) => !HONORIFICS.has(w));
  return restX.length === 0 || restY.length === 0 || restX.some((w) => restY.includes(w));
}

/**
 * Gold null matches predicted null (or a generic group noun listed in speakerAliases, e.g. "analysts").
 * Otherwise the predicted name must equal the gold name or an alias, or be a short or fuller form of the gold
 * name (same surname, no other first name).
 */
export function speakerMatches(predicted: string | null, gold: GoldQuote): boolean {
  const aliases = (gold.speakerAliases ?? []).map(normalizeName);
  if (predicted === null) return gold.speaker === null;
  const p = normalizeName(predicted);
  if (aliases.includes(p)) return true;
  if (gold.speaker === null) return false;
  return p === normalizeName(gold.speaker) || sameSurname(predicted, gold.speaker);
}

export interface Pairing {
  /** For each gold quote, the index of its matched prediction, or -1. */
  readonly goldToPred: number[];
  readonly matchedPreds: Set<number>;
}

/** One-to-one greedy pairing by largest overlap among pairs that satisfy spansMatch. */
export function pairQuotes(preds: readonly PredictedQuote[], golds: readonly GoldQuote[]): Pairing {
  const pairs: Array<[number, number, number]> = [];
  for (const [pi, p] of preds.entries()) {
    for (const [gi, g] of golds.entries()) if (spansMatch(p, g)) pairs.push([overlap(p, g), pi, gi]);
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const goldToPred = golds.map(() => -1);
  const matchedPreds = new Set<number>();
  for (const [, pi, gi] of pairs) {
    if (goldToPred[gi] !== -1 || matchedPreds.has(pi)) continue;
    goldToPred[gi] = pi;
    matchedPreds.add(pi);
  }
  return { goldToPred, matchedPreds };
}

export interface QuoteCounts {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPred: number;
  speakerCorrect: number;
}

export const emptyCounts = (): QuoteCounts => ({
  gold: 0,
  predicted: 0,
  matchedGold: 0,
  matchedPred: 0,
  speakerCorrect: 0,
});

export interface QuoteMiss {
  readonly kind: 'missed' | 'spurious' | 'speaker';
  readonly start: number;
  readonly end: number;
  readonly expected?: string | null;
  readonly got?: string | null;
}

export interface QuoteScore {
  readonly direct: QuoteCounts;
  readonly reported: QuoteCounts;
  readonly misses: QuoteMiss[];
}

const isReported = (kind: QuoteKind) => kind !== 'direct';

/**
 * Direct quotes: predicted direct vs gold direct (recall, precision, speaker accuracy).
 * Reported speech: gold indirect/unmarked vs predictions of any kind not used by a direct match.
 */
export function scoreQuotes(preds: readonly PredictedQuote[], golds: readonly GoldQuote[]): QuoteScore {
  const misses: QuoteMiss[] = [];
  const directPreds = preds.filter((p) => p.kind === 'direct');
  const directGold = golds.filter((g) => g.kind === 'direct');
  const direct = countPairs(directPreds, directGold, misses, true);
  const usedDirect = pairQuotes(directPreds, directGold).matchedPreds;
  const leftover = preds.filter((p) => p.kind !== 'direct' || !usedDirect.has(directPreds.indexOf(p)));
  const reportedGold = golds.filter((g) => isReported(g.kind));
  const reported = countPairs(leftover, reportedGold, misses, false);
  reported.predicted = preds.filter((p) => isReported(p.kind)).length;
  return { direct, reported, misses };
}

function countPairs(
  preds: readonly PredictedQuote[],
  golds: readonly GoldQuote[],
  misses: QuoteMiss[],
  reportSpurious: boolean,
): QuoteCounts {
  const { goldToPred, matchedPreds } = pairQuotes(preds, golds);
  const counts = emptyCounts();
  counts.gold = golds.length;
  counts.predicted = preds.length;
  counts.matchedPred = matchedPreds.size;
  for (const [gi, g] of golds.entries()) {
    const pred = preds[goldToPred[gi] ?? -1];
    if (!pred) {
      misses.push({ kind: 'missed', start: g.start, end: g.end, expected: g.speaker });
      continue;
    }
    counts.matchedGold += 1;
    if (speakerMatches(pred.speaker, g)) counts.speakerCorrect += 1;
    else misses.push({ kind: 'speaker', start: g.start, end: g.end, expected: g.speaker, got: pred.speaker });
  }
  if (reportSpurious) {
    for (const [pi, p] of preds.entries()) {
      if (!matchedPreds.has(pi))
        misses.push({ kind: 'spurious', start: p.start, end: p.end, got: p.speaker });
    }
  }
  return counts;
}

export function addCounts(into: QuoteCounts, add: QuoteCounts): void {
  into.gold += add.gold;
  into.predicted += add.predicted;
  into.matchedGold += add.matchedGold;
  into.matchedPred += add.matchedPred;
  into.speakerCorrect += add.speakerCorrect;
}

/** Ratio, or null when the denominator is zero. */
export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function mean(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export interface Agreement {
  /** Direct quotes in each annotation. */
  readonly a: number;
  readonly b: number;
  /** Pairs of quotes both annotated (spans overlapping as in scoring). */
  readonly paired: number;
  /** Paired quotes whose speakers agree (either side's name, aliases or surname; null with null). */
  readonly agreed: number;
  /** Disagreements where one side named a speaker and the other did not. */
  readonly namedVsNull: number;
}

/** Two speakers of the same quotation agree when either annotation accepts the other's speaker. */
export function speakersAgree(x: GoldQuote, y: GoldQuote): boolean {
  return speakerMatches(x.speaker, y) || speakerMatches(y.speaker, x);
}

/** Inter-annotator agreement on direct quotations: how often two annotators pick the same speaker. */
export function directAgreement(a: readonly GoldQuote[], b: readonly GoldQuote[]): Agreement {
  const da = a.filter((q) => q.kind === 'direct');
  const db = b.filter((q) => q.kind === 'direct');
  const { goldToPred } = pairQuotes(da, db);
  let paired = 0;
  let agreed = 0;
  let namedVsNull = 0;
  for (const [bi, ai] of goldToPred.entries()) {
    if (ai < 0) continue;
    paired++;
    const x = da[ai]!;
    const y = db[bi]!;
    if (speakersAgree(x, y)) agreed++;
    else if ((x.speaker === null) !== (y.speaker === null)) namedVsNull++;
  }
  return { a: da.length, b: db.length, paired, agreed, namedVsNull };
}
