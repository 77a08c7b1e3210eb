/** Loading the evaluation sets. BBC text is read in place at run time and never stored in the repo. */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnnotation, EvalDoc, HardCase } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '..');
export const DEFAULT_BBC_PATH = '/work/shared/data/bbc-news.jsonl';
export const BBC_PATH_ENV = 'DATELINE_BBC_PATH';
export const BBC_ANNOTATIONS_PATH = join(HERE, 'annotations', 'bbc.json');
export const DEV_ANNOTATIONS_PATH = join(HERE, 'annotations', 'dev.json');
/** Blind-labelled BBC articles (none in dev, none held out) kept for measuring, never for tuning. */
export const VALIDATION_ANNOTATIONS_PATH = join(HERE, 'annotations', 'validation.json');
/** A second, blind annotation of the held-out articles' direct quotes, for inter-annotator agreement. */
export const BBC_SECOND_ANNOTATIONS_PATH = join(HERE, 'annotations', 'bbc-second.json');
export const HARD_CASES_PATH = join(REPO_ROOT, 'test', 'fixtures', 'eval', 'hard-cases.json');

export interface BbcArticle {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly body: string;
}

export class MissingDataError extends Error {}

export function bbcPath(): string {
  return process.env[BBC_PATH_ENV] ?? DEFAULT_BBC_PATH;
}

/** Reads the BBC corpus (JSON lines) into a map keyed by article id. */
export function loadBbcCorpus(path = bbcPath()): Map<string, BbcArticle> {
  if (!existsSync(path)) {
    throw new MissingDataError(
      `BBC news corpus not found at ${path}. The real-news evaluation reads the article text from that file ` +
        `at run time (it is never copied into the repo). Set ${BBC_PATH_ENV} to its location.`,
    );
  }
  const articles = new Map<string, BbcArticle>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as BbcArticle;
    articles.set(article.id, article);
  }
  return articles;
}

export function loadBbcAnnotations(path = BBC_ANNOTATIONS_PATH): ArticleAnnotation[] {
  return JSON.parse(readFileSync(path, 'utf8')) as ArticleAnnotation[];
}

export function loadHardCases(path = HARD_CASES_PATH): HardCase[] {
  return JSON.parse(readFileSync(path, 'utf8')) as HardCase[];
}

/** The start of an article's text, whitespace collapsed: the corpus repeats some stories under a second id. */
function textKey(article: BbcArticle): string {
  return article.body.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The ids among `ids` that are among `others` or whose article repeats the text of one of them. */
export function sameArticles(
  ids: readonly string[],
  others: readonly string[],
  corpus: Map<string, BbcArticle>,
): string[] {
  const otherIds = new Set(others);
  const otherText = new Set(
    others.flatMap((id) => {
      const article = corpus.get(id);
      return article ? [textKey(article)] : [];
    }),
  );
  return ids.filter((id) => {
    const article = corpus.get(id);
    return otherIds.has(id) || (article !== undefined && otherText.has(textKey(article)));
  });
}

/**
 * The ids among `ids` that development and validation must not use: the held-out articles (those in
 * bbc.json, whose ids alone are read here) and any article whose text repeats one of theirs.
 */
export function heldOutClashes(ids: readonly string[], corpus: Map<string, BbcArticle>): string[] {
  const heldOut = loadBbcAnnotations(BBC_ANNOTATIONS_PATH).map((a) => a.id);
  return sameArticles(ids, heldOut, corpus);
}

/** Joins annotations with the corpus text; throws when an annotated article is missing. */
export function bbcDocs(
  annotations: readonly ArticleAnnotation[],
  corpus: Map<string, BbcArticle>,
): EvalDoc[] {
  return annotations.map((gold) => {
    const article = corpus.get(gold.id);
    if (!article) throw new MissingDataError(`Annotated article ${gold.id} is not in the BBC corpus.`);
    return { id: gold.id, title: article.title, body: article.body, gold };
  });
}

export function hardCaseDocs(cases: readonly HardCase[]): EvalDoc[] {
  return cases.map((c) => ({ id: c.id, title: c.title, body: c.body, gold: c }));
}
