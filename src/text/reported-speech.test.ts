import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';

const INTRO = 'Deputy Foreign Minister Sergei Ryabkov met US envoy Wendy Sherman in Geneva.\n\n';
const reported = (body: string) => analyze({ body }).quotes.filter((q) => q.indirect);

describe('reported speech', () => {
  test.each([
    [
      'said that',
      `${INTRO}Ryabkov said that Moscow needed legally binding guarantees.`,
      'indirect',
      'Sergei Ryabkov',
      'Moscow needed legally binding guarantees',
    ],
    [
      'said without that',
      `${INTRO}Sherman said the US was open to discussing arms control.`,
      'indirect',
      'Wendy Sherman',
      'the US was open to discussing arms control',
    ],
    [
      'added that',
      `${INTRO}Ryabkov added that Russia had no intention of attacking anyone.`,
      'indirect',
      'Sergei Ryabkov',
      'Russia had no intention of attacking anyone',
    ],
    [
      'warned that',
      `${INTRO}Sherman warned that sanctions would follow any invasion of Ukraine.`,
      'indirect',
      'Wendy Sherman',
      'sanctions would follow any invasion of Ukraine',
    ],
    [
      'told reporters',
      `${INTRO}Sherman told reporters the talks had been frank and useful.`,
      'indirect',
      'Wendy Sherman',
      'the talks had been frank and useful',
    ],
    [
      'according to, leading',
      `${INTRO}According to Ryabkov, the two sides agreed to meet again soon.`,
      'indirect',
      'Sergei Ryabkov',
      'the two sides agreed to meet again soon',
    ],
    [
      'according to, trailing',
      `${INTRO}The two sides agreed to meet again soon, according to Ryabkov.`,
      'indirect',
      'Sergei Ryabkov',
      'The two sides agreed to meet again soon',
    ],
    [
      'unmarked first person',
      `${INTRO}We are ready to negotiate in good faith, the deputy minister pointed out.`,
      'unmarked',
      'Sergei Ryabkov',
      'We are ready to negotiate in good faith',
    ],
    [
      'unmarked, cue first',
      `${INTRO}We found the talks useful but difficult, said Sherman.`,
      'unmarked',
      'Wendy Sherman',
      'We found the talks useful but difficult',
    ],
    [
      'a third-person tail is a paraphrase',
      `${INTRO}The talks were useful but difficult, said Sherman.`,
      'indirect',
      'Wendy Sherman',
      'The talks were useful but difficult',
    ],
    [
      'auxiliary and adverb',
      `${INTRO}Ryabkov had earlier told reporters that Moscow wanted guarantees.`,
      'indirect',
      'Sergei Ryabkov',
      'Moscow wanted guarantees',
    ],
    [
      'passive quoted as saying',
      `${INTRO}Ryabkov was quoted as saying that Russia would respond.`,
      'indirect',
      'Sergei Ryabkov',
      'Russia would respond',
    ],
    [
      'pronoun subject',
      `${INTRO}Ryabkov spoke after the meeting. He said the alliance must not expand further east.`,
      'indirect',
      'Sergei Ryabkov',
      'the alliance must not expand further east',
    ],
  ])('%s', (_name, body, kind, speaker, text) => {
    const q = reported(body)[0];
    expect(q).toMatchObject({ kind, speaker, text, indirect: true });
  });

  test.each([
    ['noun "claims"', `${INTRO}Sherman dismissed claims that the talks had failed completely.`],
    ['passive "it is said"', `${INTRO}It is said that the talks went on for eight hours.`],
    ['promised with an object', `${INTRO}The party promised an upper limit on the number of visas.`],
    ['no clause', `${INTRO}That is what Sherman said.`],
  ])('ignores %s', (_name, body) => {
    expect(reported(body)).toEqual([]);
  });

  test('records the outlet of "X quoted him as saying that …"', () => {
    const body = `${INTRO}Ryabkov left. RIA Novosti quoted him as saying that Russia would respond in kind.`;
    expect(reported(body)[0]).toMatchObject({
      speaker: 'Sergei Ryabkov',
      source: 'RIA Novosti',
      cue: 'quoted him as saying',
    });
  });

  test('does not report a direct quotation twice', () => {
    const body = `${INTRO}Sherman said: "We will not shut the door to diplomacy."`;
    expect(reported(body)).toEqual([]);
  });
});
