import type { Kysely } from 'kysely';
import type { Database, EntityType } from '../schema.js';
import type { ArticleSummary, EntityRecord, Page, QuoteWithArticle, StoredQuote } from '../types.js';
import { pageOf, SUMMARY_COLUMNS, toSummary } from './mappers.js';

export interface EntityMentions {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: number;
}

export interface UntaggedEntity {
  readonly name: string;
  readonly mentionCount: number;
}

/** A quote to store: what is read back, less the id the database gives it. */
export type QuoteInput = Omit<StoredQuote, 'id'>;

/** People, places and organisations found in articles, and the quotes attributed to them. */
export function createEntityRepo(db: Kysely<Database>) {
  async function ensure(entities: readonly EntityMentions[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    if (entities.length === 0) return ids;
    const keys = [...new Set(entities.map((entity) => entity.key))];
    const existing = await db.selectFrom('entities').select(['id', 'key']).where('key', 'in', keys).execute();
    for (const row of existing) ids.set(row.key, row.id);
    for (const entity of entities) {
      if (ids.has(entity.key)) continue;
      const row = await db
        .insertInto('entities')
        .values({ key: entity.key, name: entity.name, type: entity.type })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(entity.key, row.id);
    }
    return ids;
  }

  return {
    /**
     * Entities that articles mention but no tag names (no tag has their key), with how many articles mention
     * them, most mentioned first: what the newsroom writes about without tagging it.
     */
    async untagged(minArticles: number, limit: number): Promise<UntaggedEntity[]> {
      const count = db.fn.count<number>('article_entities.article_id');
      const rows = await db
        .selectFrom('entities')
        .innerJoin('article_entities', 'article_entities.entity_id', 'entities.id')
        .leftJoin('tags', 'tags.slug', 'entities.key')
        .where('tags.id', 'is', null)
        .select(['entities.name', count.as('mention_count')])
        .groupBy(['entities.id', 'entities.name'])
        .having(count, '>=', minArticles)
        .orderBy(count, 'desc')
        .orderBy('entities.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ name: row.name, mentionCount: Number(row.mention_count) }));
    },

    /** Replaces what is stored about an article's entities and quotes (run inside a transaction). */
    async replaceForArticle(
      articleId: number,
      entities: readonly EntityMentions[],
      quotes: readonly QuoteInput[],
    ): Promise<void> {
      const ids = await ensure(entities);
      await db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
      await db.deleteFrom('quotes').where('article_id', '=', articleId).execute();
      const mentions = new Map<number, number>();
      for (const entity of entities) {
        const id = ids.get(entity.key)!;
        mentions.set(id, (mentions.get(id) ?? 0) + entity.mentions);
      }
      if (mentions.size > 0) {
        await db
          .insertInto('article_entities')
          .values(
            [...mentions].map(([entityId, count]) => ({
              article_id: articleId,
              entity_id: entityId,
              mentions: count,
            })),
          )
          .execute();
      }
      if (quotes.length > 0) {
        await db
          .insertInto('quotes')
          .values(
            quotes.map((quote, position) => ({
              article_id: articleId,
              position,
              text: quote.text,
              speaker: quote.speaker,
              speaker_entity_id: quote.speakerKey ? (ids.get(quote.speakerKey) ?? null) : null,
              cue: quote.cue,
              source: quote.source,
              kind: quote.kind,
              start_offset: quote.start,
              end_offset: quote.end,
            })),
          )
          .execute();
      }
    },

    async byKey(key: string): Promise<EntityRecord | undefined> {
      return db
        .selectFrom('entities')
        .select(['id', 'key', 'name', 'type'])
        .where('key', '=', key)
        .executeTakeFirst();
    },

    /** Quotes stored for one article, in reading order. */
    async quotesOf(articleId: number): Promise<StoredQuote[]> {
      const rows = await db
        .selectFrom('quotes')
        .leftJoin('entities', 'entities.id', 'quotes.speaker_entity_id')
        .select([
          'quotes.id',
          'quotes.text',
          'quotes.speaker',
          'entities.key as speaker_key',
          'quotes.cue',
          'quotes.source',
          'quotes.kind',
          'quotes.start_offset',
          'quotes.end_offset',
        ])
        .where('quotes.article_id', '=', articleId)
        .orderBy('quotes.position')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        text: row.text,
        speaker: row.speaker,
        speakerKey: row.speaker_key,
        cue: row.cue,
        source: row.source,
        kind: row.kind,
        start: row.start_offset,
        end: row.end_offset,
      }));
    },

    /** Entities found in one article, most mentioned first. */
    async entitiesOf(articleId: number): Promise<(EntityRecord & { mentions: number })[]> {
      return db
        .selectFrom('article_entities')
        .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
        .select([
          'entities.id',
          'entities.key',
          'entities.name',
          'entities.type',
          'article_entities.mentions',
        ])
        .where('article_entities.article_id', '=', articleId)
        .orderBy('article_entities.mentions', 'desc')
        .orderBy('entities.name')
        .execute();
    },

    /** Direct and reported quotes a person (or organisation) gave, newest article first. */
    async quotesBy(entityId: number, page: number, perPage: number): Promise<Page<QuoteWithArticle>> {
      const base = db
        .selectFrom('quotes')
        .innerJoin('articles', 'articles.id', 'quotes.article_id')
        .innerJoin('sections', 'sections.id', 'articles.section_id')
        .where('quotes.speaker_entity_id', '=', entityId)
        .where('articles.status', '=', 'published');
      const [rows, count] = await Promise.all([
        base
          .select([
            ...SUMMARY_COLUMNS,
            'quotes.id as quote_id',
            'quotes.text as quote_text',
            'quotes.speaker as quote_speaker',
            'quotes.cue as quote_cue',
            'quotes.source as quote_source',
            'quotes.kind as quote_kind',
            'quotes.start_offset as quote_start',
            'quotes.end_offset as quote_end',
          ])
          .orderBy('articles.published_at', 'desc')
          .orderBy('quotes.position')
          .limit(perPage)
          .offset((page - 1) * perPage)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items = rows.map((row) => ({
        id: row.quote_id,
        text: row.quote_text,
        speaker: row.quote_speaker,
        speakerKey: null,
        cue: row.quote_cue,
        source: row.quote_source,
        kind: row.quote_kind,
        start: row.quote_start,
        end: row.quote_end,
        article: toSummary(row) as ArticleSummary,
      }));
      return pageOf(items, Number(count.n), page, perPage);
    },

    /** Entity-id lookup for a batch of keys (missing keys are absent). */
    async idsByKey(keys: readonly string[]): Promise<Map<string, number>> {
      if (keys.length === 0) return new Map();
      const rows = await db
        .selectFrom('entities')
        .select(['id', 'key'])
        .where('key', 'in', [...keys])
        .execute();
      return new Map(rows.map((row) => [row.key, row.id]));
    },
  };
}

export type EntityRepo = ReturnType<typeof createEntityRepo>;
