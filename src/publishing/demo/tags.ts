import type { Cast } from './context.js';
import type { Country, DemoTag, Organisation } from './types.js';
import type { Voice } from './voices.js';

const MAX_TAGS = 7;
const patterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, ...names: string[]): boolean {
  const key = names.join('|');
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`);
    patterns.set(key, re);
  }
  return re.test(text);
}

const countryNamed = (text: string, c: Country) => mentions(text, c.name, c.adjective);
const orgNamed = (text: string, o: Organisation) => mentions(text, o.name, o.inText);

/** Tags for what the text actually names: people quoted, topic, countries, city, organisations. */
export function tagsFor(text: string, cast: Cast, people: readonly Voice[]): DemoTag[] {
  const tags: DemoTag[] = people.map((v) => ({ name: v.full, type: 'person' }));
  tags.push({ name: cast.topic.name, type: 'topic' });
  const seen = new Set(tags.map((t) => t.name));
  const add = (name: string, type: DemoTag['type']) => {
    if (tags.length < MAX_TAGS && !seen.has(name)) {
      seen.add(name);
      tags.push({ name, type });
    }
  };
  const cityNamed = text.includes(cast.city) || text.includes(cast.city.toUpperCase());
  const countries: (Country | null)[] = [cast.country, cast.partner, ...people.map((v) => v.person.country)];
  for (const c of countries) if (c && countryNamed(text, c)) add(c.name, 'place');
  if (cityNamed && cast.cityCountry) add(cast.cityCountry.name, 'place');
  if (cityNamed) add(cast.city, 'place');
  const orgs: (Organisation | null)[] = [cast.org, ...people.map((v) => v.person.organisation)];
  for (const o of orgs) if (o && orgNamed(text, o)) add(o.name, 'organisation');
  return tags;
}
