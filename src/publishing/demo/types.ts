/** Public shapes of the demo content, plus the internal data model behind them. */
export interface DemoSection {
  slug: string;
  name: string;
  parentSlug: string | null;
  description: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
}

export interface DemoTag {
  name: string;
  type: 'person' | 'place' | 'organisation' | 'topic';
}

export interface DemoArticle {
  title: string;
  standfirst: string;
  body: string;
  sectionSlug: string;
  authorSlugs: string[];
  tags: DemoTag[];
  sourceCredit: string | null;
  publishedAt: Date;
  views: number;
}

export interface DemoNewsroom {
  sections: DemoSection[];
  authors: DemoAuthor[];
}

export type Region = 'bulgaria' | 'europe' | 'russia' | 'americas' | 'middle-east' | 'asia';

export interface Country {
  /** Tag name, e.g. "United States". */
  name: string;
  /** In running text, e.g. "the United States". */
  inText: string;
  adjective: string;
  region: Region;
  cities: readonly string[];
  /** Media that can "quote him as saying". */
  outlets: readonly string[];
}

export interface Organisation {
  /** Tag name, e.g. "EU". */
  name: string;
  /** In running text, e.g. "the European Union". */
  inText: string;
}

export interface Person {
  first: string;
  last: string;
  gender: 'm' | 'f';
  /** Title used before the name: "Deputy Foreign Minister", "NATO spokesperson". */
  role: string;
  /** Later references: "the deputy minister". */
  short: string;
  /** "the ministry" in "According to the ministry, ...". */
  institution: string;
  country: Country | null;
  organisation: Organisation | null;
  /** When true the role already implies the country ("Kremlin spokesperson"), so no "of Russia". */
  fixedIntro: boolean;
  /** Topic domains this person speaks on. */
  domains: readonly string[];
}
