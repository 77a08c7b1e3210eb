/** Titles, honorifics and role nouns: "Deputy Foreign Minister", "Mr", "the chief executive". */

/** Nouns that head a role ("minister" in "deputy foreign minister"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  `minister secretary president chancellor premier leader mayor governor senator congressman congresswoman
ambassador envoy negotiator spokesman spokeswoman spokesperson chairman chairwoman chair chief executive director
manager coach boss head officer official commander king queen prince princess pope judge prosecutor lawyer attorney
editor analyst economist striker captain player singer actor actress founder owner candidate diplomat delegate
adviser advisor inspector professor doctor general colonel admiral mp mep representative ceo founder
chancellor emir sheikh ayatollah cleric bishop archbishop cardinal commissioner ombudsman governor-general
president-elect monarch dictator presenter host director-general midfielder defender goalkeeper forward winger
star champion veteran rapper guitarist drummer novelist author writer producer filmmaker designer investor banker
trader regulator spokesman campaigner activist researcher scientist expert prop flanker lock hooker skipper keeper
fly-half scrum-half full-back centre batsman bowler spinner jockey trainer rider cyclist runner sprinter athlete
swimmer backbencher frontbencher peer chairman frontman guitarist vocalist comedian presenter broadcaster star
entrepreneur businessman businesswoman tycoon mogul magnate billionaire millionaire agent solicitor barrister
surgeon teacher pilot detective officer sergeant constable superintendent inspector chef artist photographer
director-general secretary-general youngster teenager debutant newcomer rookie finalist semi-finalist runner-up winner substitute correspondent reporter columnist commentator seed assistant
comptroller sheriff treasurer auditor chaplain rabbi imam councillor speaker coroner magistrate vicar priest curator
lecturer historian strategist consultant organiser critic controller goalscorer scorer marksman
coordinator co-ordinator organizer publicist psychologist academic engineer architect screenwriter songwriter
composer conductor dancer choreographer playwright poet dj pundit boxer golfer lobbyist aide`.split(/\s+/),
);

/**
 * Role heads that stand for a person only in a phrase ("the former Scotland international"), never as a title
 * before a name: "Amnesty International" is a body.
 */
const PHRASE_HEADS: ReadonlySet<string> = new Set(['international']);

/** A role head, hyphenated ones included ("co-chairman", "vice-president"). */
export function isRoleHead(lower: string): boolean {
  return (
    ROLE_HEADS.has(lower) ||
    PHRASE_HEADS.has(lower) ||
    (lower.includes('-') && ROLE_HEADS.has(lower.slice(lower.lastIndexOf('-') + 1))) ||
    // "the ex-Wallaby", "the ex-Arsenal man": a former member of a side is a person.
    /^ex-\w/.test(lower)
  );
}

/**
 * Nouns for people that are no role ("One woman, Pisokite Lapete, found …", "Peoplesoft worker Palek Ogden"): right
 * before a name, or set off before it by a comma, they say the name is a person's.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `man woman boy girl mother father wife husband son daughter sister brother widow widower grandmother grandfather
friend neighbour fan resident pensioner student pupil worker employee customer shopper victim survivor patient
passenger driver holidaymaker tourist volunteer parent member counterpart colleague deputy successor
predecessor`.split(/\s+/),
);

/** A role head ("owner" among them) or another noun for a person. */
export function isPersonNoun(lower: string): boolean {
  return isRoleHead(lower) || PERSON_NOUNS.has(lower);
}

/** "the judges", "the show's producers": the plural of a role noun, a group that speaks unnamed. */
export function isPluralRole(t: { readonly lower: string; readonly cap: boolean } | undefined): boolean {
  if (!t || t.cap || !/^[a-z]{4,}s$/.test(t.lower)) return false;
  const w = t.lower;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return isRoleHead(singular) || (/(ch|sh|ss|x)es$/.test(w) && isRoleHead(w.slice(0, -2)));
}

/** Words that modify a role head ("deputy", "foreign", "prime"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  `deputy foreign prime vice assistant under defence defense interior home finance trade health education justice
culture sports sport energy environment transport chief executive general state former acting senior top lead first
shadow junior permanent managing technical financial operating interim incoming outgoing new then current team club
national security economic affairs labour tory conservative liberal democratic republican party opposition federal
regional district police fire army military`.split(/\s+/),
);

/** Honorifics that go before a surname only ("Mr Howard"; a peer's or a monarch's title may stand alone). */
export const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** Honorifics and their gender (null: either). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map<string, 'm' | 'f' | null>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['dr', null],
  ['prof', null],
  ['professor', null],
  ['rev', null],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
  ['baroness', 'f'],
  ['baron', 'm'],
  ['sheikh', 'm'],
  ['ayatollah', 'm'],
  ['pope', 'm'],
  ['gen', null],
  ['col', null],
  ['lt', null],
  ['capt', null],
  ['sgt', null],
  ['sen', null],
  ['rep', null],
  ['gov', null],
  ['det', null],
  ['insp', null],
  ['supt', null],
  ['mme', 'f'],
  ['mlle', 'f'],
  ['herr', 'm'],
  ['senor', 'm'],
  ['señor', 'm'],
  ['monsieur', 'm'],
  ['madame', 'f'],
]);

/** Capitalised words that may stand in a title before a name ("Secretary of State"). */
export function isTitleWord(lower: string): boolean {
  if (ROLE_HEADS.has(lower) || HONORIFICS.has(lower) || TITLE_ONLY.has(lower) || ROLE_MODIFIERS.has(lower))
    return true;
  return lower.includes('-') && isTitleHead(lower.slice(lower.lastIndexOf('-') + 1));
}

/** Words that make a title a title when capitalised before a name. */
const TITLE_ONLY: ReadonlySet<string> = new Set(
  `major lieutenant sergeant private corporal constable detective justice saint st emperor empress duke duchess
earl count countess secretary-general attorney-general solicitor-general state`.split(/\s+/),
);

/** A title head: the word after which a name may follow ("Minister", "Mr"). */
export function isTitleHead(lower: string): boolean {
  // "Under-Secretary", "Vice-President"
  const head =
    lower.includes('-') && !ROLE_HEADS.has(lower) ? lower.slice(lower.lastIndexOf('-') + 1) : lower;
  return (ROLE_HEADS.has(head) || HONORIFICS.has(head) || TITLE_ONLY.has(head)) && head !== 'state';
}

/** Pronouns and their gender. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);

/**
 * Kinds of business: "the firm said" stands for the business named before, which a place only locates ("the US
 * firm"); "housebuilder George Wimpey", "drugs group Eli Lilly" are businesses, not people (classify-span leaves
 * out "maker": "documentary maker Michael Cockerell").
 */
export const BUSINESS_KINDS: ReadonlySet<string> = new Set(
  `company firm group retailer airline carrier operator network broadcaster corporation maker manufacturer giant business
publisher developer label studio bank exchange bourse consultancy provider brokerage insurer lender carmaker drugmaker
chipmaker automaker brewer supermarket chain conglomerate supplier housebuilder distributor utility bookmaker`.split(
    /\s+/,
  ),
);

/** Generic nouns that stand for the most recent organisation ("the company said"). */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set(
  `company firm group club bank agency ministry department party organisation organization federation
commission foundation institute charity bookmaker chain lender insurer
corporation retailer airline carrier operator network broadcaster union council board team association
authority regulator newspaper paper channel station studio label publisher developer maker manufacturer
giant business monopoly supermarket conglomerate supplier bourse watchdog committee
band magazine brewer carmaker drugmaker chipmaker exchange consultancy provider brokerage court website automaker
housebuilder distributor utility`.split(/\s+/),
);

const knownRoleCache = new WeakMap<object, readonly string[]>();

/**
 * The role words a newsroom's tag carries in its aliases ("prime minister" for Tony Blair, "Tory leader"
 * for Michael Howard): each alias made only of role modifiers and a role head, lower-cased.
 */
export function knownRoles(tag: { readonly aliases?: readonly string[] }): readonly string[] {
  let roles = knownRoleCache.get(tag);
  if (roles) return roles;
  const out = new Set<string>();
  for (const alias of tag.aliases ?? []) {
    const words = alias.toLowerCase().split(/\s+/);
    const head = words.at(-1) ?? '';
    if (isRoleHead(head) && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w)))
      for (const w of words) out.add(w);
  }
  roles = [...out];
  knownRoleCache.set(tag, roles);
  return roles;
}
