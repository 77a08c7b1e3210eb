import type { Country, Organisation, Region } from './types.js';

const c = (
  name: string,
  inText: string,
  adjective: string,
  region: Region,
  cities: string[],
  outlets: string[],
): Country => ({ name, inText, adjective, region, cities, outlets });

/** Real countries with a few cities and media outlets each. */
export const COUNTRIES: readonly Country[] = [
  c(
    'Bulgaria',
    'Bulgaria',
    'Bulgarian',
    'bulgaria',
    ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Ruse', 'Stara Zagora', 'Veliko Tarnovo', 'Blagoevgrad'],
    ['BTA', 'Bulgarian National Radio', 'bTV', 'Nova TV'],
  ),
  c(
    'Russia',
    'Russia',
    'Russian',
    'russia',
    ['Moscow', 'St Petersburg', 'Kazan'],
    ['RIA Novosti', 'TASS', 'Interfax'],
  ),
  c(
    'Ukraine',
    'Ukraine',
    'Ukrainian',
    'russia',
    ['Kyiv', 'Odesa', 'Lviv'],
    ['Ukrinform', 'Ukrainska Pravda'],
  ),
  c('Kazakhstan', 'Kazakhstan', 'Kazakh', 'russia', ['Astana', 'Almaty'], ['Kazinform']),
  c('Azerbaijan', 'Azerbaijan', 'Azerbaijani', 'russia', ['Baku'], ['APA']),
  c(
    'United States',
    'the United States',
    'US',
    'americas',
    ['Washington', 'New York', 'Chicago'],
    ['CNN', 'The Washington Post', 'NPR'],
  ),
  c('Canada', 'Canada', 'Canadian', 'americas', ['Ottawa', 'Toronto'], ['CBC']),
  c('Brazil', 'Brazil', 'Brazilian', 'americas', ['Brasilia', 'Sao Paulo'], ['Folha de S.Paulo', 'Globo']),
  c('Mexico', 'Mexico', 'Mexican', 'americas', ['Mexico City'], ['El Universal']),
  c(
    'Germany',
    'Germany',
    'German',
    'europe',
    ['Berlin', 'Munich', 'Frankfurt'],
    ['Der Spiegel', 'ARD', 'dpa'],
  ),
  c('France', 'France', 'French', 'europe', ['Paris', 'Lyon', 'Marseille'], ['Le Monde', 'France Inter']),
  c('Italy', 'Italy', 'Italian', 'europe', ['Rome', 'Milan'], ['Corriere della Sera', 'RAI']),
  c('Spain', 'Spain', 'Spanish', 'europe', ['Madrid', 'Barcelona'], ['El País', 'RTVE']),
  c('Greece', 'Greece', 'Greek', 'europe', ['Athens', 'Thessaloniki'], ['Kathimerini', 'ERT']),
  c('Romania', 'Romania', 'Romanian', 'europe', ['Bucharest', 'Constanta'], ['Agerpres', 'Digi24']),
  c('Serbia', 'Serbia', 'Serbian', 'europe', ['Belgrade', 'Novi Sad'], ['Tanjug', 'RTS']),
  c('North Macedonia', 'North Macedonia', 'North Macedonian', 'europe', ['Skopje', 'Ohrid'], ['MIA']),
  c('Poland', 'Poland', 'Polish', 'europe', ['Warsaw', 'Krakow'], ['PAP', 'TVN24']),
  c('Hungary', 'Hungary', 'Hungarian', 'europe', ['Budapest'], ['MTI']),
  c('Austria', 'Austria', 'Austrian', 'europe', ['Vienna', 'Salzburg'], ['ORF', 'Der Standard']),
  c('Netherlands', 'the Netherlands', 'Dutch', 'europe', ['Amsterdam', 'The Hague'], ['NOS']),
  c('Belgium', 'Belgium', 'Belgian', 'europe', ['Brussels', 'Antwerp'], ['Le Soir', 'VRT']),
  c(
    'United Kingdom',
    'the United Kingdom',
    'British',
    'europe',
    ['London', 'Manchester'],
    ['the BBC', 'Sky News'],
  ),
  c('Norway', 'Norway', 'Norwegian', 'europe', ['Oslo', 'Bergen'], ['NRK']),
  c('Turkey', 'Turkey', 'Turkish', 'middle-east', ['Ankara', 'Istanbul'], ['Anadolu', 'Hurriyet']),
  c('Israel', 'Israel', 'Israeli', 'middle-east', ['Jerusalem', 'Tel Aviv'], ['Haaretz', 'Channel 12']),
  c('Iran', 'Iran', 'Iranian', 'middle-east', ['Tehran'], ['IRNA', 'Tasnim']),
  c('Saudi Arabia', 'Saudi Arabia', 'Saudi', 'middle-east', ['Riyadh', 'Jeddah'], ['Al Arabiya']),
  c('Egypt', 'Egypt', 'Egyptian', 'middle-east', ['Cairo'], ['Al-Ahram']),
  c('China', 'China', 'Chinese', 'asia', ['Beijing', 'Shanghai'], ['Xinhua', 'the Global Times']),
  c('Japan', 'Japan', 'Japanese', 'asia', ['Tokyo', 'Osaka'], ['NHK', 'Kyodo']),
  c('India', 'India', 'Indian', 'asia', ['New Delhi', 'Mumbai'], ['The Hindu', 'NDTV']),
  c('South Korea', 'South Korea', 'South Korean', 'asia', ['Seoul', 'Busan'], ['Yonhap']),
];

const byName = new Map(COUNTRIES.map((x) => [x.name, x]));

export function country(name: string): Country {
  const found = byName.get(name);
  if (!found) throw new Error(`Unknown demo country: ${name}`);
  return found;
}

/** Neutral meeting places; naming them does not make an article "about" their country. */
export const VENUES: readonly string[] = ['Geneva', 'Brussels', 'Vienna', 'Istanbul', 'Doha', 'Strasbourg'];

const o = (name: string, inText: string): Organisation => ({ name, inText });

export const ORGANISATIONS = {
  NATO: o('NATO', 'NATO'),
  EU: o('EU', 'the European Union'),
  Commission: o('European Commission', 'the European Commission'),
  UN: o('UN', 'the United Nations'),
  IMF: o('IMF', 'the IMF'),
  WHO: o('WHO', 'the World Health Organization'),
  ECB: o('ECB', 'the European Central Bank'),
  OSCE: o('OSCE', 'the OSCE'),
  WorldBank: o('World Bank', 'the World Bank'),
  OPEC: o('OPEC', 'OPEC'),
  UEFA: o('UEFA', 'UEFA'),
  ESA: o('ESA', 'the European Space Agency'),
  UNESCO: o('UNESCO', 'UNESCO'),
  Frontex: o('Frontex', 'Frontex'),
  IOC: o('IOC', 'the International Olympic Committee'),
  WTO: o('WTO', 'the World Trade Organization'),
} as const satisfies Record<string, Organisation>;

export type OrgKey = keyof typeof ORGANISATIONS;
