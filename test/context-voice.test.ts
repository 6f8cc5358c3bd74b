import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addContext } from '../src/context/context.js';
import type { VoiceSentence } from '../src/document/types.js';
import { attribute, prepared } from './context-helpers.js';

function voiceOf(text: string): VoiceSentence[] {
  return addContext(prepared(text)).voice!;
}

/** [type, trigger] pairs of the one voice sentence of a text. */
function flagsOf(text: string): [string, string][] {
  const voice = voiceOf(text);
  assert.equal(voice.length, 1, `one voice sentence in: ${text}`);
  return voice[0]!.flags.map((f) => [f.type, f.text]);
}

test('neutral narration is outlet voice with no flags', () => {
  const text = 'The council met on Tuesday. It approved the harbour budget by six votes to three.';
  const voice = voiceOf(text);
  assert.deepEqual(
    voice.map((v) => [v.text, v.flags.length]),
    [
      ['The council met on Tuesday.', 0],
      ['It approved the harbour budget by six votes to three.', 0],
    ],
  );
  for (const v of voice) assert.equal(text.slice(v.start, v.end), v.text);
});

test('hedge: might, could be, appears to, reportedly', () => {
  assert.deepEqual(flagsOf('The new ferry might be late.'), [['hedge', 'might be']]);
  assert.deepEqual(flagsOf('The delay could be costly for the county.'), [['hedge', 'could be']]);
  assert.deepEqual(flagsOf('The mayor appears to have changed course.'), [['hedge', 'appears to']]);
  assert.deepEqual(flagsOf('The contract was reportedly signed in secret.'), [['hedge', 'reportedly']]);
  // "could not" is past ability, and "May" the month or name is no hedge
  assert.deepEqual(flagsOf('The crew could not reach the pier in May.'), []);
});

test('certainty: surely, clearly, undeniably, of course', () => {
  assert.deepEqual(flagsOf('This surely ends the dispute.'), [['certainty', 'surely']]);
  assert.deepEqual(flagsOf('The plan clearly failed the town.'), [['certainty', 'clearly']]);
  assert.deepEqual(flagsOf('It was, of course, undeniably late.'), [
    ['certainty', 'of course'],
    ['certainty', 'undeniably'],
  ]);
});

test('loaded: charged words from the lexicons, inflected forms, and scare quotes', () => {
  assert.deepEqual(flagsOf('The regime is sabotaging the talks.'), [
    ['loaded', 'regime'],
    ['loaded', 'sabotaging'],
  ]);
  assert.deepEqual(flagsOf('The outrageous fee stunned riders.'), [['loaded', 'outrageous']]);
  // factual words that a sentiment lexicon rates strongly are not loaded in a news report
  assert.deepEqual(flagsOf('Two people were killed and the home team won.'), []);
});

test('a scare quote: short, in single marks, where speech is quoted in double marks', () => {
  const flagged = (text: string) =>
    voiceOf(text)
      .filter((v) => v.flags.length)
      .map((v) => v.flags.map((f) => [f.type, f.text]));
  const speech = 'Ferry news\n"We will fix it," the captain said. "Soon," she added. ';
  assert.deepEqual(flagged(`${speech}The board has tried to 'modernise' the fleet.`), [[['loaded', "'modernise'"]]]);
  // a quoted sentence end is a speaker's, and where speech is in single marks nothing stands out
  assert.deepEqual(flagged(`${speech}The board has tried to make the fleet 'modern.'`), []);
  assert.deepEqual(flagged("Ferry news\n'We will fix it,' the captain said. The board has tried to 'modernise' the fleet."), []);
  // nor in the headline, where single marks quote speech
  assert.deepEqual(flagged(`Board vows to 'modernise' fleet\n${speech}`), []);
});

test('speculation about motives: designed to, aimed at, in an attempt to', () => {
  assert.deepEqual(flagsOf('The rule was designed to keep rivals out.'), [['speculation', 'designed to']]);
  assert.deepEqual(flagsOf('The move was aimed at the unions.'), [['speculation', 'aimed at']]);
  assert.deepEqual(flagsOf('He raised fares in an attempt to cover old debts.'), [['speculation', 'in an attempt to']]);
  assert.deepEqual(flagsOf('The station was built to last.'), []);
});

test('unsourced claims: consensus, everyone knows, widely believed', () => {
  assert.deepEqual(flagsOf("There's near universal consensus that the pier is unsafe."), [
    ['unsourced-claim', "There's near universal consensus"],
  ]);
  assert.deepEqual(flagsOf('Everyone knows the ferry runs late.'), [['unsourced-claim', 'Everyone knows']]);
  assert.deepEqual(flagsOf('It is widely believed that fares will rise.'), [['unsourced-claim', 'It is widely believed']]);
  assert.deepEqual(flagsOf('The committee reached a consensus on Friday.'), []);
});

test("a speaker's quoted hedge is not the outlet's voice", () => {
  const text = '"The ferry might be late, and surely the fares will rise," the captain said. The boat left at noon.';
  const doc = prepared(text);
  attribute(doc, { cue: 'said', source: 'the captain', content: '"The ferry might be late, and surely the fares will rise,"', kind: 'direct' });
  const voice = addContext(doc).voice!;
  assert.deepEqual(
    voice.map((v) => [v.text, v.flags.length]),
    [['The boat left at noon.', 0]],
  );
});

test('an unattributed long quotation is nobody\'s voice, not the outlet\'s', () => {
  const voice = voiceOf('"We might never know what happened to the ferry," a sign on the pier read.');
  assert.ok(voice.every((v) => v.flags.length === 0));
});

test('the unattributed clause of a partly attributed sentence is voice; the attribution frame is not', () => {
  const text = 'The mayor said the budget was balanced, but this could be a ploy to win votes.';
  const doc = prepared(text);
  attribute(doc, { cue: 'said', source: 'The mayor', content: 'the budget was balanced' });
  const voice = addContext(doc).voice!;
  assert.deepEqual(
    voice.map((v) => [v.text, v.flags.map((f) => [f.type, f.text])]),
    [['but this could be a ploy to win votes.', [['hedge', 'could be'], ['speculation', 'ploy to'], ['loaded', 'ploy']]]],
  );
  // what is left of "X told Y" is no clause of its own
  const told = 'The mayor told the harbour committee that fares would rise.';
  const doc2 = prepared(told);
  attribute(doc2, { cue: 'told', source: 'The mayor', content: 'fares would rise' });
  assert.deepEqual(addContext(doc2).voice, []);
});

test('a claim framed as an attribution with no one named stays in the outlet\'s voice', () => {
  const text = "There's near universal consensus that the pier is unsafe.";
  const doc = prepared(text);
  attribute(doc, { cue: 'consensus', source: null, content: 'that the pier is unsafe' });
  const voice = addContext(doc).voice!;
  assert.deepEqual(
    voice.map((v) => [v.text, v.flags.map((f) => f.type)]),
    [[text, ['unsourced-claim']]],
  );
});

test('a clause cut off before an attribution ends without the word that joined them', () => {
  const text = 'The closure is clearly a blow to commuters, and the mayor said the ferries would run every hour.';
  const doc = prepared(text);
  attribute(doc, { cue: 'said', source: 'the mayor', content: 'the ferries would run every hour' });
  const voice = addContext(doc).voice!;
  assert.deepEqual(
    voice.map((v) => [v.text, v.flags.map((f) => [f.type, f.text])]),
    [['The closure is clearly a blow to commuters', [['certainty', 'clearly']]]],
  );
});
