/**
 * Editors' uptake of a name: of the newsroom's articles that mention it, the share whose editors tagged it.
 * A newsroom that names Britain in every other story but tags it in one of a hundred does not want it
 * suggested; one that tags Gordon Brown whenever he appears does. Counts come from the newsroom's own
 * archive (`KnownTag.articleCount` against `mentionCount` or `suggestedCount`, and untagged names with their
 * mention counts).
 */
import { disjointSets } from './disjoint-sets.js';
import { nameKey } from './slugify.js';
import type { KnownTag } from './types.js';

/** A name the analyser found in the newsroom's articles that no editor has made a tag. */
export interface UntaggedName {
  readonly name: string;
  /** How many articles mention it. */
  readonly mentionCount: number;
}

/** The share of mentioned articles a typical tag is applied to; uptake at this level leaves a score alone. */
const TYPICAL_UPTAKE = 0.6;
/** Pseudo-articles at the typical share: a name seen a few times keeps (almost) its full weight. */
const PRIOR_ARTICLES = 5;

/** Score factor in (0, 1] for a name applied in `applied` of the `mentioned` articles that mention it. */
export function uptakeFactor(applied: number, mentioned: number): number {
  if (!(mentioned > 0)) return 1;
  const a = Math.min(Math.max(0, applied), mentioned);
  const uptake = (a + PRIOR_ARTICLES * TYPICAL_UPTAKE) / (mentioned + PRIOR_ARTICLES);
  return Math.min(1, uptake / TYPICAL_UPTAKE);
}

/**
 * Uptake factor per tag, over groups of tags that share a name or alias ("Labour" and "Labour Party" are
 * one party, whichever tag an editor picked): applications add up, mentions are the group's largest count
 * (of `mentionCount` and `suggestedCount`). Tags with neither are left out (factor 1).
 */
export function tagUptakes(tags: readonly KnownTag[]): Map<KnownTag, number> {
  const { find, union } = disjointSets(tags.length);
  const byName = new Map<string, number>();
  tags.forEach((tag, i) => {
    // A topic's aliases are often neighbouring subjects ("Grand Slam" under Tennis and Six Nations): topics
    // group by name only.
    for (const name of tag.type === 'topic' ? [tag.name] : [tag.name, ...(tag.aliases ?? [])]) {
      const key = typeof name === 'string' ? nameKey(name) : '';
      if (!key) continue;
      const j = byName.get(key);
      if (j === undefined) byName.set(key, i);
      else union(i, j);
    }
  });
  const groups = new Map<number, { applied: number; mentioned: number; counted: boolean }>();
  tags.forEach((tag, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { applied: 0, mentioned: 0, counted: false };
    g.applied += Math.max(0, tag.articleCount ?? 0);
    for (const seen of [tag.mentionCount, tag.suggestedCount]) {
      if (typeof seen !== 'number') continue;
      g.counted = true;
      g.mentioned = Math.max(g.mentioned, seen);
    }
    groups.set(root, g);
  });
  const out = new Map<KnownTag, number>();
  tags.forEach((tag, i) => {
    const g = groups.get(find(i))!;
    if (g.counted) out.set(tag, uptakeFactor(g.applied, g.mentioned));
  });
  return out;
}
