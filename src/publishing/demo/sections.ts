import type { DemoSection } from './types.js';

/** Two-level section tree of a national news agency. */
export const SECTIONS: readonly DemoSection[] = [
  { slug: 'bulgaria', name: 'Bulgaria', parentSlug: null, description: 'News from across Bulgaria.' },
  {
    slug: 'politics',
    name: 'Politics',
    parentSlug: 'bulgaria',
    description: 'Government, parliament, parties and the courts.',
  },
  {
    slug: 'society',
    name: 'Society',
    parentSlug: 'bulgaria',
    description: 'Health, education, migration and everyday life.',
  },
  {
    slug: 'regions',
    name: 'Regions',
    parentSlug: 'bulgaria',
    description: 'Municipalities, infrastructure and local news outside the capital.',
  },
  { slug: 'world', name: 'World', parentSlug: null, description: 'International news and diplomacy.' },
  {
    slug: 'europe',
    name: 'Europe',
    parentSlug: 'world',
    description: 'The EU, the Balkans and the rest of Europe.',
  },
  {
    slug: 'russia',
    name: 'Russia',
    parentSlug: 'world',
    description: 'Russia, Ukraine and the former Soviet states.',
  },
  {
    slug: 'americas',
    name: 'Americas',
    parentSlug: 'world',
    description: 'The United States, Canada and Latin America.',
  },
  {
    slug: 'middle-east',
    name: 'Middle East',
    parentSlug: 'world',
    description: 'Turkey, Israel, Iran and the Gulf.',
  },
  {
    slug: 'asia',
    name: 'Asia',
    parentSlug: 'world',
    description: 'China, Japan, India and the rest of Asia.',
  },
  { slug: 'business', name: 'Business', parentSlug: null, description: 'Companies, money and the economy.' },
  {
    slug: 'economy',
    name: 'Economy',
    parentSlug: 'business',
    description: 'Growth, budgets, prices and trade.',
  },
  { slug: 'energy', name: 'Energy', parentSlug: 'business', description: 'Gas, power, oil and renewables.' },
  {
    slug: 'markets',
    name: 'Markets',
    parentSlug: 'business',
    description: 'Stocks, bonds, currencies and rates.',
  },
  { slug: 'sport', name: 'Sport', parentSlug: null, description: 'Football, tennis, athletics and more.' },
  { slug: 'culture', name: 'Culture', parentSlug: null, description: 'Film, music, books and heritage.' },
  {
    slug: 'science-tech',
    name: 'Science & Tech',
    parentSlug: null,
    description: 'Research, space and technology.',
  },
];

/** Parent slug of a section, or the slug itself for top-level sections. */
export function topLevelOf(slug: string): string {
  const section = SECTIONS.find((s) => s.slug === slug);
  if (!section) throw new Error(`Unknown demo section: ${slug}`);
  return section.parentSlug ?? section.slug;
}
