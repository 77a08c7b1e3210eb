import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Asset {
  /** Content-addressed path: safe to cache for a year. */
  readonly path: string;
  readonly body: string;
  readonly type: string;
}

function load(file: string, name: string, type: string): Asset {
  const body = readFileSync(new URL(file, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/assets/${name}.${hash}.css`, body, type };
}

/** The reader stylesheet, read once at start. */
export function loadStylesheet(): Asset {
  return load('./site.css', 'site', 'text/css; charset=utf-8');
}
