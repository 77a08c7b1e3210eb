/** Loads the analyser under test dynamically, so the eval still runs (baseline only) before it exists. */

import type { TagFeature, TagFeatures, TagModel } from '../src/text/tag-model.js';
import type { KnownTag, TagType } from '../src/text/types.js';
import type { System } from './evaluate.js';
import { normalizeName } from './metrics.js';
import { fitTagModel, labelCandidates } from './tag-training.js';
import type { ArticleAnnotation, EvalDoc } from './types.js';

const ANALYSER_MODULE = '../src/text/index.js';

interface AnalyserModule {
  analyze(
    input: { title?: string; body: string },
    options?: { vocabulary?: unknown; maxTags?: number; tagModel?: TagModel | null },
  ): {
    entities: ReadonlyArray<{ name: string; type: string }>;
    tags: ReadonlyArray<{ name: string }>;
    quotes: ReadonlyArray<{
      start: number;
      end: number;
      kind: 'direct' | 'indirect' | 'unmarked';
      speaker: string | null;
      field: 'title' | 'body';
    }>;
    textTags: readonly string[];
  };
  tagCandidates(
    input: { title?: string; body: string },
    options?: { vocabulary?: unknown },
  ): Array<{ name: string; features: TagFeatures }>;
  readonly TAG_FEATURES: readonly TagFeature[];
  createVocabulary(
    tags: KnownTag[],
    options?: {
      untagged?: { name: string; mentionCount: number }[];
      associations?: { topic: string; name: string; together: number; mentioned: number }[];
    },
  ): unknown;
}

export type LoadResult = { ok: true; module: AnalyserModule } | { ok: false; reason: string };

export async function loadAnalyser(): Promise<LoadResult> {
  try {
    const module = (await import(ANALYSER_MODULE)) as Partial<AnalyserModule>;
    if (
      typeof module.analyze !== 'function' ||
      typeof module.createVocabulary !== 'function' ||
      typeof module.tagCandidates !== 'function'
    ) {
      return {
        ok: false,
        reason: 'src/text/index.ts does not export analyze(), tagCandidates() and createVocabulary()',
      };
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

export function analyserSystem(module: AnalyserModule, vocabulary?: unknown, tagModel?: TagModel): System {
  const options = {
    ...(vocabulary === undefined ? {} : { vocabulary }),
    ...(tagModel === undefined ? {} : { tagModel }),
  };
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
 * What a newsroom knows from its archive, for these articles as if published: `articleCount` tags with
 * `mentionCount` added (in how many of `docs` the analyser, without a vocabulary, finds an entity named like the
 * tag or one of its aliases, as the newsroom counts it from the entities it stores) and `suggestedCount` (in how
 * many the text alone suggests the tag, its `textTags` with the tags as vocabulary), and the entity names that
 * match no tag, with their mention counts.
 */
export function withMentionCounts(
  module: AnalyserModule,
  tags: readonly KnownTag[],
  docs: readonly EvalDoc[],
): {
  tags: KnownTag[];
  untagged: { name: string; mentionCount: number }[];
  associations: { topic: string; name: string; together: number; mentioned: number }[];
} {
  const together = new Map<string, { topic: string; name: string; together: number }>();
  const mentionedBy = new Map<string, number>();
  const byName = new Map<string, number[]>();
  tags.forEach((tag, i) => {
    for (const name of [tag.name, ...(tag.aliases ?? [])]) {
      const key = normalizeName(name);
      byName.set(key, [...(byName.get(key) ?? []), i]);
    }
  });
  const counts = new Array<number>(tags.length).fill(0);
  const suggested = new Array<number>(tags.length).fill(0);
  const untagged = new Map<string, { name: string; mentionCount: number }>();
  const seen = new Set<string>();
  // What the newsroom stores with each article: the suggestions made with its tags as they stood.
  const plain = module.createVocabulary([...tags]);
  for (const doc of docs) {
    if (seen.has(doc.id)) continue;
    seen.add(doc.id);
    const offered = new Set<number>();
    for (const name of module.analyze({ title: doc.title, body: doc.body }, { vocabulary: plain }).textTags)
      for (const i of byName.get(normalizeName(name)) ?? []) offered.add(i);
    for (const i of offered) suggested[i]! += 1;
    const found = new Set<number>();
    const names = new Set<string>();
    const entities = module.analyze({ title: doc.title, body: doc.body }).entities;
    for (const e of entities) {
      const key = normalizeName(e.name);
      const matched = byName.get(key);
      if (matched) for (const i of matched) found.add(i);
      else if (!names.has(key)) {
        names.add(key);
        const u = untagged.get(key) ?? { name: e.name, mentionCount: 0 };
        u.mentionCount += 1;
        untagged.set(key, u);
      }
    }
    for (const i of found) counts[i]! += 1;
    const topics = doc.gold.tags.filter((t) => t.type === 'topic').map((t) => t.name);
    const entityNames = new Set(entities.map((e) => normalizeName(e.name)));
    for (const name of entityNames) {
      mentionedBy.set(name, (mentionedBy.get(name) ?? 0) + 1);
      for (const topic of topics) {
        const key = `${normalizeName(topic)}\u0000${name}`;
        const a = together.get(key) ?? { topic, name, together: 0 };
        a.together += 1;
        together.set(key, a);
      }
    }
  }
  return {
    tags: tags.map((tag, i) => ({ ...tag, mentionCount: counts[i]!, suggestedCount: suggested[i]! })),
    untagged: [...untagged.values()],
    associations: [...together.values()].map((a) => ({ ...a, mentioned: mentionedBy.get(a.name)! })),
  };
}

/** A newsroom vocabulary as if these articles had been published: their editor tags and mention counts. */
export function newsroomVocabulary(module: AnalyserModule, docs: readonly EvalDoc[]): unknown {
  const { tags, untagged, associations } = withMentionCounts(
    module,
    vocabularyTags([docs.map((d) => d.gold)]),
    docs,
  );
  return module.createVocabulary(tags, { untagged, associations });
}

/**
 * The two folds of the dev set: articles alternate between them, and each fold is analysed with a vocabulary
 * built from the other fold only, as articles the newsroom has not yet published.
 */
export function devFolds(module: AnalyserModule, docs: readonly EvalDoc[]) {
  const foldOf = new Map(docs.map((d, i) => [d.id, i % 2]));
  const members = [0, 1].map((fold) => docs.filter((d) => foldOf.get(d.id) === fold));
  const vocabularies = members.map((m) => newsroomVocabulary(module, m));
  /** The vocabulary a fold's articles are analysed with: the other fold's. */
  const vocabularyFor = (fold: number) => vocabularies[1 - fold];
  return { foldOf, members, vocabularyFor };
}

/** Re-ranker examples from articles analysed with `vocabulary`, labelled by their editors' tags. */
export function tagExamples(module: AnalyserModule, docs: readonly EvalDoc[], vocabulary: unknown) {
  return docs.flatMap((d) =>
    labelCandidates(module.tagCandidates({ title: d.title, body: d.body }, { vocabulary }), d),
  );
}

/**
 * Two-fold cross-validation of the vocabulary and of the tag re-ranker: each article is analysed with a
 * vocabulary built from the other fold, and re-ranked by a model trained on the other fold's articles (the
 * shipped model learnt from all of them would score its own training set). It gives the dev set a realistic
 * figure (one that does not hold the article's own editor tags) that rules may be tuned against.
 */
export function crossValidatedSystem(module: AnalyserModule, docs: readonly EvalDoc[]): System {
  const { foldOf, members, vocabularyFor } = devFolds(module, docs);
  const models = [0, 1].map((fold) =>
    fitTagModel(tagExamples(module, members[fold]!, vocabularyFor(fold)), module.TAG_FEATURES),
  );
  const systems = [0, 1].map((fold) => analyserSystem(module, vocabularyFor(fold), models[1 - fold]));
  return (input, id) => {
    const fold = foldOf.get(id);
    if (fold === undefined) throw new Error(`crossValidatedSystem: article ${id} is in neither fold`);
    return systems[fold]!(input, id);
  };
}
