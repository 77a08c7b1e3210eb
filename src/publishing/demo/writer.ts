import type { ArticleContext } from './context.js';
import { localise } from './localise.js';
import {
  BOLD_LABELS,
  CLOSINGS,
  NEWS_BACKGROUND,
  NEWS_CLAUSES,
  NEWS_HEADLINE_TAILS,
  NEWS_QUOTES,
  REACTION_OPENERS,
  SOFT_BACKGROUND,
  SOFT_CLAUSES,
  SOFT_CLOSINGS,
  SOFT_HEADLINE_TAILS,
  SOFT_QUOTES,
  TOLD,
  VENUE_PHRASES,
} from './phrases.js';
import type { Random } from './random.js';
import { beforeAttribution as ba, capFirst, type QuoteStyle, wordCount } from './text.js';
import { introduce, type Voice } from './voices.js';

const SOFT_HOMES = new Set(['sport', 'culture', 'science-tech']);

/** Writes the headline, standfirst and paragraphs of one story in wire style. */
export class Writer {
  private readonly used = new Set<string>();
  /** A sentence quoted in the headline, which the first quote in the body must repeat. */
  private headlineQuote: string | null = null;
  private readonly r: Random;
  private readonly soft: boolean;
  private readonly home: boolean;
  private readonly open: string;
  private readonly close: string;

  constructor(
    private readonly ctx: ArticleContext,
    style: QuoteStyle,
  ) {
    this.r = ctx.r;
    this.soft = SOFT_HOMES.has(ctx.cast.topic.sections.home);
    this.home = ctx.cast.country.name === 'Bulgaria';
    this.open = style.open;
    this.close = style.close;
  }

  /** Fills a template from the first pool that still has one unused in this article. */
  private fresh(...pools: readonly (readonly string[])[]): string {
    for (const raw of pools) {
      const pool = localise(raw, this.home);
      const start = Math.floor(this.r.next() * pool.length);
      for (let i = 0; i < pool.length; i++) {
        const template = pool[(start + i) % pool.length] as string;
        if (!this.used.has(template)) {
          this.used.add(template);
          return this.ctx.fill(template);
        }
      }
    }
    return this.ctx.fill(this.r.pick(localise(pools[pools.length - 1] ?? [], this.home)));
  }

  /** Like `fresh`, for templates that are whole sentences. */
  private freshSentence(...pools: readonly (readonly string[])[]): string {
    return capFirst(this.fresh(...pools));
  }

  private clause(): string {
    return this.fresh(this.ctx.cast.topic.reported, this.soft ? SOFT_CLAUSES : NEWS_CLAUSES);
  }

  private act(): string {
    return this.fresh(this.ctx.cast.topic.acts);
  }

  private venue(): string {
    return this.fresh(VENUE_PHRASES);
  }

  /** One quoted sentence from the topic. */
  private sentence(): string {
    return this.freshSentence(this.ctx.cast.topic.quotes, this.soft ? SOFT_QUOTES : NEWS_QUOTES);
  }

  /** A quotation of one or two sentences. */
  private quote(): string {
    const first = this.sentence();
    if (!this.r.chance(0.35)) return first;
    const extra = this.freshSentence(this.soft ? SOFT_QUOTES : NEWS_QUOTES);
    return this.r.chance(0.5) ? `${first} ${extra}` : `${extra} ${first}`;
  }

  private readonly lastVariant = new Map<string, number>();

  /** A pattern number in [0, count) that differs from the one used last time for `kind`. */
  private variant(kind: string, count: number): number {
    const last = this.lastVariant.get(kind);
    let v = this.r.int(0, count - 1);
    if (v === last) v = (v + 1 + this.r.int(0, count - 2)) % count;
    this.lastVariant.set(kind, v);
    return v;
  }

  private q(text: string): string {
    return `${this.open}${text}${this.close}`;
  }

  /** A headline, avoiding (best effort) those for which `taken` is true. */
  headline(main: Voice, taken: (title: string) => boolean): string {
    let title = this.headlineOnce(main);
    for (let i = 0; i < 3 && taken(title); i++) {
      this.headlineQuote = null;
      title = this.headlineOnce(main);
    }
    return title;
  }

  private headlineOnce(main: Voice): string {
    const { ctx, r } = this;
    const tails = this.soft ? SOFT_HEADLINE_TAILS : NEWS_HEADLINE_TAILS;
    if (r.chance(0.2)) {
      const quoted = this.sentence();
      const who = main.headlineName && r.chance(0.3) ? capFirst(main.headlineName) : main.last;
      const text = `${who}: "${quoted.replace(/\.$/, '')}"`;
      const words = wordCount(text);
      if (words >= 6 && words <= 14) {
        this.headlineQuote = quoted;
        return text;
      }
    }
    for (let i = 0; i < 8; i++) {
      const template = r.pick(localise(ctx.cast.topic.headlines, this.home));
      const who = main.headlineName && r.chance(0.35) ? main.headlineName : main.last;
      let text = ctx.fill(template.replace('{S}', who));
      if (!template.includes('{city}') && r.chance(0.4)) text += ctx.fill(r.pick(tails));
      const words = wordCount(text);
      if (words >= 6 && words <= 14) return capFirst(text);
    }
    return `${main.last} comments on ${ctx.cast.obj} during visit to ${ctx.cast.city}`;
  }

  standfirst(main: Voice): string {
    switch (this.r.int(0, 2)) {
      case 0:
        return `${main.full} said ${this.clause()}.`;
      case 1:
        return `${capFirst(main.short)} ${this.act()}.`;
      default:
        return `${main.full} ${this.act()}, saying ${this.clause()}.`;
    }
  }

  lead(main: Voice): string {
    const { ctx, r } = this;
    const intro = introduce(r, main);
    const on = `on ${ctx.weekday}`;
    let text: string;
    switch (r.int(0, 4)) {
      case 0:
        text = `${intro} said ${on} that ${this.clause()}.`;
        break;
      case 1:
        text = `${capFirst(this.clause())}, ${intro} said ${on}.`;
        break;
      case 2:
      case 3:
        text = `${intro} ${on} ${this.act()}.`;
        break;
      default:
        text = `${intro} ${on} ${this.act()}, adding that ${this.clause()}.`;
    }
    text = capFirst(text);
    if (r.chance(0.45)) text += ` ${capFirst(main.he)} was speaking ${this.venue()}.`;
    if (!text.includes(ctx.cast.city) || r.chance(0.1)) {
      text = `${ctx.cast.city.toUpperCase()}, ${ctx.dateline} – ${text}`;
    }
    return text;
  }

  /** The first direct quote after the lead; always names the speaker by surname. */
  firstQuote(v: Voice): string[] {
    const { r } = this;
    if (!this.headlineQuote && r.chance(0.15)) return this.runOnQuote(v);
    const q = this.headlineQuote ?? this.quote();
    switch (r.int(0, 3)) {
      case 0:
        return [`${this.q(ba(q))} ${v.last} said.`];
      case 1:
        return [`${this.q(ba(q))} said ${v.last}.`];
      case 2:
        return [`${v.last} said: ${this.q(q)}`];
      default:
        return [`${this.q(ba(this.sentence()))} ${v.last} said. ${this.q(q)}`];
    }
  }

  /** A quote running over two paragraphs: the first has no closing mark. */
  runOnQuote(v: Voice): string[] {
    if (this.r.chance(0.5)) {
      return [`${v.last} said: ${this.open}${this.quote()}`, `${this.q(ba(this.quote()))} ${v.he} added.`];
    }
    const lead = `${this.q(ba(this.sentence()))} ${v.last} said. ${this.open}${this.quote()}`;
    return [lead, this.q(this.quote())];
  }

  /** Any later quote; `focus` means the previous paragraph was about this person. */
  laterQuote(v: Voice, focus: boolean): string {
    const q = this.quote();
    switch (this.variant('later', 8)) {
      case 0:
        return `${this.q(ba(q))} ${v.last} said.`;
      case 1:
        return `${this.q(ba(q))} ${v.short} ${this.fresh(TOLD)}.`;
      case 2:
        return `${v.outlet.replace(/^the /, 'The ')} quoted ${v.him} as saying ${this.q(q)}`;
      case 3:
        return `${v.last} told ${v.outlet}: ${this.q(q)}`;
      case 4:
        return `${v.last} ${focus ? 'added' : 'said'}: ${this.q(q)}`;
      case 5:
        return focus
          ? `${this.q(ba(q))} ${v.he} said, adding that ${this.clause()}.`
          : `${this.q(ba(q))} ${v.last} said, adding that ${this.clause()}.`;
      case 6:
        return `${v.last} said ${this.clause()}. ${this.q(ba(q))} ${v.he} said.`;
      default:
        return `${this.q(ba(q))} ${v.last} said ${this.venue()}.`;
    }
  }

  reported(v: Voice, focus: boolean): string {
    switch (this.variant('reported', 5)) {
      case 0:
        return `${v.last} said that ${this.clause()}.`;
      case 1:
        return `According to ${v.institution}, ${this.clause()}.`;
      case 2:
        return `${capFirst(v.short)} also said ${this.clause()}.`;
      case 3:
        return `${v.last} said ${this.clause()} and that ${this.clause()}.`;
      default:
        return focus
          ? `${capFirst(v.he)} added that ${this.clause()}.`
          : `${v.last} added that ${this.clause()}.`;
    }
  }

  /** First appearance of a second person: full introduction, usually with a direct quote. */
  introduceOther(o: Voice): string {
    const { r } = this;
    const intro = introduce(r, o);
    switch (r.int(0, 3)) {
      case 0:
        return `${this.q(ba(this.quote()))} said ${intro}.`;
      case 1:
        return `${r.pick(REACTION_OPENERS)} ${intro} said: ${this.q(this.quote())}`;
      case 2:
        return `${capFirst(intro)} struck a more cautious tone. ${this.q(ba(this.quote()))} ${o.he} said.`;
      default:
        return `${r.pick(REACTION_OPENERS)} ${intro} said ${this.clause()}.`;
    }
  }

  background(bold: boolean): string {
    const { topic } = this.ctx.cast;
    const generic = this.soft ? SOFT_BACKGROUND : NEWS_BACKGROUND;
    let text = this.r.chance(0.7)
      ? this.freshSentence(topic.background, generic)
      : this.freshSentence(generic);
    if (this.r.chance(0.3)) text += ` ${this.freshSentence(topic.background, generic)}`;
    return bold ? `**${this.r.pick(BOLD_LABELS)}** ${text}` : text;
  }

  closing(main: Voice): string {
    if (!this.soft && this.r.chance(0.25)) {
      return `${capFirst(main.institution)} is expected to publish further details next week.`;
    }
    return this.freshSentence(this.soft ? SOFT_CLOSINGS : CLOSINGS);
  }
}
