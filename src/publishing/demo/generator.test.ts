import { describe, expect, it } from 'vitest';
import { speakersFor } from './casting.js';
import { ArticleContext } from './context.js';
import { DEMO_SEED, type DemoArticle, demoArticles, demoNewsroom } from './index.js';
import {
  CLOSINGS,
  NEWS_BACKGROUND,
  NEWS_CLAUSES,
  NEWS_QUOTES,
  SOFT_CLOSINGS,
  TOLD,
  VENUE_PHRASES,
} from './phrases.js';
import { COUNTRIES } from './places.js';
import { Random } from './random.js';
import { sofiaWallClock } from './sofia-time.js';
import { TOPICS } from './topics/index.js';

const UNTIL = new Date('2026-11-01T12:00:00Z');
const take = (count: number, seed?: number, until?: Date): DemoArticle[] => [
  ...demoArticles({ count, seed, until }),
];
const OPEN = /["\u201c]/;

describe('demoArticles', () => {
  const articles = take(1000);
  const newsroom = demoNewsroom();

  it('is repeatable for the same seed and differs for another', () => {
    expect(JSON.stringify(take(200))).toBe(JSON.stringify(take(200, DEMO_SEED)));
    expect(JSON.stringify(take(50, 7))).toBe(JSON.stringify(take(50, 7)));
    const other = take(200, 7);
    expect(other.map((a) => a.title)).not.toEqual(take(200).map((a) => a.title));
  });

  it('yields exactly `count` articles', () => {
    for (const n of [0, 1, 7, 333]) expect(take(n)).toHaveLength(n);
    expect(articles).toHaveLength(1000);
    expect(() => take(-1)).toThrow(RangeError);
  });

  it('uses sections and authors that exist', () => {
    const sections = new Set(newsroom.sections.map((s) => s.slug));
    const authors = new Set(newsroom.authors.map((a) => a.slug));
    for (const a of articles) {
      expect(sections.has(a.sectionSlug)).toBe(true);
      expect(a.authorSlugs.length).toBeGreaterThanOrEqual(1);
      expect(a.authorSlugs.length).toBeLessThanOrEqual(3);
      expect(new Set(a.authorSlugs).size).toBe(a.authorSlugs.length);
      for (const slug of a.authorSlugs) expect(authors.has(slug)).toBe(true);
    }
    const leaves = articles.filter(
      (a) => newsroom.sections.find((s) => s.slug === a.sectionSlug)?.parentSlug,
    );
    expect(leaves.length / articles.length).toBeGreaterThan(0.6);
  });

  it('has headline, standfirst and body of the promised shape', () => {
    for (const a of articles) {
      const words = a.title.split(' ').length;
      expect(words, a.title).toBeGreaterThanOrEqual(6);
      expect(words, a.title).toBeLessThanOrEqual(14);
      expect(a.title[0]).toBe(a.title[0]?.toUpperCase());
      expect(a.standfirst).toMatch(/^[A-Z].*[.]$/);
      const paragraphs = a.body.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(paragraphs.length).toBeLessThanOrEqual(12);
      expect(a.body).not.toMatch(/[{}^]|undefined|\bthe the\b/i);
      for (const p of paragraphs) expect(p, p).toMatch(/^(bTV|dpa|[A-Z0-9\u201c"*])/);
    }
  });

  it('tags people, places and the topic, and quotes a tagged person directly', () => {
    for (const a of articles) {
      expect(a.tags.length).toBeGreaterThanOrEqual(3);
      expect(a.tags.length).toBeLessThanOrEqual(7);
      expect(new Set(a.tags.map((t) => t.name)).size).toBe(a.tags.length);
      expect(a.tags.filter((t) => t.type === 'topic')).toHaveLength(1);
      const people = a.tags.filter((t) => t.type === 'person').map((t) => t.name);
      expect(people.length).toBeGreaterThanOrEqual(1);
      expect(a.tags.some((t) => t.type === 'place')).toBe(true);
      const text = `${a.title}\n${a.standfirst}\n${a.body}`;
      for (const tag of a.tags.filter((t) => t.type !== 'topic')) {
        // A country counts as named through its name, its adjective or one of its cities.
        const country = COUNTRIES.find((c) => c.name === tag.name);
        const names = [
          tag.name,
          tag.name.toUpperCase(),
          country?.adjective ?? tag.name,
          ...(country?.cities ?? []),
        ];
        const named = names.some((name) => text.toUpperCase().includes(name.toUpperCase()));
        expect(named, `${tag.name} in ${text}`).toBe(true);
      }
      const quotedSpeaker = a.body
        .split('\n\n')
        .some((p) => OPEN.test(p) && people.some((name) => p.includes(name.split(' ').slice(1).join(' '))));
      expect(quotedSpeaker, a.body).toBe(true);
    }
  });

  it('varies quote styles, including quotes running over two paragraphs', () => {
    const bodies = articles.map((a) => a.body);
    expect(bodies.some((b) => b.includes('\u201c'))).toBe(true);
    expect(bodies.some((b) => b.includes('"'))).toBe(true);
    expect(
      bodies.some((b) => b.includes(' quoted him as saying ') || b.includes(' quoted her as saying ')),
    ).toBe(true);
    expect(bodies.some((b) => /\*\*[^*]+\*\*/.test(b))).toBe(true);
    const runOn = bodies.some((b) => {
      const ps = b.split('\n\n');
      return ps.some((p, i) => {
        const opens = (p.match(/["\u201c]/g) ?? []).length;
        const closes = (p.match(/\u201d/g) ?? []).length;
        const next = ps[i + 1] ?? '';
        const curlyRunOn = p.includes('\u201c') && opens > closes && next.startsWith('\u201c');
        const straightRunOn = !p.includes('\u201c') && opens % 2 === 1 && next.startsWith('"');
        return curlyRunOn || straightRunOn;
      });
    });
    expect(runOn).toBe(true);
    expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThan(990);
  });

  it('publishes in increasing order before `until`, at plausible hours', () => {
    let previous = 0;
    let daytime = 0;
    for (const a of articles) {
      const t = a.publishedAt.getTime();
      expect(t).toBeGreaterThan(previous);
      expect(t).toBeLessThan(UNTIL.getTime());
      previous = t;
      const hour = sofiaWallClock(t).getUTCHours();
      if (hour >= 6 && hour < 22) daytime++;
    }
    expect(daytime / articles.length).toBeGreaterThan(0.85);
    const first = articles[0]?.publishedAt.getTime() ?? 0;
    const spanDays = (UNTIL.getTime() - first) / 86_400_000;
    expect(spanDays).toBeGreaterThan(80);
    expect(spanDays).toBeLessThanOrEqual(91);

    const until = new Date('2024-03-31T00:30:00Z');
    const few = take(40, 3, until);
    expect(few.every((a) => a.publishedAt < until)).toBe(true);
  });

  it('has a plausible spread of credits and views', () => {
    const credited = articles.filter((a) => a.sourceCredit !== null);
    expect(credited.length / articles.length).toBeGreaterThan(0.2);
    expect(credited.length / articles.length).toBeLessThan(0.4);
    for (const a of credited) expect(['Reuters', 'AP', 'AFP', 'dpa']).toContain(a.sourceCredit);
    const typical = articles.filter((a) => a.views >= 50 && a.views <= 3000).length;
    expect(typical / articles.length).toBeGreaterThan(0.85);
    expect(articles.every((a) => Number.isInteger(a.views) && a.views > 0)).toBe(true);
  });

  it('streams 20,000 articles', () => {
    let n = 0;
    let last = 0;
    for (const a of demoArticles({ count: 20_000 })) {
      n++;
      last = a.publishedAt.getTime();
    }
    expect(n).toBe(20_000);
    expect(last).toBeLessThan(UNTIL.getTime());
  });
});

describe('demo data', () => {
  it('has a two-level section tree and a dozen authors', () => {
    const { sections, authors } = demoNewsroom();
    const slugs = new Set(sections.map((s) => s.slug));
    expect(slugs.size).toBe(sections.length);
    for (const s of sections) {
      if (s.parentSlug === null) continue;
      const parent = sections.find((p) => p.slug === s.parentSlug);
      expect(parent?.parentSlug).toBeNull();
    }
    expect(authors).toHaveLength(12);
    expect(new Set(authors.map((a) => a.slug)).size).toBe(12);
  });

  it('has at least two speakers per topic and only known template slots', () => {
    const r = new Random(1);
    for (const topic of TOPICS) {
      const speakers = speakersFor(topic);
      expect(speakers.length, topic.name).toBeGreaterThanOrEqual(2);
      const [speaker, other] = speakers as [NonNullable<(typeof speakers)[0]>, (typeof speakers)[0]];
      const home = speaker.country ?? {
        name: 'X',
        inText: 'X',
        adjective: 'X',
        region: 'europe',
        cities: [],
        outlets: [],
      };
      const ctx = new ArticleContext(
        r,
        {
          topic,
          speaker,
          other: other ?? null,
          country: home,
          partner: home,
          city: 'Sofia',
          cityCountry: null,
          org: { name: 'EU', inText: 'the European Union' },
          obj: 'x',
          obj2: 'y',
        },
        UNTIL,
      );
      const pools = [
        topic.objects,
        topic.headlines,
        topic.acts,
        topic.quotes,
        topic.reported,
        topic.background,
      ];
      for (const pool of pools) for (const t of pool) expect(() => ctx.fill(t)).not.toThrow();
      for (const t of [...CLOSINGS, ...SOFT_CLOSINGS, ...NEWS_BACKGROUND, ...NEWS_CLAUSES, ...NEWS_QUOTES])
        ctx.fill(t);
      for (const t of [...TOLD, ...VENUE_PHRASES]) ctx.fill(t);
    }
  });
});
