// The context stage through the whole pipeline: real attributions from the engine, then dates,
// the embedded post and the outlet's voice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../src/pipeline/extract.js';

const ARTICLE = [
  "The harbour authority has made a concession that surely won't help the ferry union at the bargaining table. The timing might also be designed to split the workers before the vote.",
  'Harbour director Mara Quint on Monday said that the new timetable would not be changed before summer.',
  'Union spokesman Tomas Reyes said last Friday that the strike would continue until the pay offer improved.',
  'Back on the water at last, and the coffee is still terrible. https://t.co/Fx9Qa2LmZp',
  '— Nell Harbour (@nellharbour) March 3, 2025',
  "As for the town, there's near universal consensus that the ferry is a lifeline.",
  'The council meets again in April.',
].join('\n');

function withContent(a: ReturnType<typeof extract>, words: string) {
  const found = a.attributions.find((x) => x.content.text.includes(words));
  assert.ok(found, `an attribution with "${words}"`);
  return found;
}

test('extract infers the publication date and dates each statement from its own clause', () => {
  const a = extract(ARTICLE);
  assert.equal(a.document.publishedAt, '2025-03-03');
  assert.equal(a.document.publishedAtSource, 'inferred');
  assert.equal(withContent(a, 'new timetable').statedOn, '2025-03-03');
  assert.equal(withContent(a, 'strike would continue').statedOn, '2025-02-28');
});

test('a given publication date wins over the text and moves every relative date with it', () => {
  const a = extract(ARTICLE, { publishedAt: '2025-03-12', publishedAtSource: 'given' });
  assert.equal(a.document.publishedAt, '2025-03-12');
  assert.equal(a.document.publishedAtSource, 'given');
  assert.equal(withContent(a, 'new timetable').statedOn, '2025-03-10');
  assert.equal(withContent(a, 'strike would continue').statedOn, '2025-03-07');
});

test('extract reports the embedded post and attributes its words to the author', () => {
  const a = extract(ARTICLE);
  assert.equal(a.embeds.length, 1);
  const e = a.embeds[0]!;
  assert.deepEqual([e.platform, e.author, e.handle, e.date, e.text], [
    'twitter',
    'Nell Harbour',
    '@nellharbour',
    '2025-03-03',
    'Back on the water at last, and the coffee is still terrible.',
  ]);
  const post = withContent(a, 'coffee is still terrible');
  assert.equal(post.kind, 'direct');
  assert.equal(post.cue, null);
  assert.equal(post.speaker.name, 'Nell Harbour');
  assert.equal(post.statedOn, '2025-03-03');
  assert.ok(a.speakers.some((s) => s.name === 'Nell Harbour' && s.mentions.some((m) => m.text === '@nellharbour')));
});

test("extract flags the outlet's slanted sentences and leaves attributed and neutral ones alone", () => {
  const a = extract(ARTICLE);
  const flagged = a.voice.filter((v) => v.flags.length).map((v) => [v.text.slice(0, 24), v.flags.map((f) => `${f.type}:${f.text}`)]);
  assert.deepEqual(flagged, [
    ['The harbour authority ha', ['certainty:surely']],
    ['The timing might also be', ['hedge:might also be', 'speculation:designed to']],
    ['As for the town, there\'s', ["unsourced-claim:there's near universal consensus"]],
  ]);
  assert.ok(a.voice.some((v) => v.text === 'The council meets again in April.' && v.flags.length === 0));
  assert.ok(!a.voice.some((v) => v.text.includes('new timetable') || v.text.includes('coffee')));
});
