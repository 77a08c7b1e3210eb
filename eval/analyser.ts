/** Loads the analyser under test dynamically, so the eval still runs (baseline only) before it exists. */

import type { KnownTag, TagType } from '../src/text/types.js';
import type { System } from './evaluate.js';
import { normalizeName } from './metrics.js';
import type { ArticleAnnotation } from './types.js';

const ANALYSER_MODULE = '../src/text/index.js';

interface AnalyserModule {
  analyze(
    input: { title?: string; body: string },
    options?: { vocabulary?: unknown; maxTags?: number },
  ): {
    tags: ReadonlyArray<{ name: string }>;
    quotes: ReadonlyArray<{
      start: number;
      end: number;
      kind: 'direct' | 'indirect' | 'unmarked';
      speaker: string | null;
      field: 'title' | 'body';
    }>;
  };
  createVocabulary(tags: KnownTag[]): unknown;
}

export type LoadResult = { ok: true; module: AnalyserModule } | { ok: false; reason: string };

export async function loadAnalyser(): Promise<LoadResult> {
  try {
    const module = (await import(ANALYSER_MODULE)) as Partial<AnalyserModule>;
    if (typeof module.analyze !== 'function' || typeof module.createVocabulary !== 'function') {
      return { ok: false, reason: 'src/text/index.ts does not export analyze() and createVocabulary()' };
    }
    return { ok: true, module: module as AnalyserModule };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND') return { ok: false, reason: 'src/text/index.ts does not exist yet' };
    return { ok: false, reason: `src/text/index.ts failed to load: ${(error as Error).message}` };
  }
}

/** The newsroom vocabulary simulated from the union of all annotated tags (aliases merged, counts as prior). */
export function vocabularyTags(sets: ReadonlyArray<readonly ArticleAnnotation[]>): KnownTag[] {
  const byKey = new Map<
    string,
    { name: string; type: TagType; aliases: Set<string>; articleCount: number }
  >();
  for (const article of sets.flat()) {
    for (const tag of article.tags) {
      const key = `${tag.type}:${normalizeName(tag.name)}`;
      const entry = byKey.get(key) ?? { name: tag.name, type: tag.type, aliases: new Set(), articleCount: 0 };
      for (const alias of tag.aliases ?? []) entry.aliases.add(alias);
      entry.articleCount += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map((e) => ({
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    articleCount: e.articleCount,
  }));
}

export function analyserSystem(module: AnalyserModule, vocabulary?: unknown): System {
  const options = vocabulary === undefined ? {} : { vocabulary };
  return (input) => {
    const analysis = module.analyze(input, options);
    return {
      tags: analysis.tags.map((t) => t.name),
      quotes: analysis.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        kind: q.kind,
        speaker: q.speaker,
        field: q.field,
      })),
    };
  };
}

/**
 * Two-fold cross-validation of the vocabulary: articles alternate between two folds, and each is analysed with a
 * vocabulary built from the other fold's tags only. It gives the dev set a realistic vocabulary figure (one that
 * does not hold the article's own editor tags) that rules may be tuned against.
 */
export function crossValidatedSystem(
  module: AnalyserModule,
  annotations: readonly ArticleAnnotation[],
): System {
  const foldOf = new Map(annotations.map((a, i) => [a.id, i % 2]));
  const systems = [0, 1].map((fold) =>
    analyserSystem(
      module,
      module.createVocabulary(vocabularyTags([annotations.filter((a) => foldOf.get(a.id) === fold)])),
    ),
  );
  return (input, id) => {
    const fold = foldOf.get(id);
    if (fold === undefined) throw new Error(`crossValidatedSystem: article ${id} is in neither fold`);
    return systems[1 - fold]!(input, id);
  };
}
