/** A small, consistent suffix stripper (not full Porter): enough to conflate news inflections. */

const MIN_STEM = 3;

function undouble(s: string): string {
  const n = s.length;
  if (n >= 4 && s[n - 1] === s[n - 2] && /[bdgmnprt]/.test(s[n - 1]!)) return s.slice(0, -1);
  return s;
}

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(?:ch|sh|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) return w.slice(0, -1);
  return w;
}
