import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Article bodies are written in Markdown and stored twice: the source, and HTML rendered
 * and sanitized once, at write time, against this allow-list. Pages print the stored HTML as is.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'a',
  'code',
  'pre',
  'figure',
  'figcaption',
  'img',
  'sup',
  'sub',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    th: ['scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }),
    img: sanitizeHtml.simpleTransform('img', { loading: 'lazy' }),
  },
};

// Raw HTML in Markdown is allowed through to the sanitizer, which decides what survives.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

export function renderBody(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS).trim();
}

/**
 * The words of a body as a reader sees them: paragraphs separated by a blank line,
 * no Markdown syntax. This is what the language layer analyses (offsets refer to it).
 */
export function bodyText(source: string): string {
  const paragraphs: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== 'inline' || !token.children) continue;
    let text = '';
    for (const child of token.children) {
      if (child.type === 'text' || child.type === 'code_inline') text += child.content;
      else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    }
    const clean = sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} })
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .trim();
    if (clean) paragraphs.push(clean);
  }
  return paragraphs.join('\n\n');
}

const EXCERPT_LENGTH = 220;

/** A plain-text excerpt for lists and meta descriptions, cut at a word boundary. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`;
}
