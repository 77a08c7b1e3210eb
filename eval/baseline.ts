/**
 * A plain baseline to put the analyser's figures in context:
 * tags = compromise people/places/organisations ranked by frequency;
 * quotes = every double-quoted span, speaker = nearest person name before it; no reported speech.
 */

import nlp from 'compromise';
import type { PredictedQuote } from './metrics.js';
import { normalizeName, TAG_K } from './metrics.js';

export interface SystemOutput {
  readonly tags: readonly string[];
  readonly quotes: readonly PredictedQuote[];
}

interface Offset {
  readonly start: number;
  readonly length: number;
}

interface Match {
  readonly text: string;
  readonly offset: Offset;
}

const QUOTED = /["\u201c]([^"\u201c\u201d]+)["\u201d]/g;
const TRAILING_JUNK = /(['\u2019]s|[^\p{L}\p{N}])+$/u;

const clean = (s: string) => s.replace(TRAILING_JUNK, '').trim();

function matches(view: { json(opts: object): unknown }): Match[] {
  return view.json({ offset: true }) as Match[];
}

export function baselineTags(text: string, k = TAG_K): string[] {
  const doc = nlp(text);
  const counts = new Map<string, { name: string; count: number; first: number }>();
  for (const view of [doc.people(), doc.places(), doc.organizations()]) {
    for (const m of matches(view)) {
      const name = clean(m.text);
      const key = normalizeName(name);
      if (!key) continue;
      const entry = counts.get(key) ?? { name, count: 0, first: m.offset.start };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, k)
    .map((e) => e.name);
}

export function baselineQuotes(body: string): PredictedQuote[] {
  const people = matches(nlp(body).people()).map((m) => ({
    name: clean(m.text),
    end: m.offset.start + m.offset.length,
  }));
  const quotes: PredictedQuote[] = [];
  for (const m of body.matchAll(QUOTED)) {
    const start = m.index + 1;
    const before = people.filter((p) => p.end <= m.index);
    quotes.push({
      start,
      end: start + (m[1]?.length ?? 0),
      kind: 'direct',
      speaker: before.at(-1)?.name || null,
      field: 'body',
    });
  }
  return quotes;
}

export function runBaseline(input: { title?: string; body: string }): SystemOutput {
  const text = input.title ? `${input.title}\n\n${input.body}` : input.body;
  return { tags: baselineTags(text), quotes: baselineQuotes(input.body) };
}
