import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../src/pipeline/extract.js';

const INTERVIEW = [
  'Q&A with harbour master Ines Moreau',
  '',
  'Ines Moreau took over the port of Arlen in March, after twenty years on the dredgers. We met her on the quay.',
  '',
  'Q: What surprised you in your first months?',
  '',
  'A: How much of the job is about silt. Every winter storm moves the sandbanks.',
  '',
  'Q: Will the fishing fleet survive?',
  '',
  'A: I believe it will, but it will be smaller.',
  '',
  'The young crews I meet are stubborn, and stubborn crews last.',
  '',
  'Q: And the ferry?',
  '',
  'A: My deputy, Tomas Lind, told the council that the ferry needs a new ramp by June.',
  '',
  'Moreau said the port would publish its ten-year plan in the autumn.',
].join('\n');

const statements = (text: string) =>
  extract(text).attributions.map((a) => ({ speaker: a.speaker?.name ?? null, cue: a.cue?.text ?? null, content: a.content.text }));

test('each answer of a Q&A interview is the interviewee\'s direct statement, not the writer\'s', () => {
  const got = extract(INTERVIEW).attributions;
  const answers = got.filter((a) => a.cue?.text === 'A:');
  assert.equal(answers.length, 3);
  for (const a of answers) {
    assert.equal(a.kind, 'direct');
    assert.equal(a.speaker?.name, 'Ines Moreau');
  }
  assert.equal(answers[0]!.content.text, 'How much of the job is about silt. Every winter storm moves the sandbanks.');
  // the belief inside an answer is part of it, not "the author believes"
  assert.ok(!got.some((a) => a.cue?.text === 'believe'));
  assert.ok(!got.some((a) => a.speaker?.name === 'the author'));
});

test('an answer goes on over the unmarked paragraphs before the next question, and stops after the last answer', () => {
  const answers = extract(INTERVIEW).attributions.filter((a) => a.cue?.text === 'A:');
  assert.match(answers[1]!.content.text, /^I believe it will, but it will be smaller\.\n\nThe young crews I meet are stubborn, and stubborn crews last\.$/);
  assert.equal(answers[1]!.contentParts?.length, 2);
  assert.equal(answers[2]!.content.text, 'My deputy, Tomas Lind, told the council that the ferry needs a new ramp by June.');
  // the closing paragraph is the outlet's report again
  assert.deepEqual(statements(INTERVIEW).at(-1), { speaker: 'Ines Moreau', cue: 'said', content: 'the port would publish its ten-year plan in the autumn' });
});

test('a report of someone else inside an answer is kept as reported by the interviewee', () => {
  const got = extract(INTERVIEW).attributions;
  const answer = got.find((a) => a.cue?.text === 'A:' && a.content.text.startsWith('My deputy'))!;
  const inner = got.find((a) => a.cue?.text === 'told');
  assert.ok(inner, 'the deputy\'s statement to the council is found again');
  assert.equal(inner!.speaker?.name, 'Tomas Lind');
  assert.equal(inner!.reportedBy, answer.id);
});

test('without a "Q&A with" line the interviewee is the first full name of the introduction', () => {
  const text = INTERVIEW.replace('Q&A with harbour master Ines Moreau', 'Five questions for the harbour master');
  const answers = extract(text).attributions.filter((a) => a.cue?.text === 'A:');
  assert.equal(answers.length, 3);
  assert.ok(answers.every((a) => a.speaker?.name === 'Ines Moreau'));
});

test('one stray "A:" paragraph, or answers with no question first, are no interview', () => {
  const stray = 'The board met on Monday.\n\nA: the budget, B: the ramp and C: the ferry were on the agenda.\n\nNothing was decided.';
  assert.ok(!extract(stray).attributions.some((a) => a.cue?.text === 'A:'));
  const noQuestion = 'Ada Moss answered readers.\n\nA: The ramp is safe.\n\nA: The ferry runs on Sundays.';
  assert.ok(!extract(noQuestion).attributions.some((a) => a.cue?.text === 'A:'));
});

test('a page title "Q&A with ..." picks the interviewee among the names of the introduction', () => {
  const text = 'Our reporter Ann Lee met Ines Moreau on the quay in March.\n\nQ: What surprised you?\n\nA: The silt, every single winter.\n\nQ: And the fleet?\n\nA: It will survive, but smaller.';
  const speakers = (title?: string) => extract(text, title ? { title } : {}).attributions.filter((a) => a.cue?.text === 'A:').map((a) => a.speaker?.name);
  assert.deepEqual(speakers('Q&A with harbour master Ines Moreau'), ['Ines Moreau', 'Ines Moreau']);
  assert.deepEqual(speakers('Q&A with Ines Moreau: the silt years'), ['Ines Moreau', 'Ines Moreau']);
  // without it, the introduction's first full name is all there is to go on
  assert.deepEqual(speakers(), ['Ann Lee', 'Ann Lee']);
});
