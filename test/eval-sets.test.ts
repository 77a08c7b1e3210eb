import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BbcArticle,
  bbcPath,
  DEV_ANNOTATIONS_PATH,
  heldOutClashes,
  loadBbcAnnotations,
  loadBbcCorpus,
  sameArticles,
  VALIDATION_ANNOTATIONS_PATH,
} from '../eval/data.js';

const story = (id: string, body: string): [string, BbcArticle] => [
  id,
  { id, category: 'politics', title: id, body },
];

describe('sameArticles', () => {
  const corpus = new Map([
    story('politics/010.txt', 'The minister said the talks would resume.\n\nMore text.'),
    story('politics/310.txt', 'The minister said  the talks would resume.\n More text.'),
    story('politics/311.txt', 'A different story altogether.'),
  ]);

  it('counts a story the corpus repeats under another id as the same article', () => {
    expect(sameArticles(['politics/310.txt', 'politics/311.txt'], ['politics/010.txt'], corpus)).toEqual([
      'politics/310.txt',
    ]);
  });

  it('finds the same id', () => {
    expect(sameArticles(['politics/311.txt'], ['politics/311.txt'], corpus)).toEqual(['politics/311.txt']);
  });
});

// The sets only mean something apart: tuning on dev must not touch a held-out or validation story.
describe.skipIf(!existsSync(bbcPath()))('the evaluation sets stay apart', () => {
  const corpus = existsSync(bbcPath()) ? loadBbcCorpus() : new Map<string, BbcArticle>();
  const dev = loadBbcAnnotations(DEV_ANNOTATIONS_PATH).map((a) => a.id);
  const validation = loadBbcAnnotations(VALIDATION_ANNOTATIONS_PATH).map((a) => a.id);

  it('dev and validation hold no held-out article', () => {
    expect(heldOutClashes(dev, corpus)).toEqual([]);
    expect(heldOutClashes(validation, corpus)).toEqual([]);
  });

  it('validation holds no dev article', () => {
    expect(sameArticles(validation, dev, corpus)).toEqual([]);
  });
});
