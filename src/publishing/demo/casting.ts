import { CAST } from './cast.js';
import type { Cast } from './context.js';
import { localise } from './localise.js';
import { COUNTRIES, country, ORGANISATIONS, VENUES } from './places.js';
import type { Random } from './random.js';
import { TOPICS, type Topic } from './topics/index.js';
import type { Country, Person } from './types.js';

/** Cast members eligible for each topic. */
const SPEAKERS = new Map<Topic, readonly Person[]>(
  TOPICS.map((topic) => [topic, CAST.filter((p) => p.domains.some((d) => topic.domains.includes(d)))]),
);

const PARTNERS = new Map<Topic, readonly Country[]>(TOPICS.map((t) => [t, t.partners.map(country)]));

export function speakersFor(topic: Topic): readonly Person[] {
  return SPEAKERS.get(topic) ?? [];
}

function pickOtherThan<T>(r: Random, items: readonly T[], not: T | null): T | null {
  const rest = items.filter((x) => x !== not);
  return rest.length > 0 ? r.pick(rest) : null;
}

/** Chooses what and who one story is about. */
export function castStory(r: Random): Cast {
  const topic = r.weighted(TOPICS, (t) => t.weight);
  const speakers = speakersFor(topic);
  const speaker = r.pick(speakers);
  const other = r.chance(0.6) ? pickOtherThan(r, speakers, speaker) : null;
  const partners = PARTNERS.get(topic) ?? COUNTRIES;
  const home = speaker.country ?? other?.country ?? r.pick(partners);
  const partner =
    other?.country && other.country !== home
      ? other.country
      : (pickOtherThan(r, partners, home) ?? pickOtherThan(r, COUNTRIES, home) ?? home);
  const venue = topic.sections.abroad === 'by-region' && r.chance(0.25);
  const city = venue ? r.pick(VENUES) : r.pick(home.cities);
  const org = speaker.organisation ?? ORGANISATIONS[r.pick(topic.orgs)];
  const objects = localise(topic.objects, home.name === 'Bulgaria');
  const rawObj = r.pick(objects);
  const obj = rawObj.replace('{city}', city);
  const obj2 = (pickOtherThan(r, objects, rawObj) ?? rawObj).replace('{city}', city);
  return {
    topic,
    speaker,
    other,
    country: home,
    partner,
    city,
    cityCountry: venue ? null : home,
    org,
    obj,
    obj2,
  };
}
