import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addContext, statedTime, statedTimeContext } from '../src/context/context.js';
import { findTimeExpressions, inferPublishedAt, parseIsoDay, scanTimeExpressions, timeExpressionsIn } from '../src/context/dates.js';
import type { Attribution } from '../src/document/types.js';
import { attribute, prepared } from './context-helpers.js';

// ---- the publication date ----

test('publishedAt is inferred from the latest explicit date when its weekday fits "on Monday"', () => {
  const text =
    'The harbour board chair on Monday said the ferry would run again.\n' +
    'The ferry last sailed on February 11, 2025, before the storm.\n' +
    'Photo posted March 3, 2025 by the board.';
  const doc = prepared(text);
  addContext(doc);
  assert.equal(doc.meta.publishedAt, '2025-03-03');
  assert.equal(doc.meta.publishedAtSource, 'inferred');
});

test('a latest date whose weekday fits no weekday the text uses is not taken as the news day', () => {
  // June 5, 2019 was a Wednesday; the text speaks of Tuesday
  const history = 'The council on Tuesday voted to rename the bridge, which opened on June 5, 2019.';
  assert.equal(inferPublishedAt(history), null);
  const fits = 'The council on Wednesday voted to rename the bridge, which opened on June 5, 2019.';
  assert.equal(inferPublishedAt(fits)?.date, '2019-06-05');
});

test('an older date that fits the weekday, within the week before the latest date, is preferred', () => {
  // March 3, 2025 is a Monday, March 7 a Friday: the text says "on Monday", so the post date is "now"
  const text = 'The mayor on Monday announced the plan.\nPosted March 3, 2025.\nA hearing notice is dated March 7, 2025.';
  assert.equal(inferPublishedAt(text)?.date, '2025-03-03');
});

test('a history date in running text is not the news day; a dateline or a stamp line is', () => {
  const history = 'The council met for an hour and voted on the harbour plan without debate. ' +
    'Its chair recalled the storm that closed the old bridge on Nov. 3, 2014, after a week of rain.';
  assert.equal(inferPublishedAt(history), null);
  assert.equal(inferPublishedAt(`LISBON, March 3, 2025 — ${history}`)?.date, '2025-03-03');
  assert.equal(inferPublishedAt(`${history}\nUpdated: March 4, 2025`)?.date, '2025-03-04');
  assert.equal(inferPublishedAt(`${history} The vote came on Tuesday, March 4, 2025, at noon.`)?.date, '2025-03-04');
});

test('a timeline entry is history, not a stamp line; a correction line is a stamp', () => {
  const timeline = 'How the harbour plan got here.\nJune 16, 2015 Ortega joins the board.\nSept. 9, 2013 ferry delays.\n' +
    'The board has argued over the plan ever since.';
  assert.equal(inferPublishedAt(timeline), null);
  assert.equal(inferPublishedAt('The board has argued over the plan.\nOrtega left the board March 3, 2025.'), null);
  assert.equal(inferPublishedAt(`${timeline}\nCorrection: October 2, 2016, Sunday.`)?.date, '2016-10-02');
  assert.equal(inferPublishedAt(`${timeline}\nPosted by Ada Moss on March 3, 2025`)?.date, '2025-03-03');
  assert.equal(inferPublishedAt(`${timeline}\nMarch 4, 2025 at 10:30 a.m. ET`)?.date, '2025-03-04');
  assert.equal(inferPublishedAt(`${timeline}\nMarch 5, 2025 by Ada Moss`)?.date, '2025-03-05');
});

test('an embedded post dates the article only when the article names that weekday', () => {
  // March 3, 2025 was a Monday; an article comes out on the day of a post it embeds or later
  const post = 'The ferry is back, and on time. — Ada Moss (@adamoss) March 3, 2025';
  assert.equal(inferPublishedAt(`The harbour board chair said the ferry would run again.\n${post}`), null);
  assert.equal(inferPublishedAt(`The harbour board chair on Monday said the ferry would run again.\n${post}`)?.date, '2025-03-03');
  assert.equal(inferPublishedAt(`The harbour board chair on Tuesday said the ferry would run again.\n${post}`), null);
});

test('dates announced for the future or given as deadlines are no publication date', () => {
  const text = 'The vote is scheduled for April 30, 2025. Bids are open until April 20, 2025.\nPosted March 3, 2025.';
  assert.equal(inferPublishedAt(text)?.date, '2025-03-03');
  assert.equal(inferPublishedAt('The vote will take place on April 30, 2025.'), null);
  assert.equal(inferPublishedAt('Nothing here is dated.'), null);
});

test('a date after today is never the publication date', () => {
  assert.equal(inferPublishedAt('Posted March 3, 2025.', new Date(Date.UTC(2025, 0, 1))), null);
  assert.equal(inferPublishedAt('Posted March 3, 2025.', new Date(Date.UTC(2025, 5, 1)))?.date, '2025-03-03');
});

test('a given or metadata date is kept and never replaced by an inferred one', () => {
  const text = 'The mayor on Monday spoke.\nPosted March 3, 2025.';
  const given = prepared(text, { publishedAt: '2025-03-05', publishedAtSource: 'given' });
  addContext(given);
  assert.equal(given.meta.publishedAt, '2025-03-05');
  assert.equal(given.meta.publishedAtSource, 'given');
  const metadata = prepared(text, { publishedAt: '2025-03-04T08:00:00Z', publishedAtSource: 'metadata' });
  addContext(metadata);
  assert.equal(metadata.meta.publishedAt, '2025-03-04T08:00:00Z');
  assert.equal(metadata.meta.publishedAtSource, 'metadata');
});

// ---- when each statement was made ----

function statedOn(text: string, published: string | null, parts: Parameters<typeof attribute>[1]): Attribution {
  const doc = prepared(text, { publishedAt: published, publishedAtSource: published ? 'given' : null });
  const a = attribute(doc, parts);
  const out = addContext(doc).attributions!.find((x) => x.id === a.id)!;
  return out;
}

test('"on Monday" is the latest Monday on or before publication', () => {
  const text = 'Harbour chief Ana Lee on Monday said the ferry would resume.';
  const a = statedOn(text, '2025-03-05', { cue: 'said', source: 'Harbour chief Ana Lee', content: 'the ferry would resume' });
  assert.equal(a.statedOn, '2025-03-03');
  // published on a Monday, "on Monday" is that day
  assert.equal(statedOn(text, '2025-03-03', { cue: 'said', source: 'Ana Lee', content: 'the ferry would resume' }).statedOn, '2025-03-03');
});

test('"said Friday" reaches back across a month boundary', () => {
  const text = 'The union said Friday that the strike was over.';
  const a = statedOn(text, '2025-03-03', { cue: 'said', source: 'The union', content: 'the strike was over' });
  assert.equal(a.statedOn, '2025-02-28');
});

test('"last Friday" is the Friday before publication, across a month boundary, and a week back on a Friday', () => {
  const text = 'Mayor Ruth Obi said last Friday that the budget was balanced.';
  const parts = { cue: 'said', source: 'Mayor Ruth Obi', content: 'the budget was balanced' };
  assert.equal(statedOn(text, '2025-04-01', parts).statedOn, '2025-03-28');
  assert.equal(statedOn(text, '2025-03-28', parts).statedOn, '2025-03-21');
});

test('"in an interview published Sunday" dates the statement', () => {
  const text = 'The coach, in an interview published Sunday, said the team needed time.';
  const a = statedOn(text, '2025-03-05', { cue: 'said', source: 'The coach', content: 'the team needed time' });
  assert.equal(a.statedOn, '2025-03-02');
});

test('"on Jan. 3" resolves with the year of publication, and "on Dec. 30" with the year before', () => {
  const jan = statedOn('The minister told reporters on Jan. 3 that talks had stalled.', '2025-01-14', {
    cue: 'told',
    source: 'The minister',
    content: 'talks had stalled',
  });
  assert.equal(jan.statedOn, '2025-01-03');
  const dec = statedOn('The minister told reporters on Dec. 30 that talks had stalled.', '2025-01-14', {
    cue: 'told',
    source: 'The minister',
    content: 'talks had stalled',
  });
  assert.equal(dec.statedOn, '2024-12-30');
});

test('"last week" gives a range and no single day', () => {
  const a = statedOn('The regulator said last week that fares would rise.', '2025-03-05', {
    cue: 'said',
    source: 'The regulator',
    content: 'fares would rise',
  });
  assert.equal(a.statedOn, null);
  assert.deepEqual(a.statedWhen, { from: '2025-02-24', to: '2025-03-02' });
});

test('a day after publication is an announced event, not when it was said', () => {
  const a = statedOn('Leaders said they will hold a rally on March 20 at the pier.', '2025-03-07', {
    cue: 'said',
    source: 'Leaders',
    content: 'they will hold a rally',
  });
  assert.equal(a.statedOn, null);
});

test('a named day beats a nearer month that dates background', () => {
  const a = statedOn('The senator, who quit the race in February, attacked the plan as reckless on Wednesday.', '2025-03-07', {
    cue: 'attacked',
    source: 'The senator',
    content: 'the plan as reckless',
  });
  assert.equal(a.statedOn, '2025-03-05');
  const only = statedOn('The senator said in February that the plan was reckless.', '2025-03-07', {
    cue: 'said',
    source: 'The senator',
    content: 'the plan was reckless',
  });
  assert.deepEqual([only.statedOn, only.statedWhen], [null, { from: '2025-02-01', to: '2025-02-28' }]);
});

test('a time inside what was reported is not when it was said', () => {
  const a = statedOn('The owner said the plant would close on Friday.', '2025-03-05', {
    cue: 'said',
    source: 'The owner',
    content: 'the plant would close on Friday',
  });
  assert.equal(a.statedOn, null);
  const until = statedOn('The owner said until Friday that the plant was safe.', '2025-03-05', {
    cue: 'said',
    source: 'The owner',
    content: 'the plant was safe',
  });
  assert.equal(until.statedOn, null, '"until Friday" is a limit, not a time');
});

test('a quote in the next sentence does not borrow the previous sentence\'s day', () => {
  const text = 'Ana Lee on Monday said repairs were done. "We are ready," she added.';
  const doc = prepared(text, { publishedAt: '2025-03-05', publishedAtSource: 'given' });
  const first = attribute(doc, { cue: 'said', source: 'Ana Lee', content: 'repairs were done' });
  const second = attribute(doc, { cue: 'added', source: 'she', content: 'We are ready,', kind: 'direct' });
  const out = addContext(doc).attributions!;
  assert.equal(out.find((a) => a.id === first.id)!.statedOn, '2025-03-03');
  assert.equal(out.find((a) => a.id === second.id)!.statedOn, null);
});

test('a cue inside a quotation takes its time from inside that quotation', () => {
  const text = 'The paper wrote: "The envoy, speaking before the talks, said Friday that no deal was near," in its Monday edition.';
  const doc = prepared(text, { publishedAt: '2025-03-05', publishedAtSource: 'given' });
  const inner = attribute(doc, { cue: ['said', 0], source: 'The envoy', content: 'no deal was near' });
  assert.deepEqual(statedTime(doc, inner, statedTimeContext(doc, doc.ann.attributions!), parseIsoDay('2025-03-05')), { on: '2025-02-28', when: null });
});

test('without a publication date only expressions with their own year resolve', () => {
  const weekday = statedOn('The chief on Monday said the road was open.', null, { cue: 'said', source: 'The chief', content: 'the road was open' });
  assert.equal(weekday.statedOn, null);
  const full = statedOn('The chief said on January 3, 2025 that the road was open.', null, {
    cue: 'said',
    source: 'The chief',
    content: 'the road was open',
  });
  assert.equal(full.statedOn, '2025-01-03');
});

test('the expression finder knows the news forms and skips limits', () => {
  const text = 'on Monday, last Friday, yesterday, earlier this week, in March 2024, in 2019, Jan. 3, until Sunday, two days ago';
  assert.deepEqual(
    findTimeExpressions(text).map((e) => [e.kind, e.text]),
    [
      ['weekday', 'on Monday'],
      ['weekday', 'last Friday'],
      ['day', 'yesterday'],
      ['range', 'earlier this week'],
      ['month', 'in March 2024'],
      ['year', 'in 2019'],
      ['date', 'Jan. 3'],
      ['ago', 'two days ago'],
    ],
  );
});

test('a weekday after a name ending in "on" is still found', () => {
  // "on Wednesday" must not be matched inside "Dalton Wednesday" and then thrown away whole
  const text = 'said Mayor Ana Dalton Wednesday, and the Boston office Tuesday night; the Kyivon Monday.';
  assert.deepEqual(
    findTimeExpressions(text).map((e) => [e.kind, e.text]),
    [
      ['weekday', 'Wednesday'],
      ['weekday', 'Tuesday night'],
      ['weekday', 'Monday'],
    ],
  );
});

test('named days ("Super Tuesday", "Black Friday") are no weekday of the news week', () => {
  const text = 'She won three states on Super Tuesday, shops opened early for Black Friday, and he spoke Tuesday.';
  assert.deepEqual(
    findTimeExpressions(text).map((e) => [e.kind, e.text]),
    [['weekday', 'Tuesday']],
  );
  assert.equal(findTimeExpressions(text)[0]!.start, text.lastIndexOf('Tuesday'));
});

test('expressions of a stretch read from the whole-text scan equal a scan of the stretch itself', () => {
  // Edges that change what a stretch alone matches: a stretch starting inside a word
  // ("xtoday"), ending before a digit ("in March| 5", "May 1|2"), or splitting an expression.
  const text =
    'The board met xtoday and in March 5 votes were cast. On May 12, 2024 it said so.\n' +
    'Nothing here. The mayor spoke Tuesday night until Friday; in 2019-05 a plan, in 2019 another. ' +
    '“We waited two days ago,” she said last week.';
  const scanned = scanTimeExpressions(text);
  assert.deepEqual(scanned.expressions, findTimeExpressions(text));
  // the edges do matter: alone, these stretches have expressions the whole text does not
  const at = (s: string) => text.indexOf(s);
  assert.deepEqual(findTimeExpressions(text, at('today'), at(' and in')).map((e) => e.text), ['today']);
  assert.deepEqual(findTimeExpressions(text, at('in March'), at(' 5 votes')).map((e) => e.text), ['in March']);
  assert.ok(!scanned.expressions.some((e) => e.text === 'today' || e.text === 'in March'));
  for (let from = 0; from < text.length; from++) {
    for (let to = from + 1; to <= text.length; to++) {
      assert.deepEqual(timeExpressionsIn(scanned, from, to), findTimeExpressions(text, from, to), `stretch ${from}-${to}`);
    }
  }
});

test('a possessive day dates the thing named, not the statement; a dated letter is the statement', () => {
  const ruling = statedOn('The mayor praised Friday’s ruling as a win for tenants.', '2025-03-05', {
    cue: 'praised',
    source: 'The mayor',
    content: 'as a win for tenants',
  });
  assert.equal(ruling.statedOn, null);
  const vote = statedOn("The mayor on Monday called last week's vote a mistake.", '2025-03-05', {
    cue: 'called',
    source: 'The mayor',
    content: 'a mistake',
  });
  assert.equal(vote.statedOn, '2025-03-03', 'the plain "on Monday" still dates it');
  const letter = statedOn('A March 2 letter from the board warns that fares will rise.', '2025-03-05', {
    cue: 'warns',
    source: 'A March 2 letter from the board',
    content: 'fares will rise',
  });
  assert.equal(letter.statedOn, '2025-03-02', 'a dated letter is the statement');
  const rally = statedOn('The mayor said during a Friday rally that rents were too high.', '2025-03-05', {
    cue: 'said',
    source: 'The mayor',
    content: 'rents were too high',
  });
  assert.equal(rally.statedOn, '2025-02-28');
});

test('a time after an object with no verb of its own dates the act; the end of a range does not', () => {
  const endorsed = statedOn('The nurses’ union endorsed Dana Ruiz for mayor on Thursday.', '2025-03-08', {
    cue: 'endorsed',
    source: 'The nurses’ union',
    content: 'Dana Ruiz for mayor on Thursday',
  });
  assert.equal(endorsed.statedOn, '2025-03-06');
  const clause = statedOn('The union said the strike would start on Thursday.', '2025-03-05', {
    cue: 'said',
    source: 'The union',
    content: 'the strike would start on Thursday',
  });
  assert.equal(clause.statedOn, null, 'a reported clause keeps its own time');
  const counted = statedOn('The agency reported 312 crashes on the bridge between Jan. 1 and March 2.', '2025-03-08', {
    cue: 'reported',
    source: 'The agency',
    content: '312 crashes on the bridge between Jan. 1 and March 2',
  });
  assert.equal(counted.statedOn, null);
});

test('a quote that carries on another is dated as that one, never by its own words', () => {
  const doc = prepared('"The pier is safe," the harbour chief said on Monday.\n\n"It will reopen on Friday."', {
    publishedAt: '2025-03-05',
    publishedAtSource: 'given',
  });
  const first = attribute(doc, { cue: 'said', source: 'the harbour chief', content: '"The pier is safe,"', kind: 'direct' });
  const next = attribute(doc, { cue: null, source: null, content: '"It will reopen on Friday."', kind: 'direct' });
  next.continues = first.id;
  const out = addContext(doc).attributions!;
  assert.deepEqual(
    out.map((a) => [a.id, a.statedOn]),
    [
      [first.id, '2025-03-03'],
      [next.id, '2025-03-03'],
    ],
  );
});
