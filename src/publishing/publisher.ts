import { DatelineError } from '../errors.js';
import type { Repos, Store } from '../store/index.js';
import { slugify } from '../text/slugify.js';
import type { ArticleAnalyzer } from './analysis.js';
import { type ArticleInput, articleInputSchema, type ValidArticleInput } from './article-input.js';
import { bodyText, excerpt, renderBody } from './body.js';
import type { RelatedArticles } from './related.js';

/** During a bulk write, tags created so far join the vocabulary every this many records. */
const VOCABULARY_REFRESH_EVERY = 1000;

export interface PublisherDeps {
  readonly store: Store;
  readonly analyzer: ArticleAnalyzer;
  readonly related: RelatedArticles;
  readonly now?: () => Date;
}

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
    await tx.entities.replaceForArticle(id, stored.entities, stored.quotes);
    await tx.tags.setSuggested(
      id,
      stored.analysis.tags.map((tag) => slugify(tag.name)),
    );
    return id;
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
  };
}

export type Publisher = ReturnType<typeof createPublisher>;
