/**
 * News topics detected from keywords. A topic needs several distinct cues (or one in the headline)
 * so a passing mention of "oil" does not tag a football report with "energy".
 */
import type { FieldDoc } from './document.js';
import { stem } from './stem.js';

/** Topic → cue words/phrases (matched by stem; phrases of up to three words). */
const TOPIC_CUES: Readonly<Record<string, string>> = {
  talks:
    '!talks|negotiations|negotiator|negotiate|summit|delegation|delegations|dialogue|ceasefire|peace deal|peace process|diplomatic|diplomacy|diplomat|treaty|mediation',
  elections:
    '!election|!elections|!general election|vote|voters|voting|ballot|polls|polling|opinion poll|campaign trail|candidate|candidates|electoral|constituency|referendum|manifesto',
  economy:
    '!economy|economic|economies|gdp|growth|inflation|recession|unemployment|interest rates|interest rate|central bank|consumer spending|deficit|trade deficit|economist|economists',
  energy:
    'energy|oil|oil prices|gas|crude|barrel|barrels|electricity|power station|nuclear power|renewable|opec|pipeline|petrol|fuel',
  'stock markets':
    'shares|share price|stock market|stock exchange|index|dow jones|ftse|nasdaq|investors|trading|stocks',
  'mergers and acquisitions': 'takeover|takeover bid|merger|acquisition|acquire|buyout|bid for',
  banking: 'bank|banks|banking|lender|lenders|loans|mortgage|mortgages|savings',
  'company results':
    'profits|profit|pre-tax|revenues|revenue|turnover|earnings|quarterly|annual results|sales rose|sales fell',
  jobs: 'jobs|job cuts|redundancies|workers|workforce|strike|union|unions|employment|staff',
  tax: '!tax|taxes|taxation|income tax|vat|tax cuts|tax rises',
  budget: '!budget|public spending|spending plans|deficit|public finances|borrowing|fiscal|austerity',
  inflation: '!inflation|consumer prices|price rises|cost of living|prices rose|rising prices',
  trade: '!trade|exports|imports|tariffs|tariff|trade deal|free trade|trade talks|trade deficit',
  immigration: '!immigration|immigrants|asylum|asylum seekers|migrants|migration|border controls',
  terrorism:
    '!terrorism|terrorist|terrorists|terror|bomb|bombing|suicide bomber|al-qaeda|extremists|anti-terror',
  crime: 'crime|police|arrested|murder|court|trial|jail|prison|sentenced|guilty|charged|prosecution',
  health: 'health|hospital|hospitals|nhs|patients|doctors|disease|cancer|drugs|medical|virus outbreak',
  education: 'education|schools|school|pupils|teachers|universities|students|tuition fees|exams',
  football:
    '!football|premiership|premier league|striker|midfielder|goalkeeper|champions league|fa cup|goal|goals|penalty|manager|uefa|fifa|defender|league cup',
  rugby: '!rugby|!six nations|tries|scrum|fly-half|lions|prop|lock|flanker|try-scoring',
  tennis:
    '!tennis|!wimbledon|australian open|us open|french open|atp|wta|second round|quarter-final|semi-final',
  athletics:
    '!athletics|sprinter|marathon|olympic|olympics|world championships|hurdles|100m|200m|800m|1500m|iaaf|relay',
  cricket: '!cricket|wicket|wickets|test match|batsman|bowler|innings|ashes|odi',
  golf: '!golf|golfer|pga|ryder cup|masters|birdie|par',
  boxing: '!boxing|boxer|heavyweight|title fight|bout',
  'motor racing': '!formula one|grand prix|f1|motor racing|driver|drivers championship',
  film: 'film|films|movie|movies|box office|oscar|oscars|director|actor|actress|cinema|hollywood|studio|screenplay',
  music: '!music|album|albums|chart|charts|band|singer|songs|song|concert|grammy|grammys|brit awards|rapper',
  television: 'television|tv|channel|series|programme|viewers|broadcast|broadcaster|sitcom|drama|bbc one|itv',
  theatre: '!theatre|musical|west end|broadway|playwright|stage show',
  books: 'book|books|novel|novelist|author|publisher|booker|literary',
  awards: 'award|awards|nominated|nominations|nominee|ceremony|prize|winner',
  internet: 'internet|online|web|website|websites|broadband|net|search engine|e-mail|email|blog|blogs',
  'mobile phones': 'mobile|mobile phone|mobile phones|mobiles|handset|handsets|3g|phone|phones|text messages',
  'video games': 'game|games|gaming|gamers|console|consoles|playstation|xbox|nintendo',
  cybersecurity:
    'virus|viruses|hackers|hacking|spam|phishing|computer security|malicious|worm|spyware|firewall|cyber',
  software: 'software|microsoft|windows|operating system|open source|linux|program|programs|code',
  gadgets: 'gadget|gadgets|device|devices|ipod|digital|camera|cameras|players|technology',
  'human rights': 'human rights|rights groups|torture|detainees|amnesty',
  war: 'war|troops|military|soldiers|army|invasion|insurgents',
  climate:
    '!climate|!climate change|global warming|emissions|carbon|pollution|environmental|kyoto|greenhouse gases',
  floods: '!floods|!flooding|flooded|flood|heavy rain|evacuated|rescuers',
  'nuclear weapons':
    'nuclear|enrichment|uranium|warheads|nuclear weapons|arms control|missile|missiles|disarmament',
  sanctions: 'sanctions|embargo',
  housing: 'house prices|housing|property market|homeowners|housebuilders',
  aviation: 'airline|airlines|airport|airports|flights|aircraft|airbus|boeing',
  'car industry': 'car|cars|carmaker|carmakers|vehicles|vehicle',
  defence: '!defence|defense|armed forces|military spending|weapons|arms|warplanes|air defence',
  corruption: '!corruption|bribery|bribes|embezzlement|graft|kickbacks|anti-corruption|abuse of office',
  agriculture: '!agriculture|farmers|farming|crops|harvest|livestock|agricultural|grain|wheat',
  tourism: '!tourism|tourists|tourist|holidaymakers|resorts|hotels|visitors',
  space: 'space agency|spacecraft|satellite|satellites|rocket|orbit|astronauts|astronaut|nasa|space station',
  'artificial intelligence':
    '!artificial intelligence|ai|machine learning|algorithms|chatbot|chatbots|neural',
  infrastructure: '!infrastructure|motorway|motorways|railway|railways|bridge|bridges|tunnel|road building',
};

/** Cues marked "!" are unambiguous: they count double. */
const STRONG_MARK = '!';
const STRONG_WEIGHT = 2;

/** Minimum distinct-cue hits for a topic without a headline cue. */
export const MIN_TOPIC_HITS = 3;
export const MIN_TOPIC_DISTINCT = 2;

interface TopicTables {
  readonly unigrams: ReadonlyMap<string, readonly string[]>;
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  /** "topic|cue" pairs that count double. */
  readonly strong: ReadonlySet<string>;
  /** First stems of multi-word cues: only these start a phrase lookup. */
  readonly phraseStarts: ReadonlySet<string>;
}

const PHRASE_LENGTHS = [3, 2] as const;
const NO_PHRASES: readonly number[] = [];

let tables: TopicTables | undefined;

function load(): TopicTables {
  if (tables) return tables;
  const unigrams = new Map<string, string[]>();
  const phrases = new Map<string, string[]>();
  const strong = new Set<string>();
  for (const [topic, cues] of Object.entries(TOPIC_CUES)) {
    for (const rawCue of cues.split('|')) {
      const cue = rawCue.startsWith(STRONG_MARK) ? rawCue.slice(1) : rawCue;
      const words = cue.split(/[\s-]+/).map(stem);
      const key = words.join(' ');
      if (cue !== rawCue) strong.add(`${topic}|${key}`);
      const map = words.length === 1 ? unigrams : phrases;
      const list = map.get(key) ?? [];
      if (!list.includes(topic)) list.push(topic);
      map.set(key, list);
    }
  }
  const phraseStarts = new Set([...phrases.keys()].map((k) => k.split(' ')[0]!));
  tables = { unigrams, phrases, strong, phraseStarts };
  return tables;
}

export interface TopicHit {
  readonly topic: string;
  readonly hits: number;
  readonly distinct: number;
  readonly inTitle: boolean;
  readonly inLead: boolean;
}

/** Topics whose cues occur in the article, with counts; lead = the first two body sentences. */
export function detectTopics(docs: readonly FieldDoc[], leadSentences = 2): TopicHit[] {
  const { unigrams, phrases, strong, phraseStarts } = load();
  const acc = new Map<string, { hits: number; cues: Set<string>; inTitle: boolean; inLead: boolean }>();
  const note = (topic: string, cue: string, inTitle: boolean, inLead: boolean) => {
    const a = acc.get(topic) ?? { hits: 0, cues: new Set<string>(), inTitle: false, inLead: false };
    const isStrong = strong.has(`${topic}|${cue}`);
    a.hits += isStrong ? STRONG_WEIGHT : 1;
    a.cues.add(cue);
    if (isStrong) a.cues.add(`${cue}!`);
    a.inTitle ||= inTitle;
    a.inLead ||= inLead;
    acc.set(topic, a);
  };
  for (const doc of docs) {
    const words: { s: string; i: number }[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      // Capitalised mid-sentence words are names ("Bush"), not cues, unless all caps (NHS).
      if (t.isWord) words.push({ s: stem(t.lower), i });
    }
    for (let w = 0; w < words.length; w++) {
      const { s, i } = words[w]!;
      const inTitle = doc.field === 'title';
      const inLead = doc.field === 'body' && doc.sentenceOf[i]! < leadSentences;
      const tok = doc.tokens[i]!;
      const nameLike =
        tok.cap && !tok.upper && doc.sentences[doc.sentenceOf[i]!]?.tokenStart !== i && !inTitle;
      let matched = false;
      for (const n of phraseStarts.has(s) ? PHRASE_LENGTHS : NO_PHRASES) {
        if (w + n > words.length) continue;
        const key = words
          .slice(w, w + n)
          .map((x) => x.s)
          .join(' ');
        for (const topic of phrases.get(key) ?? []) {
          note(topic, key, inTitle, inLead);
          matched = true;
        }
      }
      if (matched || nameLike) continue;
      for (const topic of unigrams.get(s) ?? []) note(topic, s, inTitle, inLead);
    }
  }
  const out: TopicHit[] = [];
  for (const [topic, a] of acc) {
    out.push({ topic, hits: a.hits, distinct: a.cues.size, inTitle: a.inTitle, inLead: a.inLead });
  }
  return oneSport(out);
}

/** Sports share words ("penalty", "goal", "semi-final"): a report is about the sport with the most cues. */
const SPORTS = new Set([
  'football',
  'rugby',
  'tennis',
  'athletics',
  'cricket',
  'golf',
  'boxing',
  'motor racing',
]);
const cueWeight = (t: TopicHit) => t.distinct * 100 + t.hits + (t.inTitle ? 0.5 : 0);

function oneSport(hits: TopicHit[]): TopicHit[] {
  let best: TopicHit | undefined;
  for (const t of hits) if (SPORTS.has(t.topic) && (!best || cueWeight(t) > cueWeight(best))) best = t;
  return hits.filter((t) => !SPORTS.has(t.topic) || t === best);
}
