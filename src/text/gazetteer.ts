/**
 * Place and organisation gazetteers built lazily from world-countries (countries, official names,
 * alternative spellings, demonyms, capitals) and compromise's lexicon (cities, regions,
 * organisations), plus a small hand-written list of news metonyms and bodies.
 * Canonical country names are the short names editors use ("US", "UK", "Russia").
 */

import type { Country } from 'world-countries';
import worldCountries from 'world-countries';
import { wordsWithTag } from './lexicon.js';
import { nameKey } from './slugify.js';
import type { Token } from './tokenize.js';

export type PlaceKind = 'country' | 'city' | 'region';

export interface PlaceEntry {
  readonly name: string;
  readonly kind: PlaceKind;
  /** For capitals: the country the city stands for when used as a metonym ("Moscow says"). */
  readonly country?: string;
  /** Lexicon-derived entries carry a lowercase name: use the text's own spelling instead. */
  readonly useSurface?: boolean;
}

export interface OrgEntry {
  readonly name: string;
  readonly useSurface?: boolean;
}

/** world-countries common names replaced by the forms used in English-language news. */
const COUNTRY_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  US: 'US',
  GB: 'UK',
  TR: 'Turkey',
  CZ: 'Czech Republic',
  VA: 'Vatican',
  CG: 'Republic of Congo',
  PS: 'Palestinian territories',
};

/** Uppercase aliases short enough to clash with ordinary words; matched case-sensitively. */
const ACRONYM_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK']);
const MIN_ALIAS_LENGTH = 4;

/** Extra place names (constituent countries, regions, colloquial names). */
const EXTRA_PLACES: readonly (readonly [string, string, PlaceKind])[] = [
  ['America', 'US', 'country'],
  ['United States', 'US', 'country'],
  ['Britain', 'UK', 'country'],
  ['Great Britain', 'UK', 'country'],
  ['England', 'England', 'country'],
  ['Scotland', 'Scotland', 'country'],
  ['Wales', 'Wales', 'country'],
  ['Northern Ireland', 'Northern Ireland', 'country'],
  ['Holland', 'Netherlands', 'country'],
  ['Burma', 'Myanmar', 'country'],
  ['Europe', 'Europe', 'region'],
  ['Africa', 'Africa', 'region'],
  ['Asia', 'Asia', 'region'],
  ['Middle East', 'Middle East', 'region'],
  ['Latin America', 'Latin America', 'region'],
  ['Gaza', 'Gaza', 'region'],
  ['West Bank', 'West Bank', 'region'],
  ['Kosovo', 'Kosovo', 'country'],
  ['Chechnya', 'Chechnya', 'region'],
  ['Darfur', 'Darfur', 'region'],
];

/** Extra demonyms and plurals that world-countries does not list. */
const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Briton', 'UK'],
  ['Britons', 'UK'],
  ['Brit', 'UK'],
  ['English', 'England'],
  ['Scottish', 'Scotland'],
  ['Scots', 'Scotland'],
  ['Welsh', 'Wales'],
  ['Irish', 'Ireland'],
  ['Israelis', 'Israel'],
  ['Palestinian', 'Palestinian territories'],
  ['Palestinians', 'Palestinian territories'],
  ['Soviet', 'Russia'],
  // Nouns for a person of a country ("the Spaniard said"); "Finn" and "Dane" are first names too, so absent.
  ['Spaniard', 'Spain'],
  ['Spaniards', 'Spain'],
  ['Frenchman', 'France'],
  ['Frenchmen', 'France'],
  ['Frenchwoman', 'France'],
  ['Englishman', 'England'],
  ['Englishmen', 'England'],
  ['Englishwoman', 'England'],
  ['Scot', 'Scotland'],
  ['Scotsman', 'Scotland'],
  ['Scotswoman', 'Scotland'],
  ['Welshman', 'Wales'],
  ['Welshwoman', 'Wales'],
  ['Irishman', 'Ireland'],
  ['Irishwoman', 'Ireland'],
  ['Dutchman', 'Netherlands'],
  ['Swede', 'Sweden'],
  ['Swedes', 'Sweden'],
  ['Pole', 'Poland'],
  ['Poles', 'Poland'],
  ['Turk', 'Turkey'],
  ['Turks', 'Turkey'],
];

/** Capitals that stand for their government in news copy ("Washington insists…"). */
const METONYM_CAPITALS: readonly (readonly [string, string])[] = [
  ['Washington', 'US'],
  ['Washington DC', 'US'],
  ['Moscow', 'Russia'],
  ['Beijing', 'China'],
  ['Tehran', 'Iran'],
  ['Pyongyang', 'North Korea'],
  ['Kiev', 'Ukraine'],
  ['Kyiv', 'Ukraine'],
  ['Damascus', 'Syria'],
  ['Islamabad', 'Pakistan'],
  ['New Delhi', 'India'],
  ['Ankara', 'Turkey'],
  ['Riyadh', 'Saudi Arabia'],
  ['Havana', 'Cuba'],
  ['Caracas', 'Venezuela'],
  ['Minsk', 'Belarus'],
  ['Tbilisi', 'Georgia'],
  ['Taipei', 'Taiwan'],
];

/** Organisations often named in news whose names are not in compromise's lexicon. */
const EXTRA_ORGS: readonly (readonly [string, readonly string[]])[] = [
  ['EU', ['EU', 'European Union']],
  ['UN', ['UN', 'United Nations', 'U.N.']],
  ['NATO', ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
  ['White House', ['White House']],
  ['Kremlin', ['Kremlin']],
  ['Downing Street', ['Downing Street', 'Number 10', 'No 10']],
  ['Pentagon', ['Pentagon']],
  ['State Department', ['State Department', 'US State Department']],
  ['Foreign Office', ['Foreign Office']],
  ['Home Office', ['Home Office']],
  ['Treasury', ['Treasury']],
  ['European Commission', ['European Commission']],
  ['European Parliament', ['European Parliament']],
  ['WTO', ['WTO', 'World Trade Organization', 'World Trade Organisation']],
  ['IMF', ['IMF', 'International Monetary Fund']],
  ['World Bank', ['World Bank']],
  ['Federal Reserve', ['Federal Reserve', 'US Federal Reserve', 'Fed']],
  ['Bank of England', ['Bank of England']],
  ['Opec', ['Opec', 'OPEC']],
  ['Labour', ['Labour', 'Labour Party', 'Labour party']],
  [
    'Conservatives',
    ['Conservatives', 'Conservative Party', 'Conservative party', 'Tories', 'Tory', 'Conservative'],
  ],
  ['Liberal Democrats', ['Liberal Democrats', 'Liberal Democrat', 'Lib Dems', 'Lib Dem']],
  ['BBC', ['BBC']],
  ['Parliament', ['Parliament', 'House of Commons', 'Commons']],
  ['House of Lords', ['House of Lords', 'Lords']],
  ['Congress', ['Congress', 'US Congress']],
  ['Fifa', ['Fifa', 'FIFA']],
  ['Uefa', ['Uefa', 'UEFA']],
  ['Football Association', ['Football Association', 'FA']],
  ['RIA Novosti', ['RIA Novosti', 'Ria Novosti']],
  ['Interfax', ['Interfax']],
  ['Tass', ['Tass', 'TASS']],
  ['Reuters', ['Reuters']],
  ['Associated Press', ['Associated Press', 'AP']],
  ['AFP', ['AFP', 'Agence France-Presse']],
  ['Al Qaeda', ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida']],
  ['Hamas', ['Hamas']],
  ['Hezbollah', ['Hezbollah']],
  ['Taliban', ['Taliban']],
];

export interface Gazetteer {
  /** Case-insensitive names (nameKey) → place. */
  readonly places: ReadonlyMap<string, PlaceEntry>;
  /** Case-sensitive acronyms, dots removed ("US", "UK"). */
  readonly acronyms: ReadonlyMap<string, PlaceEntry | OrgEntry>;
  /** nameKey → organisation. */
  readonly orgs: ReadonlyMap<string, OrgEntry>;
  /** Lowercase demonym (singular and plural) → canonical country. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** nameKey of capital → canonical country (metonymy). */
  readonly metonyms: ReadonlyMap<string, string>;
  /** Canonical name → every other name it is known by (for matching newsroom tags). */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

let gazetteer: Gazetteer | undefined;

/** world-countries is CommonJS: the default import is the array at run time, a namespace to TypeScript. */
function countryList(): readonly Country[] {
  const mod = worldCountries as unknown as readonly Country[] | { readonly default: readonly Country[] };
  return Array.isArray(mod) ? mod : (mod as { readonly default: readonly Country[] }).default;
}

function isAcronym(s: string): boolean {
  return /^[A-Z]{2,5}$/.test(s.replace(/\./g, ''));
}

function build(): Gazetteer {
  const places = new Map<string, PlaceEntry>();
  const acronyms = new Map<string, PlaceEntry | OrgEntry>();
  const orgs = new Map<string, OrgEntry>();
  const demonyms = new Map<string, string>();
  const metonyms = new Map<string, string>();
  const addPlace = (alias: string, entry: PlaceEntry, override = false) => {
    const bare = alias.replace(/\./g, '');
    if (isAcronym(bare)) {
      if (ACRONYM_ALIASES.has(bare) && (override || !acronyms.has(bare))) acronyms.set(bare, entry);
      return;
    }
    if (alias.length < MIN_ALIAS_LENGTH && !override) return;
    const key = nameKey(alias);
    if (override || !places.has(key)) places.set(key, entry);
  };
  const addDemonym = (word: string, country: string) => {
    const key = word.toLowerCase();
    if (!demonyms.has(key)) demonyms.set(key, country);
  };
  // Independent states first so they win shared aliases and demonyms.
  const ordered = [...countryList()].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const name = COUNTRY_NAME_OVERRIDES[c.cca2] ?? c.name.common;
    const entry: PlaceEntry = { name, kind: 'country' };
    addPlace(name, entry, true);
    addPlace(c.name.common, entry);
    addPlace(c.name.official, entry);
    for (const alt of c.altSpellings) addPlace(alt, entry);
    const dem = c.demonyms.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        addDemonym(d, name);
        // "Americans", "Israelis", "Czechs", "Thais": plurals by -s ("French", "Swiss" take none).
        if (/(an|i|ch|ai|ek|ak|ot|ec)$/i.test(d) && !/(sh|ench)$/i.test(d)) addDemonym(`${d}s`, name);
      }
    }
    for (const capital of c.capital) {
      const capKey = nameKey(capital);
      if (!places.has(capKey)) places.set(capKey, { name: capital, kind: 'city', country: name });
    }
  }
  for (const [alias, name, kind] of EXTRA_PLACES) addPlace(alias, { name, kind }, true);
  for (const [word, country] of EXTRA_DEMONYMS) demonyms.set(word.toLowerCase(), country);
  for (const [capital, country] of METONYM_CAPITALS) {
    const key = nameKey(capital);
    metonyms.set(key, country);
    if (!places.has(key)) places.set(key, { name: capital, kind: 'city', country });
  }
  for (const word of wordsWithTag('Country')) {
    if (!places.has(word)) places.set(word, { name: titleCase(word), kind: 'country', useSurface: true });
  }
  for (const word of wordsWithTag('City')) {
    if (!places.has(word)) places.set(word, { name: titleCase(word), kind: 'city', useSurface: true });
  }
  for (const word of wordsWithTag('Region')) {
    if (!places.has(word)) places.set(word, { name: titleCase(word), kind: 'region', useSurface: true });
  }
  for (const word of [...wordsWithTag('Organization'), ...wordsWithTag('SportsTeam')]) {
    if (word.length >= 3 && !places.has(word)) orgs.set(word, { name: titleCase(word), useSurface: true });
  }
  for (const [name, aliases] of EXTRA_ORGS) {
    const entry: OrgEntry = { name };
    for (const alias of aliases) {
      const bare = alias.replace(/\./g, '');
      if (isAcronym(bare)) acronyms.set(bare, entry);
      else orgs.set(nameKey(alias), entry);
    }
  }
  const aliases = new Map<string, string[]>();
  const alias = (canonical: string, name: string) => {
    const list = aliases.get(canonical) ?? [];
    if (name !== canonical && !list.includes(name)) list.push(name);
    aliases.set(canonical, list);
  };
  for (const c of countryList()) {
    const name = COUNTRY_NAME_OVERRIDES[c.cca2] ?? c.name.common;
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (n.length >= MIN_ALIAS_LENGTH || ACRONYM_ALIASES.has(n)) alias(name, n);
    }
  }
  for (const [n, canonical] of EXTRA_PLACES) alias(canonical, n);
  for (const [name, list] of EXTRA_ORGS) for (const n of list) alias(name, n);
  return { places, acronyms, orgs, demonyms, metonyms, aliases };
}

function titleCase(lower: string): string {
  return lower.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function getGazetteer(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

export function aliasesOf(canonical: string): readonly string[] {
  return getGazetteer().aliases.get(canonical) ?? [];
}

export function isPlaceEntry(entry: PlaceEntry | OrgEntry): entry is PlaceEntry {
  return 'kind' in entry;
}

/** The country of the one- or two-word demonym in tokens [a, b) ("Argentine", "Sri Lankan"), if it is one. */
export function demonymAt(tokens: readonly Token[], a: number, b: number): string | undefined {
  const words = tokens.slice(a, b);
  if (words.length !== b - a || !words.every((t) => t.cap && t.isWord)) return undefined;
  return getGazetteer().demonyms.get(words.map((t) => t.lower).join(' '));
}

/**
 * The city or region whose resident the one- or two-word name in tokens [a, b) is, formed with "-er"
 * ("Londoner", "New Yorker"), if it is one.
 */
export function residentAt(tokens: readonly Token[], a: number, b: number): PlaceEntry | undefined {
  const words = tokens.slice(a, b);
  if (words.length !== b - a || !words.every((t) => t.cap && !t.upper && t.isWord)) return undefined;
  const name = words.map((t) => t.lower).join(' ');
  if (!name.endsWith('er')) return undefined;
  const place = getGazetteer().places.get(nameKey(name.slice(0, -2)));
  if (!place || place.kind === 'country') return undefined;
  return place.useSurface ? { ...place, name: titleCase(name.slice(0, -2)) } : place;
}
