/** The analysed fields of an article: tokens, sentences and paragraphs per field. */
import { analyseText, type Sentence, type Token, type TokenizedText } from './tokenize.js';

export type FieldName = 'title' | 'body';

/** Longer inputs are analysed up to this many characters (offsets stay valid). */
export const MAX_ANALYSED_CHARS = 400_000;
export const MAX_TITLE_CHARS = 2_000;
/** How many of the body's first sentences make its lead (where the story says whom and what it is about). */
export const LEAD_SENTENCES = 2;

export interface FieldDoc {
  readonly field: FieldName;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphOf: Int32Array;
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
}

function toFieldDoc(field: FieldName, tt: TokenizedText): FieldDoc {
  const sentenceOf = new Int32Array(tt.tokens.length);
  tt.sentences.forEach((s, idx) => {
    sentenceOf.fill(idx, s.tokenStart, s.tokenEnd);
  });
  return {
    field,
    text: tt.text,
    tokens: tt.tokens,
    sentences: tt.sentences,
    paragraphOf: tt.paragraphOf,
    sentenceOf,
  };
}

/** Control characters other than tab/newline are treated as spaces (same length, offsets kept). */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

export function cleanField(text: string, limit: number): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  return cut.replace(CONTROL_CHARS, ' ');
}

export interface ArticleInput {
  readonly title?: string;
  readonly body: string;
}

export function validateInput(input: unknown): ArticleInput {
  if (input === null || typeof input !== 'object')
    throw new TypeError('text: input must be an object { title?, body }');
  const { title, body } = input as { title?: unknown; body?: unknown };
  if (typeof body !== 'string') throw new TypeError('text: input.body must be a string');
  if (title !== undefined && title !== null && typeof title !== 'string') {
    throw new TypeError('text: input.title must be a string when given');
  }
  return { title: typeof title === 'string' ? title : undefined, body };
}

export function buildDocs(input: ArticleInput): FieldDoc[] {
  const docs: FieldDoc[] = [];
  if (input.title) docs.push(toFieldDoc('title', analyseText(cleanField(input.title, MAX_TITLE_CHARS))));
  docs.push(toFieldDoc('body', analyseText(cleanField(input.body, MAX_ANALYSED_CHARS))));
  return docs;
}
