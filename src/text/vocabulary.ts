/**
 * The newsroom's known tags compiled into token-sequence matchers. Entity tags match capitalised
 * text (acronyms case-sensitively, so "US" is not "us"); topic tags match any case, by stem.
 */
import { disjointSets } from './disjoint-sets.js';
import { getGazetteer } from './gazetteer.js';
import { isTitleWord } from './roles.js';
import { nameKey } from './slugify.js';
import { stem } from './stem.js';
import { type Token, tokenize } from './tokenize.js';
import type { KnownTag } from './types.js';
import { tagUptakes, type UntaggedName, uptakeFactor } from './uptake.js';

const MAX_ACRONYM_LENGTH = 5;
/** A name must have gone with a topic in this many articles before it suggests the topic. */
export const MIN_TOGETHER = 2;
/** Pseudo-articles without the topic: a name seen twice, both times with the topic, is not yet a certainty. */
const ASSOCIATION_PRIOR = 2;

/** How often a name the analyser finds goes with a topic tag in the newsroom's archive. */
export interface TopicAssociation {
  /** The topic tag's name. */
  readonly topic: string;
  /** The name (an entity's canonical name). */
  readonly name: string;
  /** Articles that mention the name and carry the topic. */
  readonly together: number;
  /** Articles that mention the name. */
  readonly mentioned: number;
}
const MAX_ALIASES_PER_TAG = 64;

interface Matcher {
  /** Folded lowercase words (entities) or stems (topics). */
  readonly words: readonly string[];
  /** Exact surface words for acronyms, else null. */
  readonly exact: readonly string[] | null;
  readonly tag: KnownTag;
}

export interface VocabularyMatch {
  readonly tag: KnownTag;
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Opaque compiled vocabulary; build with createVocabulary(). */
export class Vocabulary {
  readonly #entityIndex = new Map<string, Matcher[]>();
  readonly #topicIndex = new Map<string, Matcher[]>();
  readonly #byKey = new Map<string, KnownTag>();
  readonly #byExact = new Map<string, KnownTag>();
  readonly #topicByKey = new Map<string, KnownTag>();
  readonly #peopleByWord = new Map<string, KnownTag[]>();
  readonly #uptake: Map<KnownTag, number>;
  /** Untagged names by key: how many articles mention them. */
  readonly #untagged = new Map<string, number>();
  /** Topic tags by the key of a name that goes with them in the archive, with the share of its articles. */
  readonly #topicsByName = new Map<string, { tag: KnownTag; share: number }[]>();
  readonly size: number;

  constructor(
    tags: readonly KnownTag[],
    untagged: readonly UntaggedName[] = [],
    associations: readonly TopicAssociation[] = [],
  ) {
    if (!Array.isArray(tags)) throw new TypeError('createVocabulary: tags must be an array');
    const valid = tags.filter((tag) => tag && typeof tag.name === 'string' && tag.name.trim());
    const merged = mergedTags(valid);
    // Every tag's own name first: "Iraq" is the place tag Iraq before it is an alias of the topic "Iraq war".
    for (const tag of valid) this.#addName(tag.name, merged.get(tag) ?? tag);
    // Then aliases, the most used tag's first: "rugby" is the alias of "Rugby union" (40 articles) before it is
    // one of "Scottish rugby" (1).
    const byUse = [...valid].sort((a, b) => (b.articleCount ?? 0) - (a.articleCount ?? 0));
    for (const tag of byUse) {
      const aliases = Array.isArray(tag.aliases) ? tag.aliases.slice(0, MAX_ALIASES_PER_TAG) : [];
      for (const alias of aliases)
        if (typeof alias === 'string' && !describes(alias, tag)) this.#addName(alias, merged.get(tag) ?? tag);
    }
    this.size = valid.length;
    this.#uptake = tagUptakes(valid);
    if (!Array.isArray(untagged)) throw new TypeError('createVocabulary: untagged must be an array');
    for (const u of untagged) {
      if (typeof u?.name !== 'string' || !(u.mentionCount > 0) || this.lookup(u.name)) continue;
      const key = nameKey(u.name);
      if (key) this.#untagged.set(key, Math.max(this.#untagged.get(key) ?? 0, u.mentionCount));
    }
    if (!Array.isArray(associations)) throw new TypeError('createVocabulary: associations must be an array');
    for (const a of associations) {
      if (typeof a?.topic !== 'string' || typeof a.name !== 'string') continue;
      const tag = this.lookupTopic(a.topic);
      const together = Math.max(0, a.together);
      if (!tag || !(together >= MIN_TOGETHER) || !(a.mentioned >= together)) continue;
      const key = nameKey(a.name);
      const list = this.#topicsByName.get(key) ?? [];
      list.push({ tag, share: together / (a.mentioned + ASSOCIATION_PRIOR) });
      this.#topicsByName.set(key, list);
    }
  }

  /** The newsroom's topics that go with a name, each with the share of the name's articles that carry it. */
  topicsWith(name: string): readonly { tag: KnownTag; share: number }[] {
    return this.#topicsByName.get(nameKey(name)) ?? [];
  }

  /**
   * Score factor in (0, 1] from editors' uptake of a name (see uptake.ts): for a known tag, how often it is
   * applied where mentioned; for a name no one has tagged, how many articles mention it untagged.
   */
  uptake(name: string, tag: KnownTag | null): number {
    if (tag) return this.#uptake.get(tag) ?? 1;
    const mentioned = this.#untagged.get(nameKey(name));
    return mentioned === undefined ? 1 : uptakeFactor(0, mentioned);
  }

  #addName(name: string, tag: KnownTag): void {
    const words = tokenize(name).filter((t) => t.isWord);
    if (words.length === 0) return;
    // "the council", "the firm": a description an editor noted, not a name ("The Council of Mortgage Lenders"
    // is another body).
    if (tag.type !== 'topic' && /^the\s/.test(name) && !/\p{Lu}/u.test(name)) return;
    const bare = name.replace(/\./g, '').trim();
    const acronym = /^[A-Z]{2,}$/.test(bare) && bare.length <= MAX_ACRONYM_LENGTH;
    if (acronym) {
      if (!this.#byExact.has(bare)) this.#byExact.set(bare, tag);
    } else {
      const key = nameKey(name);
      if (!this.#byKey.has(key)) this.#byKey.set(key, tag);
      if (tag.type === 'topic' && !this.#topicByKey.has(key)) this.#topicByKey.set(key, tag);
      if (tag.type === 'person' && words.length === 1) {
        const list = this.#peopleByWord.get(key) ?? [];
        if (!list.includes(tag)) list.push(tag);
        this.#peopleByWord.set(key, list);
      }
    }
    const topic = tag.type === 'topic' && !acronym;
    const keyWords = words.map((t) => (topic ? stem(nameKey(t.text)) : nameKey(t.text).replace(/'/g, '')));
    const matcher: Matcher = { words: keyWords, exact: acronym ? [bare] : null, tag };
    const index = topic ? this.#topicIndex : this.#entityIndex;
    const first = acronym ? bare.toLowerCase() : keyWords[0]!;
    const list = index.get(first);
    if (list) list.push(matcher);
    else index.set(first, [matcher]);
  }

  /** The known tag for a name or alias, if any ("U.S." and "US" find the same tag). */
  lookup(name: string): KnownTag | undefined {
    const bare = name.replace(/\./g, '').trim();
    return this.#byExact.get(bare) ?? this.#byKey.get(nameKey(name));
  }

  /** Every person tag with this one-word name or alias ("Keane": Roy Keane and Robbie Keane). */
  peopleCalled(word: string): readonly KnownTag[] {
    return this.#peopleByWord.get(nameKey(word)) ?? [];
  }

  /** The known topic tag for a topic name: "jobs" is the topic, never the alias of Steve Jobs. */
  lookupTopic(name: string): KnownTag | undefined {
    return this.#topicByKey.get(nameKey(name));
  }

  /**
   * Longest known-tag matches over a token stream, left to right, non-overlapping. Of equally long matches
   * ("Keane" for Roy Keane and for Robbie Keane) a `preferred` tag wins, else the first listed.
   */
  match(tokens: readonly Token[], preferred?: ReadonlySet<KnownTag>): VocabularyMatch[] {
    const out: VocabularyMatch[] = [];
    if (this.size === 0) return out;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!tok.isWord) continue;
      const best = this.#longestAt(tokens, i, preferred);
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }

  #longestAt(tokens: readonly Token[], i: number, preferred?: ReadonlySet<KnownTag>): VocabularyMatch | null {
    const tok = tokens[i]!;
    let best: VocabularyMatch | null = null;
    // A name may open with a number ("50 Cent"), though a number alone names nothing.
    const numbered = /^\d/.test(tok.text);
    if (tok.cap || numbered) {
      const folded = nameKey(tok.text).replace(/'/g, '');
      for (const m of this.#entityIndex.get(folded) ?? []) {
        if (numbered && m.words.length < 2) continue;
        const end = matchAt(tokens, i, m, false);
        const better =
          !best || end > best.end || (end === best.end && !preferred?.has(best.tag) && preferred?.has(m.tag));
        if (end > 0 && better) best = { tag: m.tag, start: i, end };
      }
    }
    for (const m of this.#topicIndex.get(stem(nameKey(tok.text))) ?? []) {
      const end = matchAt(tokens, i, m, true);
      if (end > 0 && (!best || end > best.end)) best = { tag: m.tag, start: i, end };
    }
    return best;
  }
}

/**
 * An alias of a person, place or body that describes it rather than names it: no capital letter ("committee",
 * "police", "airline industry") or a title in the plural ("MPs" for a select committee). Any committee or
 * police force is called so, so such an alias would tag every story that mentions one.
 */
function describes(alias: string, tag: KnownTag): boolean {
  if (tag.type === 'topic') return false;
  if (!/\p{Lu}/u.test(alias)) return true;
  const lower = alias.trim().toLowerCase();
  return /^[a-z]+s$/.test(lower) && isTitleWord(lower.slice(0, -1));
}

/**
 * Tags that name the same thing: places or bodies the gazetteer knows as one ("US" and "United States",
 * "Conservatives" and "Conservative Party"), and a tag whose name is another tag's alias ("Labour" beside
 * "Labour Party" with alias "Labour"). Each maps to the one used most (`articleCount`, then listing order), so
 * an article gets one tag for the thing, not two. Tags that stand alone are not in the map.
 */
function mergedTags(tags: readonly KnownTag[]): Map<KnownTag, KnownTag> {
  const g = getGazetteer();
  const canonicalOf = (name: string) => {
    const bare = name.replace(/\./g, '').trim();
    const key = nameKey(name);
    return (g.acronyms.get(bare) ?? g.places.get(key) ?? g.orgs.get(key))?.name;
  };
  const { find, union } = disjointSets(tags.length);
  const byCanonical = new Map<string, number>();
  const byName = new Map<string, number>();
  tags.forEach((tag, i) => {
    if (tag.type === 'place' || tag.type === 'organisation') {
      const canonical = canonicalOf(tag.name);
      if (canonical) {
        const key = `${tag.type}:${canonical}`;
        const j = byCanonical.get(key);
        if (j === undefined) byCanonical.set(key, i);
        else union(i, j);
      }
    }
    byName.set(`${tag.type}:${nameKey(tag.name)}`, byName.get(`${tag.type}:${nameKey(tag.name)}`) ?? i);
  });
  tags.forEach((tag, i) => {
    for (const alias of Array.isArray(tag.aliases) ? tag.aliases : []) {
      const j = typeof alias === 'string' ? byName.get(`${tag.type}:${nameKey(alias)}`) : undefined;
      if (j === undefined || j === i) continue;
      // A topic's aliases are often neighbouring subjects ("Grand Slam" under both "Tennis" and "Six Nations"):
      // two topics are one only when one name holds the other ("RBS Six Nations", "Six Nations"), or a chain
      // of them would fold rugby into tennis.
      if (tag.type === 'topic' && !nameHolds(tag.name, tags[j]!.name)) continue;
      // Nor are two places the gazetteer knows apart: "England" listed under "UK" is still its own country.
      const [mine, theirs] = [canonicalOf(tag.name), canonicalOf(tags[j]!.name)];
      if (tag.type === 'place' && mine && theirs && mine !== theirs) continue;
      union(i, j);
    }
  });
  const groups = new Map<number, KnownTag[]>();
  tags.forEach((tag, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), tag]);
  });
  const out = new Map<KnownTag, KnownTag>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const main = group.reduce((a, b) => ((b.articleCount ?? 0) > (a.articleCount ?? 0) ? b : a));
    for (const tag of group) out.set(tag, main);
  }
  return out;
}

/** Whether one name's words hold the other's, in order ("RBS Six Nations" holds "Six Nations"). */
function nameHolds(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)].sort((p, q) => q.length - p.length) as [string, string];
  return ` ${x} `.includes(` ${y} `);
}

/** Returns the end token index of a match of `m` starting at token i, or -1. Skips dots between words. */
function matchAt(tokens: readonly Token[], i: number, m: Matcher, topic: boolean): number {
  if (m.exact) {
    const t = tokens[i]!;
    return t.text.replace(/\./g, '') === m.exact[0] ? i + 1 : -1;
  }
  let j = i;
  for (let w = 0; w < m.words.length; w++) {
    while (j < tokens.length && !tokens[j]!.isWord && (tokens[j]!.text === '.' || tokens[j]!.text === '-'))
      j++;
    const t = tokens[j];
    if (!t?.isWord || (t.newlineBefore && w > 0)) return -1;
    const key = topic ? stem(nameKey(t.text)) : nameKey(t.text).replace(/'/g, '');
    if (key !== m.words[w]) return -1;
    if (
      !topic &&
      w > 0 &&
      !/\p{Lu}/u.test(t.text) &&
      m.words.length > 1 &&
      /^\p{Lu}/u.test(m.tag.name) &&
      key.length > 3
    ) {
      // Multi-word proper names must stay capitalised ("White House", not "white house"); an inner capital
      // will do ("Leonardo diCaprio").
      return -1;
    }
    j++;
  }
  return j;
}

/**
 * The newsroom's tags, and optionally the names its articles mention that no one tagged (with counts), so
 * suggestions follow what its editors actually tag.
 */
export function createVocabulary(
  tags: readonly KnownTag[],
  options: {
    readonly untagged?: readonly UntaggedName[];
    readonly associations?: readonly TopicAssociation[];
  } = {},
): Vocabulary {
  return new Vocabulary(tags, options.untagged ?? [], options.associations ?? []);
}
