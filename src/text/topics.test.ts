import { describe, expect, test } from 'vitest';
import { buildDocs } from './document.js';
import { detectTopics } from './topics.js';

const topicsOf = (title: string, body: string) =>
  detectTopics(buildDocs({ title, body }))
    .filter((t) => (t.inTitle && t.hits >= 2) || (t.hits >= 3 && t.distinct >= 2))
    .map((t) => t.topic);

describe('topics', () => {
  test.each([
    ['Delegations end talks', 'The negotiations went on. The delegation left the summit.', 'talks'],
    ['Striker scores twice', 'The football club said the striker and the goalkeeper were fit.', 'football'],
    ['Oil prices rise', 'Crude oil rose to $50 a barrel as Opec met; energy firms gained.', 'energy'],
    ['Labour ahead in polls', 'Voters go to the polls in the general election in May.', 'elections'],
  ])('%s → %s', (title, body, topic) => {
    expect(topicsOf(title, body)).toContain(topic);
  });

  test('one passing cue is not a topic', () => {
    expect(topicsOf('Bell set for England debut', 'He set his sights on the squad.')).toEqual([]);
  });

  test("a report is about one sport: rugby's penalties and goals do not make it football", () => {
    const body = [
      'Wales scored three tries and the fly-half kicked a late penalty goal to beat Italy in the Six Nations.',
      'The flanker was sin-binned after a penalty, and the scrum held; a drop goal sealed it.',
      'The manager praised the tries.',
    ].join('\n\n');
    const all = detectTopics(buildDocs({ title: 'Wales 28-10 Italy', body })).map((t) => t.topic);
    expect(all).toContain('rugby');
    expect(all).not.toContain('football');
  });
});
