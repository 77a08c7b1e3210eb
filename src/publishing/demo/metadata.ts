import { AUTHORS } from './authors.js';
import type { Cast } from './context.js';
import type { Random } from './random.js';
import { topLevelOf } from './sections.js';
import { DAY } from './sofia-time.js';

/** Leaf section for the story (sometimes its top-level section). */
export function sectionFor(r: Random, cast: Cast): string {
  const { home, abroad } = cast.topic.sections;
  const foreign = cast.country.name !== 'Bulgaria';
  const leaf = !foreign ? home : abroad === 'by-region' ? cast.country.region : abroad;
  return r.chance(0.12) ? topLevelOf(leaf) : leaf;
}

const BY_BEAT = new Map<string, string[]>();
for (const a of AUTHORS) {
  for (const beat of a.beats) BY_BEAT.set(beat, [...(BY_BEAT.get(beat) ?? []), a.slug]);
}
const ALL_AUTHORS = AUTHORS.map((a) => a.slug);

/** One to three bylines, the first usually from the section's beat. */
export function authorsFor(r: Random, sectionSlug: string): string[] {
  const beat = BY_BEAT.get(topLevelOf(sectionSlug)) ?? ALL_AUTHORS;
  const first = r.chance(0.8) ? r.pick(beat) : r.pick(ALL_AUTHORS);
  const u = r.next();
  const count = u < 0.68 ? 1 : u < 0.95 ? 2 : 3;
  const slugs = [first];
  while (slugs.length < count) {
    const next = r.pick(ALL_AUTHORS);
    if (!slugs.includes(next)) slugs.push(next);
  }
  return slugs;
}

const AGENCIES = [
  { name: 'Reuters', weight: 35 },
  { name: 'AP', weight: 25 },
  { name: 'AFP', weight: 25 },
  { name: 'dpa', weight: 15 },
];

export function sourceCreditFor(r: Random): string | null {
  return r.chance(0.3) ? r.weighted(AGENCIES, (a) => a.weight).name : null;
}

/** Log-normal page views (median ~420) with rare viral hits; fresh stories have had less time. */
export function viewsFor(r: Random, publishedAt: Date, until: Date): number {
  let views = r.chance(0.006)
    ? 50_000 * Math.exp(r.next() * Math.log(8))
    : Math.exp(Math.log(420) + 1.0 * r.normal());
  const ageDays = (until.getTime() - publishedAt.getTime()) / DAY;
  if (ageDays < 3) views *= 0.15 + (0.85 * ageDays) / 3;
  return Math.max(3, Math.round(views));
}
