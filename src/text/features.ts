/**
 * Compact, JSON-serialisable article features for related-article search: the top weighted stems
 * of title + body (title counts triple, common English words are down-weighted since no corpus
 * statistics are available per article) and the article's entity keys.
 */
import { buildDocs, cleanField, MAX_ANALYSED_CHARS, validateInput } from './document.js';
import { extractEntities } from './entities.js';
import { isCommonWord } from './lexicon.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import type { Analysis, AnalyzeInput } from './types.js';

export const FEATURES_VERSION = 1;
export const MAX_FEATURE_TERMS = 50;
export const MAX_FEATURE_ENTITIES = 20;
const TITLE_TERM_WEIGHT = 3;
const COMMON_WORD_FACTOR = 0.6;
const MIN_TERM_LENGTH = 3;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface ArticleFeatures {
  readonly version: number;
  /** [stem, weight] pairs, heaviest first. */
  readonly terms: readonly (readonly [string, number])[];
  /** Entity keys ("wendy-sherman", "russia"), most mentioned first. */
  readonly entities: readonly string[];
  /** Word count of title + body. */
  readonly length: number;
}

function countTerms(text: string, weight: number, tf: Map<string, number>): number {
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words++;
    const lower = m[0].toLowerCase().replace(/['’]s$/, '');
    if (lower.length < MIN_TERM_LENGTH || STOPWORDS.has(lower) || /^\d+$/.test(lower)) continue;
    const s = stem(lower);
    tf.set(s, (tf.get(s) ?? 0) + weight);
  }
  return words;
}

export function articleFeatures(input: AnalyzeInput, analysis?: Analysis): ArticleFeatures {
  const clean = validateInput(input);
  const tf = new Map<string, number>();
  const title = cleanField(clean.title ?? '', MAX_ANALYSED_CHARS);
  const body = cleanField(clean.body, MAX_ANALYSED_CHARS);
  const length = countTerms(title, TITLE_TERM_WEIGHT, tf) + countTerms(body, 1, tf);
  const weighted: [string, number][] = [];
  for (const [term, n] of tf) {
    const prior = isCommonWord(term) ? COMMON_WORD_FACTOR : 1;
    weighted.push([term, Math.round((1 + Math.log(n)) * prior * 1000) / 1000]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const entities = analysis
    ? [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length).map((e) => e.key)
    : extractEntities(buildDocs(clean), undefined)
        .entities.slice()
        .sort((a, b) => b.mentions.length - a.mentions.length)
        .map((e) => e.key);
  return {
    version: FEATURES_VERSION,
    terms: weighted.slice(0, MAX_FEATURE_TERMS),
    entities: entities.filter(Boolean).slice(0, MAX_FEATURE_ENTITIES),
    length,
  };
}
