/**
 * Drafting aid only: lists spans between double quotation marks so an annotator can review them.
 * It never decides an annotation; the annotator assigns every candidate a speaker or rejects it.
 */

export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** True when the span continues across a paragraph break ("…\n\n"…). */
  readonly multiParagraph: boolean;
}

const OPEN_MARKS = new Set(['"', '\u201c']);
const CLOSE_MARKS = new Set(['"', '\u201d']);
const PARAGRAPH_BREAK = /\n+/g;

interface Paragraph {
  readonly start: number;
  readonly end: number;
}

function paragraphs(body: string): Paragraph[] {
  const result: Paragraph[] = [];
  let start = 0;
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    result.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  result.push({ start, end: body.length });
  return result.filter((p) => p.end > p.start);
}

/** Two apostrophes typed for a straight double mark (''like this''). */
const TWO_APOSTROPHES = "''";

/** The width of the quotation mark at i (2 for two apostrophes), or 0. */
function markAt(body: string, i: number): number {
  if (body.startsWith(TWO_APOSTROPHES, i)) return 2;
  const ch = body[i] ?? '';
  return OPEN_MARKS.has(ch) || CLOSE_MARKS.has(ch) ? 1 : 0;
}

/**
 * A straight quote reads as opening after whitespace or "(" and before a non-space character, or right
 * after a sentence's end and before a capital (a lost space: `carpet."It's`).
 */
function looksOpening(body: string, i: number, width: number): boolean {
  const prev = i === 0 ? ' ' : (body[i - 1] ?? ' ');
  const next = body[i + width] ?? ' ';
  return (/[\s([]/.test(prev) && /\S/.test(next)) || (/[.!?]/.test(prev) && /\p{Lu}/u.test(next));
}

/** Pairs quotation marks paragraph by paragraph; an unclosed quote continues when the next paragraph opens one. */
export function directCandidates(body: string): Candidate[] {
  const found: Candidate[] = [];
  let openAt: number | null = null;
  let spanned = false;
  for (const para of paragraphs(body)) {
    let i = para.start;
    if (openAt !== null) {
      const width = markAt(body, i);
      if (width > 0 && body[i] !== '\u201d') {
        spanned = true;
        i += width;
      } else {
        openAt = null;
      }
    }
    for (; i < para.end; i += 1) {
      const width = markAt(body, i);
      if (width === 0) continue;
      const ch = width === 2 ? '"' : (body[i] ?? '');
      const opening = ch === '\u201c' || (ch === '"' && looksOpening(body, i, width));
      if (openAt === null && opening) {
        openAt = i + width;
        spanned = false;
      } else if (openAt !== null && opening && i > openAt) {
        // A quote reopened without closing: a paragraph break lost in the source text.
        spanned = true;
      } else if (openAt !== null && (ch === '\u201d' || ch === '"')) {
        found.push({ start: openAt, end: i, multiParagraph: spanned });
        openAt = null;
      }
      i += width - 1;
    }
  }
  return found;
}
