/**
 * Finds quotations: straight and curly double quotes, quotes running over several paragraphs (a
 * paragraph ends without a closing mark and the next one opens again), ‘curly singles’ (also beside
 * doubles: a single inside a double quotation is nested, and the other way round), and straight single
 * marks in headlines. Unbalanced marks close at the end of their paragraph. Single pass over tokens.
 */
import type { FieldDoc } from './document.js';

export interface QuotePart {
  readonly start: number;
  readonly end: number;
}

export interface QuoteSpan {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or -1 when the quotation runs to the end of a paragraph. */
  readonly close: number;
  /** Token index just after the quotation (closing mark + 1, or the paragraph's end). */
  readonly after: number;
  /** Inner text ranges, one per paragraph. */
  readonly parts: readonly QuotePart[];
}

/** Tokens that are double quotation marks, straight or curly, either way round. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '„']);

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘']);
const SINGLE_CLOSE = new Set(['’']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** `players’ union`: a plural possessive, not the end of a ‘single’ quotation. */
function possessive(text: string, markStart: number, markEnd: number): boolean {
  return /s/i.test(text[markStart - 1] ?? '') && /^\s[a-z]/.test(text.slice(markEnd, markEnd + 2));
}

export function findQuoteSpans(doc: FieldDoc): QuoteSpan[] {
  const { tokens, text } = doc;
  const title = doc.field === 'title';
  // Curly singles quote wherever an opening ‘ appears; straight singles only in headlines.
  const singles = title || text.includes('‘');
  const out: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  let openSingle = false;
  let parts: QuotePart[] = [];
  let partStart = 0;

  const finish = (close: number, endChar: number, after: number) => {
    if (endChar > partStart) parts.push({ start: partStart, end: endChar });
    if (parts.length > 0) out.push({ open, close, after, parts });
    open = -1;
    parts = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.newlineBefore && open >= 0) {
      const prevEnd = tokens[i - 1]!.end;
      const reopens = tok.text === '"' || DOUBLE_OPEN.has(tok.text) || (singles && SINGLE_OPEN.has(tok.text));
      if (reopens) {
        // Multi-paragraph quotation: the paragraph closes without a mark and the next reopens.
        if (prevEnd > partStart) parts.push({ start: partStart, end: prevEnd });
        partStart = tok.end;
        continue;
      }
      finish(-1, prevEnd, i);
    }
    const ch = tok.text;
    const isStraight = ch === '"' || (title && ch === "'");
    const single = SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch) || ch === "'";
    const opens = DOUBLE_OPEN.has(ch) || (singles && SINGLE_OPEN.has(ch));
    const closes =
      DOUBLE_CLOSE.has(ch) || (singles && SINGLE_CLOSE.has(ch) && !possessive(text, tok.start, tok.end));
    if (!isStraight && !opens && !closes) continue;
    // A mark of the other kind inside an open quotation is nested in it: ‘he said “no”’.
    if (open >= 0 && !title && single !== openSingle) continue;
    if (open >= 0) {
      const gluedBefore = !isSpace(text[tok.start - 1]);
      const gluedAfter = !isSpace(text[tok.end]);
      if (closes || (isStraight && straight && (gluedBefore || !gluedAfter))) {
        finish(i, tok.start, i + 1);
        continue;
      }
      if (isStraight && straight && !gluedBefore && gluedAfter && lostBreak(text, tok.start, tok.end)) {
        // `…end. "Next…`: a paragraph break lost in the source; the quotation continues.
        const e = trimEnd(text, partStart, tok.start);
        if (e > partStart) parts.push({ start: partStart, end: e });
        partStart = tok.end;
        continue;
      }
      if (isStraight && straight && !gluedBefore && gluedAfter) {
        // Looks like a new opener: the previous quotation was never closed; end it at this mark.
        finish(-1, trimEnd(text, partStart, tok.start), i);
      } else if (opens || isStraight) {
        finish(-1, trimEnd(text, partStart, tok.start), i);
      } else continue;
    }
    if (closes) continue;
    if (isStraight && singles && !isSpace(text[tok.start - 1]) && tok.start > 0) continue;
    // `…from Europe." When he was …` with no quotation open: a closer whose opener was lost, not an opener.
    if (isStraight && /[.,!?;]/.test(text[tok.start - 1] ?? '') && isSpace(text[tok.end])) continue;
    open = i;
    straight = isStraight;
    openSingle = single;
    partStart = tok.end;
  }
  if (open >= 0) finish(-1, tokens.length ? tokens[tokens.length - 1]!.end : partStart, tokens.length);
  return out;
}

/** An opening-looking mark right after a sentence end and before a capital: `…prudence. "The…`. */
function lostBreak(text: string, markStart: number, markEnd: number): boolean {
  const before = text.slice(Math.max(0, markStart - 3), markStart);
  return /[.!?…]\s+$/.test(before) && /^\s?[A-Z0-9‘'(]/.test(text.slice(markEnd, markEnd + 2));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** 1 for every token from a quotation's opening mark to its closing mark (or its paragraph's end). */
export function quotedMask(doc: FieldDoc, spans: readonly QuoteSpan[]): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const s of spans) mask.fill(1, s.open, s.close >= 0 ? s.close + 1 : s.after);
  return mask;
}

export function quoteText(doc: FieldDoc, span: QuoteSpan): string {
  return span.parts
    .map((p) => doc.text.slice(p.start, p.end).trim())
    .filter(Boolean)
    .join(' ');
}
