/** Capitalised names of no known type: recurring acronyms become organisations, the rest tag candidates. */
import type { FieldName } from './document.js';
import { type EntityDraft, type EntityTable, type Pending, ref } from './entity-draft.js';
import { hasTag, isCommonWord } from './lexicon.js';
import { nameKey } from './slugify.js';
import { STOPWORDS } from './stopwords.js';

export interface NameCandidate {
  readonly name: string;
  readonly count: number;
  readonly inTitle: boolean;
  readonly inLead: boolean;
}

const LEAD_SENTENCES = 2;
const MIN_ACRONYM_MENTIONS = 2;

/**
 * Unresolved capitalised names: recurring acronyms become organisations ("BNP", "NTPC"); other
 * names are returned as tag candidates.
 */
export function otherNames(
  ordered: readonly Pending[],
  people: ReadonlyMap<Pending, EntityDraft>,
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
  table: EntityTable,
): NameCandidate[] {
  const groups = new Map<string, { name: string; items: Pending[] }>();
  for (const p of ordered) {
    if (p.raw.kind !== 'unresolved' || people.has(p) || p.raw.placeGuess) continue;
    // Already an earlier organisation's acronym ("the British Retail Consortium (BRC)").
    if (entityAt.get(p.doc.field)![p.raw.start]?.type === 'organisation') continue;
    const key = nameKey(p.raw.name);
    if (!key) continue;
    const g = groups.get(key) ?? { name: p.raw.name, items: [] };
    g.items.push(p);
    groups.set(key, g);
  }
  const out: NameCandidate[] = [];
  const entityWords = new Set<string>();
  for (const e of table.byKey.values()) for (const w of nameKey(e.name).split(' ')) entityWords.add(w);
  for (const { name, items } of groups.values()) {
    const key = nameKey(name);
    // Single letters, ordinary words ("Yes") and parts of known names ("Corp" of "News Corp") are no tags.
    if (
      key.length < 2 ||
      (!key.includes(' ') &&
        (isCommonWord(key) || STOPWORDS.has(key) || entityWords.has(key) || hasTag(key, 'Demonym')))
    ) {
      continue;
    }
    const inTitle = items.some((p) => p.doc.field === 'title');
    const inLead = items.some(
      (p) => p.doc.field === 'body' && p.doc.sentenceOf[p.raw.start]! < LEAD_SENTENCES,
    );
    const first = items[0]!;
    const acronym = first.raw.end - first.raw.start === 1 && first.doc.tokens[first.raw.start]!.upper;
    if (acronym && /^[A-Z]{2,5}$/.test(name) && (items.length >= MIN_ACRONYM_MENTIONS || inTitle)) {
      const e = table.get(name, 'organisation', null);
      for (const p of items) {
        e.mentions.push(ref(p.doc, p.raw.start, p.raw.end, 1, 'name'));
        entityAt.get(p.doc.field)![p.raw.start] = e;
      }
      continue;
    }
    out.push({ name, count: items.length, inTitle, inLead });
  }
  return out;
}
