import { expect, test } from 'vitest';
import { firstNameOf, inventName, withInventedFirstNames } from '../eval/invented-names.js';
import type { EvalDoc } from '../eval/types.js';

const body = '"We will act," said Peter Facey. Petersen agreed. Later Peter Facey added: "Soon."';
const doc: EvalDoc = {
  id: 'x',
  title: 'Peter Facey speaks',
  body,
  gold: {
    id: 'x',
    tags: [{ name: 'Peter Facey', type: 'person', aliases: ['Facey'] }],
    quotes: [
      { start: 1, end: 12, kind: 'direct', speaker: 'Peter Facey', speakerAliases: ['Peter Facey MP'] },
      { start: body.indexOf('Soon'), end: body.indexOf('Soon') + 5, kind: 'direct', speaker: null },
    ],
  },
};

test('an invented name keeps the length and capital of the word it replaces, and is the same every time', () => {
  const made = inventName('Peter');
  expect(made).toHaveLength(5);
  expect(made).toMatch(/^[A-Z][a-z]{4}$/);
  expect(made).not.toBe('Peter');
  expect(inventName('Peter')).toBe(made);
});

test('only the first word of a full name that is no title counts as a first name', () => {
  expect(firstNameOf('Peter Facey')).toBe('Peter');
  expect(firstNameOf('Facey')).toBeUndefined();
  expect(firstNameOf('Lord Falconer')).toBeUndefined();
  expect(firstNameOf('Sir Alex Ferguson')).toBeUndefined();
  expect(firstNameOf('BBC News')).toBeUndefined();
});

test('first names are replaced as whole words in text and gold, and every offset still holds', () => {
  const [renamed] = withInventedFirstNames([doc], (d) => d.gold.tags.map((t) => t.name));
  const invented = inventName('Peter');
  expect(renamed!.body).toHaveLength(body.length);
  expect(renamed!.body).toContain(`said ${invented} Facey`);
  expect(renamed!.body).toContain('Petersen agreed');
  expect(renamed!.title).toBe(`${invented} Facey speaks`);
  expect(renamed!.gold.tags[0]!.name).toBe(`${invented} Facey`);
  const [first, second] = renamed!.gold.quotes;
  expect(first!.speaker).toBe(`${invented} Facey`);
  expect(first!.speakerAliases).toEqual([`${invented} Facey MP`]);
  expect(second!.speaker).toBeNull();
  expect(renamed!.body.slice(first!.start, first!.end)).toBe(body.slice(first!.start, first!.end));
});

test('an article that names nobody in full comes back as it was', () => {
  expect(withInventedFirstNames([doc], () => ['Facey'])[0]).toBe(doc);
});

test('an invented word the lexicon would know is drawn again', () => {
  const first = inventName('Peter');
  const other = inventName('Peter', (lower) => lower === first.toLowerCase());
  expect(other).not.toBe(first);
  expect(other).toHaveLength(5);
});
