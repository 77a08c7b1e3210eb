import { z } from 'zod';

const TAG_TYPES = ['person', 'place', 'organisation', 'topic'] as const;
const STATUSES = ['draft', 'review', 'scheduled', 'published'] as const;

/** What a newsroom form, an import or the demo generator hands to the publisher. */
export const articleInputSchema = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(300),
    standfirst: z.string().trim().max(600).default(''),
    body: z.string().min(1, 'body is required').max(5_000_000),
    sectionId: z.number().int().positive(),
    authorIds: z.array(z.number().int().positive()).max(10).default([]),
    tags: z
      .array(z.object({ name: z.string().trim().min(1).max(120), type: z.enum(TAG_TYPES) }))
      .max(40)
      .default([]),
    sourceCredit: z.string().trim().max(120).nullable().default(null),
    status: z.enum(STATUSES).default('draft'),
    publishedAt: z.date().nullable().default(null),
    views: z.number().int().min(0).default(0),
  })
  .refine((input) => input.status !== 'published' || input.publishedAt !== null, {
    message: 'a published article needs publishedAt',
    path: ['publishedAt'],
  });

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ValidArticleInput = z.output<typeof articleInputSchema>;
