/** Small string helpers for assembling copy. */
export function capFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Turns a quoted sentence into the form used before an attribution: `We will act.` → `We will act,`. */
export function beforeAttribution(quote: string): string {
  return quote.endsWith('.') ? `${quote.slice(0, -1)},` : quote;
}

/** Thousands separators: 12300 → "12,300". */
export function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface QuoteStyle {
  open: string;
  close: string;
  apostrophe: string;
}

export const STRAIGHT: QuoteStyle = { open: '"', close: '"', apostrophe: "'" };
export const CURLY: QuoteStyle = { open: '\u201c', close: '\u201d', apostrophe: '\u2019' };

/** Normalises quote marks and apostrophes of a single line to curly or straight typography. */
export function typeset(text: string, curly: boolean): string {
  return curly
    ? text.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019')
    : text.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'");
}
