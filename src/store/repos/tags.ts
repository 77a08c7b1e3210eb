import type { Kysely } from 'kysely';
import type { Database, TagType } from '../schema.js';
import type { Tag } from '../types.js';

export interface TagInput {
  readonly slug: string;
  readonly name: string;
  readonly type: TagType;
}

export interface TagUsage extends Tag {
  readonly articleCount: number;
  /** Articles whose analysis found an entity with this tag's key. */
  readonly mentionCount: number;
  /** Articles whose text alone has this tag suggested (their `textTags`, before editors' uptake weighs them). */
  readonly suggestedCount: number;
}

/** How often a name the analyser found goes with a topic tag: what the newsroom's tagging says of the name. */
export interface TopicCooccurrence {
  /** The topic tag's name. */
  readonly topic: string;
  /** The entity's canonical name. */
  readonly name: string;
  /** Articles that mention the entity and carry the topic. */
  readonly together: number;
  /** Articles that mention the entity. */
  readonly mentioned: number;
}

export function createTagRepo(db: Kysely<Database>) {
  return {
    async bySlug(slug: string): Promise<Tag | undefined> {
      return db
        .selectFrom('tags')
        .select(['id', 'slug', 'name', 'type'])
        .where('slug', '=', slug)
        .executeTakeFirst();
    },

    /**
     * Ids for the given tags, creating the ones that do not exist yet (matched by slug,
     * so "US" typed twice is one tag). Returns ids in input order.
     */
    async ensure(tags: readonly TagInput[]): Promise<number[]> {
      if (tags.length === 0) return [];
      const slugs = [...new Set(tags.map((tag) => tag.slug))];
      const existing = await db
        .selectFrom('tags')
        .select(['id', 'slug'])
        .where('slug', 'in', slugs)
        .execute();
      const ids = new Map(existing.map((row) => [row.slug, row.id]));
      for (const tag of tags) {
        if (ids.has(tag.slug)) continue;
        const row = await db
          .insertInto('tags')
          .values({ slug: tag.slug, name: tag.name, type: tag.type })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(tag.slug, row.id);
      }
      return tags.map((tag) => ids.get(tag.slug)!);
    },

    /**
     * The newsroom's vocabulary: every tag with how many articles carry it, how many mention it (the analyser
     * found an entity of the same key there) and how many have it among their text tags, so suggestions can follow
     * what editors take up.
     */
    async vocabulary(): Promise<TagUsage[]> {
      const rows = await db
        .selectFrom('tags')
        .select(['tags.id', 'tags.slug', 'tags.name', 'tags.type'])
        .select((eb) => [
          eb
            .selectFrom('article_tags')
            .whereRef('article_tags.tag_id', '=', 'tags.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('article_count'),
          eb
            .selectFrom('article_entities')
            .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
            .whereRef('entities.key', '=', 'tags.slug')
            .select(eb.fn.countAll<number>().as('n'))
            .as('mention_count'),
          eb
            .selectFrom('article_suggestions')
            .whereRef('article_suggestions.tag_key', '=', 'tags.slug')
            .select(eb.fn.countAll<number>().as('n'))
            .as('suggested_count'),
        ])
        .execute();
      return rows.map(({ article_count, mention_count, suggested_count, ...tag }) => ({
        ...tag,
        articleCount: Number(article_count),
        mentionCount: Number(mention_count),
        suggestedCount: Number(suggested_count),
      }));
    },

    /**
     * A cheap stamp of what `vocabulary()`, `topicCooccurrences()` and the untagged names are read from: every
     * editor's write stamps its article's `changed_at` (an index reads the latest), and a new article adds a row.
     * A reanalysis that moves no related-articles features leaves it alone.
     */
    async vocabularyStamp(): Promise<string> {
      const row = await db
        .selectFrom('articles')
        .select((eb) => [
          eb.fn.max('changed_at').as('changed'),
          eb.fn.max('id').as('newest'),
          eb.fn.countAll<number>().as('count'),
        ])
        .executeTakeFirst();
      return `${row?.changed ?? ''}|${row?.newest ?? 0}|${Number(row?.count ?? 0)}`;
    },

    /**
     * Topic tags and the entities of the articles that carry them, pairs found together in at least
     * `minTogether` articles, most frequent first: "Lleyton Hewitt" goes with Tennis. Counted over the `recent`
     * most recently written articles (by id), which keeps the cost flat as the archive grows and follows
     * how the newsroom tags now.
     */
    async topicCooccurrences(
      minTogether: number,
      limit: number,
      recent: number,
    ): Promise<TopicCooccurrence[]> {
      const newest = await db.selectFrom('articles').select(db.fn.max('id').as('id')).executeTakeFirst();
      const since = Number(newest?.id ?? 0) - recent;
      const together = db.fn.count<number>('article_entities.article_id');
      const rows = await db
        .selectFrom('tags')
        .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
        .innerJoin('article_entities', 'article_entities.article_id', 'article_tags.article_id')
        .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
        .where('tags.type', '=', 'topic')
        .where('article_tags.article_id', '>', since)
        .select(['tags.name as topic', 'entities.name as name', together.as('together')])
        .select((eb) =>
          eb
            .selectFrom('article_entities as mentions')
            .whereRef('mentions.entity_id', '=', 'entities.id')
            .where('mentions.article_id', '>', since)
            .select(eb.fn.countAll<number>().as('n'))
            .as('mentioned'),
        )
        .groupBy(['tags.id', 'tags.name', 'entities.id', 'entities.name'])
        .having(together, '>=', minTogether)
        .orderBy(together, 'desc')
        .orderBy('tags.id')
        .orderBy('entities.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        topic: row.topic,
        name: row.name,
        together: Number(row.together),
        mentioned: Number(row.mentioned),
      }));
    },

    /** Replaces an article's text tags, the analyser's suggestions before uptake (keys as tag slugs; in a transaction). */
    async setSuggested(articleId: number, keys: readonly string[]): Promise<void> {
      await db.deleteFrom('article_suggestions').where('article_id', '=', articleId).execute();
      const unique = [...new Set(keys.filter(Boolean))];
      if (unique.length === 0) return;
      await db
        .insertInto('article_suggestions')
        .values(unique.map((tag_key) => ({ article_id: articleId, tag_key })))
        .execute();
    },
  };
}

export type TagRepo = ReturnType<typeof createTagRepo>;
