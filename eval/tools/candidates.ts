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

/**
 * A straight quote reads as opening after whitespace or "(" and before a non-space character, or right
 * after a sentence's end and before a capital (a lost space: `carpet."It's`).
 */
function looksOpening(body: string, i: number): boolean {
  const prev = i === 0 ? ' ' : (body[i - 1] ?? ' ');
  const next = body[i + 1] ?? ' ';
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
      if (OPEN_MARKS.has(body[i] ?? '')) {
        spanned = true;
        i += 1;
      } else {
        openAt = null;
      }
    }
    for (; i < para.end; i += 1) {
      const ch = body[i] ?? '';
      if (!OPEN_MARKS.has(ch) && !CLOSE_MARKS.has(ch)) continue;
      const opening = ch === '\u201c' || (ch === '"' && looksOpening(body, i));
      if (openAt === null && opening) {
        openAt = i + 1;
        spanned = false;
      } else if (openAt !== null && opening && i > openAt) {
        // A quote reopened without closing: a paragraph break lost in the source text.
        spanned = true;
      } else if (openAt !== null && (ch === '\u201d' || ch === '"')) {
        found.push({ start: openAt, end: i, multiParagraph: spanned });
        openAt = null;
      }
    }
  }
  return found;
}
