import type { Random } from './random.js';
import type { Person } from './types.js';

/** How copy refers to a person: full introduction first, surname and pronouns after. */
export interface Voice {
  person: Person;
  full: string;
  last: string;
  he: string;
  him: string;
  short: string;
  institution: string;
  /** A medium that can quote this person. */
  outlet: string;
  /** Headline alternative to the surname, e.g. "Russian deputy foreign minister"; null if none fits. */
  headlineName: string | null;
}

const INTERNATIONAL_OUTLETS = ['Euronews', 'Politico Europe', 'the Financial Times', 'Deutsche Welle'];

export function voiceOf(r: Random, person: Person): Voice {
  const female = person.gender === 'f';
  return {
    person,
    full: `${person.first} ${person.last}`,
    last: person.last,
    he: female ? 'she' : 'he',
    him: female ? 'her' : 'him',
    short: person.short,
    institution: person.institution,
    outlet: r.pick(person.country?.outlets ?? INTERNATIONAL_OUTLETS),
    headlineName:
      person.country && !person.fixedIntro
        ? `${person.country.adjective} ${person.role.toLowerCase()}`
        : null,
  };
}

/** First reference: "Deputy Foreign Minister Ivan Petrov of Russia", "NATO spokesperson Sara Lind". */
export function introduce(r: Random, voice: Voice): string {
  const { person } = voice;
  const titled = `${person.role} ${voice.full}`;
  const home = person.country;
  if (!home || person.fixedIntro || home.name === 'Bulgaria') return titled;
  return r.chance(0.5) ? `${titled} of ${home.inText}` : `${home.adjective} ${titled}`;
}
