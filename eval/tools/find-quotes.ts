/**
 * Usage: tsx eval/tools/find-quotes.ts <article-id> [...ids]
 * Prints numbered direct-quote candidates and reporting-cue sentences with offsets, for annotating.
 */

import { loadBbcCorpus } from '../data.js';
import { directCandidates } from './candidates.js';

const CONTEXT = 70;
const REPORTING_CUE =
  /\b(said|says|say|told|tells|according to|warned|added|claimed|argued|insisted|believes?|predicted|admitted|denied|stressed|suggested|announced|urged|explained|revealed|confirmed|accused|described|called|thinks?|expects?)\b/g;
const SENTENCE_END = /[.!?]["\u201d]?(\s|$)/g;

function sentenceSpans(body: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length;
    spans.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < body.length) spans.push([start, body.length]);
  return spans;
}

const corpus = loadBbcCorpus();
for (const id of process.argv.slice(2)) {
  const article = corpus.get(id);
  if (!article) {
    console.error(`no article ${id}`);
    continue;
  }
  const { body } = article;
  console.log(`=== ${id} | ${article.title} | ${body.length} chars`);
  for (const [n, c] of directCandidates(body).entries()) {
    const before = body.slice(Math.max(0, c.start - CONTEXT), c.start - 1).replace(/\n/g, '¶');
    const after = body.slice(c.end + 1, c.end + 1 + CONTEXT).replace(/\n/g, '¶');
    const text = body.slice(c.start, c.end).replace(/\n/g, '¶');
    console.log(
      `D${n + 1} [${c.start},${c.end}]${c.multiParagraph ? ' MULTI' : ''} …${before}«${text}»${after}…`,
    );
  }
  for (const [s, e] of sentenceSpans(body)) {
    const sentence = body.slice(s, e);
    if (REPORTING_CUE.test(sentence)) console.log(`  S[${s},${e}] ${sentence.replace(/\n/g, '¶')}`);
    REPORTING_CUE.lastIndex = 0;
  }
}
