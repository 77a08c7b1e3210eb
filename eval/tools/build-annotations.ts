/**
 * Usage: tsx eval/tools/build-annotations.ts <draft.txt> <out.json>
 *
 * Turns an annotator's draft (kept outside the repo because it quotes article text) into
 * offset-only annotations. Draft lines:
 *   @ politics/142.txt                       start an article
 *   T <type> <name> ; <alias> ; ...          editor tag
 *   S <key> = <name> ; <alias> ; ...         speaker definition used by D/R lines
 *   D <n|n-m|n,m> <key|null|-> [cue]         verdict for direct-quote candidate(s) from find-quotes ("-" = not a quote)
 *   R <kind> <key|null> [cue] [@source] | <anchor>   a quote located by text: "exact" or "start ... end"
 * A key "null:critics,analysts" means no named speaker, with generic group nouns also accepted.
 * Every direct candidate must get a verdict, so no quote is skipped silently.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import type { QuoteKind, TagType } from '../../src/text/types.js';
import { loadBbcCorpus } from '../data.js';
import type { ArticleAnnotation, GoldQuote, GoldTag } from '../types.js';
import { directCandidates } from './candidates.js';

const TAG_TYPES = new Set<TagType>(['person', 'place', 'organisation', 'topic']);
const QUOTE_KINDS = new Set<QuoteKind>(['direct', 'indirect', 'unmarked']);
const ELLIPSIS = ' ... ';
const NOT_A_QUOTE = '-';

interface Speaker {
  readonly name: string;
  readonly aliases: string[];
}

interface Draft {
  id: string;
  tags: GoldTag[];
  speakers: Map<string, Speaker>;
  verdicts: Map<number, { key: string; cue: string | null }>;
  located: Array<{ kind: QuoteKind; key: string; cue: string | null; source: string | null; anchor: string }>;
  note?: string;
}

const splitList = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

function parseRange(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) throw new Error(`bad candidate spec ${spec}`);
    const last = b ?? a;
    return Array.from({ length: last - a + 1 }, (_, i) => a + i);
  });
}

function parseDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | undefined;
  for (const [lineNo, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fail = (msg: string) => new Error(`line ${lineNo + 1}: ${msg}: ${line}`);
    const op = line[0];
    const rest = line.slice(1).trim();
    if (op === '@') {
      cur = { id: rest, tags: [], speakers: new Map(), verdicts: new Map(), located: [] };
      drafts.push(cur);
      continue;
    }
    if (!cur) throw fail('no article');
    if (op === 'N') cur.note = rest;
    else if (op === 'T') {
      const [type = '', ...nameParts] = rest.split(' ');
      const [name, ...aliases] = splitList(nameParts.join(' '));
      if (!TAG_TYPES.has(type as TagType) || !name) throw fail('bad tag');
      cur.tags.push(
        aliases.length ? { name, type: type as TagType, aliases } : { name, type: type as TagType },
      );
    } else if (op === 'S') {
      const [key = '', def = ''] = rest.split('=').map((x) => x.trim());
      const [name, ...aliases] = splitList(def);
      if (!name) throw fail('bad speaker');
      cur.speakers.set(key, { name, aliases });
    } else if (op === 'D') {
      const [spec = '', key = '', ...cue] = rest.split(/\s+/);
      for (const n of parseRange(spec)) {
        if (cur.verdicts.has(n)) throw fail(`candidate ${n} judged twice`);
        cur.verdicts.set(n, { key, cue: cue.length ? cue.join(' ') : null });
      }
    } else if (op === 'R') {
      const bar = rest.indexOf('|');
      if (bar < 0) throw fail('missing |');
      const head = rest.slice(0, bar).trim();
      const sourceMatch = head.match(/@([^@]+)$/);
      const [kind = '', key = '', ...cue] = (sourceMatch ? head.slice(0, sourceMatch.index) : head)
        .trim()
        .split(/\s+/);
      if (!QUOTE_KINDS.has(kind as QuoteKind)) throw fail('bad kind');
      cur.located.push({
        kind: kind as QuoteKind,
        key,
        cue: cue.length ? cue.join(' ') : null,
        source: sourceMatch?.[1]?.trim() ?? null,
        anchor: rest.slice(bar + 1).trim(),
      });
    } else throw fail('unknown line');
  }
  return drafts;
}

function locate(body: string, anchor: string): [number, number] {
  const [head = '', tail] = anchor.split(ELLIPSIS);
  const start = body.indexOf(head);
  if (start < 0) throw new Error(`anchor start not found: ${head}`);
  if (body.indexOf(head, start + 1) >= 0 && tail === undefined) throw new Error(`ambiguous anchor: ${head}`);
  if (tail === undefined) return [start, start + head.length];
  const end = body.indexOf(tail, start + head.length);
  if (end < 0) throw new Error(`anchor end not found: ${tail}`);
  return [start, end + tail.length];
}

function speakerFields(d: Draft, key: string): Pick<GoldQuote, 'speaker' | 'speakerAliases'> {
  if (key === 'null') return { speaker: null };
  // "null:analysts" = no named speaker, but the generic group noun is an acceptable answer too.
  if (key.startsWith('null:')) {
    return {
      speaker: null,
      speakerAliases: key
        .slice(5)
        .split(',')
        .map((a) => a.replace(/_/g, ' ')),
    };
  }
  const s = d.speakers.get(key);
  if (!s) throw new Error(`${d.id}: unknown speaker key ${key}`);
  // "S rm = null:spokesman,Royal_Mail" names a key for an unnamed speaker: the same as writing it in place.
  if (s.name === 'null' || s.name.startsWith('null:')) return speakerFields(d, s.name);
  return s.aliases.length ? { speaker: s.name, speakerAliases: s.aliases } : { speaker: s.name };
}

function build(d: Draft, body: string): ArticleAnnotation {
  const quotes: GoldQuote[] = [];
  for (const [i, c] of directCandidates(body).entries()) {
    const verdict = d.verdicts.get(i + 1);
    if (!verdict) throw new Error(`${d.id}: candidate D${i + 1} has no verdict`);
    if (verdict.key === NOT_A_QUOTE) continue;
    quotes.push({
      start: c.start,
      end: c.end,
      kind: 'direct',
      ...speakerFields(d, verdict.key),
      cue: verdict.cue,
    });
  }
  for (const q of d.located) {
    const [start, end] = locate(body, q.anchor);
    const source = q.source ? { source: q.source } : {};
    quotes.push({ start, end, kind: q.kind, ...speakerFields(d, q.key), cue: q.cue, ...source });
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id: d.id, ...(d.note ? { note: d.note } : {}), tags: d.tags, quotes };
}

// The output path is required: a default once made it too easy to overwrite the held-out set.
const [draftPath, outPath] = process.argv.slice(2);
if (!draftPath || !outPath) throw new Error('usage: build-annotations.ts <draft.txt> <out.json>');
const corpus = loadBbcCorpus();
const annotations = parseDrafts(readFileSync(draftPath, 'utf8')).map((d) => {
  const article = corpus.get(d.id);
  if (!article) throw new Error(`no article ${d.id}`);
  return build(d, article.body);
});
writeFileSync(outPath, `${JSON.stringify(annotations, null, 1)}\n`);
const quotes = annotations.flatMap((a) => a.quotes);
console.log(`${annotations.length} articles, ${quotes.length} quotes -> ${outPath}`);
