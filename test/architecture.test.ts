import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Keeps the house as drawn in the README: dependencies point one way,
 * text ← store ← publishing ← {site, newsroom, api, cli}, and only the store speaks SQL.
 */
const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
}

/** Which top-level part of src/ an import lands in ("store", "text", "main.ts", …). */
function partOf(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(SRC, join(from, '..', specifier));
  return target.split('/')[0];
}

const ALLOWED: Record<string, readonly string[]> = {
  text: ['text'],
  store: ['store', 'text'],
  publishing: ['publishing', 'store', 'text', 'errors.js'],
  html: ['html', 'publishing'],
  site: ['site', 'html', 'publishing', 'store', 'errors.js', 'config.js'],
  newsroom: ['newsroom', 'html', 'publishing', 'store', 'text', 'errors.js', 'config.js'],
  api: ['api', 'publishing', 'store', 'errors.js', 'config.js'],
  cli: ['cli', 'publishing', 'store', 'text', 'errors.js', 'config.js', 'main.js', 'services.js'],
};

const SQL_PACKAGES = ['kysely', 'better-sqlite3', 'pg'];

describe('architecture', () => {
  const all = files(SRC);

  it.each(Object.entries(ALLOWED))('%s imports only what it may', (part, allowed) => {
    const offenders = all
      .filter((file) => relative(SRC, file).startsWith(`${part}/`))
      .flatMap((file) =>
        imports(file)
          .map((specifier) => ({ specifier, target: partOf(file, specifier) }))
          .filter(({ target }) => target !== undefined && !allowed.includes(target))
          .map(({ specifier }) => `${relative(SRC, file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps SQL drivers and Kysely inside src/store', () => {
    const offenders = all
      .filter((file) => !relative(SRC, file).startsWith('store/'))
      .flatMap((file) =>
        imports(file)
          .filter((specifier) => SQL_PACKAGES.includes(specifier))
          .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps dialect-specific code inside src/store/dialects', () => {
    const offenders = all
      .filter((file) => !relative(SRC, file).startsWith('store/dialects/'))
      .filter((file) =>
        /better-sqlite3|from 'pg'|SqliteDialect|PostgresDialect/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
