import type { OrgKey } from '../places.js';

/**
 * A news topic: which people speak on it, where it is filed, and the sentence fragments it is written from.
 *
 * Fragments use `{slot}` placeholders filled per article (see `../context.ts`): {S} main speaker's surname,
 * {C}/{C2} main and partner country, {Cadj} adjective, {city}, {org}, {obj}/{obj2} topic objects,
 * {C2adj}, {n} small number, {pct} percentage, {share} 25–90, {bn} billions, {big} thousands, {month}, {year}, {he}/{his}/{him}.
 *
 * Entries starting with `^` only fit Bulgarian stories (levs, Kozloduy…); see `../localise.ts`.
 */
export interface Topic {
  /** Topic tag name. */
  name: string;
  /** Relative frequency. */
  weight: number;
  /** Cast members with any of these domains speak on this topic. */
  domains: readonly string[];
  /** Leaf section when the story is Bulgarian, and when it is foreign ('by-region' → World leaf). */
  sections: { home: string; abroad: string };
  orgs: readonly OrgKey[];
  /** Countries that fit as the counterpart ({C2}) or as {C} for organisation speakers. */
  partners: readonly string[];
  /** Noun phrases the story is about (lower case unless proper). */
  objects: readonly string[];
  /** Headline templates, sentence case, 6–14 words once filled. */
  headlines: readonly string[];
  /** Past-tense predicates for "X on Tuesday {act}." */
  acts: readonly string[];
  /** Direct-quote sentences. */
  quotes: readonly string[];
  /** Reported-speech clauses for "X said that {clause}." */
  reported: readonly string[];
  /** Background sentences. */
  background: readonly string[];
}
