import type { Random } from './random.js';
import { MONTHS, sofiaWallClock, WEEKDAYS } from './sofia-time.js';
import { withCommas } from './text.js';
import type { Topic } from './topics/index.js';
import type { Country, Organisation, Person } from './types.js';

const ORDINALS = ['third', 'fourth', 'fifth', 'sixth', 'seventh'];
const SLOT = /\{(\w+)\}/g;

export interface Cast {
  topic: Topic;
  speaker: Person;
  other: Person | null;
  country: Country;
  partner: Country;
  city: string;
  /** Null when the city is a neutral venue such as Geneva. */
  cityCountry: Country | null;
  org: Organisation;
  obj: string;
  obj2: string;
}

/** Everything one article is about, plus `{slot}` filling for its templates. */
export class ArticleContext {
  readonly weekday: string;
  readonly nextMonth: string;
  readonly dateline: string;
  private readonly year: number;
  private readonly replacer = (_: string, key: string): string => this.slot(key);

  constructor(
    readonly r: Random,
    readonly cast: Cast,
    publishedAt: Date,
  ) {
    const local = sofiaWallClock(publishedAt.getTime());
    this.weekday = WEEKDAYS[local.getUTCDay()] ?? 'Monday';
    this.nextMonth = MONTHS[(local.getUTCMonth() + 1) % 12] ?? 'January';
    this.year = local.getUTCFullYear();
    this.dateline = `${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}`;
  }

  fill(template: string): string {
    return template.indexOf('{') < 0 ? template : template.replace(SLOT, this.replacer);
  }

  private slot(key: string): string {
    const { cast, r } = this;
    switch (key) {
      case 'S':
        return cast.speaker.last;
      case 'S2':
        return (cast.other ?? cast.speaker).last;
      case 'C':
        return cast.country.inText;
      case 'Cadj':
        return cast.country.adjective;
      case 'C2':
        return cast.partner.inText;
      case 'C2adj':
        return cast.partner.adjective;
      case 'city':
        return cast.city;
      case 'org':
        return cast.org.inText;
      case 'orgName':
        return cast.org.name;
      case 'obj':
        return cast.obj;
      case 'obj2':
        return cast.obj2;
      case 'n':
        return String(r.int(3, 30));
      case 'n2':
        return String(r.int(12, 60));
      case 'pct':
        return r.chance(0.4) ? String(r.int(2, 40)) : (r.int(11, 199) / 10).toFixed(1);
      case 'share':
        return String(r.int(25, 90));
      case 'bn':
        return (r.int(12, 95) / 10).toFixed(1);
      case 'big':
        return withCommas(r.int(12, 950) * 100);
      case 'month':
        return this.nextMonth;
      case 'year':
        return String(this.year + r.int(1, 3));
      case 'outlet':
        return r.pick(cast.speaker.country?.outlets ?? ['Euronews']);
      case 'day':
        return this.weekday;
      case 'ordinal':
        return r.pick(ORDINALS);
      case 'he':
        return cast.speaker.gender === 'f' ? 'she' : 'he';
      case 'him':
        return cast.speaker.gender === 'f' ? 'her' : 'him';
      case 'his':
        return cast.speaker.gender === 'f' ? 'her' : 'his';
      default:
        throw new Error(`Unknown template slot {${key}}`);
    }
  }
}
