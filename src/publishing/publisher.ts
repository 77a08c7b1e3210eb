import { createHash } from 'node:crypto';
import { DatelineError } from '../errors.js';
import type { Repos, Store } from '../store/index.js';
import { slugify } from '../text/slugify.js';
import type { ArticleAnalyzer, StoredAnalysis } from './analysis.js';
import { type ArticleInput, articleInputSchema, type ValidArticleInput } from './article-input.js';
import { bodyText, excerpt, renderBody } from './body.js';
import type { RelatedArticles } from './related.js';

/** During a bulk write, tags created so far join the vocabulary every this many records. */
const VOCABULARY_REFRESH_EVERY = 1000;

export interface ReanalyzeOptions {
  /** Commit every this many articles instead of once for the whole archive (keeps a live SQLite site writable). */
  readonly batch?: number;
  /** Start at this article id (to resume a batched run). */
  readonly from?: number;
  /** Recompute related lists when features moved (default); off for a caller that recomputes them anyway. */
  readonly refreshRelated?: boolean;
  /**
   * Called as articles are analysed (phase 'articles'; 'uptake' when the first pass moved editors' uptake
   * counts and the suggestions are weighed again) and related lists recomputed (phase 'related').
   */
  readonly onProgress?: (phase: 'articles' | 'uptake' | 'related', done: number, total: number) => void;
}

export interface ReanalyzeResult {
  readonly articles: number;
  /** Articles whose stored analysis (entities, suggestions or quotes) came out different. */
  readonly changed: number;
  /** Related lists recomputed: every published article's when any article's features changed, else none. */
  readonly relatedRefreshed: number;
}

export interface PublisherDeps {
  readonly store: Store;
  readonly analyzer: ArticleAnalyzer;
  readonly related: RelatedArticles;
  readonly now?: () => Date;
}

const digest = (text: string) => createHash('sha1').update(text).digest('base64');

function validate(input: ArticleInput): ValidArticleInput {
  const result = articleInputSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DatelineError('INPUT_INVALID', `${issue.path.join('.') || 'article'}: ${issue.message}`);
  }
  return result.data;
}

/**
 * Writes articles: renders and sanitizes the body, analyses the text, stores article, authors,
 * tags, entities and quotes in one transaction, then refreshes related articles.
 */
export function createPublisher({ store, analyzer, related, now = () => new Date() }: PublisherDeps) {
  async function write(tx: Repos, input: ValidArticleInput, existingId?: number): Promise<number> {
    const text = bodyText(input.body);
    const stored = analyzer.analyze({ title: input.title, body: text });
    const slug = slugify(input.title) || 'article';
    const timestamp = now().toISOString();
    const row = {
      slug,
      title: input.title,
      standfirst: input.standfirst || excerpt(text),
      body_source: input.body,
      body_html: renderBody(input.body),
      section_id: input.sectionId,
      status: input.status,
      source_credit: input.sourceCredit,
      published_at: input.publishedAt?.toISOString() ?? null,
      updated_at: timestamp,
      changed_at: timestamp,
      analysis: JSON.stringify(stored.analysis),
      features: JSON.stringify(stored.features),
    };
    let id = existingId;
    if (id === undefined) {
      id = await tx.articleWrites.insert({ ...row, views: input.views, created_at: timestamp });
    } else {
      await tx.articleWrites.update(id, row);
    }
    await tx.articleWrites.rememberSlug(id, slug);
    await tx.articleWrites.setAuthors(id, input.authorIds);
    const tagIds = await tx.tags.ensure(
      input.tags.map((tag) => ({ slug: slugify(tag.name), name: tag.name, type: tag.type })),
    );
    await tx.articleWrites.setTags(id, tagIds);
    await storeFindings(tx, id, stored);
    return id;
  }

  /**
   * What the analysis found, kept beside the article: entities, quotes, and the keys of the tags its text
   * supports (`textTags`), from which the newsroom counts editors' uptake.
   */
  async function storeFindings(tx: Repos, id: number, stored: StoredAnalysis): Promise<void> {
    await tx.entities.replaceForArticle(id, stored.entities, stored.quotes);
    await tx.tags.setSuggested(
      id,
      stored.analysis.textTags.map((name) => slugify(name)),
    );
  }

  /**
   * Analyses a stored article again with today's analyser and vocabulary. The editor's dates stay as they are;
   * `changed_at` moves only when the related-articles features did, so other instances pick those up.
   */
  async function reanalyze(
    tx: Repos,
    id: number,
  ): Promise<{ before: string | null; analysis: string; featuresChanged: boolean }> {
    // Digests, not the analyses: a reanalysis of the whole archive remembers one of each per article.
    const row = await tx.articleWrites.find(id);
    if (!row) throw new DatelineError('ARTICLE_NOT_FOUND', `article ${id} does not exist`);
    const stored = analyzer.analyze({ title: row.title, body: bodyText(row.body_source) });
    const analysis = JSON.stringify(stored.analysis);
    const features = JSON.stringify(stored.features);
    const featuresChanged = features !== row.features;
    await tx.articleWrites.update(id, {
      analysis,
      features,
      ...(featuresChanged ? { changed_at: now().toISOString() } : {}),
    });
    await storeFindings(tx, id, stored);
    return {
      before: row.analysis === null ? null : digest(row.analysis),
      analysis: digest(analysis),
      featuresChanged,
    };
  }

  /** Database refusals said in the editor's terms: which reference does not exist. */
  function explain(error: unknown, input: ValidArticleInput): unknown {
    const message = (error as Error).message ?? '';
    if (!/foreign key/i.test(message)) return error;
    return new DatelineError(
      'INPUT_INVALID',
      `article "${input.title}": section ${input.sectionId} or an author in [${input.authorIds.join(', ')}] does not exist`,
      { cause: error },
    );
  }

  function checkReferences(error: unknown, input: ValidArticleInput): never {
    throw explain(error, input);
  }

  return {
    /** Creates one article; returns its id. */
    async create(input: ArticleInput): Promise<number> {
      const valid = validate(input);
      const id = await store
        .transaction((tx) => write(tx, valid))
        .catch((error) => checkReferences(error, valid));
      if (valid.status === 'published') await related.refresh(id);
      return id;
    },

    /** Replaces an article's content; the old slug keeps redirecting. */
    async update(id: number, input: ArticleInput): Promise<void> {
      const valid = validate(input);
      const existing = await store.articleWrites.find(id);
      if (!existing) throw new DatelineError('ARTICLE_NOT_FOUND', `article ${id} does not exist`);
      await store.transaction((tx) => write(tx, valid, id)).catch((error) => checkReferences(error, valid));
      if (valid.status === 'published') await related.refresh(id);
    },

    /**
     * Creates many articles in one transaction: all land or none does. On a bad record the
     * error names its position and why. `onProgress` is called after each article.
     */
    async createMany(
      inputs: Iterable<ArticleInput>,
      onProgress?: (done: number) => void,
    ): Promise<{ ids: number[] }> {
      const ids: number[] = [];
      await store.transaction(async (tx) => {
        let index = 0;
        for (const input of inputs) {
          if (index % VOCABULARY_REFRESH_EVERY === 0) await analyzer.refreshVocabulary(tx);
          let valid: ValidArticleInput | undefined;
          try {
            valid = validate(input);
            ids.push(await write(tx, valid));
          } catch (caught) {
            const error = valid ? explain(caught, valid) : caught;
            const reason = (error as Error).message;
            throw new DatelineError('INPUT_INVALID', `record ${index + 1}: ${reason}`, { cause: error });
          }
          index += 1;
          onProgress?.(index);
        }
      });
      return { ids };
    },

    /**
     * Analyses every stored article again: after an upgrade of the analyser, or to fill what older versions did
     * not keep (each article's suggestions). One transaction by default, so a failure leaves the archive as it
     * was and names the article; with `batch`, each batch commits and a failure names where to resume.
     */
    async reanalyzeAll(options: ReanalyzeOptions = {}): Promise<ReanalyzeResult> {
      await analyzer.refreshVocabulary(store);
      const articles = (await store.articleWrites.list()).filter((a) => a.id >= (options.from ?? 0));
      const before = new Map<number, string | null>();
      const after = new Map<number, string>();
      let featuresChanged = 0;
      const pass = async (phase: 'articles' | 'uptake') => {
        const size = options.batch ?? articles.length;
        let done = 0;
        for (let offset = 0; offset < articles.length; offset += size) {
          const batch = articles.slice(offset, offset + size);
          await store.transaction(async (tx) => {
            for (const article of batch) {
              try {
                const result = await reanalyze(tx, article.id);
                if (!before.has(article.id)) before.set(article.id, result.before);
                after.set(article.id, result.analysis);
                if (result.featuresChanged) featuresChanged += 1;
              } catch (caught) {
                const resume =
                  phase === 'uptake'
                    ? '; every article was reanalysed, but weighing the suggestions again stopped: run it again'
                    : offset > 0
                      ? `; articles before ${batch[0]!.id} were reanalysed, resume with --from ${batch[0]!.id}`
                      : '; nothing was changed';
                throw new DatelineError(
                  'INTERNAL',
                  `article ${article.id}: ${(caught as Error).message}${resume}`,
                  {
                    cause: caught,
                  },
                );
              }
              done += 1;
              options.onProgress?.(phase, done, articles.length);
            }
          });
        }
      };
      await pass('articles');
      // The pass stored what each text supports; when that moved the newsroom's uptake counts (a new analyser,
      // tags added since), the suggestions it stored were weighed with the old counts: weigh them again, once.
      // The second pass stores the same text tags, so the counts settle and another run changes nothing.
      if (await analyzer.refreshVocabulary(store)) await pass('uptake');
      let changed = 0;
      for (const [id, analysis] of after) if (analysis !== before.get(id)) changed += 1;
      const refresh = featuresChanged > 0 && options.refreshRelated !== false;
      const published = refresh ? articles.filter((a) => a.status === 'published').map((a) => a.id) : [];
      if (published.length > 0) {
        await related.refreshMany(published, (n) => options.onProgress?.('related', n, published.length));
      }
      return { articles: articles.length, changed, relatedRefreshed: published.length };
    },
  };
}

export type Publisher = ReturnType<typeof createPublisher>;
