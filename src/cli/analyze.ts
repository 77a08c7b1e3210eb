import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { DatelineError } from '../errors.js';
import { openStore } from '../store/index.js';
import { type Analysis, analyze } from '../text/index.js';

/** Larger inputs are refused with a clear message rather than analysed for minutes. */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

interface Options {
  readonly file?: string;
  readonly json: boolean;
  readonly article?: string;
}

function readInput(file: string | undefined): Buffer {
  if (file === undefined && process.stdin.isTTY) {
    throw new DatelineError('INPUT_INVALID', 'analyze: give a FILE, `-` for standard input, or --article ID');
  }
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file);
  } catch (error) {
    throw new DatelineError(
      'INPUT_INVALID',
      `analyze: cannot read ${file ?? 'standard input'}: ${(error as Error).message}`,
    );
  }
}

/** Plain text, or JSON `{title, body}`. */
export function parseInput(raw: Buffer): { title: string; body: string } {
  if (raw.length > MAX_INPUT_BYTES) {
    throw new DatelineError(
      'INPUT_INVALID',
      `analyze: input is ${raw.length} bytes; the limit is ${MAX_INPUT_BYTES}`,
    );
  }
  const text = raw.toString('utf8');
  if (text.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new DatelineError(
        'INPUT_INVALID',
        `analyze: input starts like JSON but is not: ${(error as Error).message}`,
      );
    }
    const { title, body } = (parsed ?? {}) as { title?: unknown; body?: unknown };
    if (typeof body !== 'string' || (title !== undefined && typeof title !== 'string')) {
      throw new DatelineError(
        'INPUT_INVALID',
        'analyze: JSON input needs a string "body" (and optionally "title")',
      );
    }
    return { title: title ?? '', body };
  }
  return { title: '', body: text };
}

/** The documented JSON shape of `dateline analyze --json`. */
export function toJson(analysis: Pick<Analysis, 'entities' | 'tags' | 'quotes'>) {
  return {
    entities: analysis.entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      key: entity.key,
      mentions: entity.mentions.map((m) => ({ text: m.text, field: m.field, start: m.start, end: m.end })),
    })),
    tags: analysis.tags.map((tag) => ({
      name: tag.name,
      type: tag.type,
      score: tag.score,
      reason: tag.reason,
    })),
    quotes: analysis.quotes.map((quote) => ({
      text: quote.text,
      speaker: quote.speaker,
      cue: quote.cue,
      source: quote.source,
      indirect: quote.indirect,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
    })),
  };
}

function describe(result: ReturnType<typeof toJson>, print: (line: string) => void): void {
  print('Entities:');
  for (const entity of result.entities) print(`  ${entity.name} (${entity.type}) ×${entity.mentions.length}`);
  if (result.entities.length === 0) print('  (none)');
  print('Suggested tags:');
  for (const tag of result.tags) print(`  ${tag.name} [${tag.type}] ${tag.score.toFixed(2)}: ${tag.reason}`);
  if (result.tags.length === 0) print('  (none)');
  print('Quotes:');
  for (const quote of result.quotes) {
    const who = quote.speaker ?? 'unattributed';
    const via = quote.source ? ` via ${quote.source}` : '';
    print(`  [${quote.kind}] ${who}${via} (${quote.cue ?? 'no cue'}): ${quote.text}`);
  }
  if (result.quotes.length === 0) print('  (none)');
}

/** `dateline analyze`: works on any text without a database; `--article ID` reads what is stored. */
export async function run(options: Options, print: (line: string) => void): Promise<void> {
  let result: ReturnType<typeof toJson>;
  if (options.article !== undefined) {
    if (!/^\d+$/.test(options.article))
      throw new DatelineError('INPUT_INVALID', '--article: must be an article id');
    const store = openStore(loadConfig().databaseUrl);
    try {
      const row = await store.articleWrites.find(Number(options.article));
      if (!row) throw new DatelineError('ARTICLE_NOT_FOUND', `article ${options.article} does not exist`);
      if (!row.analysis)
        throw new DatelineError('NOT_FOUND', `article ${options.article} has not been analysed yet`);
      result = toJson(JSON.parse(row.analysis) as Analysis);
    } finally {
      await store.close();
    }
  } else {
    result = toJson(analyze(parseInput(readInput(options.file))));
  }
  if (options.json) print(JSON.stringify(result, null, 2));
  else describe(result, print);
}
