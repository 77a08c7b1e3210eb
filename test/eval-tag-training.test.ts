import { describe, expect, it } from 'vitest';
import { fitTagModel, labelCandidates, type TagExample } from '../eval/tag-training.js';
import type { EvalDoc } from '../eval/types.js';
import { tagProbability } from '../src/text/tag-model.js';

describe('labelCandidates', () => {
  const doc: EvalDoc = {
    id: 'x',
    title: undefined,
    body: '',
    gold: {
      id: 'x',
      tags: [
        { name: 'Tony Blair', type: 'person', aliases: ['Blair'] },
        { name: 'Labour', type: 'organisation' },
      ],
      quotes: [],
    },
  };

  it('an editor tag, by name or alias, labels the first candidate naming it, and only that one', () => {
    const labels = labelCandidates(
      [
        { name: 'Blair', features: {} },
        { name: 'Tony Blair', features: {} },
        { name: 'the Labour', features: {} },
        { name: 'UK', features: {} },
      ],
      doc,
    ).map((e) => e.chosen);
    expect(labels).toEqual([true, false, true, false]);
  });
});

describe('fitTagModel', () => {
  // Chosen when spread is high, whatever the noise feature says; a fixed pattern, so no randomness.
  const examples: TagExample[] = Array.from({ length: 400 }, (_, i) => {
    const spread = (i % 20) / 20;
    const noise = (i * 7) % 3;
    return { features: { spread, mentions: noise }, chosen: spread + ((i * 13) % 10) / 25 > 0.6 };
  });

  it('learns the sign and weight of what predicts the choice', () => {
    const model = fitTagModel(examples, ['spread', 'mentions']);
    expect(model.weights.spread).toBeGreaterThan(3);
    expect(Math.abs(model.weights.mentions ?? 0)).toBeLessThan(1);
    expect(tagProbability(model, { spread: 0.9 })).toBeGreaterThan(0.8);
    expect(tagProbability(model, { spread: 0.1 })).toBeLessThan(0.2);
  });

  it('gives the same weights for the same examples, and shrinks them as the penalty grows', () => {
    expect(fitTagModel(examples, ['spread'])).toEqual(fitTagModel(examples, ['spread']));
    const loose = fitTagModel(examples, ['spread'], { l2: 0.1 }).weights.spread!;
    const tight = fitTagModel(examples, ['spread'], { l2: 1000 }).weights.spread!;
    expect(tight).toBeLessThan(loose);
  });

  it('a feature that never varies gets no weight, and no examples is an error', () => {
    const model = fitTagModel(
      examples.map((e) => ({ ...e, features: { ...e.features, phrase: 1 } })),
      ['spread', 'phrase'],
    );
    expect(model.weights.phrase).toBe(0);
    expect(() => fitTagModel([], ['spread'])).toThrow(/no examples/);
  });
});
