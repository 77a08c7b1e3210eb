import { castStory } from './casting.js';
import { ArticleContext } from './context.js';
import { authorsFor, sectionFor, sourceCreditFor, viewsFor } from './metadata.js';
import type { Random } from './random.js';
import type { RecentSet } from './recent.js';
import { tagsFor } from './tags.js';
import { CURLY, STRAIGHT, typeset } from './text.js';
import type { DemoArticle } from './types.js';
import { type Voice, voiceOf } from './voices.js';
import { Writer } from './writer.js';

type Block = 'quote' | 'reported' | 'background' | 'other' | 'runOn' | 'bold';

/** Writes one complete story published at `publishedAt`. */
export function composeArticle(
  r: Random,
  publishedAt: Date,
  until: Date,
  recentTitles: RecentSet,
): DemoArticle {
  const cast = castStory(r);
  const ctx = new ArticleContext(r, cast, publishedAt);
  const curly = r.chance(0.5);
  const w = new Writer(ctx, curly ? CURLY : STRAIGHT);
  const main = voiceOf(r, cast.speaker);
  const other = cast.other ? voiceOf(r, cast.other) : null;

  const title = w.headline(main, (t) => recentTitles.has(t));
  recentTitles.add(title);
  const standfirst = w.standfirst(main);
  const paragraphs = [w.lead(main), ...w.firstQuote(main)];
  const target = r.int(5, 12);
  let focus: Voice | null = main;
  let otherIntroduced = false;
  let usedRunOn = false;
  let usedBold = false;

  while (paragraphs.length < target - 1) {
    const room = target - 1 - paragraphs.length;
    const block = r.weighted<Block>(['quote', 'reported', 'background', 'other', 'runOn', 'bold'], (b) => {
      if (b === 'other') return other ? 2.5 : 0;
      if (b === 'runOn') return usedRunOn || room < 2 ? 0 : 0.8;
      if (b === 'bold') return usedBold ? 0 : 0.4;
      return b === 'quote' ? 3 : b === 'reported' ? 2.2 : 1.6;
    });
    // After the second person appears, quotes and reported speech alternate between the two.
    const who: Voice = other && otherIntroduced && r.chance(0.45) ? other : main;
    switch (block) {
      case 'quote':
        paragraphs.push(w.laterQuote(who, focus === who));
        focus = who;
        break;
      case 'reported':
        paragraphs.push(w.reported(who, focus === who));
        focus = who;
        break;
      case 'background':
      case 'bold':
        usedBold ||= block === 'bold';
        paragraphs.push(w.background(block === 'bold'));
        focus = null;
        break;
      case 'runOn':
        usedRunOn = true;
        paragraphs.push(...w.runOnQuote(who));
        focus = who;
        break;
      case 'other':
        if (other && !otherIntroduced) {
          otherIntroduced = true;
          paragraphs.push(w.introduceOther(other));
        } else if (other) {
          paragraphs.push(
            r.chance(0.6) ? w.laterQuote(other, focus === other) : w.reported(other, focus === other),
          );
        }
        focus = other;
        break;
    }
  }
  paragraphs.push(r.chance(0.6) ? w.closing(main) : w.background(false));

  const body = paragraphs.join('\n\n');
  const people = otherIntroduced && other ? [main, other] : [main];
  const tags = tagsFor(`${title}\n${standfirst}\n${body}`, cast, people);
  const sectionSlug = sectionFor(r, cast);
  return {
    title: typeset(title, curly),
    standfirst: typeset(standfirst, curly),
    body: curly ? body.replace(/'/g, '\u2019') : body.replace(/\u2019/g, "'"),
    sectionSlug,
    authorSlugs: authorsFor(r, sectionSlug),
    tags,
    sourceCredit: sourceCreditFor(r),
    publishedAt,
    views: viewsFor(r, publishedAt, until),
  };
}
