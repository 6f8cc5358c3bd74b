import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import type { Attribution, Document, Span, Speaker } from '../src/document/types.js';
import { segment } from '../src/segment/segment.js';
import { resolveSpeakers } from '../src/speakers/speakers.js';
import { buildWords, findNamedMentions } from '../src/speakers/mentions.js';

// Fixtures are written for these tests. Each attribution is given by its source text (and which
// occurrence of it), so the spans are exact; the content is the sentence part named after it.

interface Spec {
  source: string | null;
  nth?: number;
  content: string;
  continues?: number;
  kind?: Attribution['kind'];
}

function find(text: string, needle: string, nth = 0): Span {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= nth; i++) m = re.exec(text);
  if (!m) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  return { start: m.index, end: m.index + needle.length, text: needle };
}

function run(text: string, specs: Spec[], meta: Document['meta'] = {}) {
  const doc = createDocument(text, meta);
  Object.assign(doc.ann, segment(doc));
  const attributions: Attribution[] = specs.map((s, i) => ({
    id: `a${i}`,
    kind: s.kind ?? 'direct',
    cue: null,
    source: s.source === null ? null : find(text, s.source, s.nth),
    content: find(text, s.content),
    speakerId: null,
    statedOn: null,
    confidence: 1,
    origin: 'rule',
    ...(s.continues !== undefined ? { continues: `a${s.continues}` } : {}),
  }));
  doc.ann.attributions = attributions;
  const out = resolveSpeakers(doc);
  const byId = new Map(out.speakers.map((s) => [s.id, s]));
  const speakerOf = (i: number): Speaker | undefined => {
    const id = out.attributions[i]!.speakerId;
    return id === null ? undefined : byId.get(id);
  };
  return { ...out, speakerOf, text };
}

function brief(s: Speaker | undefined) {
  if (!s) return null;
  return { name: s.name, type: s.type, role: s.role, organization: s.organization };
}

test('title, role and organisation before a name; later surname, honorific, pronoun and role mentions join it', () => {
  const text = [
    'Harbour Authority Chief Executive Helena Lindqvist on Tuesday warned that the port would close for a week.',
    '"We cannot load a single ship," Lindqvist told reporters at the quay.',
    'She said the cranes had been damaged in the storm.',
    '"It will take days," Ms. Lindqvist added.',
    'The chief executive said repairs would start on Friday.',
  ].join('\n');
  const r = run(text, [
    { source: 'Lindqvist', nth: 1, content: 'We cannot load a single ship' },
    { source: 'She', content: 'the cranes had been damaged in the storm' },
    { source: 'Ms. Lindqvist', content: 'It will take days' },
    { source: 'The chief executive', content: 'repairs would start on Friday' },
  ]);
  assert.equal(r.speakers.length, 1);
  assert.deepEqual(brief(r.speakers[0]), {
    name: 'Helena Lindqvist', type: 'person', role: 'Chief Executive', organization: 'Harbour Authority',
  });
  assert.equal(r.speakers[0]!.gender, 'female');
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's1', 's1']);
  // the mention in narration (first line) is one of the speaker's mentions, titles included
  assert.equal(r.speakers[0]!.mentions[0]!.text, 'Harbour Authority Chief Executive Helena Lindqvist');
  assert.deepEqual(r.speakers[0]!.mentions.map((m) => m.text), [
    'Harbour Authority Chief Executive Helena Lindqvist', 'Lindqvist', 'She', 'Ms. Lindqvist', 'The chief executive',
  ]);
});

test('apposition after a name gives the role; a spokesman title gives role, organisation and gender', () => {
  const text = [
    'Luis Ferreira, the transit director, said the buses would run on a reduced timetable.',
    'Kremlin spokesman Dmitry Peskov told journalists that no talks were planned.',
    '"There is nothing to discuss," Peskov said.',
    'Ferreira said the depot was flooded.',
  ].join('\n');
  const r = run(text, [
    { source: 'Luis Ferreira, the transit director,', content: 'the buses would run on a reduced timetable' },
    { source: 'Kremlin spokesman Dmitry Peskov', content: 'no talks were planned' },
    { source: 'Peskov', nth: 1, content: 'There is nothing to discuss' },
    { source: 'Ferreira', nth: 1, content: 'the depot was flooded' },
  ]);
  assert.deepEqual(r.speakers.map(brief), [
    { name: 'Luis Ferreira', type: 'person', role: 'transit director', organization: null },
    { name: 'Dmitry Peskov', type: 'person', role: 'spokesman', organization: 'Kremlin' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's2', 's2', 's1']);
  assert.equal(r.speakers[1]!.gender, 'male');
});

test('a name introduced in narration is known when a later source is only the surname or "he"', () => {
  const text = [
    'Fire Chief Anton Berg inspected the burned warehouse on Monday with two engineers.',
    '"The roof is gone," Berg said.',
    'He said the owners had ignored three warnings.',
  ].join('\n');
  const r = run(text, [
    { source: 'Berg', nth: 1, content: 'The roof is gone' },
    { source: 'He', content: 'the owners had ignored three warnings' },
  ]);
  assert.equal(r.speakers.length, 1);
  assert.deepEqual(brief(r.speakers[0]), { name: 'Anton Berg', type: 'person', role: 'Fire Chief', organization: null });
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1']);
  assert.equal(r.speakers[0]!.mentions[0]!.text, 'Fire Chief Anton Berg');
});

test('pronouns follow gender: from an honorific, from a first name, and from an earlier pronoun', () => {
  const text = [
    'Kiran Patel, the harbour master, spoke first at the hearing.',
    '"We are ready," he said.',
    'Patel later met Robin Ashe at the dock.',
    '"The cranes are idle," she said.',
    '"Maybe by Friday," Ashe said.',
    'Mr. Okafor and Ms. Tran arrived late.',
    'She said the delay was the union\'s fault.',
  ].join('\n');
  const r = run(text, [
    { source: 'he', content: 'We are ready' },
    { source: 'she', content: 'The cranes are idle' },
    { source: 'Ashe', nth: 1, content: 'Maybe by Friday' },
    { source: 'She', content: 'the delay was the union' },
  ]);
  const patel = r.speakerOf(0)!;
  assert.deepEqual(brief(patel), { name: 'Kiran Patel', type: 'person', role: 'harbour master', organization: null });
  assert.equal(patel.gender, 'male', 'learned from "he"');
  // "she" skips Patel (now known male) and lands on Robin Ashe, whose gender was unknown
  assert.equal(r.speakerOf(1)!.name, 'Robin Ashe');
  assert.equal(r.attributions[1]!.speakerId, r.attributions[2]!.speakerId);
  assert.equal(r.speakerOf(1)!.gender, 'female');
  // "Ms." makes Tran the only "she" in that sentence
  assert.equal(r.speakerOf(3)!.name, 'Tran');
});

test('a pronoun prefers the subject of the nearest sentence over a later name in it', () => {
  const text = [
    'Mayor Peter Holm met Governor Frank Ruiz at the bridge on Sunday.',
    'He said the bridge would reopen in spring.',
  ].join('\n');
  const r = run(text, [{ source: 'He', content: 'the bridge would reopen in spring' }]);
  assert.deepEqual(brief(r.speakerOf(0)), { name: 'Peter Holm', type: 'person', role: 'Mayor', organization: null });
});

test('role-only mentions ("the president-elect", "the company") resolve by the role seen earlier', () => {
  const text = [
    'President-elect Maria Soto will take office in March, and Norvik Shipping Inc. has already asked to meet her.',
    'The president-elect said she would review every port contract.',
    'The company said it welcomed the review.',
  ].join('\n');
  const r = run(text, [
    { source: 'The president-elect', content: 'she would review every port contract' },
    { source: 'The company', content: 'it welcomed the review' },
  ]);
  assert.deepEqual(r.speakers.map(brief), [
    { name: 'Maria Soto', type: 'person', role: 'President-elect', organization: null },
    { name: 'Norvik Shipping Inc.', type: 'organization', role: null, organization: null },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's2']);
});

test('anonymous descriptions are each their own speaker, never merged or given to a named person', () => {
  const text = [
    'Deputy Mayor Paul Greene said the budget was balanced.',
    'A council aide said the figures were wrong.',
    'Two people familiar with the plans said the vote would be delayed.',
    'Another official said nothing had been decided.',
    'One official said the mayor was furious.',
    'A senior administration official said talks would resume.',
    'A council aide said the same thing again.',
  ].join('\n');
  const r = run(text, [
    { source: 'Deputy Mayor Paul Greene', content: 'the budget was balanced' },
    { source: 'A council aide', content: 'the figures were wrong' },
    { source: 'Two people familiar with the plans', content: 'the vote would be delayed' },
    { source: 'Another official', content: 'nothing had been decided' },
    { source: 'One official', content: 'the mayor was furious' },
    { source: 'A senior administration official', content: 'talks would resume' },
    { source: 'A council aide', nth: 1, content: 'the same thing again' },
  ]);
  assert.deepEqual(r.speakers.map(brief), [
    { name: 'Paul Greene', type: 'person', role: 'Deputy Mayor', organization: null },
    { name: 'A council aide', type: 'anonymous', role: 'council aide', organization: null },
    { name: 'Two people familiar with the plans', type: 'anonymous', role: null, organization: null },
    { name: 'Another official', type: 'anonymous', role: 'official', organization: null },
    { name: 'One official', type: 'anonymous', role: 'official', organization: null },
    { name: 'A senior administration official', type: 'anonymous', role: 'senior administration official', organization: null },
    { name: 'A council aide', type: 'anonymous', role: 'council aide', organization: null },
  ]);
  assert.equal(new Set(r.attributions.map((a) => a.speakerId)).size, 7);
});

test('organisations and media stay organisations and media; "the newspaper" is the medium named before', () => {
  const text = [
    'The Kremlin said the sanctions were illegal.',
    'The Commerce Department said new rules would follow.',
    'The White House declined to comment, and NATO said it was watching closely.',
    'Reuters reported that ships were turning back, and CNN said the port was empty.',
    'The Washington Post reported that talks had failed.',
    'The newspaper said two envoys had left.',
  ].join('\n');
  const r = run(text, [
    { source: 'The Kremlin', content: 'the sanctions were illegal' },
    { source: 'The Commerce Department', content: 'new rules would follow' },
    { source: 'NATO', content: 'it was watching closely' },
    { source: 'Reuters', content: 'ships were turning back' },
    { source: 'CNN', content: 'the port was empty' },
    { source: 'The Washington Post', content: 'talks had failed' },
    { source: 'The newspaper', content: 'two envoys had left' },
  ]);
  assert.deepEqual(r.speakers.map((s) => [s.name, s.type]), [
    ['Kremlin', 'organization'],
    ['Commerce Department', 'organization'],
    ['NATO', 'organization'],
    ['Reuters', 'media'],
    ['CNN', 'media'],
    ['The Washington Post', 'media'],
  ]);
  assert.equal(r.attributions[6]!.speakerId, r.attributions[5]!.speakerId);
});

test('documents are type document; a definite back-reference is the same document', () => {
  const text = [
    'A report by the state auditor said the agency had lost track of its trucks.',
    'In a statement, the agency said the count was under way.',
    'The indictment said the director had sold fuel privately.',
    'The report also said that no inventory had been kept since 2019.',
  ].join('\n');
  const r = run(text, [
    { source: 'A report by the state auditor', content: 'the agency had lost track of its trucks' },
    { source: 'a statement', content: 'the count was under way' },
    { source: 'The indictment', content: 'the director had sold fuel privately' },
    { source: 'The report', content: 'no inventory had been kept since 2019' },
  ]);
  assert.deepEqual(r.speakers.map((s) => [s.name, s.type]), [
    ['A report by the state auditor', 'document'],
    ['a statement', 'document'],
    ['The indictment', 'document'],
  ]);
  assert.equal(r.attributions[3]!.speakerId, r.attributions[0]!.speakerId);
});

test('a continuing quote with no source takes the speaker of the attribution it continues', () => {
  const text = [
    '"The water is rising," said Elena Marsh, a hydrologist at the river authority.',
    '"We expect the peak on Thursday."',
    'Tom Reyes said the levee would hold.',
  ].join('\n');
  const r = run(text, [
    { source: 'Elena Marsh, a hydrologist at the river authority', content: 'The water is rising' },
    { source: null, content: 'We expect the peak on Thursday.', continues: 0 },
    { source: 'Tom Reyes', content: 'the levee would hold' },
  ]);
  assert.deepEqual(brief(r.speakerOf(0)), { name: 'Elena Marsh', type: 'person', role: 'hydrologist', organization: 'river authority' });
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's2']);
});

test('a source with no name and no continuation stays without a speaker', () => {
  const text = 'Rain is expected.\n"Stay indoors," the notice on the door said nothing else.';
  const r = run(text, [{ source: null, content: 'Stay indoors' }]);
  assert.equal(r.attributions[0]!.speakerId, null);
  assert.equal(r.speakers.length, 0);
});

test('same surname, different first names: two people; a bare surname takes the most recent, an honorific decides', () => {
  const text = [
    'John Smith, the union leader, said the strike would go on.',
    'Jane Smith, who runs the shipping line, said the strike was costing millions.',
    'Smith added that she had lost three contracts.',
    '"We will not give in," Mr. Smith said.',
  ].join('\n');
  const r = run(text, [
    { source: 'John Smith, the union leader,', content: 'the strike would go on' },
    { source: 'Jane Smith', content: 'the strike was costing millions' },
    { source: 'Smith', nth: 2, content: 'she had lost three contracts' },
    { source: 'Mr. Smith', content: 'We will not give in' },
  ]);
  assert.deepEqual(r.speakers.map((s) => s.name), ['John Smith', 'Jane Smith']);
  assert.equal(r.speakerOf(0)!.role, 'union leader');
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's2', 's2', 's1']);
});

test('"I" inside a quotation is the quoted speaker; "who" is the name right before it', () => {
  const text = [
    '"I told the board that I would resign," said Carla Jensen, who chaired the hospital trust until May.',
    'Jensen, who now teaches law, said the board ignored her.',
  ].join('\n');
  const r = run(text, [
    { source: 'Carla Jensen, who chaired the hospital trust until May', content: 'I told the board that I would resign' },
    { source: 'I', content: 'I would resign' },
    { source: 'who', nth: 1, content: 'now teaches law' },
    { source: 'Jensen, who now teaches law,', content: 'the board ignored her' },
  ]);
  assert.equal(r.speakers.length, 1);
  assert.equal(r.speakers[0]!.name, 'Carla Jensen');
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's1', 's1']);
});

test('the narrator\'s own "I" outside any quotation is the article\'s author', () => {
  const text = 'I asked three bakers about flour prices.\nI was told prices had doubled.';
  const r = run(text, [{ source: 'I', nth: 1, content: 'prices had doubled' }], { author: 'Nora Quill' });
  assert.deepEqual(brief(r.speakerOf(0)), { name: 'Nora Quill', type: 'person', role: null, organization: null });
});

test('two people joined by "and" are one group speaker, and "they" refers back to it', () => {
  const text = [
    'Senator Ruth Klein and Senator Omar Haddad wrote to the minister on Friday.',
    'They said the ferry subsidy had to stay.',
  ].join('\n');
  const r = run(text, [
    { source: 'Senator Ruth Klein and Senator Omar Haddad', content: 'to the minister on Friday' },
    { source: 'They', content: 'the ferry subsidy had to stay' },
  ]);
  assert.deepEqual(brief(r.speakerOf(0)), {
    name: 'Senator Ruth Klein and Senator Omar Haddad', type: 'unknown', role: null, organization: null,
  });
  assert.equal(r.attributions[1]!.speakerId, r.attributions[0]!.speakerId);
});

test('the same two people named again as a pair are the same group speaker; another pair is another', () => {
  const text = [
    'Senator Ruth Klein and Senator Omar Haddad wrote to the minister on Friday.',
    'Mayor Ines Duarte and Senator Omar Haddad met the harbour board on Monday.',
    'Klein and Haddad said the ferry subsidy had to stay.',
  ].join('\n');
  const r = run(text, [
    { source: 'Senator Ruth Klein and Senator Omar Haddad', content: 'to the minister on Friday' },
    { source: 'Mayor Ines Duarte and Senator Omar Haddad', content: 'the harbour board on Monday' },
    { source: 'Klein and Haddad', content: 'the ferry subsidy had to stay' },
  ]);
  const [first, second, third] = r.attributions.map((a) => a.speakerId);
  assert.notEqual(first, null);
  assert.equal(third, first);
  assert.notEqual(second, first);
  assert.equal(brief(r.speakerOf(1))!.name, 'Mayor Ines Duarte and Senator Omar Haddad');
});

test('speaker ids follow first appearance in the text, not the order of attributions', () => {
  const text = [
    'Economist Sara Lind and banker Hugo Brandt spoke at the forum.',
    'Brandt said rates would fall.',
    'Lind said they would not.',
  ].join('\n');
  const r = run(text, [
    { source: 'Lind', nth: 1, content: 'they would not' },
    { source: 'Brandt', nth: 1, content: 'rates would fall' },
  ]);
  assert.deepEqual(r.speakers.map((s) => [s.id, s.name, s.role]), [
    ['s1', 'Sara Lind', 'Economist'],
    ['s2', 'Hugo Brandt', 'banker'],
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's2']);
});

test('"the official" goes back to the anonymous official before it; a new indefinite one does not', () => {
  const text = [
    'A senior official said the ferry would be sold.',
    'The official added that no buyer had been found.',
    'Another official said the sale was off.',
  ].join('\n');
  const r = run(text, [
    { source: 'A senior official', content: 'the ferry would be sold' },
    { source: 'The official', content: 'no buyer had been found' },
    { source: 'Another official', content: 'the sale was off' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's2']);
  assert.deepEqual(r.speakers.map((s) => s.type), ['anonymous', 'anonymous']);
});

test('a headline surname finds the full name below it; "his lawyer" is not the lawyer named before', () => {
  const text = [
    'Okonjo warns of fuel shortage',
    'Energy Minister Adaeze Okonjo said on Monday that fuel stocks would last ten days.',
    'Maria Lopez, a lawyer for the importers, said the stocks were larger.',
    'Okonjo dismissed the claim, and his lawyer said the figures were audited.',
  ].join('\n');
  const r = run(text, [
    { source: 'Okonjo', content: 'warns of fuel shortage' },
    { source: 'Energy Minister Adaeze Okonjo', content: 'fuel stocks would last ten days' },
    { source: 'Maria Lopez, a lawyer for the importers,', content: 'the stocks were larger' },
    { source: 'his lawyer', content: 'the figures were audited' },
  ]);
  assert.deepEqual(r.speakers.map(brief), [
    { name: 'Adaeze Okonjo', type: 'person', role: 'Energy Minister', organization: null },
    { name: 'Maria Lopez', type: 'person', role: 'lawyer', organization: 'importers' },
    { name: 'his lawyer', type: 'person', role: 'lawyer', organization: null },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's2', 's3']);
});

test('names inside reported (indirect) content can be antecedents; names inside quotations cannot', () => {
  const text = [
    'Mayor Ana Reyes opened the session.',
    'In Tula on Monday, Ms. Okoye was shocked by the crowd, she said.',
    '"Ms. Reyes never answered me," she added.',
  ].join('\n');
  const r = run(text, [
    { source: 'she', content: 'In Tula on Monday, Ms. Okoye was shocked by the crowd', kind: 'indirect' },
    { source: 'she', nth: 1, content: 'Ms. Reyes never answered me' },
  ]);
  assert.equal(r.speakerOf(0)!.name, 'Okoye');
  // "Ms. Reyes" inside the quotation is not the narrator's: "she" stays with Okoye
  assert.equal(r.speakerOf(1)!.name, 'Okoye');
});

test('"the NATO chief" is the Secretary General named before; "the chief" alone is not enough', () => {
  const text = [
    'NATO Secretary General Mark Rutte visited the shipyard on Monday.',
    'The NATO chief said the alliance needed more ships.',
    'The chief of the yard said orders were full.',
  ].join('\n');
  const r = run(text, [
    { source: 'The NATO chief', content: 'the alliance needed more ships' },
    { source: 'The chief of the yard', content: 'orders were full' },
  ]);
  assert.deepEqual(brief(r.speakerOf(0)), { name: 'Mark Rutte', type: 'person', role: 'Secretary General', organization: 'NATO' });
  assert.notEqual(r.attributions[1]!.speakerId, r.attributions[0]!.speakerId);
});

test('a pronoun after an opening participle or preposition phrase is not a person inside that phrase; "As for X, he" is X', () => {
  const text = [
    'Mayor Victor Osei opened the new bridge on Monday.',
    'Campaigning against Paul Ridley last spring, he said the bridge would be his first project.',
    'Unlike Paul Ridley, he said the tolls would stay low.',
    'After Paul Ridley left the stage, he said the opposite.',
    'As for Paul Ridley, he said nothing.',
  ].join('\n');
  const r = run(text, [
    { source: 'he', nth: 0, content: 'the bridge would be his first project' },
    { source: 'he', nth: 1, content: 'the tolls would stay low' },
    { source: 'he', nth: 2, content: 'the opposite' },
    { source: 'he', nth: 3, content: 'nothing' },
  ], {});
  assert.deepEqual(r.attributions.map((a) => r.speakers.find((s) => s.id === a.speakerId)?.name), [
    'Victor Osei', 'Victor Osei',
    // a clause with its own subject may be about the pronoun's antecedent
    'Paul Ridley',
    'Paul Ridley',
  ]);
});

test('"the governor" in narration is a mention of the governor and the antecedent of a later pronoun', () => {
  const text = [
    'Governor Ada Nwosu signed the water bill on Friday.',
    'Her deputy, Tomas Grell, said the bill was overdue.',
    'The governor’s own county had run dry twice.',
    'In a speech later that day, she said more bills would follow.',
    'The president of the utility, Mark Dale, disagreed; he said costs would rise.',
  ].join('\n');
  const r = run(text, [
    { source: 'Her deputy, Tomas Grell,', content: 'the bill was overdue' },
    { source: 'she', content: 'more bills would follow' },
    { source: 'he', content: 'costs would rise' },
  ]);
  assert.deepEqual(r.attributions.map((a) => r.speakers.find((s) => s.id === a.speakerId)?.name), ['Tomas Grell', 'Ada Nwosu', 'Mark Dale']);
  const governor = r.speakers.find((s) => s.name === 'Ada Nwosu')!;
  assert.deepEqual(governor.mentions.map((m) => m.text), ['Governor Ada Nwosu', 'The governor', 'she']);
});

test('a surname that is also a role word is the person once the full name is known; a party gives way to a role', () => {
  const text = [
    'Democrat Lena Dean opened the hearing on Monday.',
    'Dean, a former party chairwoman, said the vote would wait.',
    'Democratic committee chairwoman Lena Dean later said it was settled.',
    'A dean at the college said nothing.',
  ].join('\n');
  const r = run(text, [
    { source: 'Dean, a former party chairwoman,', content: 'the vote would wait' },
    { source: 'Democratic committee chairwoman Lena Dean', content: 'it was settled' },
    { source: 'A dean at the college', content: 'nothing' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's2']);
  assert.deepEqual(brief(r.speakers[0]), { name: 'Lena Dean', type: 'person', role: 'Democratic committee chairwoman', organization: null });
  assert.equal(r.speakers[1]!.type, 'anonymous');
});

test('"and" inside an organisation named "Office of X and Y" keeps the name whole, but not before a person', () => {
  const text = [
    'Figures published by the Office of Rail and Road on Tuesday showed that punctuality fell again, and the regulator said services were late.',
    'The Ministry of Housing and Tom Reed of the city council both said in statements on Friday that the plan would wait until spring.',
  ].join('\n');
  const r = run(text, [
    { source: 'the Office of Rail and Road', content: 'punctuality fell again' },
    { source: 'The Ministry of Housing and Tom Reed of the city council', content: 'the plan would wait until spring' },
  ]);
  assert.deepEqual(brief(r.speakers[0]), { name: 'Office of Rail and Road', type: 'organization', role: null, organization: null });
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  const named = findNamedMentions(buildWords(doc.ann.tokens!, text), text).map((m) => `${m.name}/${m.kind}`);
  assert.deepEqual(named.slice(1), ['Office of Rail and Road/org', 'Ministry of Housing/org', 'Tom Reed/person']);
});

test('a titled surname before the full name joins the one person with that surname, not a relative of another', () => {
  const text = [
    'Dr. Ferreira said the clinic would reopen in May.',
    'The clinic is run by Tomas Ferreira, a surgeon who trained in Lisbon.',
    'Governor Akande said the roads were safe.',
    'Later, Grace Akande, his wife, said the ban was lifted.',
    'Mr. Akande had signed it in March.',
  ].join('\n');
  const r = run(text, [
    { source: 'Dr. Ferreira', content: 'the clinic would reopen in May' },
    { source: 'Governor Akande', content: 'the roads were safe' },
    { source: 'Grace Akande, his wife,', content: 'the ban was lifted' },
  ]);
  assert.equal(r.speakerOf(0)!.name, 'Tomas Ferreira');
  assert.deepEqual(r.speakerOf(0)!.mentions.map((m) => m.text), ['Dr. Ferreira', 'Tomas Ferreira']);
  // "Mr. Akande" shows a man with that surname: the governor is not the Grace Akande named later
  assert.equal(r.speakerOf(1)!.name, 'Akande');
  assert.equal(r.speakerOf(2)!.name, 'Grace Akande');
  assert.equal(r.speakers.length, 3);
});

test('unlisted-before first names give gender; a first name that is the article\'s surname gives none', () => {
  const text = [
    'Candace Moreau, the port director, said the cranes were idle.',
    'Merrick Osei, a dock worker, said the pay was late.',
    'She said repairs would take a week.',
    'Kelsey Grant, a trader, said prices rose.',
    'Dr. Grant added that stocks were low.',
  ].join('\n');
  const r = run(text, [
    { source: 'Candace Moreau, the port director,', content: 'the cranes were idle' },
    { source: 'Merrick Osei, a dock worker,', content: 'the pay was late' },
    { source: 'She', content: 'repairs would take a week' },
    { source: 'Kelsey Grant, a trader,', content: 'prices rose' },
    { source: 'Dr. Grant', content: 'stocks were low' },
  ]);
  assert.deepEqual(r.speakers.map((s) => [s.name, s.gender]), [['Candace Moreau', 'female'], ['Merrick Osei', 'male'], ['Kelsey Grant', null]]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's2', 's1', 's3', 's3']);
});

test('an honorific surname keeps to the person the article already calls by it, not a relative named since', () => {
  const text = [
    'Paulo Mendes, the mayor, said the bridge would open in June.',
    'Mr. Mendes said the budget was tight.',
    'His brother, Rui Mendes, runs the quarry that supplied the stone.',
    'Mr. Mendes said the quarry had no part in the contract.',
  ].join('\n');
  const r = run(text, [
    { source: 'Paulo Mendes, the mayor,', content: 'the bridge would open in June' },
    { source: 'Mr. Mendes', content: 'the budget was tight' },
    { source: 'Mr. Mendes', nth: 1, content: 'the quarry had no part in the contract' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's1']);
  assert.equal(r.speakers[0]!.name, 'Paulo Mendes');
});

test('a sentence broken after a bracketed party label stays one sentence for pronouns', () => {
  const text = [
    'Okafor, a former judge, is the least-known figure on a shortlist that includes Sens. Paul M. Lindqvist (D-Va.), Omar Haddad (D-Mass.) and Victor Tanaka (D-N.J.).',
    'But he said on Monday that he would stay in the race.',
  ].join('\n');
  const r = run(text, [{ source: 'he', content: 'he would stay in the race' }]);
  assert.equal(r.speakerOf(0)?.name, 'Okafor');
});

test('a gender learned from a pronoun gives way to an honorific', () => {
  const text = [
    'Robin Vance chaired the meeting on Monday.',
    'He said the vote was close.',
    'Ms. Vance later said the count was final.',
    'She added that a recount was unlikely.',
  ].join('\n');
  const r = run(text, [
    { source: 'He', content: 'the vote was close' },
    { source: 'Ms. Vance', content: 'the count was final' },
    { source: 'She', content: 'a recount was unlikely' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1', 's1']);
  assert.deepEqual(r.speakers.map((s) => [s.name, s.gender]), [['Robin Vance', 'female']]);
});

test('"of" and a place after a name say where the person is from; a role-word surname after an initial is a surname', () => {
  const text = '"The dam will hold," said Representative Anna K. Bishop of New York, who toured it.\n"It leaks," said Senator Hugo Brandt of Ohio.';
  const r = run(text, [
    { source: 'Representative Anna K. Bishop of New York', content: 'The dam will hold' },
    { source: 'Senator Hugo Brandt of Ohio', content: 'It leaks' },
  ]);
  assert.deepEqual(r.speakers.map(brief), [
    { name: 'Anna K. Bishop', type: 'person', role: 'Representative', organization: null },
    { name: 'Hugo Brandt', type: 'person', role: 'Senator', organization: null },
  ]);
});

test('a crowd is many anonymous people, "None" is no name, "the Secretary of State" is a person and a missive a document', () => {
  const text = [
    'Mayor Ilse Brandt spoke in the square, and the crowd cheered when she promised lower fares.',
    'None of the council members said they would back her.',
    '"We will sign it," said the Secretary of State.',
    'The missive argued that the treaty was void.',
  ].join('\n');
  const r = run(text, [
    { source: 'the crowd', content: 'cheered when she promised lower fares' },
    { source: 'None of the council members', content: 'they would back her' },
    { source: 'the Secretary of State', content: 'We will sign it' },
    { source: 'The missive', content: 'that the treaty was void' },
  ]);
  assert.deepEqual(r.attributions.map((a) => { const s = r.speakerOf(r.attributions.indexOf(a)); return s ? [s.name, s.type] : null; }), [
    ['the crowd', 'anonymous'],
    ['None of the council members', 'anonymous'],
    ['the Secretary of State', 'person'],
    ['The missive', 'document'],
  ]);
});

test('a capitalised word the article also writes in lower case is no person; a surname of the article still is', () => {
  const text = [
    'Commuters said the fares were too high.',
    'Headwinds suggested that the crossing would be slow, and the headwinds grew.',
    'Rosa Falk, a planner, said the lines would grow.',
    'Falk said the falk of the valley was an old word.',
  ].join('\n');
  const r = run(text, [
    { source: 'Headwinds', content: 'the crossing would be slow' },
    { source: 'Rosa Falk, a planner,', content: 'the lines would grow' },
    { source: 'Falk', nth: 1, content: 'the falk of the valley was an old word' },
  ]);
  assert.notEqual(r.speakerOf(0)?.type, 'person');
  assert.deepEqual(r.attributions.slice(1).map((a) => a.speakerId), ['s2', 's2']);
  assert.equal(r.speakers[1]!.name, 'Rosa Falk');
});

test('"Peter and Irina Sokol": the first name alone takes the shared surname, so "Mr. Sokol" can be Peter, not only their son', () => {
  const text = [
    'Anton Sokol, a medic, died in the flood.',
    'His parents, Peter and Irina Sokol, spoke at the vigil on Sunday.',
    'Mr. Sokol said the hospital had been warned.',
    'Ms. Sokol said she would testify.',
  ].join('\n');
  const r = run(text, [
    { source: 'Mr. Sokol', content: 'the hospital had been warned' },
    { source: 'Ms. Sokol', content: 'she would testify' },
  ]);
  assert.deepEqual(r.attributions.map((a) => r.speakers.find((s) => s.id === a.speakerId)?.name), ['Peter Sokol', 'Irina Sokol']);
});

test('each senator in "Sens. A and B" is a Senator; "the organisers, Ada ..." gives Ada no plural role', () => {
  const text = 'Sens. Lena Ortiz and Paul Grimes said the bill was dead.\nThe organisers, Ada Voss and a friend, said the march would go ahead.\nOrtiz said later that the vote could return.';
  const r = run(text, [
    { source: 'Ortiz', nth: 1, content: 'the vote could return' },
    { source: 'The organisers, Ada Voss and a friend,', content: 'the march would go ahead' },
  ]);
  assert.deepEqual(brief(r.speakerOf(0)), { name: 'Lena Ortiz', type: 'person', role: 'Senator', organization: null });
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  const ada = findNamedMentions(buildWords(doc.ann.tokens!, text), text).find((m) => m.name === 'Ada Voss')!;
  assert.equal(ada.role, null);
});

test('a full name used only as a modifier ("the Nadia Perel emails") still names the person later called by surname', () => {
  const text = [
    'The Nadia Perel emails were released on Friday.',
    'Later, Perel told reporters that she had nothing to hide.',
  ].join('\n');
  const r = run(text, [{ source: 'she', content: 'she had nothing to hide' }]);
  assert.equal(r.speakerOf(0)?.name, 'Nadia Perel');
});

test('a pronoun takes the first person of the sentence even when a name inside a source was resolved before it', () => {
  const text = 'Dan Cole, a former aide to Governor Ray Burns, said the budget was padded.\n"It was never audited," he added.';
  const r = run(text, [
    { source: 'Dan Cole, a former aide to Governor Ray Burns,', content: 'the budget was padded' },
    { source: 'he', content: 'It was never audited' },
  ]);
  assert.deepEqual(r.attributions.map((a) => a.speakerId), ['s1', 's1']);
  assert.equal(r.speakers[0]!.name, 'Dan Cole');
});

test('"the Lebanese banker" with no role given before is the person the text is about; "the moderator" is not', () => {
  const text = [
    'Omar Haddad spoke in Lyon on Friday.',
    'The Lebanese banker said the loans were safe.',
    'The moderator said time was up.',
  ].join('\n');
  const r = run(text, [
    { source: 'The Lebanese banker', content: 'the loans were safe' },
    { source: 'The moderator', content: 'time was up' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Omar Haddad');
  assert.deepEqual([r.speakerOf(1)?.name, r.speakerOf(1)?.type], ['The moderator', 'person']);
});

test('"Chilean-born" before a name describes the person; a known medium right before a first name is the organisation', () => {
  const text = '"We lost the farm," said Chilean-born Rosa Ibarra, a grower.\nNBC News Peter Lund asked whether the loans would come.';
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  const named = findNamedMentions(buildWords(doc.ann.tokens!, text), text).filter((m) => m.kind === 'person').map((m) => [m.name, m.organization]);
  assert.deepEqual(named, [['Rosa Ibarra', null], ['Peter Lund', 'NBC News']]);
});

test('"Dublin-based Corvex" is an organisation; "Chicago-based Anna Lindqvist" a person', () => {
  const text = 'Dublin-based Corvex said the deal was off.\nChicago-based Anna Lindqvist said she agreed.';
  const r = run(text, [
    { source: 'Dublin-based Corvex', content: 'the deal was off' },
    { source: 'Chicago-based Anna Lindqvist', content: 'she agreed' },
  ]);
  assert.deepEqual(r.speakers.map((s) => [s.name, s.type]), [['Corvex', 'organization'], ['Anna Lindqvist', 'person']]);
});

test('a line holding only a letter and a period ("Q.") is no initial of the name on the next line', () => {
  const text = 'Q.\n\nHalloran said the shelter would stay open through the winter.\n\nHalloran, a nurse named Odile Halloran, runs it.';
  const r = run(text, [{ source: 'Halloran', content: 'the shelter would stay open through the winter', kind: 'indirect' }]);
  assert.equal(r.speakerOf(0)?.name, 'Odile Halloran');
  assert.ok(r.speakers.every((s) => !s.name.includes('\n')), JSON.stringify(r.speakers.map((s) => s.name)));
});

test('a described source kept unnamed on purpose is anonymous, even with a head like "the woman"', () => {
  const text = '"The rent doubled," said the woman, who asked not to be named because she fears her landlord.\n"Nobody answers," said the man, a tenant.';
  const r = run(text, [
    { source: 'the woman, who asked not to be named because she fears her landlord', content: 'The rent doubled' },
    { source: 'the man, a tenant', content: 'Nobody answers' },
  ]);
  assert.equal(r.speakerOf(0)?.type, 'anonymous');
  assert.equal(r.speakerOf(1)?.type, 'person');
});

test('a source named by one capitalised word after "the" is a publication or body; generations are groups', () => {
  const text = 'The ferry will stop in May, according to The Lantern. Millennials back the plan, a survey found. "He is right," said the Ohioan, a welder.';
  const r = run(text, [
    { source: 'The Lantern', content: 'The ferry will stop in May', kind: 'indirect' },
    { source: 'Millennials', content: 'back the plan', kind: 'indirect' },
    { source: 'the Ohioan, a welder', content: 'He is right' },
  ]);
  assert.deepEqual([r.speakerOf(0)?.type, r.speakerOf(1)?.type, r.speakerOf(2)?.type], ['organization', 'anonymous', 'person']);
});

test('"the paper" after a named outlet is that outlet; with no outlet before, a paper is a document', () => {
  const text = 'The ferry will stop in May, the Lowmoor Courier reported. The paper said the pier was unsafe.';
  const r = run(text, [
    { source: 'the Lowmoor Courier', content: 'The ferry will stop in May', kind: 'indirect' },
    { source: 'The paper', content: 'the pier was unsafe', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(1)?.id, r.speakerOf(0)?.id);
  assert.equal(r.speakerOf(1)?.type, 'media');
  const alone = run('The paper said the pier was unsafe.', [{ source: 'The paper', content: 'the pier was unsafe', kind: 'indirect' }]);
  assert.equal(alone.speakerOf(0)?.type, 'document');
});

test('"the Dock Workers\' Union" and "the Children\'s Hospital" are one name each; a person\'s possessive still owns', () => {
  const text = 'The Arlen Dock Workers\' Union said the ramp was unsafe. The Children\'s Hospital said it would stay open. Lena Voss\' Harbour Club said the pier was closed.';
  const r = run(text, [
    { source: 'The Arlen Dock Workers\' Union', content: 'the ramp was unsafe', kind: 'indirect' },
    { source: 'The Children\'s Hospital', content: 'it would stay open', kind: 'indirect' },
    { source: 'Lena Voss\' Harbour Club', content: 'the pier was closed', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Arlen Dock Workers\' Union');
  assert.equal(r.speakerOf(0)?.type, 'organization');
  assert.equal(r.speakerOf(1)?.name, 'Children\'s Hospital');
  assert.equal(r.speakerOf(2)?.name, 'Harbour Club');
});

test('"Its lawyer, Simon Reade," and "Simon Reade, its lawyer," give the role; "his sister" and "her opponent" do not', () => {
  const text = 'Bluewater Ferries admitted the breach. Its lawyer, Simon Reade, said the ramp was replaced. Ada Moss, her spokeswoman, said the pier was shut. Tom Reyes spoke next. His sister, Ada Reyes, said the fares would rise. Her opponent, Lena Hart, said they would not.';
  const r = run(text, [
    { source: 'Its lawyer, Simon Reade,', content: 'the ramp was replaced', kind: 'indirect' },
    { source: 'Ada Moss, her spokeswoman,', content: 'the pier was shut', kind: 'indirect' },
    { source: 'His sister, Ada Reyes,', content: 'the fares would rise', kind: 'indirect' },
    { source: 'Her opponent, Lena Hart,', content: 'they would not', kind: 'indirect' },
  ]);
  assert.deepEqual([0, 1, 2, 3].map((i) => [r.speakerOf(i)?.name, r.speakerOf(i)?.role]), [
    ['Simon Reade', 'lawyer'], ['Ada Moss', 'spokeswoman'], ['Ada Reyes', null], ['Lena Hart', null],
  ]);
});

test('"State Senator" and "County Commissioner" are whole titles; "Arlen City Mayor" and "State Department spokesman" keep their organisation', () => {
  const text = 'State Senator Ruth Galloway said the bill was sound. County Commissioner Ann Lee said it was late. Arlen City Mayor Ada Moss said it was cheap. State Department spokesman Tom Reyes said it was legal.';
  const r = run(text, [
    { source: 'State Senator Ruth Galloway', content: 'the bill was sound', kind: 'indirect' },
    { source: 'County Commissioner Ann Lee', content: 'it was late', kind: 'indirect' },
    { source: 'Arlen City Mayor Ada Moss', content: 'it was cheap', kind: 'indirect' },
    { source: 'State Department spokesman Tom Reyes', content: 'it was legal', kind: 'indirect' },
  ]);
  assert.deepEqual([0, 1, 2, 3].map((i) => [r.speakerOf(i)?.role, r.speakerOf(i)?.organization]), [
    ['State Senator', null], ['County Commissioner', null], ['Mayor', 'Arlen City'], ['spokesman', 'State Department'],
  ]);
});

test('a headline\'s "mayor says" is the one mayor the article names below; with two mayors named, nobody in particular', () => {
  const one = 'Bridge will reopen by summer, mayor says\n\nThe bridge will reopen in June, Mayor Elena Vasquez said on Wednesday.';
  const r = run(one, [
    { source: 'mayor', content: 'Bridge will reopen by summer', kind: 'indirect' },
    { source: 'Mayor Elena Vasquez', content: 'The bridge will reopen in June', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.id, r.speakerOf(1)?.id);
  const two = `${one} Mayor Tom Reyes of Lowmoor said his ferry would run.`;
  const r2 = run(two, [
    { source: 'mayor', content: 'Bridge will reopen by summer', kind: 'indirect' },
    { source: 'Mayor Elena Vasquez', content: 'The bridge will reopen in June', kind: 'indirect' },
    { source: 'Mayor Tom Reyes of Lowmoor', content: 'his ferry would run', kind: 'indirect' },
  ]);
  assert.notEqual(r2.speakerOf(0)?.id, r2.speakerOf(1)?.id);
  assert.notEqual(r2.speakerOf(0)?.id, r2.speakerOf(2)?.id);
});

test('"Dr. Hana Sato of Lowmoor University" is a person of that university, and the later "Sato" is her', () => {
  const text = 'Seas are rising faster, said oceanographer Dr. Hana Sato of Lowmoor University. "We were surprised," Sato said. The University of Arlen and Harbour Trust said nothing.';
  const r = run(text, [
    { source: 'oceanographer Dr. Hana Sato of Lowmoor University', content: 'Seas are rising faster', kind: 'indirect' },
    { source: 'Sato', content: '"We were surprised,"' },
    { source: 'The University of Arlen and Harbour Trust', content: 'nothing', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Hana Sato');
  assert.equal(r.speakerOf(0)?.type, 'person');
  assert.equal(r.speakerOf(0)?.organization, 'Lowmoor University');
  assert.equal(r.speakerOf(1)?.id, r.speakerOf(0)?.id);
  // an organisation's own "of" stays inside it
  assert.equal(r.speakerOf(2)?.type, 'organization');
});

test('a role with an "of" complement keeps it whole: "chief of staff", "professor of marine law"', () => {
  const text = 'The dredging is postponed, its chief of staff, Ivo Brandt, said. The pier is safe, said Nell Ostrova, a professor of marine law at Lowmoor University. The fees will rise, said Tom Reyes, a secretary of trade during the old government.';
  const r = run(text, [
    { source: 'its chief of staff, Ivo Brandt', content: 'The dredging is postponed', kind: 'indirect' },
    { source: 'Nell Ostrova, a professor of marine law at Lowmoor University', content: 'The pier is safe', kind: 'indirect' },
    { source: 'Tom Reyes, a secretary of trade during the old government', content: 'The fees will rise', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.role, 'chief of staff');
  assert.equal(r.speakerOf(1)?.role, 'professor of marine law');
  assert.equal(r.speakerOf(1)?.organization, 'Lowmoor University');
  // what follows the complement is no part of an apposition: the role stops at its head
  assert.equal(r.speakerOf(2)?.role, 'secretary');
});

test('"the shipping group Nordlane" is an organisation, "the broadcaster Harbour Radio" a medium', () => {
  const text = 'The shipping group Nordlane said the delay would cost it money. The broadcaster Harbour Radio said it had seen the letter.';
  const r = run(text, [
    { source: 'The shipping group Nordlane', content: 'the delay would cost it money', kind: 'indirect' },
    { source: 'The broadcaster Harbour Radio', content: 'it had seen the letter', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Nordlane');
  assert.equal(r.speakerOf(0)?.type, 'organization');
  assert.equal(r.speakerOf(1)?.type, 'media');
});

test('"Brackwater Foods" is a company, and "Brackwater" later in the article is the same company', () => {
  const text = 'Brackwater Foods said grain prices had risen. Brackwater would not answer questions about jobs. Later, Brackwater said jobs were safe.';
  const r = run(text, [
    { source: 'Brackwater Foods', content: 'grain prices had risen', kind: 'indirect' },
    { source: 'Brackwater', nth: 1, content: 'questions about jobs', kind: 'indirect' },
    { source: 'Brackwater', nth: 2, content: 'jobs were safe', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.type, 'organization');
  assert.equal(r.speakerOf(1)?.id, r.speakerOf(0)?.id);
  assert.equal(r.speakerOf(2)?.id, r.speakerOf(0)?.id);
});

test('"the islands\' MP, Morag Finlay," is a person whose title is MP, and "The carrier, Skyway," an organisation', () => {
  const text = 'The islands\' MP, Morag Finlay, wrote that the ferry was late again. The carrier, Skyway, said the fares would fall. Isle Link, the ferry operator, said nothing.';
  const r = run(text, [
    { source: 'The islands\' MP, Morag Finlay,', content: 'that the ferry was late again', kind: 'indirect' },
    { source: 'The carrier, Skyway', content: 'the fares would fall', kind: 'indirect' },
    { source: 'Isle Link, the ferry operator', content: 'nothing', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Morag Finlay');
  assert.equal(r.speakerOf(0)?.type, 'person');
  assert.equal(r.speakerOf(0)?.role, 'MP');
  assert.equal(r.speakerOf(1)?.name, 'Skyway');
  assert.equal(r.speakerOf(1)?.type, 'organization');
  assert.equal(r.speakerOf(2)?.type, 'organization');
});

test('"Campaigner Dev Halloran": a descriptive title before a name is a role, not part of the name', () => {
  const text = 'Campaigner Dev Halloran said the sale was rushed. The novelist Ines Varga said nothing.';
  const r = run(text, [
    { source: 'Campaigner Dev Halloran', content: 'the sale was rushed', kind: 'indirect' },
    { source: 'The novelist Ines Varga', content: 'nothing', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Dev Halloran');
  assert.equal(r.speakerOf(0)?.role, 'Campaigner');
  assert.equal(r.speakerOf(1)?.name, 'Ines Varga');
  assert.equal(r.speakerOf(1)?.role, 'novelist');
});

test('"the transport secretary" is a post, not an epithet for the person the story was about', () => {
  const text = 'Ivo Brandt said the ferry was late. The transport secretary said the timetable would change. The transport secretary was asked about the fares. He said they would fall.';
  const r = run(text, [
    { source: 'Ivo Brandt', content: 'the ferry was late', kind: 'indirect' },
    { source: 'The transport secretary', content: 'the timetable would change', kind: 'indirect' },
    { source: 'He', content: 'they would fall', kind: 'indirect' },
  ]);
  assert.notEqual(r.speakerOf(1)?.id, r.speakerOf(0)?.id);
  assert.equal(r.speakerOf(1)?.role, 'transport secretary');
  // the post opening the sentence before is who "he" is
  assert.equal(r.speakerOf(2)?.id, r.speakerOf(1)?.id);
  // a secretary named with the post before is still who the post means
  const t2 = 'Transport Secretary Ada Moss met the crews. The transport secretary said the pier must stay.';
  const r2 = run(t2, [{ source: 'The transport secretary', content: 'the pier must stay', kind: 'indirect' }]);
  assert.equal(r2.speakerOf(0)?.name, 'Ada Moss');
});

test('"the carrier" and a headline\'s "Airline" are the company the article names, not organisations of their own', () => {
  const text = 'Airline blames the weather for cancellations\n\nSkyway Airlines cancelled 300 flights and said storms were to blame. The carrier said refunds would follow. The air traffic service said staffing was normal.';
  const r = run(text, [
    { source: 'Airline', content: 'the weather for cancellations', kind: 'indirect' },
    { source: 'Skyway Airlines', content: 'storms were to blame', kind: 'indirect' },
    { source: 'The carrier', content: 'refunds would follow', kind: 'indirect' },
    { source: 'The air traffic service', content: 'staffing was normal', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(1)?.name, 'Skyway Airlines');
  assert.equal(r.speakerOf(0)?.id, r.speakerOf(1)?.id);
  assert.equal(r.speakerOf(2)?.id, r.speakerOf(1)?.id);
  // a body that is no company stays itself
  assert.notEqual(r.speakerOf(3)?.id, r.speakerOf(1)?.id);
});

test('"the regional water company, Arlen Water," makes Arlen Water an organisation wherever it speaks later', () => {
  const text = 'The trust called on the regional water company, Arlen Water, to spend more. Arlen Water disputed the findings.';
  const r = run(text, [
    { source: 'The trust', content: 'the regional water company, Arlen Water, to spend more', kind: 'indirect' },
    { source: 'Arlen Water', nth: 1, content: 'the findings', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(1)?.name, 'Arlen Water');
  assert.equal(r.speakerOf(1)?.type, 'organization');
});

test('"Chief Inspector Owen Rees of Arlen Police" is a titled person of that force, and the later "he" is him', () => {
  const text = 'Chief Inspector Owen Rees of Arlen Police has urged people to stay away. "It is not worth a photo," he said.';
  const r = run(text, [
    { source: 'Chief Inspector Owen Rees of Arlen Police', content: 'people to stay away', kind: 'indirect' },
    { source: 'he', content: '"It is not worth a photo,"' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Owen Rees');
  assert.equal(r.speakerOf(0)?.role, 'Chief Inspector');
  assert.equal(r.speakerOf(0)?.organization, 'Arlen Police');
  assert.equal(r.speakerOf(1)?.id, r.speakerOf(0)?.id);
});

test('a relative introduced as such ("Her daughter, Juno Aldous,") is not who the shared surname means later', () => {
  const text = 'Wren Aldous, a lighthouse keeper for 31 years, has died. Her daughter, Juno Aldous, said she died at home. Aldous often said the job taught her patience.';
  const r = run(text, [
    { source: 'Her daughter, Juno Aldous', content: 'she died at home', kind: 'indirect' },
    { source: 'Aldous', nth: 2, content: 'the job taught her patience', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Juno Aldous');
  assert.equal(r.speakerOf(1)?.name, 'Wren Aldous');
});

test('"Soto\'s chief of staff Marek Halden" and "former secretary of state Ada Moss": a lower-case title with "of" before a name', () => {
  const text = 'Soto\'s chief of staff Marek Halden wrote that every rule was followed. Former secretary of state Ada Moss said the tender was fair. Moss said more later.';
  const r = run(text, [
    { source: 'Soto\'s chief of staff Marek Halden', content: 'that every rule was followed', kind: 'indirect' },
    { source: 'Former secretary of state Ada Moss', content: 'the tender was fair', kind: 'indirect' },
    { source: 'Moss', nth: 1, content: 'more later', kind: 'indirect' },
  ]);
  assert.equal(r.speakerOf(0)?.name, 'Marek Halden');
  assert.equal(r.speakerOf(0)?.role, 'chief of staff');
  assert.equal(r.speakerOf(0)?.organization, 'Soto');
  assert.equal(r.speakerOf(1)?.name, 'Ada Moss');
  assert.equal(r.speakerOf(1)?.role, 'secretary of state');
  assert.equal(r.speakerOf(2)?.id, r.speakerOf(1)?.id);
});
