/** Topic-independent phrases: generic quotes, venues, closings and labels. */

/** Second sentences for quotes in hard-news stories. */
export const NEWS_QUOTES: readonly string[] = [
  'We have been very clear about this from the start.',
  'Nobody should be under any illusions.',
  'This is a question of responsibility, not of politics.',
  'I am not going to speculate.',
  'We will continue to work with all our partners.',
  'The decision will be taken in the coming days.',
  'Time is running out.',
  'I do not think anyone wants that.',
  'We are not going to change our position under pressure.',
  'This is not the time for party politics.',
  'People expect results, and they are right to.',
  'Let me be very clear.',
  'We will see what happens next week.',
  'It is a difficult situation, but not a hopeless one.',
  'Our priority is the safety and wellbeing of our citizens.',
  'There is still a lot of work to be done.',
  'I hope common sense will prevail.',
  'We will not be intimidated.',
  'The facts speak for themselves.',
  'We need to act now, not in a year.',
];

/** Second sentences for quotes in sport, culture and science stories. */
export const SOFT_QUOTES: readonly string[] = [
  'It has been a long journey.',
  'I am very proud of the whole team.',
  'We still have a lot to learn.',
  'The support we have received has been amazing.',
  'This is only the beginning.',
  'I want to thank everyone who made it possible.',
  'We believe in what we are doing.',
  'There is no secret, just hard work.',
  'We are looking forward to the next challenge.',
  'Nothing is impossible.',
];

/** Where a statement was made; `{city}` is the story's city. */
export const VENUE_PHRASES: readonly string[] = [
  'at a news conference in {city}',
  'during a visit to {city}',
  'on the sidelines of a conference in {city}',
  'after a meeting in {city}',
  'to reporters in {city}',
  'at a forum in {city}',
];

/** Ways of telling the press. */
export const TOLD: readonly string[] = [
  'told reporters',
  'told journalists in {city}',
  'told a news conference',
  'said in a statement',
  'said in a televised address',
  'wrote on social media',
  'said in an interview',
];

export const CLOSINGS: readonly string[] = [
  'A final decision is expected by the end of {month}.',
  'The issue is expected to be discussed again in {month}.',
  'More details are expected to be announced in the coming days.',
  'There was no immediate reaction from {C2}.',
  'Further talks are planned for {month}.',
  'The proposals still need the approval of parliament.',
  'The next meeting is scheduled for {month}.',
];

export const SOFT_CLOSINGS: readonly string[] = [
  'More details are expected to be announced in the coming days.',
  'Tickets are available online and at the box office.',
  'The full programme will be published in {month}.',
  'The next update is expected in {month}.',
];

/** Background sentences that fit any hard-news story. */
export const NEWS_BACKGROUND: readonly string[] = [
  'The issue has divided opinion for months.',
  'It was not immediately clear how {C2} would respond.',
  'Opposition parties have criticised the government’s approach.',
  'Analysts say the coming weeks will be decisive.',
  'The remarks were the clearest signal yet of a change in approach.',
  'The topic is expected to feature prominently at the next EU summit in {month}.',
];

export const BOLD_LABELS: readonly string[] = ['Background:', 'Context:', 'Why it matters:'];

/** Reasons a quote might be preceded by an introduction. */
export const REACTION_OPENERS: readonly string[] = [
  'Reacting to the comments,',
  'In a separate statement,',
  'Speaking later in the day,',
  'Responding to a question from the agency,',
  'Separately,',
];

/** Soft-news background sentences. */
export const SOFT_BACKGROUND: readonly string[] = [
  'Interest has grown steadily over the past few years.',
  'Organisers say the event has become a fixture of the calendar.',
  'Public funding for the sector has risen modestly since 2020.',
  'The announcement was welcomed on social media.',
];

/** Reported-speech clauses that fit any hard-news story. */
export const NEWS_CLAUSES: readonly string[] = [
  'the matter would be discussed again in {month}',
  'more details would be made public in the coming days',
  'there was no reason for concern',
  'all options remained on the table',
  'the decision had been taken after consultations with experts',
  'the situation was being monitored closely',
  'the government had acted in line with the law',
];

/** Reported-speech clauses for sport, culture and science stories. */
export const SOFT_CLAUSES: readonly string[] = [
  'preparations were going according to plan',
  'more details would be announced in the coming days',
  'the response so far had been very positive',
  'the team had worked on the project for more than a year',
];

/** Optional endings for headlines that do not already name a place. */
export const NEWS_HEADLINE_TAILS: readonly string[] = [
  ' in {city}',
  ' after talks in {city}',
  ' during visit to {city}',
  ' at forum in {city}',
  ' on {day}',
  ' after meeting {C2adj} officials',
  ' in interview with {outlet}',
];

export const SOFT_HEADLINE_TAILS: readonly string[] = [' in {city}', ' on {day}'];
