import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document/document.js';
import { segment } from '../src/segment/segment.js';
import { findQuotes } from '../src/quotes/quotes.js';
import { findAttributions, foldContinuations } from '../src/attribution/attribution.js';
import type { Attribution } from '../src/document/types.js';

function run(text: string): Attribution[] {
  const doc = createDocument(text);
  Object.assign(doc.ann, segment(doc));
  Object.assign(doc.ann, findQuotes(doc));
  return findAttributions(doc).attributions;
}

/** The parts of an attribution as plain strings, for exact comparison. */
function shape(a: Attribution) {
  return {
    kind: a.kind,
    cue: a.cue?.text ?? null,
    source: a.source?.text ?? null,
    content: (a.contentParts ?? [a.content]).map((p) => p.text),
  };
}

function only(text: string) {
  const found = run(text);
  assert.equal(found.length, 1, `one attribution in: ${text} (got ${JSON.stringify(found.map(shape))})`);
  return shape(found[0]!);
}

/** Asserts that some attribution of `text` has this cue and this source (all found, in the message). */
function assertFrame(text: string, cue: string, source: string | null) {
  const found = run(text).map(shape);
  assert.ok(found.some((a) => a.cue === cue && a.source === source), JSON.stringify(found));
}

/** Asserts that `text` has one attribution, with this cue, source and content parts. */
function assertOnly(text: string, cue: string, source: string | null, content: string[]) {
  const a = only(text);
  assert.equal(a.cue, cue);
  assert.equal(a.source, source);
  assert.deepEqual(a.content, content);
}

test('spans are slices of the text', () => {
  const text = '“The ferry will run again,” the harbour master said on Monday.';
  for (const a of run(text)) {
    for (const s of [a.cue, a.source, a.content, ...(a.contentParts ?? [])]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
  }
});

test('direct quote before the cue, subject first', () => {
  assert.deepEqual(only('“The ferry will run again,” the harbour master said on Monday.'), {
    kind: 'direct',
    cue: 'said',
    source: 'the harbour master',
    content: ['“The ferry will run again,”'],
  });
});

test('direct quote before an inverted cue keeps the apposition in the source', () => {
  assert.deepEqual(only('“The plan is dead,” said Maria Lopez, the council leader.'), {
    kind: 'direct',
    cue: 'said',
    source: 'Maria Lopez, the council leader',
    content: ['“The plan is dead,”'],
  });
});

test('a quote split by its cue is one attribution with two content parts', () => {
  assert.deepEqual(only('“We will rebuild the bridge,” the mayor said, “and we will do it fast.”'), {
    kind: 'direct',
    cue: 'said',
    source: 'the mayor',
    content: ['“We will rebuild the bridge,”', '“and we will do it fast.”'],
  });
});

test('straight quotation marks work like curly ones', () => {
  assert.deepEqual(only('"Taxes will not rise," the treasurer said.'), {
    kind: 'direct',
    cue: 'said',
    source: 'the treasurer',
    content: ['"Taxes will not rise,"'],
  });
});

test('a colon after the cue belongs to the cue', () => {
  assert.deepEqual(only('The minister said: “Prices will fall.”'), {
    kind: 'direct',
    cue: 'said:',
    source: 'The minister',
    content: ['“Prices will fall.”'],
  });
});

test('a quote running over two paragraphs is one content', () => {
  assert.deepEqual(only('The coach said: “We trained all winter.\n“The team is ready for the season.”'), {
    kind: 'direct',
    cue: 'said:',
    source: 'The coach',
    content: ['“We trained all winter.\n“The team is ready for the season.”'],
  });
});

test('indirect speech keeps "that" and drops the final period', () => {
  assert.deepEqual(only('The governor said that the budget was balanced.'), {
    kind: 'indirect',
    cue: 'said',
    source: 'The governor',
    content: ['that the budget was balanced'],
  });
});

test('"told reporters": the addressee is neither cue nor content', () => {
  assert.deepEqual(only('Jones told reporters the vote would happen on Friday.'), {
    kind: 'indirect',
    cue: 'told',
    source: 'Jones',
    content: ['the vote would happen on Friday'],
  });
});

test('indirect speech with the reporting clause at the end', () => {
  assert.deepEqual(only('The vote will happen next week, he said.'), {
    kind: 'indirect',
    cue: 'said',
    source: 'he',
    content: ['The vote will happen next week'],
  });
});

test('"according to" before or after the content', () => {
  assert.deepEqual(only('According to the report, unemployment rose sharply.'), {
    kind: 'indirect',
    cue: 'According to',
    source: 'the report',
    content: ['unemployment rose sharply'],
  });
  assert.deepEqual(only('Unemployment rose sharply, according to the report.'), {
    kind: 'indirect',
    cue: 'according to',
    source: 'the report',
    content: ['Unemployment rose sharply'],
  });
});

test('"in a statement" joins the cue; a time adjunct joins neither part', () => {
  assert.deepEqual(only('The ferry line said in a statement that fares would rise.'), {
    kind: 'indirect',
    cue: 'said in a statement',
    source: 'The ferry line',
    content: ['that fares would rise'],
  });
  assert.deepEqual(only('The company said on Tuesday that it would appeal.'), {
    kind: 'indirect',
    cue: 'said',
    source: 'The company',
    content: ['that it would appeal'],
  });
});

test('"has been quoted as saying" and "went on to say" are whole cues', () => {
  assert.deepEqual(only('A senior official has been quoted as saying, “Nothing is off the table.”'), {
    kind: 'direct',
    cue: 'has been quoted as saying',
    source: 'A senior official',
    content: ['“Nothing is off the table.”'],
  });
  assert.deepEqual(only('Reyes went on to say that the talks had stalled.'), {
    kind: 'indirect',
    cue: 'went on to say',
    source: 'Reyes',
    content: ['that the talks had stalled'],
  });
});

test('participial cues share the source of their clause', () => {
  const found = run('Smith praised the deal, adding that it would create jobs.').map(shape);
  assert.deepEqual(found, [
    { kind: 'indirect', cue: 'praised', source: 'Smith', content: ['the deal'] },
    { kind: 'indirect', cue: 'adding', source: 'Smith', content: ['that it would create jobs'] },
  ]);
  const after = run('“There is no deal yet,” he said, also emphasizing that talks would continue.').map(shape);
  assert.deepEqual(after, [
    { kind: 'direct', cue: 'said', source: 'he', content: ['“There is no deal yet,”'] },
    { kind: 'indirect', cue: 'also emphasizing', source: 'he', content: ['that talks would continue'] },
  ]);
});

test('attitudes: beliefs, wants, warnings, denials, acknowledgements', () => {
  assert.deepEqual(only('Most voters believe the economy is improving.'), {
    kind: 'indirect', cue: 'believe', source: 'Most voters', content: ['the economy is improving'],
  });
  assert.deepEqual(only('The senator wants to cut taxes.'), {
    kind: 'indirect', cue: 'wants', source: 'The senator', content: ['to cut taxes'],
  });
  assert.deepEqual(only('He warned that the bridge could collapse.'), {
    kind: 'indirect', cue: 'warned', source: 'He', content: ['that the bridge could collapse'],
  });
  assert.deepEqual(only('She denied the allegations.'), {
    kind: 'indirect', cue: 'denied', source: 'She', content: ['the allegations'],
  });
  assert.deepEqual(only('The union acknowledged that turnout was low.'), {
    kind: 'indirect', cue: 'acknowledged', source: 'The union', content: ['that turnout was low'],
  });
});

test('a partial quote inside paraphrase is mixed', () => {
  assert.deepEqual(only('The mayor said the project was “a total success” for the city.'), {
    kind: 'mixed',
    cue: 'said',
    source: 'The mayor',
    content: ['the project was “a total success” for the city'],
  });
});

test('scare quotes and titles are no attribution', () => {
  assert.deepEqual(run('The so-called “reform” passed on Tuesday.'), []);
  assert.deepEqual(run('She watched “The Crown” on Sunday.'), []);
});

test('only the outermost attribution counts', () => {
  assert.deepEqual(only('The aide said the senator believes the bill will pass.'), {
    kind: 'indirect',
    cue: 'said',
    source: 'The aide',
    content: ['the senator believes the bill will pass'],
  });
});

test('a quote with no cue right after an attributed quote continues it', () => {
  const found = run('“We are ready,” the coach said.\n“The team has trained all winter.”');
  assert.deepEqual(found.map(shape), [
    { kind: 'direct', cue: 'said', source: 'the coach', content: ['“We are ready,”'] },
    { kind: 'direct', cue: null, source: null, content: ['“The team has trained all winter.”'] },
  ]);
  assert.equal(found[1]!.continues, found[0]!.id);
  assert.equal(found[0]!.continues, undefined);
  // PolNeAR's view: one relation with two content fragments
  const folded = foldContinuations('“We are ready,” the coach said.\n“The team has trained all winter.”', found);
  assert.equal(folded.length, 1);
  assert.deepEqual(folded[0]!.contentParts!.map((p) => p.text), ['“We are ready,”', '“The team has trained all winter.”']);
});

test('a quote after unrelated narration does not continue anything', () => {
  const found = run('“We are ready,” the coach said.\nThe stadium was half empty.\n“Nobody came,” a fan complained.');
  assert.deepEqual(found.map((a) => [a.cue?.text ?? null, a.continues ?? null]), [['said', null], ['complained', null]]);
});

test('a large text finishes (bounded walks, no quadratic passes)', () => {
  const para = 'The official said that the plan was “ready” and, according to aides, would pass. “It will,” he added.\n';
  const text = para.repeat(3000);
  const found = run(text);
  assert.ok(found.length >= 6000, `found ${found.length}`);
});

test('a "Name: words" line is an attribution with the colon as cue', () => {
  assert.deepEqual(run('Harbour Board: Ferries Will Run All Winter.\nThe board met on Monday.').map(shape), [
    { kind: 'indirect', cue: ':', source: 'Harbour Board', content: ['Ferries Will Run All Winter'] },
  ]);
});

test('"Asked whether ..." is a question attributed to no one in particular', () => {
  assert.deepEqual(run('Asked whether the ferry would run, the captain said yes.').map(shape), [
    { kind: 'indirect', cue: 'Asked', source: null, content: ['whether the ferry would run'] },
    { kind: 'indirect', cue: 'said', source: 'the captain', content: ['yes'] },
  ]);
});

test("content stops where the writer's own clause begins", () => {
  assert.deepEqual(only('The board said the ferries would run, but the weather will decide.'), {
    kind: 'indirect', cue: 'said', source: 'The board', content: ['the ferries would run'],
  });
});

test('sources: wire quotes with an inverted source, ages and places, party tags, dashes, time adjuncts, intro phrases', () => {
  assert.deepEqual(only("''The ferry is late again,'' said Ana Ruiz-Costa, 41, of Portsmouth, N.H."), {
    kind: 'direct', cue: 'said', source: 'Ana Ruiz-Costa, 41, of Portsmouth, N.H.', content: ["''The ferry is late again,''"],
  });
  assert.equal(only('Lena Hart, 33, of Tulsa, Okla., says the ferry is late.').source, 'Lena Hart, 33, of Tulsa, Okla.,');
  assert.equal(only('Rep. Dana Holt (D-Md.) said the ferry was late.').source, 'Rep. Dana Holt (D-Md.)');
  assert.equal(only('Jason Sims — a teacher from Dover — says the ferry was late.').source, 'Jason Sims — a teacher from Dover —');
  assert.equal(only('The harbour board on Monday said the ferry was late.').source, 'The harbour board');
  assert.equal(only('By contrast, Ola Berg, a ferry captain, predicted calm seas.').source, 'Ola Berg, a ferry captain,');
});

test('an addressee after a quotation is neither content nor source', () => {
  assert.deepEqual(only('“The ferry is late,” she told reporters.'), {
    kind: 'direct', cue: 'told', source: 'she', content: ['“The ferry is late,”'],
  });
});

test('a relative clause with its own cue does not swallow the main clause', () => {
  assert.deepEqual(run('Lee Park, who said the boats were old, said the crew was new.').map(shape), [
    { kind: 'indirect', cue: 'said', source: 'who', content: ['the boats were old'] },
    { kind: 'indirect', cue: 'said', source: 'Lee Park, who said the boats were old,', content: ['the crew was new'] },
  ]);
});

test('a passive cue takes its agent as source and its subject as part of the content', () => {
  assert.deepEqual(only('The governor was criticized by the union for cutting the budget.'), {
    kind: 'indirect', cue: 'was criticized', source: 'the union', content: ['The governor', 'for cutting the budget'],
  });
});

test('cue shapes: infinitives, raising verbs, dash asides, "but that" continuations, addressees', () => {
  assert.deepEqual(only('The mayor declined to comment on the lawsuit.'), {
    kind: 'indirect', cue: 'declined', source: 'The mayor', content: ['to comment on the lawsuit'],
  });
  assert.deepEqual(only('She vowed to “take our case” to every state.'), {
    kind: 'mixed', cue: 'vowed', source: 'She', content: ['to “take our case” to every state'],
  });
  assert.deepEqual(only('He wrote to his followers, “It is time.”'), {
    kind: 'direct', cue: 'wrote', source: 'He', content: ['“It is time.”'],
  });
  assert.deepEqual(only('The economy seemed immune to the shock.'), {
    kind: 'indirect', cue: 'seemed', source: null, content: ['The economy', 'immune to the shock'],
  });
  assert.deepEqual(only('She argued - rebuking him by name - that the plan failed.'), {
    kind: 'indirect', cue: 'argued', source: 'She', content: ['that the plan failed'],
  });
  assert.deepEqual(only('He predicted that wages would fall, but that overtime would offset it.'), {
    kind: 'indirect', cue: 'predicted', source: 'He', content: ['that wages would fall, but that overtime would offset it'],
  });
});

test('empty and cue-less texts give no attributions', () => {
  assert.deepEqual(run(''), []);
  assert.deepEqual(run('The river rose overnight. Boats stayed in the harbour.'), []);
});

test('a dateline is not part of the content before a reporting clause', () => {
  assert.deepEqual(only('PORT ARLEN — The ferry will stop running in May, the harbour master said.'), {
    kind: 'indirect', cue: 'said', source: 'the harbour master', content: ['The ferry will stop running in May'],
  });
});

test('a wire dateline with a state, a date or the agency, before a dash or a spaced hyphen, is not content either', () => {
  const want = { kind: 'indirect', cue: 'said', source: 'the harbour master', content: ['The ferry will stop running in May'] };
  for (const dateline of ['PORT ARLEN (Harbour Wire) -', 'PORT ARLEN, March 12 (Harbour Wire) -', 'LOWMOOR, Mass., Sept. 3 (HW) —', 'ARLEN, Ore. —',
    'PORT ARLEN, Scotland (Harbour Wire) —', 'LOWMOOR, New Carrow —']) {
    assert.deepEqual(only(`${dateline} The ferry will stop running in May, the harbour master said.`), want, dateline);
  }
  // a hyphen inside a word, or a sentence opening with capitals of its own, is no dateline
  assert.deepEqual(only('NATO-led ferries will stop running in May, the harbour master said.').content, ['NATO-led ferries will stop running in May']);
  assert.deepEqual(only('ARLEN ferries will stop running in May, the harbour master said.').content, ['ARLEN ferries will stop running in May']);
});

test('"It is understood that X": an impersonal "it" before a reporting passive is no source', () => {
  assert.deepEqual(only('It is understood that two ferry operators are under investigation.'), {
    kind: 'indirect', cue: 'is understood', source: null, content: ['that two ferry operators are under investigation'],
  });
  assert.equal(only('It has been widely understood that the ramp was faulty.').source, null);
  // an active verb keeps its "it": a board or a company that said something
  assert.equal(only('It said that the ramp was safe.').source, 'It');
});

test('after a quotation, "He warned, however, that X" reports X, not the quotation before it', () => {
  for (const verb of ['warned', 'cautioned', 'told reporters']) {
    // (the tagger reads this "that" as a determiner after the aside)
    const found = run(`Ada Moss called the plan "a gamble." She ${verb}, however, that ferry fares can be raised.`).map(shape);
    assert.deepEqual(found.at(-1)!.content, ['that ferry fares can be raised'], verb);
  }
});

test('poll shares as sources, with a verb the tagger may read as a noun', () => {
  assert.deepEqual(only('One in five say the ferry is too slow.'), {
    kind: 'indirect', cue: 'say', source: 'One in five', content: ['the ferry is too slow'],
  });
});

test('title-case headlines and role-word subjects', () => {
  assert.deepEqual(only('Harbour Chief Says Ferries Will Run All Winter'), {
    kind: 'indirect', cue: 'Says', source: 'Harbour Chief', content: ['Ferries Will Run All Winter'],
  });
});

test('messy input (stray marks, dashes, colons) never throws and spans stay slices of the text', () => {
  const pieces = ['“', '”', '"', "'", "''", '‘', '’', ',', ':', ' — ', '.', '\n', ' said ', ' Smith ', ' the plan ', ' according to ', ' told reporters ', ' Asked whether ', ' (D-N.Y.) ', ' Q: '];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 40; round++) {
    let text = '';
    for (let k = 0; k < 60; k++) text += pieces[Math.floor(next() * pieces.length)];
    for (const a of run(text)) {
      for (const s of [a.cue, a.source, a.content, ...(a.contentParts ?? [])]) {
        if (s) assert.equal(text.slice(s.start, s.end), s.text);
      }
    }
  }
});

test('a clause adverb between subject and cue belongs to neither', () => {
  assert.deepEqual(only('Moss meanwhile asked, “Is the ferry late?”'), {
    kind: 'direct', cue: 'asked', source: 'Moss', content: ['“Is the ferry late?”'],
  });
});

test('a quotation signed with a dash at the end of its paragraph: the dash is the cue, the name the source', () => {
  const text = [
    'Readers told us what the ferry cuts mean for them.',
    '“The last boat leaves before my shift ends. I sleep at the depot twice a week.”― Marta Kowalczyk',
    '“We were never asked. Not once.” — Deshawn Miller, a dock worker in Harwich.',
  ].join('\n\n');
  assert.deepEqual(run(text).map(shape).slice(1), [
    { kind: 'direct', cue: '―', source: 'Marta Kowalczyk', content: ['“The last boat leaves before my shift ends. I sleep at the depot twice a week.”'] },
    { kind: 'direct', cue: '—', source: 'Deshawn Miller', content: ['“We were never asked. Not once.”'] },
  ]);
});

test('a dash after a quotation that is not a signature is no attribution', () => {
  assert.deepEqual(run('The pier — “a relic,” as one official put it — will close.\n\n“It was a mistake” – but nobody resigned.').map(shape).filter((a) => a.cue === '—' || a.cue === '–'), []);
  assert.deepEqual(run('“Fix the pier” — the council’s motto this year.').map(shape), []);
});

test('a transcript quoted paragraph by paragraph: each "NAME: words" line is attributed to its speaker', () => {
  const text = 'Here is part of the interview:\n\n"HOST: Let us start with the ferry. Will it run in May?\n\n"MAYOR: Well, look, the council will decide that next week."\n\nThe council did not comment.';
  assert.deepEqual(run(text).map((a) => [a.cue?.text, a.source?.text, a.content.text]), [
    [':', 'HOST', 'Let us start with the ferry. Will it run in May?'],
    [':', 'MAYOR', 'Well, look, the council will decide that next week."'],
  ]);
});

test('a source with a hyphenated age or a party tag keeps its whole apposition, and subject and content are never swapped', () => {
  assert.deepEqual(only('“I never trusted the council,” said the 46-year-old.'), {
    kind: 'direct', cue: 'said', source: 'the 46-year-old', content: ['“I never trusted the council,”'],
  });
  assert.deepEqual(only('Mike Morrow, a 25-year veteran of the harbour board who retired in 2011, said the approach is not enough.'), {
    kind: 'indirect', cue: 'said', source: 'Mike Morrow, a 25-year veteran of the harbour board who retired in 2011,', content: ['the approach is not enough'],
  });
  assert.deepEqual(only('Rep. Eli Cummins (D-Md.), head of the pier committee, said the mayor did not appear worried.'), {
    kind: 'indirect', cue: 'said', source: 'Rep. Eli Cummins (D-Md.), head of the pier committee,', content: ['the mayor did not appear worried'],
  });
});

test('after a quotation, "said NAME" holds when the tagger takes the first name for a verb or the sentence goes on after the name', () => {
  assert.deepEqual(only("''We will rebuild the pier,'' said Josh Arnest, the harbour spokesman."), {
    kind: 'direct', cue: 'said', source: 'Josh Arnest, the harbour spokesman', content: ["''We will rebuild the pier,''"],
  });
  assert.deepEqual(only('“It is a big moment,” said Stev Schmit, a top strategist on the mayor’s campaign in 2008 and the governor’s in 2012.'), {
    // the apposition's own time phrases stay in it: PolNeAR runs an inverted source to the sentence end
    kind: 'direct', cue: 'said', source: 'Stev Schmit, a top strategist on the mayor’s campaign in 2008 and the governor’s in 2012', content: ['“It is a big moment,”'],
  });
});

test('subjects with a relative clause, a survey participle or a standalone determiner', () => {
  assert.deepEqual(only('Progressive groups that have endorsed the mayor say the council should decide.'), {
    kind: 'indirect', cue: 'say', source: 'Progressive groups that have endorsed the mayor', content: ['the council should decide'],
  });
  assert.deepEqual(only('The workers who lost their jobs said the plant was profitable.'), {
    kind: 'indirect', cue: 'said', source: 'The workers who lost their jobs', content: ['the plant was profitable'],
  });
  assert.deepEqual(only('Some 56 percent of the residents polled said they were less likely to vote.'), {
    kind: 'indirect', cue: 'said', source: 'Some 56 percent of the residents polled', content: ['they were less likely to vote'],
  });
  assert.deepEqual(only('One trader was upbeat. Yet another said, “The market is over.”').source, 'another');
  // an object relative is no subject: the claims are not the ones speaking
  assert.equal(run('The claims that critics say are false spread fast.').some((a) => a.source?.text.startsWith('The claims')), false);
});

test('an aside between commas after the cue does not hide the content', () => {
  assert.deepEqual(only('Sources told the paper, however, that the mayor had joined the thread.'), {
    kind: 'indirect', cue: 'told', source: 'Sources', content: ['that the mayor had joined the thread'],
  });
  assert.deepEqual(only('The mayor said, however, the pier would reopen.').content, ['the pier would reopen']);
});

test('a roster or a form label before a colon is no speaker', () => {
  assert.deepEqual(run('The panel members follow.\n\nIowa: Tim Albert, Brad Anders, Rob Barr, Jeff Boyd.\n\nEmail: desk@example.org').map(shape), []);
  assert.deepEqual(run('Obama: Families of victims do not care about politics').map(shape), [
    { kind: 'indirect', cue: ':', source: 'Obama', content: ['Families of victims do not care about politics'] },
  ]);
});

test('an apposition with its own relative clause or a possessive, after a leading conjunction, stays the source', () => {
  assert.deepEqual(only('Dara Vell, an auditor who has reviewed the port accounts, said she found no missing funds.'), {
    kind: 'indirect', cue: 'said', source: 'Dara Vell, an auditor who has reviewed the port accounts,', content: ['she found no missing funds'],
  });
  assert.deepEqual(only("But Omar Keel, the union's deputy chair, said that most members backed the deal."), {
    kind: 'indirect', cue: 'said', source: "Omar Keel, the union's deputy chair,", content: ['that most members backed the deal'],
  });
});

test('without a quotation, a reporting verb after a reported clause is not read as "CONTENT, said SOURCE"', () => {
  const found = run('Talking to a local station, Mira said her sister and the producer, Al Fenn, wrote most of the songs.').map(shape);
  assert.equal(found.some((a) => a.cue === 'wrote' && a.source === 'most of the songs'), false);
  assert.equal(found.some((a) => a.cue === 'said' && a.source === 'Mira'), true);
});

test('a name set off by commas after an opening phrase, "now" descriptions, and a clause before the source chain', () => {
  assert.deepEqual(only('At the rally on Friday, Gov. Jo Kessel (R-OH), said, “We are ready.”'), {
    kind: 'direct', cue: 'said', source: 'Gov. Jo Kessel (R-OH),', content: ['“We are ready.”'],
  });
  assert.deepEqual(only("''We were lucky,'' Mr. Oduya, now 80 and retired in Salem, Ore., said by phone."), {
    kind: 'direct', cue: 'said by phone', source: 'Mr. Oduya, now 80 and retired in Salem, Ore.,', content: ["''We were lucky,''"], // #962 the channel joins the cue
  });
  const chain = only('The ferry company built the app, a spokeswoman, Ines Marr, said on Sunday.');
  assert.equal(chain.source, 'a spokeswoman, Ines Marr,');
  assert.equal(chain.content[0], 'The ferry company built the app');
});

test('speech participles: after their own noun phrase, after a dash or "by"/"while", they report', () => {
  assert.deepEqual(only('The desk received letters saying the bridge had flooded.'), {
    kind: 'indirect', cue: 'saying', source: 'letters', content: ['the bridge had flooded'],
  });
  assert.deepEqual(only('The poll is grim, with 40 percent of riders saying service is worse.').source, '40 percent of riders');
  assert.deepEqual(only('Lund changed his pick on the spot – saying he would now back the visitors.'), {
    kind: 'indirect', cue: 'saying', source: 'Lund', content: ['he would now back the visitors'],
  });
  assert.deepEqual(only('Amos caused a stir on Friday by saying that the audit was rigged.').source, 'Amos');
  // other bare participles still report nothing
  assert.deepEqual(run('The union issued leaflets condemning the closure.').map(shape), []);
});

test('"According to X," opening a sentence takes the rest of it (#230: the attribution inside is hidden)', () => {
  assert.deepEqual(run('According to a new survey, 51 percent of riders said the ferry was late.').map(shape), [
    { kind: 'indirect', cue: 'According to', source: 'a new survey', content: ['51 percent of riders said the ferry was late'] },
  ]);
});

test('a postposed reporting clause after a sentence with its own cue is the outer attribution', () => {
  assert.deepEqual(only('In a memo, Rhee explained how she had filed the form in the “wrong tray,” the Ledger reported.'), {
    kind: 'mixed', cue: 'reported', source: 'the Ledger', content: ['In a memo, Rhee explained how she had filed the form in the “wrong tray,”'],
  });
});

test('"chief of staff" before a name stays one source, though the tagger reads "chief" as an adjective', () => {
  assert.deepEqual(only('“It will pass,” the mayor’s chief of staff, Rui Dantas, told the paper.').source, 'the mayor’s chief of staff, Rui Dantas,');
});

test('a place or a quoted programme between the cue and a "that" clause is neither addressee content nor content', () => {
  assert.deepEqual(only('Moss told WXRT’s “Morning Desk” on Monday that he would run again.').content, ['that he would run again']);
  assert.deepEqual(only('Reyes told supporters at a hotel in downtown Tulsa that she is not giving up.').content, ['that she is not giving up']);
  assert.deepEqual(only('The mayor said at a briefing in the old town hall that the pier would reopen.').content, ['that the pier would reopen']);
});

test('a poll introduced by "in" reports what it found (#230: the answers it quotes are nested in it)', () => {
  assert.deepEqual(run('In a Harbour Gazette poll released Monday, 61 percent of riders said the ferry was late.').map(shape), [
    { kind: 'indirect', cue: 'In', source: 'a Harbour Gazette poll released Monday', content: ['61 percent of riders said the ferry was late'] },
  ]);
  assert.deepEqual(only('The mayor leads by nine points in the latest county poll.'), {
    kind: 'indirect', cue: 'in', source: 'the latest county poll', content: ['The mayor leads by nine points'],
  });
  assert.deepEqual(run('She works in a poll station near the river.').map(shape), []);
});

test('"support" after a share of people is a verb, though the tagger reads it as a noun', () => {
  assert.deepEqual(only('About two-thirds of the members support a ban on night flights.'), {
    kind: 'indirect', cue: 'support', source: 'About two-thirds of the members', content: ['a ban on night flights'],
  });
});

test('a naming participle after an indefinite noun phrase is no cue', () => {
  assert.deepEqual(run('She now runs a small charity called Harbour Hope.').map(shape), []);
  assert.deepEqual(only('The mayor called the plan “reckless.”').cue, 'called');
});

test('"as X reported" reports the clause it is set off from, before or after it', () => {
  assert.deepEqual(only('As the Ledger reported, the ferry contract was never signed.'), {
    kind: 'indirect', cue: 'reported', source: 'the Ledger', content: ['the ferry contract was never signed'],
  });
  assert.deepEqual(only('The ferry contract was never signed, as the Ledger reported on Tuesday.'), {
    kind: 'indirect', cue: 'reported', source: 'the Ledger', content: ['The ferry contract was never signed'],
  });
  assert.deepEqual(run('He left early as the mayor said.').map(shape), []);
});

test('a source may join two role nouns: "the mayor and presidential candidate"', () => {
  assert.deepEqual(only('“We are ready,” the former mayor and presidential candidate told the crowd.').source, 'the former mayor and presidential candidate');
});

test('"asked" with where the question was put, by whom and to do what, and "when asked" after a quotation', () => {
  assert.deepEqual(run('Asked on the morning show who leads the party, she said the mayor.').map(shape)[0], {
    kind: 'indirect', cue: 'Asked', source: null, content: ['who leads the party'],
  });
  assert.deepEqual(run('Asked by the host to respond to the audit, Reyes said, “It is noise.”').map(shape)[0], {
    kind: 'indirect', cue: 'Asked', source: 'the host', content: ['to respond to the audit'],
  });
  assert.deepEqual(run('“You bet I would,” Reyes said when asked whether she would close the pier.').map(shape), [
    { kind: 'direct', cue: 'said', source: 'Reyes', content: ['“You bet I would,”'] },
    { kind: 'indirect', cue: 'asked', source: null, content: ['whether she would close the pier'] },
  ]);
});

test('a parenthetical "records show" splits the content it reports into two parts', () => {
  assert.deepEqual(only('The ferry, port records show, has not sailed since May.'), {
    kind: 'indirect', cue: 'show', source: 'port records', content: ['The ferry', 'has not sailed since May'],
  });
});

test('"notes" after a name is a reporting verb; after a noun it is a noun', () => {
  assert.deepEqual(only('“The pier is safe,” Alvarez notes.'), { kind: 'direct', cue: 'notes', source: 'Alvarez', content: ['“The pier is safe,”'] });
  assert.deepEqual(run('The meeting notes were lost.').map(shape), []);
});

test('"reportedly" on its own reports the clause around it, with no source; before a cue verb it joins the cue', () => {
  assert.deepEqual(only('The ferry company has reportedly hired three new captains.'), {
    kind: 'indirect', cue: 'reportedly', source: null, content: ['The ferry company has', 'hired three new captains'],
  });
  assert.deepEqual(only('The mayor reportedly told aides she would resign.').cue, 'reportedly told');
});

test('a source may carry a "whose" clause between commas, before or after the cue', () => {
  assert.deepEqual(only('Ms. Ortega, whose bakery was flooded twice last spring, said the river wall had failed.'), {
    kind: 'indirect', cue: 'said', source: 'Ms. Ortega, whose bakery was flooded twice last spring,', content: ['the river wall had failed'],
  });
  assert.deepEqual(only('“The wall failed,” said Dana Ortega, whose bakery was flooded twice.'), {
    kind: 'direct', cue: 'said', source: 'Dana Ortega, whose bakery was flooded twice', content: ['“The wall failed,”'],
  });
});

test('"..., and NAME, ROLE, said": the conjunction opens a new reporting clause with its own source', () => {
  assert.deepEqual(run('The port insists that the dredging is on schedule, and Lena Park, the harbor engineer, said the work would end in May.').map(shape), [
    { kind: 'indirect', cue: 'insists', source: 'The port', content: ['that the dredging is on schedule'] },
    { kind: 'indirect', cue: 'said', source: 'Lena Park, the harbor engineer,', content: ['the work would end in May'] },
  ]);
});

test('a party tag ending in an abbreviation ("R-Ky.,") stays inside the apposition', () => {
  assert.deepEqual(only('“We will not fund the ferry,” Senator Ann Blake, R-Ky., said.'), {
    kind: 'direct', cue: 'said', source: 'Senator Ann Blake, R-Ky.,', content: ['“We will not fund the ferry,”'],
  });
  assert.deepEqual(only('Senator Ann Blake, D-Mass., said the ferry would be funded.'), {
    kind: 'indirect', cue: 'said', source: 'Senator Ann Blake, D-Mass.,', content: ['the ferry would be funded'],
  });
});

test('"issued a statement saying": issuing the document is part of the cue, its issuer the source', () => {
  assert.deepEqual(only('The harbor board issued a statement saying the ferry would resume in June.'), {
    kind: 'indirect', cue: 'issued a statement saying', source: 'The harbor board', content: ['the ferry would resume in June'],
  });
  assert.deepEqual(only('Later the company released a brief statement Tuesday evening, saying that no jobs would be lost.'), {
    kind: 'indirect', cue: 'released a brief statement Tuesday evening, saying', source: 'the company', content: ['that no jobs would be lost'],
  });
  // a document that is no one's statement keeps the bare participle
  assert.deepEqual(only('Volunteers carried a banner saying the pier belongs to everyone.').cue, 'saying');
});

test('"now", "still", "first", "once", "again" before the verb belong to the cue', () => {
  assert.deepEqual(only('The mayor now says the ferry will run in June.'), {
    kind: 'indirect', cue: 'now says', source: 'The mayor', content: ['the ferry will run in June'],
  });
  assert.deepEqual(only('Ortega still believes that the wall was badly built.').cue, 'still believes');
  assert.deepEqual(only('The Ledger first reported that the pier would close.').cue, 'first reported');
  // a clause adverb stays out ("then" is no longer one here: see the "then asked" test)
  assert.deepEqual(only('The mayor meanwhile said the ferry would run.').cue, 'said');
});

test('"expressed concern that", "voiced doubts about": a bare noun of feeling joins the cue, a determined one is content', () => {
  assert.deepEqual(only('The fishermen expressed concern that the quota would be cut.'), {
    kind: 'indirect', cue: 'expressed concern', source: 'The fishermen', content: ['that the quota would be cut'],
  });
  assert.deepEqual(only('Ortega voiced doubts about the new pier.'), {
    kind: 'indirect', cue: 'voiced doubts about', source: 'Ortega', content: ['the new pier'],
  });
  assert.deepEqual(only('Ortega expressed her support for the new pier.'), {
    kind: 'indirect', cue: 'expressed', source: 'Ortega', content: ['her support for the new pier'],
  });
});

test('a percentage written with a sign is a source: "42% say"', () => {
  assert.deepEqual(only('On the pier, 42% say the city should rebuild it.'), {
    kind: 'indirect', cue: 'say', source: '42%', content: ['the city should rebuild it'],
  });
});

test('"which/what SOURCE said CONTENT": the relative word is a content fragment of its own', () => {
  const found = run('The council wants a new seawall, which the mayor said the state should pay for.').map(shape);
  assert.deepEqual(found[1], { kind: 'indirect', cue: 'said', source: 'the mayor', content: ['which', 'the state should pay for'] });
  assert.deepEqual(only('The board approved what Ortega called “a reckless budget.”'), {
    kind: 'mixed', cue: 'called', source: 'Ortega', content: ['what', '“a reckless budget.”'],
  });
});

test('"asked PERSON whether/if/how ...": the person asked is left out of the content', () => {
  assert.deepEqual(only('Ortega asked the students if they had seen the ferry.'), {
    kind: 'indirect', cue: 'asked', source: 'Ortega', content: ['if they had seen the ferry'],
  });
  assert.deepEqual(only('A reporter asked Ortega how she felt about the vote.').content, ['how she felt about the vote']);
});

test('an addressee whose name holds a word the tagger reads as a verb ("told The Associated Press") stays out of the content', () => {
  assert.deepEqual(only('Moss told The Associated Press in May that the pier was safe.'), {
    kind: 'indirect', cue: 'told', source: 'Moss', content: ['that the pier was safe'],
  });
});

test('a participle used as an adjective stays in the subject: "percent of registered pilots say"', () => {
  assert.deepEqual(only('Some 47 percent of registered pilots say the pier should close.'), {
    kind: 'indirect', cue: 'say', source: 'Some 47 percent of registered pilots', content: ['the pier should close'],
  });
  assert.deepEqual(only('Many registered voters said the pier should close.').source, 'Many registered voters');
});

test('a quantifier with "of" heads the subject: "Some of her neighbors say"', () => {
  assert.deepEqual(only('Some of her neighbors say the pier should close.'), {
    kind: 'indirect', cue: 'say', source: 'Some of her neighbors', content: ['the pier should close'],
  });
  assert.deepEqual(only('“The pier must close,” all of the fishermen said.').source, 'all of the fishermen');
});

test('a document or survey with a reduced relative is the source: "The report published Tuesday showed"', () => {
  assert.deepEqual(only('The report published Tuesday showed the pier was unsafe.'), {
    kind: 'indirect', cue: 'showed', source: 'The report published Tuesday', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('Exit polls taken in Ohio showed voters wanted change.').source, 'Exit polls taken in Ohio');
});

test('an inverted source keeps a time or place phrase inside its apposition, not one right after the name', () => {
  assert.deepEqual(only('“The pier is finished,” said Tim Marsh, a strategist for the mayor in 2019.'), {
    kind: 'direct', cue: 'said', source: 'Tim Marsh, a strategist for the mayor in 2019', content: ['“The pier is finished,”'],
  });
  assert.deepEqual(only('“The pier is finished,” said Tim Marsh on Monday.').source, 'Tim Marsh');
});

test('a participle of a state of mind is no passive: its subject is the source ("are convinced that")', () => {
  assert.deepEqual(only('The fishermen are convinced that the quota is unfair.'), {
    kind: 'indirect', cue: 'are convinced', source: 'The fishermen', content: ['that the quota is unfair'],
  });
  assert.deepEqual(only('Residents are worried about the new pier.'), {
    kind: 'indirect', cue: 'are worried about', source: 'Residents', content: ['the new pier'],
  });
  // a true passive keeps its agent as the source
  assert.deepEqual(only('The mayor was criticized by the union for the new pier.').source, 'the union');
});

test('"As reported by X, CONTENT" and "CONTENT, as first reported by X": the agent is the source', () => {
  assert.deepEqual(only('As reported by the Ledger, the pier will close in June.'), {
    kind: 'indirect', cue: 'reported', source: 'the Ledger', content: ['the pier will close in June'],
  });
  assert.deepEqual(only('The pier will close in June, as first reported by the Ledger.'), {
    kind: 'indirect', cue: 'first reported', source: 'the Ledger', content: ['The pier will close in June'],
  });
});

test('"..., ”The Ledger reported." after a quotation: earlier content stops at the quote, the report holds the sentence', () => {
  const found = run("Ortega said at a harbor meeting that she was ''very worried about the pier,'' the Ledger reported.").map(shape);
  assert.deepEqual(found.find((a) => a.cue === 'reported'), {
    kind: 'mixed', cue: 'reported', source: 'the Ledger', content: ["Ortega said at a harbor meeting that she was ''very worried about the pier,''"],
  });
  // (#235: the report inside is hidden, as train gold has it; it was kept while the outer cue
  // was under 0.8 of its confidence)
  assert.equal(found.find((a) => a.cue === 'said'), undefined);
});

test('"wrote on Facebook", "posted on his Twitter page": the medium joins the cue of a written post', () => {
  assert.deepEqual(only('Ortega wrote on Facebook that the pier was safe.'), {
    kind: 'indirect', cue: 'wrote on Facebook', source: 'Ortega', content: ['that the pier was safe'],
  });
  assert.deepEqual(only('“The pier is safe,” Ortega posted on his Twitter page.').cue, 'posted on his Twitter page');
  assert.deepEqual(only('Ortega said on Twitter that the pier was safe.').cue, 'said');
});

test('a verb too weak to be a cue alone is one with a strong particle: "spoke about"', () => {
  assert.deepEqual(only('Ortega spoke about the need for a new pier.'), {
    kind: 'indirect', cue: 'spoke about', source: 'Ortega', content: ['the need for a new pier'],
  });
  assert.deepEqual(run('Ortega spoke to the crowd for an hour.').map(shape), []);
});

test('"commented on X" keeps the preposition in the cue', () => {
  assert.deepEqual(only('The mayor commented on the plan.'), {
    kind: 'indirect', cue: 'commented on', source: 'The mayor', content: ['the plan'],
  });
});

test('"records show" read as a noun by the tagger still reports when an adjective follows', () => {
  assert.deepEqual(only('Public records show scant evidence that the pier was safe.'), {
    kind: 'indirect', cue: 'show', source: 'Public records', content: ['scant evidence that the pier was safe'],
  });
});

test('a quotation ending a paragraph is no content of a reporting sentence opening the next', () => {
  const text = '“We have a plan,” the mayor said. “It is called a budget.”\n\nOrtega reported from the harbor.';
  const found = foldContinuations(text, run(text));
  const said = found.find((a) => a.cue?.text === 'said');
  assert.deepEqual(said?.source?.text, 'the mayor');
  assert.deepEqual((said?.contentParts ?? []).map((p) => p.text), ['“We have a plan,”', '“It is called a budget.”']);
  assert.ok(!found.some((a) => a.cue?.text === 'reported' && a.content.text.includes('budget')));
});

test('a bare place or time phrase after the cue is no content: "Ortega reported from the harbor."', () => {
  assert.deepEqual(run('Ortega reported from the harbor.').map(shape), []);
  assert.deepEqual(only('Ortega reported from the harbor that the ferry had sunk.').content, ['that the ferry had sunk']);
});

test('a continuation quote may end its sentence with words that hold no verb', () => {
  const text = '“The vote is over,” the mayor said. “Most residents are in favor” of the new pier.';
  const [said] = foldContinuations(text, run(text));
  assert.deepEqual((said!.contentParts ?? []).map((p) => p.text), ['“The vote is over,”', '“Most residents are in favor” of the new pier']);
  // a tail with its own verb is a new clause, not a continuation
  const other = '“The vote is over,” the mayor said. “Most residents are in favor,” a poll found.';
  assert.ok(!run(other).some((a) => a.continues));
});

test('a follow-on quotation continues the frame that quoted, not an unquoted aside after it ("..., referring to X.")', () => {
  const text = '“We will rebuild,” the mayor said, referring to the old pier. “It will take a year.”';
  const folded = foldContinuations(text, run(text)).map(shape);
  assert.deepEqual(folded.find((a) => a.cue === 'said'), {
    kind: 'direct', cue: 'said', source: 'the mayor', content: ['“We will rebuild,”', '“It will take a year.”'],
  });
  assert.deepEqual(folded.find((a) => a.cue === 'referring to')?.content, ['the old pier']);
});

test('after a quotation, a subordinate clause after the cue is no content: the quotation is', () => {
  const found = run('“It is a fine boat,” Ortega said as the ferry pulled away from the pier.').map(shape);
  assert.deepEqual(found[0], { kind: 'direct', cue: 'said', source: 'Ortega', content: ['“It is a fine boat,”'] });
});

test('after a quotation, words with no verb up to a participial clause are no content', () => {
  assert.deepEqual(run('“The pier is closed,” Ortega said at the time, explaining her decision.').map(shape), [
    { kind: 'direct', cue: 'said', source: 'Ortega', content: ['“The pier is closed,”'] },
    { kind: 'indirect', cue: 'explaining', source: 'Ortega', content: ['her decision'] },
  ]);
});

test('after a quotation, "X told PERSON who ..." takes the quotation: the rest describes the person told', () => {
  const found = run('“We are old friends,” Ortega told a reporter who seemed surprised to see them together.').map(shape);
  assert.deepEqual(found[0], { kind: 'direct', cue: 'told', source: 'Ortega', content: ['“We are old friends,”'] });
});

test('"who" before another subject stands for the content too: "Ortega, who the mayor said was ..."', () => {
  const found = run('The port hired Ortega, who the mayor said was the best captain in town.').map(shape);
  assert.deepEqual(found.find((a) => a.cue === 'said'), {
    kind: 'indirect', cue: 'said', source: 'the mayor', content: ['who', 'was the best captain in town'],
  });
});

test('"CONTENT, according to a pilot who was aboard": the relative clause after the source is no content (it is part of the source)', () => {
  assert.deepEqual(only('The pier cost $5 million, according to a pilot who was aboard.'), {
    kind: 'indirect', cue: 'according to', source: 'a pilot who was aboard', content: ['The pier cost $5 million'],
  });
});

test('a web address is a whole source: "according to Harborinfo.com."', () => {
  assert.deepEqual(only('Residents were stunned by the news, according to Harborinfo.com.'), {
    kind: 'indirect', cue: 'according to', source: 'Harborinfo.com', content: ['Residents were stunned by the news'],
  });
});

test('", compared with ..." after a poll answer is the writer\'s comparison, not content', () => {
  assert.deepEqual(only('Most residents said they liked the new pier, compared with 30 percent last year.'), {
    kind: 'indirect', cue: 'said', source: 'Most residents', content: ['they liked the new pier'],
  });
});

test('a time phrase between the apposition\'s comma and the verb leaves the source whole', () => {
  assert.deepEqual(only('Paula Ryan, the harbor master, on Tuesday called the pier “a disgrace.”'), {
    kind: 'mixed', cue: 'called', source: 'Paula Ryan, the harbor master,', content: ['the pier “a disgrace.”'],
  });
});

test('two noun phrases joined by "and" at the start of a clause are one source; an object before "and" is not', () => {
  assert.deepEqual(only('Ortega and her rivals said the pier was unsafe.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega and her rivals', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('The port won the vote and its rivals said the pier was unsafe.').source, 'its rivals');
});

test('the second noun phrase of a joined subject may start with an adjective or a noun', () => {
  assert.deepEqual(only('Fishermen and local shop owners say the pier is unsafe.'), {
    kind: 'indirect', cue: 'say', source: 'Fishermen and local shop owners', content: ['the pier is unsafe'],
  });
});

test('a gerund or an -ly adverb modifying the subject noun stays in the source', () => {
  assert.deepEqual(only('Hacking specialists say the harbor computers were easy targets.').source, 'Hacking specialists');
  assert.deepEqual(only('The fiscally cautious council said the pier would cost too much.'), {
    kind: 'indirect', cue: 'said', source: 'The fiscally cautious council', content: ['the pier would cost too much'],
  });
});

test('"many in the union say": a quantifier with "in" heads the subject', () => {
  assert.deepEqual(only('Many in the harbor union say the pier is unsafe.').source, 'Many in the harbor union');
});

test('a list of names opening the sentence is one source; a list after an opening phrase is not taken whole', () => {
  assert.deepEqual(only('Ann Li, Jo Marr and many other fishermen said the pier was unsafe.').source, 'Ann Li, Jo Marr and many other fishermen');
  assert.deepEqual(only('In Ohio, Jo Marr and her rivals said the pier was unsafe.').source, 'Jo Marr and her rivals');
});

test('"Asked about X," keeps "about" in the cue and out of the question', () => {
  assert.deepEqual(run('Asked about the new pier, Ortega said it was safe.').map(shape), [
    { kind: 'indirect', cue: 'Asked about', source: null, content: ['the new pier'] },
    { kind: 'indirect', cue: 'said', source: 'Ortega', content: ['it was safe'] },
  ]);
});

test('"in which she said": a relative word after a preposition is no content fragment', () => {
  assert.deepEqual(only('She gave a speech in which she said the pier was safe.'), {
    kind: 'indirect', cue: 'said', source: 'she', content: ['the pier was safe'],
  });
});

test('"It seems X": the expletive subject is no part of the content', () => {
  assert.deepEqual(only('It seems the pier will close.'), {
    kind: 'indirect', cue: 'seems', source: null, content: ['the pier will close'],
  });
});

test('a progressive after an aside ("X, for her part, is calling") is finite, not a participle clause', () => {
  assert.deepEqual(only('Ortega, for her part, is calling the plan “a blatant abuse.”'), {
    kind: 'mixed', cue: 'is calling', source: 'Ortega', content: ['the plan “a blatant abuse.”'],
  });
});

test('an article after a noun starts the subject: "two reasons the council says"', () => {
  const found = run('Ortega gave two reasons the council says the pier must close.').map(shape); // (#235: `listed` hides it now)
  assert.deepEqual(found.find((a) => a.cue === 'says')?.source, 'the council');
  assert.deepEqual(only('Half the fishermen say the pier must close.').source, 'Half the fishermen');
});

test('"described as": the "as" phrase is content, not cue', () => {
  const found = run('Ortega criticized the plan, which she described as a disaster.').map(shape);
  assert.deepEqual(found[1], { kind: 'indirect', cue: 'described', source: 'she', content: ['which', 'as a disaster'] });
});

test('"wrote about", "said about": "about" joins even a bare speech verb ("said of" does not)', () => {
  assert.deepEqual(only('Ortega wrote about the pier in her column.').cue, 'wrote about');
  assert.deepEqual(only('“It is a wreck,” Ortega said of the pier.').cue, 'said');
});

test('“A,” he said of X, “B.”: the quotation after the adjunct is the second content part', () => {
  assert.deepEqual(only('“It is a wreck,” Ortega said of the pier, “and nobody will fix it.”'), {
    kind: 'direct', cue: 'said', source: 'Ortega', content: ['“It is a wreck,”', '“and nobody will fix it.”'],
  });
});

test('a continuation may join two quotations with verbless words between them', () => {
  const text = '“The vote is over,” the mayor said. “This was a plan of the council” and its staff “from the very start.”';
  const [said] = foldContinuations(text, run(text));
  assert.deepEqual((said!.contentParts ?? []).map((p) => p.text), ['“The vote is over,”', '“This was a plan of the council” and its staff “from the very start.”']);
});

test('"Neither X nor Y" and "X or Y" join a subject like "and"', () => {
  assert.deepEqual(only('Neither Ortega nor her rivals showed any interest in the pier.').source, 'Neither Ortega nor her rivals');
});

test('"told CNN’s Jo Smith": a possessive between names stays in the addressee', () => {
  assert.deepEqual(only('Ortega told CNN’s Jo Smith she would run again.'), {
    kind: 'indirect', cue: 'told', source: 'Ortega', content: ['she would run again'],
  });
});

test('a participle set off right after the subject takes that subject and ends at its comma', () => {
  assert.deepEqual(only('Democrats in the council, fearing a loss, repeatedly failed to agree.'), {
    kind: 'indirect', cue: 'fearing', source: 'Democrats in the council', content: ['a loss'],
  });
});

test('an inverted source may end in a dotted abbreviation ("R-S.C.")', () => {
  const found = run('“We will fund the pier,” said Sen. Ann Blake, R-S.C. “It matters.”').map(shape);
  assert.deepEqual(found[0]!.source, 'Sen. Ann Blake, R-S.C.');
  assert.deepEqual(found[0]!.content, ['“We will fund the pier,”', '“It matters.”']);
});

test('a time phrase opened by "last"/"this" between subject and verb belongs to neither source nor cue unless an auxiliary precedes it', () => {
  // (a document's date stays in its source since the fourth round of rules: see the test below)
  assert.deepEqual(only('The harbour board last month announced that ferry use had doubled.'), {
    kind: 'indirect', cue: 'announced', source: 'The harbour board', content: ['that ferry use had doubled'],
  });
  assert.deepEqual(only('Rep. Ann Lee (D-Ore.) last month joked that the pier was a museum.').source, 'Rep. Ann Lee (D-Ore.)');
  assert.deepEqual(only('Surveys of dockers late last week indicated that the strike was over.').source, 'Surveys of dockers');
  assert.deepEqual(only('The council had last week warned that the pier was unsafe.'), {
    kind: 'indirect', cue: 'had last week warned', source: 'The council', content: ['that the pier was unsafe'],
  });
});

test('"officials familiar with X said": an adjective or participle with its preposition keeps the subject whole', () => {
  assert.deepEqual(only('Engineers familiar with the bridge said the cables were worn.').source, 'Engineers familiar with the bridge');
  assert.deepEqual(only('Residents briefed on the closure say the ferry will stop in May.').source, 'Residents briefed on the closure');
});

test('a title’s period inside a subject ("the Rev. Ada Moss") does not cut the source', () => {
  assert.deepEqual(only('The harbour chaplain, the Rev. Ada Moss, told reporters the pier was safe.').source, 'The harbour chaplain, the Rev. Ada Moss,');
  assert.deepEqual(only('Rev. Ada Moss of Ft. Myers, Florida, said the pier was safe.').source, 'Rev. Ada Moss of Ft. Myers, Florida,');
});

test('"X, then the mayor, said": a description opened by "then" is an apposition, a bare "then" an aside', () => {
  assert.deepEqual(only('Ada Moss, then the harbour master, said the pier was safe.').source, 'Ada Moss, then the harbour master,');
  assert.deepEqual(only('The harbour master, then, said the pier was safe.').source, 'The harbour master');
});

test('"according to X - aside": a spaced dash ends the source, and the writer’s aside after it is no content', () => {
  assert.deepEqual(only('The levy would raise $4 million a year, according to the Harbour Trust - a third of the old estimate.'), {
    kind: 'indirect', cue: 'according to', source: 'the Harbour Trust', content: ['The levy would raise $4 million a year'],
  });
  assert.deepEqual(only('Most residents -- 62 percent, according to the Harbour Trust -- still want the pier.').content, ['Most residents -- 62 percent', 'still want the pier']);
});

test('"appeared on TV", "will appear in court": appearing in person reports nothing, "appeared to" does', () => {
  assert.deepEqual(run('The harbour master appeared on two radio programmes to defend the pier.'), []);
  assert.deepEqual(run('Ortega will appear in court on Monday.'), []);
  assert.deepEqual(run('Ortega appeared to accept that the pier was unsafe.').map((a) => a.cue?.text), ['appeared']);
});

test('a participle closing a hyphenated adjective ("little-known", "long-expected") is no cue and stays in the subject', () => {
  assert.deepEqual(only('A little-known clerk said the pier was safe.'), {
    kind: 'indirect', cue: 'said', source: 'A little-known clerk', content: ['the pier was safe'],
  });
  assert.deepEqual(only('The long-expected harbour survey found that the pier was safe.').source, 'The long-expected harbour survey');
});

test('an interview’s "Q:" and "A:" are no speaker labels; what the answer reports is found inside it', () => {
  assert.deepEqual(run('The mayor spoke to us on Monday.\n\nQ: Will the pier open this year?\n\nA: I think it will open in May.').map(shape), [
    { kind: 'indirect', cue: 'think', source: 'I', content: ['it will open in May'] },
  ]);
});

test('a head noun the tagger reads as a verb after a determiner ("the port’s only ally") stays in the source', () => {
  assert.deepEqual(only('The port’s only ally said the loan was safe.').source, 'The port’s only ally');
  assert.deepEqual(only('Norland, the port’s only ally and its main lender, said the loan was safe.').source, 'Norland, the port’s only ally and its main lender,');
  assert.deepEqual(only('Dockers familiar with her thinking say the mayor will run.').source, 'Dockers familiar with her thinking');
});

test('"Polls there show X": a place adverb between an evidence plural and a "show" the tagger read as a noun', () => {
  assert.deepEqual(only('Surveys there show the ferry is losing riders.'), {
    kind: 'indirect', cue: 'show', source: 'Surveys there', content: ['the ferry is losing riders'],
  });
});

test('"Critics call the plan a disaster": "call" read as a noun after a plural subject is the cue', () => {
  assert.deepEqual(only('Critics call the ferry plan a costly mistake.'), {
    kind: 'indirect', cue: 'call', source: 'Critics', content: ['the ferry plan a costly mistake'],
  });
});

test('"... “in this race,” adding that ...": a participle after a comma inside the closing mark is a sibling clause', () => {
  assert.deepEqual(run('Ortega said the ferry was “the worst in the county,” adding that it would be sold.').map(shape), [
    { kind: 'mixed', cue: 'said', source: 'Ortega', content: ['the ferry was “the worst in the county,”'] },
    { kind: 'indirect', cue: 'adding', source: 'Ortega', content: ['that it would be sold'] },
  ]);
});

test('"“...,” but ...": a content ender after a comma inside the closing mark ends the content too', () => {
  assert.deepEqual(only('Ortega said the ferry was “the worst in the county,” but the council disagreed.').content, ['the ferry was “the worst in the county,”']);
});

test('"Port towns like X and Y blame ...": "like" after the head noun stays in the subject', () => {
  assert.deepEqual(only('Port towns like Ardmore and Cobh blame the new tax.').source, 'Port towns like Ardmore and Cobh');
});

test('"At least a dozen dockers", "Only about 3 in 10 residents": stacked quantity leaders stay in the subject', () => {
  assert.deepEqual(only('At least a dozen dockers told reporters the pier was unsafe.').source, 'At least a dozen dockers');
  assert.deepEqual(only('Only about 3 in 10 residents want a new pier.').source, 'Only about 3 in 10 residents');
});

test('"A study by two economists found": the author after "by" is part of a document subject', () => {
  assert.deepEqual(only('A study by two economists at the port found that the tax failed.'), {
    kind: 'indirect', cue: 'found', source: 'A study by two economists at the port', content: ['that the tax failed'],
  });
});

test('"Dockers and even some engineers say": "even" after "and" keeps the joined subject', () => {
  assert.deepEqual(only('Dockers and even some engineers say the pier is unsafe.').source, 'Dockers and even some engineers');
});

test('"A Monday column in X argued": a day after an article modifies the subject’s noun', () => {
  assert.deepEqual(only('A Monday column in the Harbour Times argued that the pier should close.').source, 'A Monday column in the Harbour Times');
  assert.deepEqual(only('On Monday the mayor said the pier was safe.').source, 'the mayor');
});

test('"That’s according to X": the contracted "is" belongs to the cue', () => {
  assert.deepEqual(only('That’s according to a new survey by the Harbour Trust.'), {
    kind: 'indirect', cue: '’s according to', source: 'a new survey by the Harbour Trust', content: ['That'],
  });
});

test('"Ortega then asked": "then" between subject and verb joins the cue, a sentence-initial "Then" does not', () => {
  assert.deepEqual(only('Ortega then asked whether the pier was safe.').cue, 'then asked');
  assert.deepEqual(only('Then Ortega asked whether the pier was safe.').cue, 'asked');
});

test('"and a third said", "more than 3 in 10 said": fractions and comparative quantities head the subject', () => {
  assert.deepEqual(only('Dockers were split, and a third said the strike should end.'), {
    kind: 'indirect', cue: 'said', source: 'a third', content: ['the strike should end'],
  });
  assert.deepEqual(only('More than 3 in 10 said the ferry was late.').source, 'More than 3 in 10');
});

test('"a levy known as the dock tax", "an ad aimed at farmers": a reduced relative that labels or targets is no cue', () => {
  assert.deepEqual(run('The council passed a levy known as the dock tax on Monday.').map(shape), []);
  assert.deepEqual(run('The Moss campaign ran an ad aimed at farmers in the valley.').map(shape), []);
  assert.deepEqual(only('The mayor said a levy known as the dock tax would end.').content, ['a levy known as the dock tax would end']);
});

test('"the planning for Monday’s vote": a day name before a possessive stays inside the subject', () => {
  assert.deepEqual(only('A docker close to the planning for Monday’s vote says the mayor will resign.').source, 'A docker close to the planning for Monday’s vote');
  assert.deepEqual(only('Ortega on Monday said the pier was safe.').source, 'Ortega');
});

test('"The Harbour Times reports the mayor will resign": "reports" after a name is the verb before a clause or at the end', () => {
  assert.deepEqual(only('The Harbour Times reports the mayor will resign.'), {
    kind: 'indirect', cue: 'reports', source: 'The Harbour Times', content: ['the mayor will resign'],
  });
  assert.deepEqual(only('Ortega told the council he would resign, the Harbour Times reports.').source, 'the Harbour Times');
  assert.deepEqual(run('The Harbour Times reports were wrong about the pier.').map(shape), []);
});

test('"with recent polls showing X": an evidence noun reports through a bare participle', () => {
  assert.deepEqual(only('The mayor needs the dockers, with recent polls showing a tight race in the valley.'), {
    kind: 'indirect', cue: 'showing', source: 'recent polls', content: ['a tight race in the valley'],
  });
  assert.deepEqual(run('The band played a song showing the harbour at night.').map(shape), []);
});

test('"Although X said A, the mayor ...": content inside a fronted subordinate clause ends where the main clause begins', () => {
  assert.deepEqual(only('Although Ortega said he would stay, the mayor closed the pier.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['he would stay'],
  });
  assert.deepEqual(only('But when she told the council that the pier was safe, nobody listened.').content, ['that the pier was safe']);
  // no fronted clause: the comma is inside the content
  assert.deepEqual(only('Ortega said he would stay, the pier would reopen and the ferry would run.').content, ['he would stay, the pier would reopen and the ferry would run']);
});

test('"Ortega seemed to confirm X": a hedged reporting verb after "seem to" takes the subject as source', () => {
  assert.deepEqual(only('Ortega seemed to confirm the fears of the dockers.'), {
    kind: 'indirect', cue: 'seemed to confirm', source: 'Ortega', content: ['the fears of the dockers'],
  });
  // not a reporting verb after "to": the subject stays a content part of the bare "appeared"
  assert.deepEqual(only('The mayor appeared to be tired of the pier.'), {
    kind: 'indirect', cue: 'appeared', source: null, content: ['The mayor', 'to be tired of the pier'],
  });
});

test('"Ortega, who said A, closed it": content in a relative clause set off by commas ends before the main verb', () => {
  assert.deepEqual(only('Ortega, who said the pier was unsafe, closed it on Monday.'), {
    kind: 'indirect', cue: 'said', source: 'who', content: ['the pier was unsafe'],
  });
  // a comma inside the content that no main verb follows stays in it
  assert.deepEqual(only('Ortega, who said the pier, the ferry and the dock were unsafe, closed them.').content, ['the pier, the ferry and the dock were unsafe']);
});

test('"Even though X said A, ...", "Despite claims that A, ...": more openers of a fronted clause end its content at the main clause', () => {
  assert.deepEqual(only('Even though Ortega said he would stay, the mayor closed the pier.').content, ['he would stay']);
  assert.deepEqual(only('Despite claims that the pier was unsafe, the mayor kept it open.'), {
    kind: 'indirect', cue: 'claims', source: null, content: ['that the pier was unsafe'],
  });
});

test('"A HEADLINE - Ann Moss and Bo Diaz: “...”": a name between a spaced dash and a colon credits the quotation after it', () => {
  assert.deepEqual(only('THE PIER IS NOT SAFE YET - Ana Moss and Bo Diaz: “The harbour needs work.”'), {
    kind: 'direct', cue: ':', source: 'Ana Moss and Bo Diaz', content: ['“The harbour needs work.”'],
  });
  // no quotation after the colon: no label
  assert.deepEqual(run('Work went on all week. The pier reopened - Ortega Ltd: repairs done.').map(shape), []);
});

test('"told the Harbour Times of Lisbon on Saturday that ...", "wrote in his memoir that ...": verbless adjuncts before a "that" clause stay out of the content', () => {
  assert.deepEqual(only('Ortega told the Harbour Times of Lisbon on Saturday that she voted for Moss.'), {
    kind: 'indirect', cue: 'told', source: 'Ortega', content: ['that she voted for Moss'],
  });
  assert.deepEqual(only('Ortega wrote in his 1990 memoir that he was honest.').content, ['that he was honest']);
  // a relative "that" after a plain object is no clause opener
  assert.deepEqual(only('Ortega said the plan that Moss drafted was bad.').content, ['the plan that Moss drafted was bad']);
});

test('"“A.” Ortega added, “B.”": a cue opening a sentence with its own quotation after it introduces only that one', () => {
  const found = run('Ortega spoke at the pier. “The pier is safe.” Ortega added, “We will reopen it soon.”').map(shape);
  assert.deepEqual(found.find((a) => a.cue === 'added'), {
    kind: 'direct', cue: 'added', source: 'Ortega', content: ['“We will reopen it soon.”'],
  });
  // a quotation split by its cue keeps both fragments
  assert.deepEqual(only('“The pier is safe,” Ortega added, “and we will reopen it soon.”').content, ['“The pier is safe,”', '“and we will reopen it soon.”']);
});

test('"Ortega says he would sit Moss down and tell him to go": a bare verb after "and" inside a reported clause is no sibling cue', () => {
  assert.deepEqual(only('Ortega says he would sit Moss down and tell him to go.'), {
    kind: 'indirect', cue: 'says', source: 'Ortega', content: ['he would sit Moss down and tell him to go'],
  });
  // an inflected second verb of the same subject still is one
  assert.deepEqual(run('Ortega announced the plan and said it would work.').map(shape).map((a) => a.cue), ['announced', 'said']);
});

test('"The pier closed (Ortega said it was unsafe) on Monday": content of a cue inside a parenthesis or dash pair ends where the aside closes', () => {
  assert.deepEqual(only('The pier closed on Monday (Ortega said it was unsafe) and the ferry stopped.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['it was unsafe'],
  });
  assert.deepEqual(only('The pier — Ortega said it was unsafe — closed on Monday.').content, ['it was unsafe']);
  // a parenthesis inside the content, with no cue in it, stays there
  assert.deepEqual(only('Ortega said the bill (the second this year) would pass.').content, ['the bill (the second this year) would pass']);
});

test('"Ada Moss, speaking before the vote was held, said": a participle phrase set off by commas is an aside, not part of the source', () => {
  assert.deepEqual(only('Harbour engineer Ada Moss, speaking before the new fees were announced, said Friday that the board was trying to hurt the ferry crews.'), {
    kind: 'indirect', cue: 'said', source: 'Harbour engineer Ada Moss', content: ['that the board was trying to hurt the ferry crews'],
  });
});

test('"X, including Y, said" and "X, acting director of Z, said": these -ing words stay inside the subject', () => {
  assert.equal(only('Three harbour unions, including the dockers, said the fees were unfair.').source, 'Three harbour unions, including the dockers,');
  assert.equal(only('Ada Moss, acting director of the port, said the fees were unfair.').source, 'Ada Moss, acting director of the port,');
});

test('"He and other dockers complained", "She and Ada Moss said": a nominative pronoun joined to a noun phrase is one subject', () => {
  assert.deepEqual(only('He and other dockers complained that the pier was unsafe.'), {
    kind: 'indirect', cue: 'complained', source: 'He and other dockers', content: ['that the pier was unsafe'],
  });
  assert.deepEqual(only('She and Ada Moss said the ferry would stop.').source, 'She and Ada Moss');
  // an object pronoun before "and" is no subject
  assert.deepEqual(run('Ortega thanked them and Ada Moss said the ferry would stop.').map(shape).find((a) => a.cue === 'said')?.source, 'Ada Moss');
});

test('"Five past and current dockers told ...": two adjectives joined by "and" stay inside the subject', () => {
  assert.deepEqual(only('Five past and current dockers told the Harbour Times the pier was unsafe.'), {
    kind: 'indirect', cue: 'told', source: 'Five past and current dockers', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('The pier was unsafe, current and former dockers said.').source, 'current and former dockers');
});

test('"This group says ...": "this" before a word that names no time opens the subject', () => {
  assert.deepEqual(only('This group recognizes that the pier is unsafe.'), {
    kind: 'indirect', cue: 'recognizes', source: 'This group', content: ['that the pier is unsafe'],
  });
  // before a time word it is still a time phrase, no part of the subject
  assert.deepEqual(only('This week Ada Moss said the pier was unsafe.').source, 'Ada Moss');
});

test('"Poll: Ortega leads Moss": a poll naming itself before a colon is a label with the poll as source', () => {
  assert.deepEqual(only('Poll: Ortega leads Moss in Lisbon.\n\nThe vote is in May.'), {
    kind: 'indirect', cue: ':', source: 'Poll', content: ['Ortega leads Moss in Lisbon'],
  });
  // section labels still name nobody
  assert.deepEqual(run('Update: the pier reopened on Monday.').map(shape), []);
});

test('"More young dockers have endorsed", "A new national poll suggests", "Virtually all dockers say": a leading adverb stays in the subject', () => {
  assert.deepEqual(only('More young dockers have endorsed Ortega.'), {
    kind: 'indirect', cue: 'have endorsed', source: 'More young dockers', content: ['Ortega'],
  });
  assert.deepEqual(only('A new regional poll suggests that Ortega leads.').source, 'A new regional poll');
  assert.deepEqual(only('Virtually all dockers say the pier is unsafe.').source, 'Virtually all dockers');
  // an adverb of the clause is no part of it
  assert.deepEqual(only('Now dockers say the pier is unsafe.').source, 'dockers');
});

test('"Ortega, whose lawyers argued that A, left": "whose" opens the subject of its relative clause', () => {
  assert.deepEqual(only('Ortega, whose lawyers argued that the pier was safe, left.'), {
    kind: 'indirect', cue: 'argued', source: 'whose lawyers', content: ['that the pier was safe'],
  });
  // the main clause's source keeps the whole relative clause
  assert.deepEqual(run('Ada Moss, whose union opposes the plan, said the pier was safe.').map(shape).find((a) => a.cue === 'said')?.source, 'Ada Moss, whose union opposes the plan,');
});

test('"the dockers, all of whom opposed the plan", "Many of you have noted that": the quantity before "of" heads the subject', () => {
  assert.deepEqual(only('The pier hired ten dockers, both of whom opposed the plan.'), { kind: 'indirect', cue: 'opposed', source: 'both of whom', content: ['the plan'] });
  assert.deepEqual(only('Many of you have noted that the pier is unsafe.'), {
    kind: 'indirect', cue: 'have noted', source: 'Many of you', content: ['that the pier is unsafe'],
  });
});

test('"Moss was adamant that A", "the dockers remain confident that A", "Ortega made clear that A": an attitude adjective with a "that" clause is a cue', () => {
  assert.deepEqual(only('Moss was adamant that the pier is safe.'), {
    kind: 'indirect', cue: 'was adamant', source: 'Moss', content: ['that the pier is safe'],
  });
  assert.deepEqual(only('The dockers remain confident that the pier will reopen.').cue, 'remain confident');
  assert.deepEqual(only('Ortega made clear that the pier would close.').cue, 'made clear');
  // "clear" without "make" states no one's view
  assert.deepEqual(run('It is clear that the pier is unsafe.').map(shape), []);
});

test('"Moss is best known for her songs", "The dockers are considered the best": a passive of seeing or knowing states an unnamed view', () => {
  assert.deepEqual(only('Moss is best known for her songs.'), {
    kind: 'indirect', cue: 'is best known for', source: null, content: ['Moss', 'her songs'],
  });
  assert.deepEqual(only('The dockers are considered the best in Lisbon.').content, ['The dockers', 'the best in Lisbon']);
  // a sighting is no view
  assert.deepEqual(run('Ortega was seen on camera at the pier.').map(shape), []);
});

test('"Ada Moss notes that A": a reporting verb the tagger read as a plural noun after a name, before "that", keeps the name as source', () => {
  assert.deepEqual(only('Ada Moss notes that the pier is unsafe.'), {
    kind: 'indirect', cue: 'notes', source: 'Ada Moss', content: ['that the pier is unsafe'],
  });
  // after a possessive it is the noun
  assert.deepEqual(run('Her notes that the pier was unsafe were lost.').map(shape), []);
});

test('"Ortega was quick to note that A", "dockers are more likely to say that A": the adjective and its copula join the infinitive cue', () => {
  assert.deepEqual(only('Ortega was quick to note that the pier was unsafe.'), {
    kind: 'indirect', cue: 'was quick to note', source: 'Ortega', content: ['that the pier was unsafe'],
  });
  assert.deepEqual(only('Dockers are more likely to say that the pier is unsafe.').cue, 'are more likely to say');
});

test('"Ortega, speaking at a rally in Lisbon, said": a participle phrase set off by commas is no part of the source', () => {
  assert.deepEqual(only('Ortega, speaking at a rally in Lisbon, said the pier was unsafe.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('Ada Moss, the union leader, speaking at a rally, said the pier was unsafe.').source, 'Ada Moss, the union leader,');
  // a role that opens with a participle stays
  assert.deepEqual(only('Ada Moss, managing director of the port, said the pier was unsafe.').source, 'Ada Moss, managing director of the port,');
});

test('"Ortega called both dockers on Tuesday night", "Moss called her to set a date": a telephone call is no cue', () => {
  assert.deepEqual(run('Ortega called both dockers Tuesday night.').map(shape), []);
  assert.deepEqual(run('Moss called her to set a date.').map(shape), []);
  assert.deepEqual(run('The firms called off the deal.').map(shape), []);
  // calling someone something still is
  assert.deepEqual(only('Ortega called Moss and Diaz “reckless.”'), {
    kind: 'mixed', cue: 'called', source: 'Ortega', content: ['Moss and Diaz “reckless.”'],
  });
  assert.deepEqual(only('Ortega called the plan a disaster.').content, ['the plan a disaster']);
});

test('"Ortega found himself in a bind", "Moss found ways to win": finding oneself or a means is no cue', () => {
  assert.deepEqual(run('Ortega found himself in a bind at the pier.').map(shape), []);
  assert.deepEqual(run('Moss has found ways to fund the pier.').map(shape), []);
  // finding that something is so still is one
  assert.deepEqual(only('The audit found that the pier was unsafe.').cue, 'found');
});

test('"In the most recent Harbour survey, ...", "In a poll conducted by A and B, ...", "In the new poll, conducted March 1-3, ...": longer survey openers', () => {
  const first = (text: string) => run(text).map(shape).find((a) => a.cue === 'In');
  assert.deepEqual(first('In the most recent Harbour Times survey, 71 percent of dockers backed Ortega.'), {
    kind: 'indirect', cue: 'In', source: 'the most recent Harbour Times survey', content: ['71 percent of dockers backed Ortega'],
  });
  assert.deepEqual(first('In a poll conducted by Harbour Times and Lisbon Radio, just 28 percent backed Ortega.')?.source, 'a poll conducted by Harbour Times and Lisbon Radio');
  assert.deepEqual(first('In the new Harbour poll, conducted May 2-4, 35 percent backed Ortega.')?.content, ['35 percent backed Ortega']);
});

test('"Ortega has since said that A", "Moss and Diaz both stressed that A": "since" after an auxiliary and a floating quantifier join the verb group', () => {
  assert.deepEqual(only('Ortega has since said that she was there.'), {
    kind: 'indirect', cue: 'has since said', source: 'Ortega', content: ['that she was there'],
  });
  assert.deepEqual(only('Moss and Diaz both stressed that the pier was safe.'), {
    kind: 'indirect', cue: 'both stressed', source: 'Moss and Diaz', content: ['that the pier was safe'],
  });
  assert.deepEqual(only('They have all argued that the pier is unsafe.').cue, 'have all argued');
});

test('"Ortega visited the pier and on Monday said A": a time phrase between "and" and the verb keeps the sibling frame and its subject', () => {
  assert.deepEqual(only('Ortega visited the pier and on Monday said it was unsafe.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['it was unsafe'],
  });
  assert.deepEqual(only('Ortega visited the pier and last week said it was unsafe.').source, 'Ortega');
});

test('"Ortega said A, before clarifying that B", "fired after demonstrating that B": a participle with a "that" clause after a preposition shares the subject', () => {
  const found = run('“The pier is safe,” Ortega said, before clarifying that it would close.').map(shape);
  assert.deepEqual(found.find((a) => a.cue === 'clarifying'), { kind: 'indirect', cue: 'clarifying', source: 'Ortega', content: ['that it would close'] });
  assert.deepEqual(only('Moss was fired after demonstrating that the pier was unsafe.'), {
    kind: 'indirect', cue: 'demonstrating', source: 'Moss', content: ['that the pier was unsafe'],
  });
});

test('"As Ortega put it, A", "as Moss puts it: “A”": "put it" after "as" and a subject is a cue', () => {
  assert.deepEqual(only('As Ortega put it, the pier is a mess.'), {
    kind: 'indirect', cue: 'put it', source: 'Ortega', content: ['the pier is a mess'],
  });
  assert.deepEqual(only('Or, as Moss put it: “The pier is a mess.”'), {
    kind: 'direct', cue: 'put it:', source: 'Moss', content: ['“The pier is a mess.”'],
  });
  // putting a thing somewhere is no cue
  assert.deepEqual(run('Ortega put it on the table.').map(shape), []);
});

test('"Ortega Just Announced A Plan": in a title-case headline an adverb between subject and verb is part of the cue', () => {
  assert.deepEqual(only('Ortega Just Announced A Plan To Close The Pier'), {
    kind: 'indirect', cue: 'Just Announced', source: 'Ortega', content: ['A Plan To Close The Pier'],
  });
  // a sentence-opening adverb is not
  assert.deepEqual(only('Still, Ortega said the pier was safe.').cue, 'said');
});

test('"Ortega, Moss and Diaz have all attacked the plan": a list of names before "NAME and NAME" is one subject', () => {
  assert.deepEqual(only('Ortega, Moss and Diaz have all attacked the plan.').source, 'Ortega, Moss and Diaz');
  assert.deepEqual(only('But Ada Ortega, Bo Moss and Cy Diaz said the pier was unsafe.').source, 'Ada Ortega, Bo Moss and Cy Diaz');
  // an opening adverb is no name
  assert.deepEqual(only('However, Ortega and Moss said the pier was unsafe.').source, 'Ortega and Moss');
});

test('"Ortega Slams Moss On Pier Plan", "Moss praises Diaz": third-person verbs of judgement the tagger read as nouns are verbs after a subject', () => {
  assert.deepEqual(only('Ortega Slams Moss On Pier Plan'), {
    kind: 'indirect', cue: 'Slams', source: 'Ortega', content: ['Moss On Pier Plan'],
  });
  assert.deepEqual(only('Ortega blasts Moss for skipping vote').cue, 'blasts');
});

test('"Ada Moss notes the pier is old": after a name, a reporting verb read as a plural noun takes a bare clause too', () => {
  assert.deepEqual(only('Ada Moss notes the pier is old.'), {
    kind: 'indirect', cue: 'notes', source: 'Ada Moss', content: ['the pier is old'],
  });
  assert.deepEqual(only('Ortega claims he is owed money.').source, 'Ortega');
});

test('"Moss showed up at the pier", "Ortega went on the talk shows": showing up and TV shows are no cues', () => {
  assert.deepEqual(run('Moss showed up at the pier.').map(shape), []);
  assert.deepEqual(run('Ortega appeared on the morning shows to defend the plan.').map(shape), []);
  // a network's poll still shows things
  assert.deepEqual(only('The Harbour News shows Ortega ahead in the race.').cue, 'shows');
});

test('"Polls show that ...", "Data show that ...": `show` read as a noun after a plural subject and before `that` is the verb, with its subject as source', () => {
  assert.deepEqual(only('Polls show that most dockers want a new pier.'), {
    kind: 'indirect', cue: 'show', source: 'Polls', content: ['that most dockers want a new pier'],
  });
  assert.deepEqual(only('Data show that the average docker earns less.').source, 'Data');
  // a noun of fear with its clause stays a noun cue
  assert.deepEqual(only('Their fear that the pier will close grew.').cue, 'fear');
});

test('"85% of dockers said": a percentage before `of` heads the subject', () => {
  assert.deepEqual(only('85% of dockers said the pier was unsafe.'), {
    kind: 'indirect', cue: 'said', source: '85% of dockers', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('In the port, 40% of the dockers said the pier was unsafe.').source, '40% of the dockers');
});

test('"Harbour TODAY reported", "a Harbour Today/Lisbon poll": a capitalised `today` after a name is part of the name', () => {
  assert.deepEqual(only('Harbour TODAY reported in June that the pier was unsafe.').source, 'Harbour TODAY');
  assert.deepEqual(only('A new Harbour Today/Lisbon poll found that dockers want a pier.').source, 'A new Harbour Today/Lisbon poll');
  assert.deepEqual(only('The pier is unsafe, according to Harbour Today.').source, 'Harbour Today');
  // a day name after a name is still a time
  assert.deepEqual(only('Ortega Tuesday said the pier was unsafe.').source, 'Ortega');
});

test('"But Ortega and his aides argue", "while dockers and their unions warned": two joined noun phrases after a clause-opening conjunction are one subject', () => {
  assert.deepEqual(only('But Ortega and his aides argue that the pier is safe.'), {
    kind: 'indirect', cue: 'argue', source: 'Ortega and his aides', content: ['that the pier is safe'],
  });
  const warned = run('The pier closed while dockers and their unions warned of layoffs.').map(shape).find((a) => a.cue === 'warned of');
  assert.equal(warned?.source, 'dockers and their unions');
  // after a verb the first phrase is an object, not part of the subject
  assert.deepEqual(run('The mayor thanked Ortega and his aides said nothing.').map(shape).find((a) => a.cue === 'said')?.source, 'his aides');
});

test('"Dockers across the country say": a phrase opened by `across` after the head noun stays in the subject', () => {
  assert.deepEqual(only('Dockers across the country say the pier is unsafe.'), {
    kind: 'indirect', cue: 'say', source: 'Dockers across the country', content: ['the pier is unsafe'],
  });
  assert.deepEqual(only('Many farmers across party lines said the levy would pass.').source, 'Many farmers across party lines');
  assert.deepEqual(only('Dockers outside the capital say the pier is unsafe.').source, 'Dockers outside the capital');
});

test('"An average of recent polls shows": `average` read as an adjective before `of` heads the subject', () => {
  assert.deepEqual(only('An average of recent polls shows Ortega ahead.'), {
    kind: 'indirect', cue: 'shows', source: 'An average of recent polls', content: ['Ortega ahead'],
  });
});

test('"About four out of 10 dockers said": `N out of M` stays in the subject', () => {
  assert.deepEqual(only('About four out of 10 dockers said the pier was unsafe.').source, 'About four out of 10 dockers');
  assert.deepEqual(only('Nearly eight out of 10 say the pier is unsafe.').source, 'Nearly eight out of 10');
});

test('"in a state where polls show Ortega trailing": an evidence plural the tagger read as a verb is the source', () => {
  assert.deepEqual(only('The pier is in a state where polls show Ortega slightly trailing Moss.'), {
    kind: 'indirect', cue: 'show', source: 'polls', content: ['Ortega slightly trailing Moss'],
  });
});

test('"Polls show working-class dockers ...", "Records show rising prices": a verb read as a noun after evidence takes a clause opened by an -ing word', () => {
  assert.deepEqual(only('Polls show working-class dockers could be a boon to Ortega.'), {
    kind: 'indirect', cue: 'show', source: 'Polls', content: ['working-class dockers could be a boon to Ortega'],
  });
  assert.deepEqual(only('Records show rising prices at the pier.').cue, 'show');
});

test('"Ortega in his speech said", "Ada Moss during an interview said": an occasion phrase between subject and verb is no part of the source', () => {
  assert.deepEqual(only('Ortega in his speech said the pier was unsafe.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('Ada Moss during an interview said the pier was unsafe.').source, 'Ada Moss');
  // a place or group after the preposition stays in the subject
  assert.deepEqual(only('Dockers in the harbour said the pier was unsafe.').source, 'Dockers in the harbour');
});

test('"A harbour poll last week found", "A survey in March showed": a document\'s date stays in the source', () => {
  assert.deepEqual(only('A harbour poll last week found that dockers want a pier.'), {
    kind: 'indirect', cue: 'found', source: 'A harbour poll last week', content: ['that dockers want a pier'],
  });
  assert.deepEqual(only('A survey in March showed that dockers want a pier.').source, 'A survey in March');
  // a person's time phrase still stays out
  assert.deepEqual(only('Ortega last week said the pier was unsafe.').source, 'Ortega');
});

test('"blamed the board because ...": an object noun phrase ends before a subordinator', () => {
  assert.deepEqual(only('Ortega blamed the harbour board because the pier had collapsed.'), {
    kind: 'indirect', cue: 'blamed', source: 'Ortega', content: ['the harbour board'],
  });
  assert.deepEqual(only('Ada Moss criticized the ferry plan before the vote on Monday.').content, ['the ferry plan']);
  // a reported clause keeps its subordinate clause
  assert.deepEqual(only('Ortega said the pier closed because the beams were rotten.').content, ['the pier closed because the beams were rotten']);
  // a verb inside a quotation makes the content a clause too
  assert.deepEqual(only('Moss said Ortega “was wrong” after the vote.').content, ['Ortega “was wrong” after the vote']);
});

test('"endorsed Ortega and moved on": an object noun phrase ends before a second verb phrase', () => {
  assert.deepEqual(only('Ada Moss endorsed Ortega and quickly moved on to the ferry budget.'), {
    kind: 'indirect', cue: 'endorsed', source: 'Ada Moss', content: ['Ortega'],
  });
  assert.deepEqual(only('The union denied the charges, and has hired a lawyer.').content, ['the charges']);
  // gerunds joined in one object, and joined adjectives, stay whole
  assert.deepEqual(only('They accused Moss of ignoring dockers and delaying repairs.').content, ['Moss of ignoring dockers and delaying repairs']);
  // a reported clause keeps its second verb
  assert.deepEqual(only('Ortega said the pier was old and needed repairs.').content, ['the pier was old and needed repairs']);
});

test('"said on “Harbour Live” on Sunday that ...", a long place phrase: the occasion before a "that" clause stays out of the content', () => {
  assert.deepEqual(only('Ortega said on “Harbour Live” on Sunday that the pier would reopen.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['that the pier would reopen'],
  });
  assert.deepEqual(only('Moss said during a long meeting of the harbour board in the old town hall of Lisbon, Portugal, that the pier was unsafe.').content, ['that the pier was unsafe']);
  // a quotation right after the verb is the content
  assert.deepEqual(only('Ortega said “nothing is settled” and left.').content, ['“nothing is settled” and left']);
});

test('"“...,” Ortega said in a short follow-up interview", "said to People": a compound or a name the tagger read as a verb makes no clause after a quotation', () => {
  assert.deepEqual(only('“We need a new pier,” Ortega said in a short follow-up interview.'), {
    kind: 'direct', cue: 'said', source: 'Ortega', content: ['“We need a new pier,”'],
  });
  assert.deepEqual(only('“We need a new pier,” Ortega said to People.').content, ['“We need a new pier,”']);
});

test('"“...,” Ortega said in his office overlooking the bay": a participle describing a place phrase after a quotation makes no clause', () => {
  assert.deepEqual(only('“We need a new pier,” Ortega said in his office overlooking the bay.'), {
    kind: 'direct', cue: 'said', source: 'Ortega', content: ['“We need a new pier,”'],
  });
});

test('"said Monday\'s vote was close": a day name with a possessive opens the content instead of joining the cue', () => {
  assert.deepEqual(only('Ortega said Monday\'s vote was a disaster for the harbour.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['Monday\'s vote was a disaster for the harbour'],
  });
  assert.deepEqual(only('Moss called November’s vote “a farce”.').content, ['November’s vote “a farce”']);
});

test('"“...,” Ortega said of accepting the offer": after a quotation a phrase opened by a preposition is no content, whatever verbs it holds', () => {
  assert.deepEqual(only('“It was the right call,” Ortega said of accepting the harbour offer.'), {
    kind: 'direct', cue: 'said', source: 'Ortega', content: ['“It was the right call,”'],
  });
  assert.deepEqual(only('“We will rebuild,” Moss said to rousing applause.').content, ['“We will rebuild,”']);
});

test('"“...,” Ortega said that night": "that" before a time noun opens no clause after a quotation', () => {
  assert.deepEqual(only('“This was the moment,” Ortega said that night.'), {
    kind: 'direct', cue: 'said', source: 'Ortega', content: ['“This was the moment,”'],
  });
  // any verb placed like "said" after a quotation, with a phrase that is no particle of it
  assert.deepEqual(only('“Oh, my God,” a docker exclaimed upon seeing him.').content, ['“Oh, my God,”']);
});

test('"Ortega tweeted his notes as he waited": an object noun phrase ends before "as" with a subject pronoun', () => {
  assert.deepEqual(only('Ortega praised the harbour crews as he toured the pier.'), {
    kind: 'indirect', cue: 'praised', source: 'Ortega', content: ['the harbour crews'],
  });
  // a comparison keeps it
  assert.deepEqual(only('Ortega praised the crews just as he praised the engineers.').content, ['the crews just as he praised the engineers']);
  // and so does a reported clause
  assert.deepEqual(only('Moss said the crews worked hard as they rebuilt the pier.').content, ['the crews worked hard as they rebuilt the pier']);
});

test('"Ortega told his supporters, “...”", "told her staff that ...": an addressee opened by a possessive is neither source nor content', () => {
  assert.deepEqual(only('Ortega told his supporters, “We will rebuild the pier.”'), {
    kind: 'direct', cue: 'told', source: 'Ortega', content: ['“We will rebuild the pier.”'],
  });
  assert.deepEqual(only('Ada Moss told her harbour staff that the pier was safe.').content, ['that the pier was safe']);
  // "her" alone is still the person told
  assert.deepEqual(only('Ortega told her that the pier was safe.').content, ['that the pier was safe']);
});

test('"in what Ortega called “a disgrace”": after a preposition, "what" is still a content fragment of its own (unlike "in which")', () => {
  assert.deepEqual(only('The pier closed in what Ortega called “a disgrace for the harbour.”'), {
    kind: 'mixed', cue: 'called', source: 'Ortega', content: ['what', '“a disgrace for the harbour.”'],
  });
});

test("\"''...,'' adding that ...\": a doubled-apostrophe closing mark with the comma inside it is handled like a curly one", () => {
  const found = run("Ortega said the plans were ''overblown,'' adding that the pier had ''a future.''").map(shape);
  assert.deepEqual(found, [
    { kind: 'mixed', cue: 'said', source: 'Ortega', content: ["the plans were ''overblown,''"] },
    { kind: 'mixed', cue: 'adding', source: 'Ortega', content: ["that the pier had ''a future.''"] },
  ]);
});

test('"Ortega paused: “A,” he said.": a verb placed before the colon is no cue when the quotation has its own reporting clause', () => {
  assert.deepEqual(only('Ortega paused: “Nobody swims near the pier,” he said.'), {
    kind: 'direct', cue: 'said', source: 'he', content: ['“Nobody swims near the pier,”'],
  });
  // without one, the verb before the colon still introduces it
  assert.deepEqual(only('Ortega paused: “Nobody swims near the pier.”').cue, 'paused:');
});

test('"Ortega repeated his promise on Monday": a closing day or month is no part of an object noun phrase', () => {
  assert.deepEqual(only('Ortega repeated his promise on Monday.'), {
    kind: 'indirect', cue: 'repeated', source: 'Ortega', content: ['his promise'],
  });
  assert.deepEqual(only('Ada Moss endorsed Ortega Tuesday night.').content, ['Ortega']);
  // a reported clause keeps it
  assert.deepEqual(only('Ortega said the pier would reopen in December.').content, ['the pier would reopen in December']);
});

test('"Ortega is well ahead in the polls": the polls in general cite no survey', () => {
  assert.deepEqual(run('Ortega is well ahead in the polls.').map(shape), []);
  // a named or dated survey still does
  assert.deepEqual(only('Ortega leads by 9 points in the latest Harbour Times poll.').cue, 'in');
});

test('"Ortega said the board calls it an accident:" a colon ending the content is no part of it', () => {
  assert.deepEqual(run('Ortega said the board still refuses to call it an accident:\n\nThe board met on Monday.').map(shape), [
    { kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the board still refuses to call it an accident'] },
  ]);
});

test('"Ortega cited the ferry plan, the harbour board’s idea": a closing apposition after an object noun phrase is the writer’s gloss', () => {
  assert.deepEqual(only('Ortega cited the ferry plan, the harbour board’s favourite idea.'), {
    kind: 'indirect', cue: 'cited', source: 'Ortega', content: ['the ferry plan'],
  });
  // an apposition inside the subject of a reported clause stays
  assert.deepEqual(only('Ortega said Ada Moss, the harbour engineer, was wrong.').content, ['Ada Moss, the harbour engineer, was wrong']);
});

test('"Ortega pushed for a new pier — a dream for many dockers": a dash aside after an object noun phrase is the writer’s', () => {
  assert.deepEqual(only('Ortega pushed for a new pier — a dream for many dockers.'), {
    kind: 'indirect', cue: 'pushed for', source: 'Ortega', content: ['a new pier'],
  });
  // an aside inside the subject of a reported clause stays
  assert.deepEqual(only('Ortega said the board – and not the mayor – is in charge.').content, ['the board – and not the mayor – is in charge']);
});

test('"Ortega backed the ferry plan, with most dockers opposed": an absolute "with" phrase after an object noun phrase is the writer’s', () => {
  assert.deepEqual(only('Ortega backed the ferry plan, with most dockers still opposed.'), {
    kind: 'indirect', cue: 'backed', source: 'Ortega', content: ['the ferry plan'],
  });
});

test('"Ortega ordered a quarantine, even though ...": the adverb before the subordinator goes with its clause', () => {
  assert.deepEqual(only('Ortega ordered a quarantine of the pier, even though nobody was sick.').content, ['a quarantine of the pier']);
  // a complement adverb stays: "see Ortega negatively"
  assert.deepEqual(only('The dockers see Ortega negatively because the pier closed.').content, ['Ortega negatively']);
});

test('"Ortega defended the ferry plan by citing its cost": "by" with a gerund ends an object noun phrase', () => {
  // (#1140: "by citing" is a second report of the same subject)
  assert.deepEqual(run('Ortega defended the ferry plan by citing its low cost.').map(shape)[0], {
    kind: 'indirect', cue: 'defended', source: 'Ortega', content: ['the ferry plan'],
  });
});

test('"The Gazette reported that Ada Moss, the city engineer, said X": an apposition in the subject of a "that" clause stays in the content', () => {
  for (const [text, clause] of [
    ['The Harbour Gazette reported that Ada Moss, the city engineer, said the cables were worn.', 'that Ada Moss, the city engineer, said the cables were worn'],
    ['The Harbour Gazette reported that Ada Moss, an engineer, said the cables were worn.', 'that Ada Moss, an engineer, said the cables were worn'],
  ]) {
    const outer = run(text).map(shape).find((a) => a.cue === 'reported');
    assert.deepEqual(outer, { kind: 'indirect', cue: 'reported', source: 'The Harbour Gazette', content: [clause] });
  }
  // a new reporting clause after a fronted "Asked ..." still ends the question
  assert.deepEqual(run('Asked if the pier was safe, Ada Moss, the city engineer, said it was not.').map(shape)[0]!.content, ['if the pier was safe']);
});

test('"The Gazette reported that Moss said X": a report inside a weaker cue’s "that" clause is still nested in it', () => {
  assert.deepEqual(only('The Harbour Gazette reported that Ada Moss, the city engineer, said the cables were worn.'), {
    kind: 'indirect', cue: 'reported', source: 'The Harbour Gazette', content: ['that Ada Moss, the city engineer, said the cables were worn'],
  });
  assert.deepEqual(only('The Harbour Gazette reported that Moss told the board the cables were worn.'), {
    kind: 'indirect', cue: 'reported', source: 'The Harbour Gazette', content: ['that Moss told the board the cables were worn'],
  });
});

test('"The union published a letter strongly disputing X": any reporting participle after an issued document makes one cue with the issuing verb', () => {
  assert.deepEqual(only('The dockers’ union published a letter strongly disputing the board’s figures.'), {
    kind: 'indirect', cue: 'published a letter strongly disputing', source: 'The dockers’ union', content: ['the board’s figures'],
  });
  assert.deepEqual(only('The union released a statement Wednesday condemning the harbour board.'), {
    kind: 'indirect', cue: 'released a statement Wednesday condemning', source: 'The union', content: ['the harbour board'],
  });
});

test('"The union issued a report this week charging X", "signed a letter criticizing X": more issuing verbs, documents and time phrases', () => {
  assert.deepEqual(only('The union issued a report this week charging that the board lied.'), {
    kind: 'indirect', cue: 'issued a report this week charging', source: 'The union', content: ['that the board lied'],
  });
  assert.deepEqual(only('Fifty dockers signed an open letter criticizing the harbour board.'), {
    kind: 'indirect', cue: 'signed an open letter criticizing', source: 'Fifty dockers', content: ['the harbour board'],
  });
});

test('"Monday night’s results showed X", "Last year’s figures show X": a two-word time phrase with a possessive stays in the subject', () => {
  assert.deepEqual(only('Last year’s harbour figures show the pier is unsafe.').source, 'Last year’s harbour figures');
  assert.deepEqual(only('Monday night’s results showed the mayor ahead.').source, 'Monday night’s results');
  // a time phrase before the subject is still no part of it
  assert.deepEqual(only('On Monday the mayor’s aides said the pier was unsafe.').source, 'the mayor’s aides');
});

test('"The self-described socialist said X": an adjective the tagger gave the head of a determiner phrase before the verb is the subject', () => {
  assert.deepEqual(only('The self-described green socialist said he would carry the harbour vote.'), {
    kind: 'indirect', cue: 'said', source: 'The self-described green socialist', content: ['he would carry the harbour vote'],
  });
});

test('"..., with Ada Moss calling the plan a disgrace": an absolute "with" phrase gives a strong cue participle its subject', () => {
  assert.deepEqual(run('The dockers went further, with Mayor Ada Moss calling the plan a disgrace.').map(shape), [
    { kind: 'indirect', cue: 'calling', source: 'Mayor Ada Moss', content: ['the plan a disgrace'] },
  ]);
  // a second absolute clause after "and" ends the content
  assert.deepEqual(run('The talks went badly, with each side questioning the other’s motives and the mayor pressing her attack.').map(shape), [
    { kind: 'indirect', cue: 'questioning', source: 'each side', content: ['the other’s motives'] },
  ]);
  // without the comma the noun phrase is an object: no attribution
  assert.deepEqual(run('The union was stuck with Ortega calling the shots.'), []);
});

test('"Wow: ...", "Revealed: ...", "BYLINE: Ada Moss": clickbait openers and bylines are no speaker labels', () => {
  assert.deepEqual(run('Wow: The Harbour Board Just Did Something Unexpected\n\nThe board met on Monday.'), []);
  assert.deepEqual(run('Revealed: What The Dockers Really Think\n\nThe board met on Monday.'), []);
  assert.deepEqual(run('BYLINE: Ada Moss\n\nThe board met on Monday.'), []);
  // nor are a page's own details
  assert.deepEqual(run('Published: Thursday, 14 May 2026\n\nThe board met on Monday.'), []);
  assert.deepEqual(run('Updated: 9 June 2026, 10:40\n\nPhoto: Ada Moss\n\nThe board met on Monday.'), []);
  assert.deepEqual(run('Storm Elin: latest news as gales hit the pier\n\nThe board met on Monday.'), []);
  // a name still labels what it says
  assert.deepEqual(run('Ada Moss: The Pier Is Unsafe\n\nThe board met on Monday.').map(shape)[0]!.source, 'Ada Moss');
});

test('"Ortega is still ahead in regional polls": plural polls named by common words only, closing a clause, cite no survey', () => {
  assert.deepEqual(run('Ortega is still ahead in regional polls.'), []);
  assert.deepEqual(run('Ortega has a narrow lead in the latest polls over Ada Moss.'), []);
  // a named poll still does
  assert.deepEqual(only('Ortega leads by 9 points in the latest Harbour Times poll.'), {
    kind: 'indirect', cue: 'in', source: 'the latest Harbour Times poll', content: ['Ortega leads by 9 points'],
  });
});

test('"After saying X, the docker left": a participle clause opening the sentence takes the main clause’s subject as source', () => {
  assert.deepEqual(only('But since announcing that he would run, Ortega has visited the pier twice.'), {
    kind: 'indirect', cue: 'announcing', source: 'Ortega', content: ['that he would run'],
  });
  assert.deepEqual(run('After saying he was nervous, the docker asked about the pier.').map(shape)[0], {
    kind: 'indirect', cue: 'saying', source: 'the docker', content: ['he was nervous'],
  });
});

test('"Speaking at a rally, Ortega went after Moss, calling her a liar": the clause’s subject is found past an opening participle clause', () => {
  assert.deepEqual(only('Speaking at a rally in Faro, Ortega went after Moss, calling her a liar.'), {
    kind: 'indirect', cue: 'calling', source: 'Ortega', content: ['her a liar'],
  });
});

test('"The pier is unsafe, he told reporters.": after unquoted content, a person told, an occasion or a time closing the sentence is no content', () => {
  assert.deepEqual(only('The pier is unsafe, he told reporters.'), {
    kind: 'indirect', cue: 'told', source: 'he', content: ['The pier is unsafe'],
  });
  assert.deepEqual(only('The board will meet again, Ada Moss said in her filing.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss', content: ['The board will meet again'],
  });
  assert.deepEqual(only('The harbour is closed, she said on Monday.'), {
    kind: 'indirect', cue: 'said', source: 'she', content: ['The harbour is closed'],
  });
  assert.deepEqual(only('The ferries will stop in June, the mayor told The Harbour Gazette.'), {
    kind: 'indirect', cue: 'told', source: 'the mayor', content: ['The ferries will stop in June'],
  });
  assert.deepEqual(only('The cranes are too old, Ada Moss told the council on Tuesday.'), {
    kind: 'indirect', cue: 'told', source: 'Ada Moss', content: ['The cranes are too old'],
  });
  assert.deepEqual(only('Rents have doubled since 2019, a tenant said at the meeting.'), {
    kind: 'indirect', cue: 'said', source: 'a tenant', content: ['Rents have doubled since 2019'],
  });
  // the cue keeps the phrases the lexicon groups with it
  assert.deepEqual(only('The plan failed, Ada Moss said in a statement.'), {
    kind: 'indirect', cue: 'said in a statement', source: 'Ada Moss', content: ['The plan failed'],
  });
  // an object after the verb is still its content; a clause opened by a subordinator is no content
  assert.deepEqual(run('Ada Moss left early, and the mayor denied any wrongdoing.').map(shape).find((a) => a.cue === 'denied')?.content, ['any wrongdoing']);
  assert.ok(!run('While the pier is closed, the mayor told reporters.').some((a) => a.content.text.startsWith('While')));
  assert.deepEqual(run('The festival was long, and she tells one joke about the mayor.').map(shape).find((a) => a.cue === 'tells')?.content ?? null, run('She tells one joke about the mayor.').map(shape)[0]?.content ?? null);
});

test('"CONTENT, said Ada Moss in her filing.": right after an inverted name, an occasion phrase is neither source nor content', () => {
  assert.deepEqual(only('The docks will close, said Ada Moss in her filing.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss', content: ['The docks will close'],
  });
  assert.deepEqual(only('The cranes are old, wrote Jo Li on her blog.'), {
    kind: 'indirect', cue: 'wrote', source: 'Jo Li', content: ['The cranes are old'],
  });
  assert.deepEqual(only('“The cranes are old,” wrote Jo Li in The Harbour Gazette.'), {
    kind: 'direct', cue: 'wrote', source: 'Jo Li', content: ['“The cranes are old,”'],
  });
  assert.deepEqual(only('The pier is unsafe, said Ada Moss, the city engineer.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss, the city engineer', content: ['The pier is unsafe'],
  });
  // a phrase the name sits in keeps its own prepositions
  assert.deepEqual(only('“The cranes are old,” noted a report for the Harbour Trust on the docks.').source, 'a report for the Harbour Trust on the docks');
});

test('"CONTENT, said Ada Moss, the city engineer, in a statement.": an occasion or time after the apposition is no second content part', () => {
  // (#400: the apposition keeps the comma that closes it when the sentence goes on)
  assert.deepEqual(only('The bridge will reopen, said Ada Moss, the city engineer, in a statement.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss, the city engineer,', content: ['The bridge will reopen'],
  });
  assert.deepEqual(only('The plan failed, Ada Moss said, on Monday.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss', content: ['The plan failed'],
  });
  // other phrases after the comma still finish the content
  assert.deepEqual(only('The plan would be saved, Ada Moss said, by a new owner.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss', content: ['The plan would be saved', 'by a new owner'],
  });
});

test('"CONTENT, Ortega assured voters.": a common-noun person told by an addressee verb closes the sentence and is no content', () => {
  assert.deepEqual(only('The pier will reopen, Ortega assured voters.'), {
    kind: 'indirect', cue: 'assured', source: 'Ortega', content: ['The pier will reopen'],
  });
  assert.deepEqual(only('The cranes are old, the engineer reminded the dockers.'), {
    kind: 'indirect', cue: 'reminded', source: 'the engineer', content: ['The cranes are old'],
  });
  // "promised" takes the thing promised as its object, which stays its content
  assert.deepEqual(only('The docks will grow, Ortega promised a new pier.').content, ['a new pier']);
});

test('"CONTENT, Ortega said late Monday.": an adverb or a time word the lexicon leaves out closing the sentence is no content', () => {
  assert.deepEqual(only('The pier is unsafe, Ortega said late Monday.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['The pier is unsafe'],
  });
  assert.deepEqual(only('The cranes will stay, the harbour board announced overnight.'), {
    kind: 'indirect', cue: 'announced', source: 'the harbour board', content: ['The cranes will stay'],
  });
  assert.deepEqual(only('The ferry is late, Ada Moss said again.'), {
    kind: 'indirect', cue: 'said again', source: 'Ada Moss', content: ['The ferry is late'], // #426: "again" joins the cue
  });
  assert.deepEqual(only('The docks will close, the union wrote May 3.'), {
    kind: 'indirect', cue: 'wrote', source: 'the union', content: ['The docks will close'],
  });
});

test('"said about half of ...": "about" after "say" stays out of the cue (train gold keeps it in 40% of such cues); other speech verbs keep it', () => {
  assert.deepEqual(only('The board said about half of the cranes were old.'), {
    kind: 'indirect', cue: 'said', source: 'The board', content: ['about half of the cranes were old'],
  });
  assert.equal(only('Ortega wrote about the pier in his blog.').cue, 'wrote about');
});

test('"pleaded guilty to ...": the plea is part of the cue', () => {
  assert.deepEqual(only('The captain pleaded guilty to smuggling eels.'), {
    kind: 'indirect', cue: 'pleaded guilty to', source: 'The captain', content: ['smuggling eels'],
  });
  assert.deepEqual(only('The captain pleaded not guilty in March to smuggling eels.'), {
    kind: 'indirect', cue: 'pleaded not guilty', source: 'The captain', content: ['to smuggling eels'],
  });
});

test('"said with a grin": a short manner phrase closing the clause joins the cue', () => {
  assert.deepEqual(only('“The ferry is late,” Ada Moss said with a grin.'), {
    kind: 'direct', cue: 'said with a grin', source: 'Ada Moss', content: ['“The ferry is late,”'],
  });
  assert.equal(only('“The ferry is late,” Ada Moss said with a wry smile, looking at the dock.').cue, 'said with a wry smile');
  // a longer phrase is an adjunct of its own
  assert.equal(only('“The ferry is late,” Ada Moss said with a dozen dockers behind her.').cue, 'said');
});

test('"Ortega at the time said ...": "at the time" between subject and verb is no part of the source', () => {
  assert.deepEqual(only('Ortega at the time said the pier was safe.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the pier was safe'],
  });
});

test('"..., promising to ...", "has been repeating that ...": a cue participle the tagger read as a noun or adjective is a verb where a verb stands', () => {
  assert.deepEqual(only('The mayor toured the flooded harbour on Friday, promising to rebuild the pier before winter.'), {
    kind: 'indirect', cue: 'promising', source: 'The mayor', content: ['to rebuild the pier before winter'],
  });
  assert.deepEqual(only('The union has been repeating that the cranes are unsafe.'), {
    kind: 'indirect', cue: 'has been repeating', source: 'The union', content: ['that the cranes are unsafe'],
  });
  assert.deepEqual(only('Ada Moss answered the critics, warning that the cranes are unsafe.'), {
    kind: 'indirect', cue: 'warning', source: 'Ada Moss', content: ['that the cranes are unsafe'],
  });
  // an adjective before its noun stays one
  assert.equal(run('The ferry made a promising start on Friday.').length, 0);
});

test('"took issue with", "has made no mention of", "poked fun at": a verb-noun-preposition idiom of stance is one cue, its object the content', () => {
  assert.deepEqual(only('Ada Moss took issue with the harbour plan.'), {
    kind: 'indirect', cue: 'took issue with', source: 'Ada Moss', content: ['the harbour plan'],
  });
  assert.deepEqual(only('The mayor has made no mention of the ferry.'), {
    kind: 'indirect', cue: 'has made no mention of', source: 'The mayor', content: ['the ferry'],
  });
  assert.deepEqual(only('The dockers also poked fun at the board.'), {
    kind: 'indirect', cue: 'also poked fun at', source: 'The dockers', content: ['the board'],
  });
  // the noun alone makes no idiom
  assert.equal(run('The mayor took a shot of rum.').length, 0);
});

test('"Critics point to X", "Moss talks about X": a verb the tagger read as a noun before its learned particle is the verb when it agrees with the subject', () => {
  assert.deepEqual(only('Critics point to the rusty cranes.'), {
    kind: 'indirect', cue: 'point to', source: 'Critics', content: ['the rusty cranes'],
  });
  assert.deepEqual(only('Ada Moss talks about the ferry.'), {
    kind: 'indirect', cue: 'talks about', source: 'Ada Moss', content: ['the ferry'],
  });
  // a noun after a noun it does not agree with stays a noun
  assert.equal(run('The bombing campaign against the rebels ended.').length, 0);
});

test('"Ada Moss Announces New Ferry Plan": in a title-case headline a capitalised "-s" verb after a name is the verb', () => {
  assert.deepEqual(only('Harbour Board Chief Ada Moss Announces New Ferry Plan.'), {
    kind: 'indirect', cue: 'Announces', source: 'Harbour Board Chief Ada Moss', content: ['New Ferry Plan'],
  });
  assert.deepEqual(only('Dockers Union Wants Pier Rebuilt Before Winter'), {
    kind: 'indirect', cue: 'Wants', source: 'Dockers Union', content: ['Pier Rebuilt Before Winter'],
  });
});

test('"Ada Moss Explained Why ...": #128 also for a capitalised "-ed" verb', () => {
  assert.deepEqual(only('Harbour Chief Ada Moss Explained Why The Ferry Stopped'), {
    kind: 'indirect', cue: 'Explained', source: 'Harbour Chief Ada Moss', content: ['Why The Ferry Stopped'],
  });
});

test('"Moss shot back that ...", "opened up about X": verb-particle idioms of speech are one cue ("shot" read as a noun before "back" is the verb)', () => {
  assert.deepEqual(only('Moss shot back that the cranes were fine.'), {
    kind: 'indirect', cue: 'shot back', source: 'Moss', content: ['that the cranes were fine'],
  });
  assert.deepEqual(only('The mayor opened up about her years on the docks.'), {
    kind: 'indirect', cue: 'opened up about', source: 'The mayor', content: ['her years on the docks'],
  });
  // prices shooting back up report nothing
  assert.equal(run('Fuel prices shot back up in March.').length, 0);
});

test('"Dockers blast the board", "observers note the ferry will stop": a strong cue verb read as a noun that agrees with the word before it is the verb before an object or clause', () => {
  assert.deepEqual(only('Dockers blast the harbour board.'), {
    kind: 'indirect', cue: 'blast', source: 'Dockers', content: ['the harbour board'],
  });
  assert.deepEqual(only('Legal observers note the ferry will stop.'), {
    kind: 'indirect', cue: 'note', source: 'Legal observers', content: ['the ferry will stop'],
  });
  // a noun after a modified name stays a noun
  assert.equal(run('The ferry now serves the Western states this week.').length, 0);
});

test('"... “harbour plan,” promising to ...": #125 also after a closing mark whose comma sits inside it', () => {
  assert.deepEqual(run('The mayor talked up her “harbour plan,” promising to rebuild the pier.').map(shape), [
    { kind: 'mixed', cue: 'talked up', source: 'The mayor', content: ['her “harbour plan,”'] },
    { kind: 'indirect', cue: 'promising', source: 'The mayor', content: ['to rebuild the pier'] },
  ]);
});

test('"has been critical of X", "are wary of X": a stance adjective with its preposition after a copula is one cue, its object the content', () => {
  assert.deepEqual(only('Ada Moss has been critical of the harbour plan.'), {
    kind: 'indirect', cue: 'has been critical of', source: 'Ada Moss', content: ['the harbour plan'],
  });
  assert.deepEqual(only('The dockers are not wary of the board.'), {
    kind: 'indirect', cue: 'are not wary of', source: 'The dockers', content: ['the board'],
  });
  // no copula, no stance: "a critical of" never stands alone, and "critical" before a noun is no cue
  assert.equal(run('The pier faces a critical test in March.').length, 0);
});

test('"came out against X": #130 also for "come out against"', () => {
  assert.deepEqual(only('The union came out against the ferry plan.'), {
    kind: 'indirect', cue: 'came out against', source: 'The union', content: ['the ferry plan'],
  });
});

test('"has been a vocal critic of X", "were early backers of X": a stance noun after a copula is a cue from the copula through "of"/"for"', () => {
  assert.deepEqual(only('Ada Moss has been a vocal critic of the harbour plan.'), {
    kind: 'indirect', cue: 'has been a vocal critic of', source: 'Ada Moss', content: ['the harbour plan'],
  });
  assert.deepEqual(only('The dockers were early backers of Ortega.'), {
    kind: 'indirect', cue: 'were early backers of', source: 'The dockers', content: ['Ortega'],
  });
  // without the copula the noun reports nothing here
  assert.equal(run('Critics of the plan gathered at the pier.').length, 0);
});

test('"remain upbeat about X", "are not enamored of X": #133 for three more stance adjectives', () => {
  assert.deepEqual(only('The dockers remain upbeat about the new cranes.'), {
    kind: 'indirect', cue: 'remain upbeat about', source: 'The dockers', content: ['the new cranes'],
  });
});

test('"Moss dismissed the claim that X, calling it ...": a participle belongs to the outer frame, not to a report inside its content', () => {
  const calling = run('The mayor dismissed the union\'s claim that the pier is unsafe, calling it a stunt.').map(shape).find((a) => a.cue === 'calling');
  assert.deepEqual(calling, { kind: 'indirect', cue: 'calling', source: 'The mayor', content: ['it a stunt'] });
  const added = run('Ortega said he saw no reason to resign and added that the vote was fair.').map(shape).find((a) => a.cue === 'added');
  assert.deepEqual(added, { kind: 'indirect', cue: 'added', source: 'Ortega', content: ['that the vote was fair'] });
  // a relative clause's frame is no outer frame of its main clause
  const stressing = run('Ada Moss, who has praised Ortega and criticized his plan, offered a warm welcome on Monday, stressing that the pier was safe.').map(shape).find((a) => a.cue === 'stressing');
  assert.notEqual(stressing?.source, 'who');
});

test('"Ortega shared a letter called “Low Tide”, writing ...": a frame whose source is an object (of a verb or preposition) passes no source to a participle', () => {
  const writing = run('Later on Sunday, Ortega shared a letter from the harbour board called “Low Tide” on his blog, writing that the docks would close.').map(shape).find((a) => a.cue === 'writing');
  assert.deepEqual(writing, { kind: 'indirect', cue: 'writing', source: 'Ortega', content: ['that the docks would close'] });
  // an absolute "with" opens a clause whose subject is a source
  const asking = run('Critics were quick to respond, with Ada Moss writing that the plan had failed and asking, “Who pays?”').map(shape).find((a) => a.cue === 'asking');
  assert.equal(asking?.source, 'Ada Moss');
});

test('"The union emailed members saying X": a bare participle after the object of a verb of making or sending reports what the verb\'s subject says', () => {
  assert.deepEqual(only("The dockers' union emailed members saying the strike would go on."), {
    kind: 'indirect', cue: 'saying', source: "The dockers' union", content: ['the strike would go on'],
  });
  assert.deepEqual(only('Ada Moss is making a pitch to Lisbon voters saying the ferry must stay.'), {
    kind: 'indirect', cue: 'saying', source: 'Ada Moss', content: ['the ferry must stay'],
  });
  // after other verbs the noun phrase is the one that speaks
  assert.equal(only('The harbour board cheered dockers hoping for a raise.').source, 'dockers');
});

test('"Ada Moss, who runs X, toured the pier, praising ...": with no frame before it, a participle takes the first subject that is no relative word closed off before it', () => {
  assert.deepEqual(only('Ada Moss, who runs the ferry company, toured the pier on Monday, praising the new cranes.'), {
    kind: 'indirect', cue: 'praising', source: 'Ada Moss, who runs the ferry company,', content: ['the new cranes'],
  });
  // inside the relative clause the relative word is the subject
  assert.equal(only('But Ada Moss, who was distracted while saying farewell to the dockers, did not see him.').source, 'who');
});

test('"When the ferry stopped, Ada Moss walked to the pier, blaming ...": the subject a participle takes is looked for past an opening subordinate clause', () => {
  assert.deepEqual(only('When the ferry stopped running, Ada Moss walked to the pier, blaming the board for the delay.'), {
    kind: 'indirect', cue: 'blaming', source: 'Ada Moss', content: ['the board for the delay'],
  });
});

test('"Tom Reyes, the mayor\'s uncle, issued a statement Friday, saying ...": a cue grown over an issuing verb is finite, so the comma of an apposition before it makes no participle clause', () => {
  assert.deepEqual(only("Tom Reyes, the mayor's uncle, issued a statement Friday, saying the pier is safe."), {
    kind: 'indirect', cue: 'issued a statement Friday, saying', source: "Tom Reyes, the mayor's uncle,", content: ['the pier is safe'],
  });
});

test('"It was a long night, but Ada Moss was at the pier, praising ...": an expletive "it" or "there" of "be" passes no source to a participle', () => {
  assert.deepEqual(only('It was a long night, but Ada Moss was at the pier on Monday, praising the crews for their work.'), {
    kind: 'indirect', cue: 'praising', source: 'Ada Moss', content: ['the crews for their work'],
  });
});

test('"The crowd cheered when Ortega spotted a sign and asked ...": a second verb after "and" shares the subject of the nearest verb before it that has one', () => {
  assert.deepEqual(only('The crowd cheered when Ortega spotted a sign in the stands and asked for it to be brought to him.'), {
    kind: 'indirect', cue: 'asked for', source: 'Ortega', content: ['it to be brought to him'],
  });
  // inside a relative clause that has not closed, the relative word is that subject
  assert.equal(only('The dockers are a small group who stay in touch and push their plan for the pier.').source, 'who');
  // the subject of a clause inside the first verb's object is skipped
  assert.equal(only('Mr. Moss sold the old boat that the port would need in May and blamed the storm.').source, 'Mr. Moss');
});

test('"The ferry plan was called “a disaster” by the dockers\' union": an agent after a short complement of a passive is its source, and the complement ends before it', () => {
  assert.deepEqual(only("The ferry plan was called “a disaster” by the dockers' union."), {
    kind: 'mixed', cue: 'was called', source: "the dockers' union", content: ['The ferry plan', '“a disaster”'],
  });
  assert.deepEqual(only('Eels are considered a delicacy by fishermen and cooks in the port.'), {
    kind: 'indirect', cue: 'are considered', source: 'fishermen and cooks', content: ['Eels', 'a delicacy'],
  });
});

test('"The mayor\'s remark has angered the dockers": a psychological verb\'s object holds the attitude and its subject is the content', () => {
  assert.deepEqual(only("The mayor's remark has angered the dockers on the night shift."), {
    kind: 'indirect', cue: 'has angered', source: 'the dockers', content: ["The mayor's remark"],
  });
  assert.deepEqual(only('The new fares worried some dockers and their families.'), {
    kind: 'indirect', cue: 'worried', source: 'some dockers and their families', content: ['The new fares'],
  });
  // "worried that ...", "worried about ...": the subject holds the worry
  assert.equal(only('Ada Moss worried that the ferry would be late.').source, 'Ada Moss');
});

test('"..., according to a harbour official who spoke on the strict condition of anonymity": a relative clause right after the source, with no comma, is part of it', () => {
  assert.deepEqual(only('The ferry will stop in May, according to a harbour official who spoke on the strict condition of anonymity.'), {
    kind: 'indirect', cue: 'according to', source: 'a harbour official who spoke on the strict condition of anonymity', content: ['The ferry will stop in May'],
  });
});

test('#160 "he\'s said X", "who\'s argued for X": a contracted \'s after a pronoun is a perfect, so the pronoun is the source', () => {
  assert.deepEqual(only("Since the storm, he's said the pier must be rebuilt."), {
    kind: 'indirect', cue: "'s said", source: 'he', content: ['the pier must be rebuilt'],
  });
  assert.deepEqual(only('She’s already shown little patience for the ferry board.'), {
    kind: 'indirect', cue: '’s already shown', source: 'She', content: ['little patience for the ferry board'],
  });
  // "is said to": still a passive with nobody named
  assert.equal(run("The old engineer? He's said to be unwell.").find((a) => a.cue?.text === "'s said")?.source ?? null, null);
});

test('#161 "Ann Moss (D) and Bo Diaz (R) announced": a party tag before "and" keeps the joined subject', () => {
  assert.deepEqual(only('Former Lisbon Gov. Ann Moss (D) and former Porto Gov. Bo Diaz (R) announced they will quit.'), {
    kind: 'indirect', cue: 'announced', source: 'Former Lisbon Gov. Ann Moss (D) and former Porto Gov. Bo Diaz (R)', content: ['they will quit'],
  });
  assert.equal(only('However, Sen. Ann Moss (Ore.) and former mayor Bo Diaz suggested that the pier was old.').source, 'Sen. Ann Moss (Ore.) and former mayor Bo Diaz');
});

test('#162 "The letter by the pair suggested", "a gaffe by X showed": an author after "by" stays in a subject opened by a common noun', () => {
  assert.deepEqual(only('The letter by the pair suggested both were tired.'), {
    kind: 'indirect', cue: 'suggested', source: 'The letter by the pair', content: ['both were tired'],
  });
  assert.equal(only('But a gaffe by the harbour master showed the plan was rushed.').source, 'a gaffe by the harbour master');
});

test('#163 "something Republicans wanted", "the place officials say": a noun before an object relative with no relative word is no part of its subject', () => {
  assert.deepEqual(only('Faro is now the place harbour officials say the ferry might stop.'), {
    kind: 'indirect', cue: 'say', source: 'harbour officials', content: ['the ferry might stop'],
  });
  assert.equal(only('She is the kind of engineer many dockers fear the board would hire.').source, 'many dockers');
  assert.equal(only('The bill did something the dockers wanted: it cut the fare.').source, 'the dockers');
});

test('#164 "Alarmed by the unrest, Senator Jo Li, the minority leader, said": the object of an opening preposition is no head of the apposition chain', () => {
  assert.deepEqual(only('Alarmed by the unrest in Faro, Senator Jo Li, the minority leader, said the pier must close.'), {
    kind: 'indirect', cue: 'said', source: 'Senator Jo Li, the minority leader,', content: ['the pier must close'],
  });
  // a noun before the preposition makes it a postmodifier: "A docker in Faro, Portugal, said"
  assert.equal(only('A docker in Faro, Portugal, said the pier must close.').source, 'A docker in Faro, Portugal,');
});

test('#165 "~ Ada Moss announced", "8:47PM Ada Moss Says": a bullet, quote mark or live-blog clock time before a subject is no part of it', () => {
  assert.deepEqual(only('Before you go. ~ Harbour boss Ada Moss announced her engagement to Bo Diaz.'), {
    kind: 'indirect', cue: 'announced', source: 'Harbour boss Ada Moss', content: ['her engagement to Bo Diaz'],
  });
  assert.equal(only('>Ada Moss said the pier was old.').source, 'Ada Moss');
  assert.equal(only('Posted February 6, 2016 8:47PM Ada Moss Says The Pier Is Old').source, 'Ada Moss');
});

test('#166 "Ted Cruz apparently thinks", "Working America, a labor group, found": a capitalised word the tagger read as a verb, opening the sentence before a name, is part of the name', () => {
  for (const [text, source] of [
    ['Ted Moss apparently thinks so, too.', 'Ted Moss'],
    ['Ted Moss’s aides insist he is the same.', 'Ted Moss’s aides'],
    ['Working Harbours, a dockers group, found strong support for the ferry.', 'Working Harbours, a dockers group,'],
  ] as const) {
    const found = run(text);
    assert.equal(found.length, 1, text);
    assert.equal(found[0]!.source?.text, source, text);
  }
});

test('#167 "Some outside analysts see", "conservative outside groups reported": "outside" between a determiner or adjective and a noun is an adjective in the subject', () => {
  assert.deepEqual(only('Some outside analysts see the plan as a trap.'), {
    kind: 'indirect', cue: 'see', source: 'Some outside analysts', content: ['the plan as a trap'],
  });
  assert.equal(only('But conservative outside groups reported spending a lot.').source, 'conservative outside groups');
});

test('#168 "most in Faro want", "Those over 70 say": a quantity or "those" before a preposition heads the subject', () => {
  assert.deepEqual(only('Those over 70 say the ferry is late.'), {
    kind: 'indirect', cue: 'say', source: 'Those over 70', content: ['the ferry is late'],
  });
  assert.equal(only('With so many here hurt by it, most in Faro want to fix the pier.').source, 'most in Faro');
  assert.equal(only("More than half of those in the port's youngest crews predict they will do well.").source, "More than half of those in the port's youngest crews");
});

test('#169 "Ada Moss, along with reporter Bo Diaz, say": an "along with" segment set off by commas stays in the source', () => {
  assert.deepEqual(only('Ada Moss, along with harbour reporter Bo Diaz, say the guard pushed them.'), {
    kind: 'indirect', cue: 'say', source: 'Ada Moss, along with harbour reporter Bo Diaz,', content: ['the guard pushed them'],
  });
});

test('#170 "The union estimates that", "the campaign worries that": a cue the tagger read as a noun after a clause-opening subject takes that subject as source', () => {
  assert.deepEqual(only('The union estimates that close to 900 dockers left.'), {
    kind: 'indirect', cue: 'estimates', source: 'The union', content: ['that close to 900 dockers left'],
  });
  assert.equal(only('And the campaign worries that the lead could shrink.').source, 'the campaign');
  assert.equal(only('Audit files from the board show that four accounts were used.').source, 'Audit files from the board');
});

test('#171 "Dockers aren’t enamored of the plan": the stance adjective of #136 is no passive participle, so its subject is the source', () => {
  assert.deepEqual(only('Dockers aren’t enamored of the plan.'), {
    kind: 'indirect', cue: 'aren’t enamored of', source: 'Dockers', content: ['the plan'],
  });
});

test('#172 "Throughout the 2000s, dockers in Faro, fearing the cuts, failed": a participle set off after a subject that follows an opening phrase or conjunction takes that subject', () => {
  const fearing = run('Throughout the 2000s, dockers in Faro, fearing the cuts, repeatedly failed to unite.').map(shape).find((x) => x.cue === 'fearing');
  assert.deepEqual(fearing, { kind: 'indirect', cue: 'fearing', source: 'dockers in Faro', content: ['the cuts'] });
  const noting = run('But Sen. Ada Moss (D-Ore.), noting the size of the crowd, said the pier was safe.').map(shape).find((x) => x.cue === 'noting');
  assert.equal(noting?.source, 'Sen. Ada Moss (D-Ore.)');
});

test('"backs X but embraces Y" (#140): an object noun phrase also ends before "but" and a second verb phrase', () => {
  assert.deepEqual(only('The board rejected the new plan but will meet with Ortega on Monday.'), {
    kind: 'indirect', cue: 'rejected', source: 'The board', content: ['the new plan'],
  });
  assert.deepEqual(only('The union supports Ortega but is not campaigning for him.'), {
    kind: 'indirect', cue: 'supports', source: 'The union', content: ['Ortega'],
  });
  // a reported clause keeps its "but": the second clause is still what was said
  assert.deepEqual(only('Ortega said the pier is old but the cranes are new.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the pier is old but the cranes are new'],
  });
});

test('"distanced himself from X and moved on", "know this and will strike" (#141): a reflexive or demonstrative object ends like a noun phrase', () => {
  assert.deepEqual(only('Ortega quickly distanced himself from the ferry plan and moved on to the budget.'), {
    kind: 'indirect', cue: 'quickly distanced himself from', source: 'Ortega', content: ['the ferry plan'], // (#291: the reflexive and "from" joined the cue)
  });
  assert.deepEqual(only('The dockers know this and will strike on Friday.'), {
    kind: 'indirect', cue: 'know', source: 'The dockers', content: ['this'],
  });
});

test('"has not endorsed X, and its spokesman declined to comment" (#142): an object ends before ", and" + a clause with its own subject', () => {
  assert.deepEqual(run('The union has not endorsed a candidate in the race, and its spokesman declined to comment.').map(shape), [
    { kind: 'indirect', cue: 'has not endorsed', source: 'The union', content: ['a candidate in the race'] },
    { kind: 'indirect', cue: 'declined', source: 'its spokesman', content: ['to comment'] },
  ]);
  assert.deepEqual(only('Ortega savaged the mayor, and the mayor hit back.'), {
    kind: 'indirect', cue: 'savaged', source: 'Ortega', content: ['the mayor'],
  });
  // after a speech verb the words may be a clause whose verb was missed: the content runs on
  assert.deepEqual(only('Moss said the pier needs repairs, and the board agreed.'), {
    kind: 'indirect', cue: 'said', source: 'Moss', content: ['the pier needs repairs, and the board agreed'],
  });
});

test('"is promising to build X, and it hopes to Y" (#143): an infinitive content ends at its first comma when ", and" opens a clause', () => {
  assert.deepEqual(run('The city is promising to build a new pier, and it hopes to win the dockers over.').map(shape), [
    { kind: 'indirect', cue: 'is promising', source: 'The city', content: ['to build a new pier'] },
    { kind: 'indirect', cue: 'hopes', source: 'it', content: ['to win the dockers over'] },
  ]);
  assert.deepEqual(only('Ortega refused to intervene, and the strike was crushed.'), {
    kind: 'indirect', cue: 'refused', source: 'Ortega', content: ['to intervene'],
  });
  // a comma before it makes the ", and" close a list: no cut
  assert.deepEqual(only('Moss agreed to visit the pier, the dock, and the cranes were shown to her.'), {
    kind: 'indirect', cue: 'agreed', source: 'Moss', content: ['to visit the pier, the dock, and the cranes were shown to her'],
  });
});

test('"joked about X, declined to Y" (#144): an object noun phrase ends at its first comma before a verb that takes an object or an infinitive', () => {
  // (#1462: `declined`, a listed verb of rate >= 0.5, is a second report; the first is checked)
  assert.deepEqual(run('Ortega joked about the old cranes, declined to endorse the ferry plan and left early.').map(shape)[0], {
    kind: 'indirect', cue: 'joked about', source: 'Ortega', content: ['the old cranes'],
  });
  assert.deepEqual(only('The board rejected both objections, ruled the plan legal and adjourned.'), {
    kind: 'indirect', cue: 'rejected', source: 'The board', content: ['both objections'],
  });
  // a participle glossing the object is no second verb phrase
  assert.deepEqual(only('Moss praised the report, known as the Harbour Review, for its candour.'), {
    kind: 'indirect', cue: 'praised', source: 'Moss', content: ['the report, known as the Harbour Review, for its candour'],
  });
});

test('"said X — a claim the board disputed" (#145): a dash before "a"/"an" opens the writer\'s remark like ", a"', () => {
  assert.deepEqual(only('Ortega said the pier was unsafe — a claim the board disputed.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the pier was unsafe'],
  });
  assert.deepEqual(only('Moss pledged that the ferry would run by June — a promise the dockers doubt.'), {
    kind: 'indirect', cue: 'pledged', source: 'Moss', content: ['that the ferry would run by June'],
  });
  // not a dash that renames an indefinite noun phrase, nor one of a pair around an aside
  assert.deepEqual(only('Ortega said the plan was a mirage — a mix of hope and spin.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the plan was a mirage — a mix of hope and spin'],
  });
  assert.deepEqual(only('Ortega said the board — a body of nine — had failed.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['the board — a body of nine — had failed'],
  });
});

test('"called the plan a farce and she walked out" (#146): an object ends before "and" + a subject pronoun and its verb', () => {
  assert.deepEqual(only('Moss called the ferry plan a farce and she walked out of the meeting.'), {
    kind: 'indirect', cue: 'called', source: 'Moss', content: ['the ferry plan a farce'],
  });
  // a possessive after "and" may still join the object
  assert.deepEqual(only('Ortega praised Moss and her deputy for their work.'), {
    kind: 'indirect', cue: 'praised', source: 'Ortega', content: ['Moss and her deputy for their work'],
  });
});

test('"Jo Marr, a teacher at the school that was hosting the fair, said X": a relative clause on a noun inside an apposition ("that", "which", "whose") leaves the apposition in the source', () => {
  assert.deepEqual(only('Jo Marr, a teacher at the school that was hosting the fair, said the roof leaked.'), {
    kind: 'indirect', cue: 'said', source: 'Jo Marr, a teacher at the school that was hosting the fair,', content: ['the roof leaked'],
  });
  assert.deepEqual(only('Ed Lamb, a planner for harbour towns whose firm built the pier, said the deck was rotten.'), {
    kind: 'indirect', cue: 'said', source: 'Ed Lamb, a planner for harbour towns whose firm built the pier,', content: ['the deck was rotten'],
  });
});

test('"Marr, a longtime radical, lashed out at X", "The chief, Jo Li, suggested X": an apposition whose head the tagger read as an adjective after a determiner is a role (not "a third, Jo Li,")', () => {
  assert.deepEqual(only('Marr, a longtime radical, lashed out at the harbour board on Monday.'), {
    kind: 'indirect', cue: 'lashed out at', source: 'Marr, a longtime radical,', content: ['the harbour board'],
  });
  assert.deepEqual(only('The chief, Jo Li, suggested that the pier was unsafe.'), {
    kind: 'indirect', cue: 'suggested', source: 'The chief, Jo Li,', content: ['that the pier was unsafe'],
  });
});

test('"Noting that X, Ada Moss said ...": a participle clause opening the sentence belongs to the main clause\'s subject after its comma (#152)', () => {
  assert.deepEqual(run('Citing the cost of steel, the harbour board rejected the plan.').map(shape)[0], {
    kind: 'indirect', cue: 'Citing', source: 'the harbour board', content: ['the cost of steel'],
  });
  assert.deepEqual(run('Noting that the pier was old, Ada Moss asked for a new survey.').map(shape)[0], {
    kind: 'indirect', cue: 'Noting', source: 'Ada Moss', content: ['that the pier was old'],
  });
  // "judging from" reports nothing, nor does a clause whose comma opens a relative clause
  assert.equal(run('Judging from the crowd, the rally was a success.').filter((x) => x.cue?.text === 'Judging').length, 0);
});

test('"In rejecting X, the court ...", "After blasting X, Moss ...": #152 also past one preposition opening the participle clause (#153)', () => {
  assert.deepEqual(run('In rejecting the ferry plan, the harbour board pointed to its cost.').map(shape)[0], {
    kind: 'indirect', cue: 'rejecting', source: 'the harbour board', content: ['the ferry plan'],
  });
  assert.deepEqual(run('After blasting the mayor for the delay, Ada Moss left the pier.').map(shape)[0], {
    kind: 'indirect', cue: 'blasting', source: 'Ada Moss', content: ['the mayor for the delay'],
  });
});

test('"Ada Moss says, win or lose, she is staying": after a speech verb of the main clause and a comma, the clause is the content (#154)', () => {
  assert.deepEqual(only('Ada Moss says, win or lose on Tuesday, she is staying in the race.'), {
    kind: 'indirect', cue: 'says', source: 'Ada Moss', content: ['win or lose on Tuesday, she is staying in the race'],
  });
  // not a participle after the comma, nor a subordinate clause's subject
  assert.equal(run('By the time the talks concluded, the pier had closed.').length, 0);
});

test('"the inspector general judged it ...", "Many speculated that ...": an "-ed" verb after a word read as an adjective is a verb when what follows is a verb\'s (#155)', () => {
  assert.deepEqual(only("The harbour board's inspector general judged it a failure in a report."), {
    kind: 'indirect', cue: 'judged', source: "The harbour board's inspector general", content: ['it a failure in a report'],
  });
  assert.deepEqual(only('Many speculated that the ferry would stop.'), {
    kind: 'indirect', cue: 'speculated', source: 'Many', content: ['that the ferry would stop'],
  });
  // before a noun it still modifies it
  assert.equal(run('The board kept several unnamed officials busy.').length, 0);
});

test('"Angered by the cuts, the dockers walked out": a participle of feeling opening the sentence is a frame of the main clause\'s subject, "by" in the cue (#156)', () => {
  assert.deepEqual(run('Angered by the cuts, the dockers walked out.').map(shape)[0], {
    kind: 'indirect', cue: 'Angered by', source: 'the dockers', content: ['the cuts'],
  });
  assert.deepEqual(run('Worried the ferry might stop, the harbour board hired more crews.').map(shape)[0], {
    kind: 'indirect', cue: 'Worried', source: 'the harbour board', content: ['the ferry might stop'],
  });
});

test('#180 "ruled out a second term", "pushed back against the plan": an adverbial particle after the verb is part of the cue', () => {
  assert.deepEqual(only('Mayor Ada Moss ruled out a second term.'), {
    kind: 'indirect', cue: 'ruled out', source: 'Mayor Ada Moss', content: ['a second term'],
  });
  assert.deepEqual(only('The dockers pushed back against the harbour plan.'), {
    kind: 'indirect', cue: 'pushed back against', source: 'The dockers', content: ['the harbour plan'],
  });
  // not the first word of a compound
  assert.deepEqual(only('Ortega said down-ballot races in Faro were close.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['down-ballot races in Faro were close'],
  });
});

test('#181 "proposed nearly two million euros", "are offering increasingly generous terms": a degree adverb after the verb grades the content, not the cue', () => {
  assert.deepEqual(only('The board proposed nearly two million euros for the pier.'), {
    kind: 'indirect', cue: 'proposed', source: 'The board', content: ['nearly two million euros for the pier'],
  });
  assert.deepEqual(only('The owners are offering increasingly generous terms to the dockers.'), {
    kind: 'indirect', cue: 'are offering', source: 'The owners', content: ['increasingly generous terms to the dockers'],
  });
  // a manner adverb still joins the cue
  assert.deepEqual(only('Ortega said quietly that the pier was unsafe.'), {
    kind: 'indirect', cue: 'said quietly', source: 'Ortega', content: ['that the pier was unsafe'],
  });
});

test('#182 "told the story of X", "sounded a wary note about X": a verb-noun-preposition idiom of telling is one cue', () => {
  assert.deepEqual(only('At the meeting the mayor told the story of the old ferry.'), {
    kind: 'indirect', cue: 'told the story of', source: 'the mayor', content: ['the old ferry'],
  });
  assert.equal(only('The board sounded a wary note about the harbour budget.').cue, 'sounded a wary note about');
  // a story told to an addressee is no idiom
  assert.deepEqual(only('Ortega told the dockers a story about the pier.'), {
    kind: 'indirect', cue: 'told', source: 'Ortega', content: ['a story about the pier'],
  });
});

test('#183 "showed no sign of X", "has shown little sign of X": showing a sign is one idiom cue, what it is a sign of the content', () => {
  assert.deepEqual(only('The dockers showed no sign of yielding.'), {
    kind: 'indirect', cue: 'showed no sign of', source: 'The dockers', content: ['yielding'],
  });
  assert.deepEqual(only('The board has shown little sign of a change of heart.'), {
    kind: 'indirect', cue: 'has shown little sign of', source: 'The board', content: ['a change of heart'],
  });
});

test('#184 "pledged their support for X", "threw his support behind X": giving one\'s support is one idiom cue, a possessive before the noun included', () => {
  assert.deepEqual(only('The dockers pledged their support for the mayor.'), {
    kind: 'indirect', cue: 'pledged their support for', source: 'The dockers', content: ['the mayor'],
  });
  assert.deepEqual(only('Ortega threw his support behind the ferry plan.'), {
    kind: 'indirect', cue: 'threw his support behind', source: 'Ortega', content: ['the ferry plan'],
  });
});

test('#190 "Moss a month later announced", "Reyes, the chairman, this past week announced", "who for weeks had argued": a time phrase between the subject and its verb is no source', () => {
  assert.deepEqual(only('Ada Moss a month later announced new fares.').source, 'Ada Moss');
  assert.deepEqual(only('Tom Reyes, the board chairman, this past week announced a new plan.').source, 'Tom Reyes, the board chairman,');
  assert.deepEqual(only('Moss Sunday night recounted a talk with the mayor.').source, 'Moss');
  assert.deepEqual(only('Ortega earlier in the day touted the plan.').source, 'Ortega');
  assert.deepEqual(only('Ortega late Monday agreed to the plan.').source, 'Ortega');
  assert.deepEqual(only('The dockers cheered Ortega, who for weeks had argued that the pier was unsafe.').source, 'who');
  // a document keeps its date
  assert.deepEqual(only('A poll last week found that fares rose.').source, 'A poll last week');
});

test('#192 "sounded a wary note about X", "has sounded off against X": sounding off or a note is said by the subject, no raising verb', () => {
  assert.deepEqual(only('Ada Moss sounded a wary note about the fares.'), { kind: 'indirect', cue: 'sounded a wary note about', source: 'Ada Moss', content: ['the fares'] });
  assert.deepEqual(only('Since then, the harbour master has sounded off against the plan.').source, 'the harbour master');
  // a plain "sound" keeps its raising frame: no source
  assert.deepEqual(only('The plan sounded sensible to the dockers.').source, null);
});

test('#193 "said Rep. Ada Moss (D-Faro) at the time", "said at the time that": "at the time" is a time adjunct, in neither source nor cue', () => {
  assert.deepEqual(only('“The pier is safe,” said Rep. Ada Moss (D-Faro) at the time.').source, 'Rep. Ada Moss (D-Faro)');
  assert.deepEqual(only('Ortega said at the time that this pier was safe.'), { kind: 'indirect', cue: 'said', source: 'Ortega', content: ['that this pier was safe'] });
  // a name after "at the time," is the apposition of the source
  assert.deepEqual(only('“The pier is safe,” wrote the harbour master at the time, Ada Moss.').source, 'the harbour master at the time, Ada Moss');
});

test('#200 "cast herself as X", "pitched the plan as X": a weak verb presenting its object "as" something is a cue, even where the tagger read it as a noun', () => {
  assert.deepEqual(only('Ada Moss cast herself as the friend of the dockers.'), {
    kind: 'indirect', cue: 'cast', source: 'Ada Moss', content: ['herself as the friend of the dockers'],
  });
  assert.deepEqual(only('Ortega pitched the new ferry as a boon for the island.'), {
    kind: 'indirect', cue: 'pitched', source: 'Ortega', content: ['the new ferry as a boon for the island'],
  });
  // a ballot cast, a film's cast: no "as" after an object
  assert.equal(run('The harbour board cast its votes early.').length, 0);
});

test('#201 "Do you support the ferry plan?": a question put to the reader reports no view, but one in a "Q:" interview paragraph does', () => {
  assert.equal(run('Ortega wants a new pier. Do you support the ferry plan? Tell the harbour board.').filter((x) => x.cue?.text === 'support').length, 0);
  assert.equal(run('Would you say the pier is safe?').length, 0);
  assert.deepEqual(only('Q: Do you think the pier is safe?'), {
    kind: 'indirect', cue: 'think', source: 'you', content: ['the pier is safe'],
  });
});

test('#202 "regards all of the old pier as X": #200 with "of" inside the object (an adverb before "as" was already allowed)', () => {
  assert.deepEqual(only('Ortega regards all of the old pier as a danger.'), {
    kind: 'indirect', cue: 'regards', source: 'Ortega', content: ['all of the old pier as a danger'],
  });
  assert.deepEqual(only('Ada Moss has cast herself more as a builder than a critic.'), {
    kind: 'indirect', cue: 'has cast', source: 'Ada Moss', content: ['herself more as a builder than a critic'],
  });
});

test('#210 "said Wander, explaining ...", "said Concord resident Ada Moss": a capitalised word right after an inverted cue that the tagger read as a verb is a name', () => {
  assert.deepEqual(only('"The pier is safe," said Wander.'), {
    kind: 'direct', cue: 'said', source: 'Wander', content: ['"The pier is safe,"'],
  });
  assert.equal(run('"The fares are too high," said Concord resident Ada Moss.').find((x) => x.cue?.text === 'said')?.source?.text, 'Concord resident Ada Moss');
});

test('#211 "a storm that the harbour master said could last a week": the relative "that" bridged by the cue is a fragment of the content', () => {
  assert.deepEqual(only('The ferry was delayed by a storm that the harbour master said could last a week.'), {
    kind: 'indirect', cue: 'said', source: 'the harbour master', content: ['that', 'could last a week'],
  });
});

test('#212 "a berth that most pilots say is the safest": "say" read as a noun between a relative clause\'s subject and its verb is the cue', () => {
  assert.deepEqual(only('Ada Moss runs the one berth that most pilots say is the safest in the harbour.'), {
    kind: 'indirect', cue: 'say', source: 'most pilots', content: ['that', 'is the safest in the harbour'],
  });
  assert.equal(run('They cited the case of Ortega, a docker who officials say is tied to the board.').find((x) => x.cue?.text === 'say')?.source?.text, 'officials');
});

test('#213 "Ada Moss, a teacher helping to organize the protest, said": an infinitive inside an apposition is no finite verb', () => {
  assert.deepEqual(only('Ada Moss, a Faro teacher helping to organize the protest, said she was alarmed.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss, a Faro teacher helping to organize the protest,', content: ['she was alarmed'],
  });
  assert.equal(run('Ortega, the only docker to speak at the meeting, said the pier was unsafe.').find((x) => x.cue?.text === 'said')?.source?.text, 'Ortega, the only docker to speak at the meeting,');
});

test('#214 "Ortega, during a meeting in Faro, Portugal, said": a place name set off after an aside belongs to the aside', () => {
  assert.deepEqual(only('Ortega, during a long harbour meeting in Faro, Portugal, said she was going to close the pier.'), {
    kind: 'indirect', cue: 'said', source: 'Ortega', content: ['she was going to close the pier'],
  });
});

test('#215 \'Said Ada Moss, who runs the ferry, "We were proud."\': a fronted speech verb takes the name after it as source and the quotation after the comma as content', () => {
  assert.deepEqual(run('The pier was rebuilt. Said Ada Moss, who grew up near the pier, "We were all so proud."').map(shape), [{
    kind: 'direct', cue: 'Said', source: 'Ada Moss, who grew up near the pier', content: ['"We were all so proud."'],
  }]);
});

test('#216 "Roughly a fifth, 19 percent, say": a share restated as a percentage heads the source', () => {
  assert.deepEqual(only('Roughly a fifth, 19 percent, say they will walk to the pier.'), {
    kind: 'indirect', cue: 'say', source: 'Roughly a fifth, 19 percent,', content: ['they will walk to the pier'],
  });
  assert.equal(only('About half, 49%, say the pier is safe.').source, 'About half, 49%,');
});

test('#217 \'praised the fares - "a good deal for all," he said - and argued ...\': a quotation set off by dashes with its reporting clause is that clause\'s whole content and passes no source on', () => {
  assert.deepEqual(run('Ortega praised the fares - "a good deal for all," he said - and argued for a new pier.').map(shape), [
    { kind: 'indirect', cue: 'praised', source: 'Ortega', content: ['the fares'] },
    { kind: 'direct', cue: 'said', source: 'he', content: ['"a good deal for all,"'] },
    { kind: 'indirect', cue: 'argued for', source: 'Ortega', content: ['a new pier'] },
  ]);
});

test('#230 a report nested in an opening "According to X," or "In a poll," is hidden like any other', () => {
  assert.deepEqual(run('According to the harbour board, Ada Moss told the dockers the pier would close.').map(shape), [
    { kind: 'indirect', cue: 'According to', source: 'the harbour board', content: ['Ada Moss told the dockers the pier would close'] },
  ]);
  assert.deepEqual(run('In a ferry survey out Friday, most riders said the fares were too high.').map((x) => x.cue?.text), ['In']);
});

test('#231 a report inside what a finding holds is hidden, however weak "find" is as a cue', () => {
  assert.deepEqual(only('The survey found most riders said the ferry was late.'), {
    kind: 'indirect', cue: 'found', source: 'The survey', content: ['most riders said the ferry was late'],
  });
  // not under a modal: a finding to come holds nothing yet
  assert.deepEqual(run('The survey will probably find most riders said the ferry was late.').map((x) => x.cue?.text), ['will probably find', 'said']);
});

test('#232 "Additional reporting by X" and "with all precincts reporting" report nothing', () => {
  assert.equal(run('The ferry will sail on Monday. (Additional reporting by Ada Moss in Faro; Editing by Tom Reyes)').length, 0);
  assert.equal(run('Ortega led by nine points with all precincts reporting.').length, 0);
  assert.equal(only('The Harbour Times is reporting that the pier will close.').cue, 'is reporting');
});

test('#233 seeking an office ("is seeking reelection", "seeks the White House") is a candidacy, no view', () => {
  assert.equal(run('Ortega is seeking a third term.').length, 0);
  assert.equal(run('As she seeks the White House, Ada Moss avoids the pier.').length, 0);
  assert.equal(only('Ortega sought the board\'s approval for the pier.').cue, 'sought');
});

test('#234 "not seen since X" measures time and reports no view', () => {
  assert.equal(run('The harbour board raised fares to a level not seen since 1990.').length, 0);
  assert.equal(run('It was the worst storm the pier had seen since the war.').length, 0);
});

test('#235 an outer frame two thirds as confident as the report inside its content still hides it', () => {
  assert.deepEqual(only('A young docker asked Ada Moss about several riders who said they were stranded by the ferry.'), {
    kind: 'indirect', cue: 'asked', source: 'A young docker', content: ['Ada Moss about several riders who said they were stranded by the ferry'],
  });
});

test('#251 "made clear on Monday that X", "has made clear she will stay", "makes clear the risks": make (it) clear reports a view without a "that" right after it', () => {
  assert.deepEqual(only('Ada Moss made clear on Monday that the pier would stay open.'), {
    kind: 'indirect', cue: 'made clear', source: 'Ada Moss', content: ['that the pier would stay open'],
  });
  assert.deepEqual(only('Ortega has repeatedly made clear she will fight the new fares.'), {
    kind: 'indirect', cue: 'has repeatedly made clear', source: 'Ortega', content: ['she will fight the new fares'],
  });
  assert.deepEqual(only('The harbour survey makes clear the risks facing the old ferry.'), {
    kind: 'indirect', cue: 'makes clear', source: 'The harbour survey', content: ['the risks facing the old ferry'],
  });
  // a passive states no one's view
  assert.equal(run('As was made clear on Friday, the pier is closed.').filter((x) => x.cue?.text.includes('clear')).length, 0);
});

test('#252 "has made no secret of X": the idiom\'s noun read as an adjective is no filler, so the idiom is found', () => {
  assert.deepEqual(only('Ada Moss has made no secret of her anger at the harbour board.'), {
    kind: 'indirect', cue: 'has made no secret of', source: 'Ada Moss', content: ['her anger at the harbour board'],
  });
});

test('#253 "lined up behind X", "spoke at length about X": two more verb + particle idioms of stance and speech', () => {
  assert.deepEqual(only('The dockers quickly lined up behind Ortega.'), {
    kind: 'indirect', cue: 'quickly lined up behind', source: 'The dockers', content: ['Ortega'],
  });
  assert.deepEqual(only('Ada Moss has spoken at length about the old ferry.'), {
    kind: 'indirect', cue: 'has spoken at length about', source: 'Ada Moss', content: ['the old ferry'],
  });
});

test('#254 "has provided no details about X", "took a swipe at X", "made a veiled reference to X", "reached a wide consensus on X": more verb + noun + preposition idioms', () => {
  assert.deepEqual(only('Ada Moss has provided no details about the new ferry.'), {
    kind: 'indirect', cue: 'has provided no details about', source: 'Ada Moss', content: ['the new ferry'],
  });
  assert.deepEqual(only('Ortega took a swipe at the harbour board.').cue, 'took a swipe at');
  assert.deepEqual(only('Ortega made a veiled reference to the old pier.').cue, 'made a veiled reference to');
  assert.deepEqual(only('The dockers have reached a wide consensus on the fares.'), {
    kind: 'indirect', cue: 'have reached a wide consensus on', source: 'The dockers', content: ['the fares'],
  });
});

test('#255 "went out of her way to praise X": the idiom takes the verb after its "to" into the cue', () => {
  assert.deepEqual(only('Ada Moss went out of her way to praise the dockers.'), {
    kind: 'indirect', cue: 'went out of her way to praise', source: 'Ada Moss', content: ['the dockers'],
  });
});

test('#256 "voted in favor of X": the whole phrase is the cue, its object the content', () => {
  assert.deepEqual(only('Most of the dockers voted in favor of the new fares.'), {
    kind: 'indirect', cue: 'voted in favor of', source: 'Most of the dockers', content: ['the new fares'],
  });
});

test('#257 "spoke warmly of X", "touched briefly on X": a weak verb takes its learned particle past a manner adverb', () => {
  assert.deepEqual(only('Ada Moss spoke warmly of the old ferry.'), {
    kind: 'indirect', cue: 'spoke warmly of', source: 'Ada Moss', content: ['the old ferry'],
  });
});

test('#258 "Their fear is that X", "Ortega\'s contention was that X": a view noun with a copula and "that" is a cue over the copula', () => {
  assert.deepEqual(only('Their fear is that the ferry will stop in winter.'), {
    kind: 'indirect', cue: 'fear is', source: 'Their', content: ['that the ferry will stop in winter'],
  });
  assert.deepEqual(only('Ortega\'s contention was that the pier is unsafe.'), {
    kind: 'indirect', cue: 'contention was', source: 'Ortega\'s', content: ['that the pier is unsafe'],
  });
});

test('#270 "a builder known for X", "an ad titled X", "a clerk accused of X": a reduced passive after its noun has no source; the noun is what it is about', () => {
  assert.deepEqual(only('Ada Moss hired a builder known for his sturdy piers.'), {
    kind: 'indirect', cue: 'known for', source: null, content: ['a builder', 'his sturdy piers'],
  });
  assert.equal(only('The police arrested a clerk accused of stealing ferry tickets.').source, null);
  // a past tense with its own object keeps its subject
  assert.equal(only('The dockers accused Ortega of lying about the pier.').source, 'The dockers');
});

test('#272 "Ada Moss, the harbour master, and Tom Reyes, a docker, said", "dockers, sailors and pilots said": a subject cut at a list\'s comma starts with the list\'s first noun phrase', () => {
  assert.equal(only('Ada Moss, the harbour master, and Tom Reyes, a docker, said the pier was unsafe.').source, 'Ada Moss, the harbour master, and Tom Reyes, a docker,');
  assert.equal(only('But dockers, sailors, and many pilots say the fares are too high.').source, 'dockers, sailors, and many pilots');
  assert.equal(only('The dockers, sailors and pilots said the pier was unsafe.').source, 'The dockers, sailors and pilots');
  // a clause before ", and" keeps its own subject out
  assert.equal(only('The ferry was late, and Ada Moss said the pier was unsafe.').source, 'Ada Moss');
});

test('#273 "a ruling expected in June", "files now deemed secret", "names mentioned as candidates": more reduced passives after their noun have no source', () => {
  assert.equal(only('About 3,000 riders expected this summer will use the new pier.').source, null);
  assert.equal(only('Tourists expected to arrive this summer will find the pier closed.').source, null);
  assert.equal(only('The harbour board released files now deemed secret.').source, null);
  assert.equal(only('Two dockers mentioned as candidates for the board met Ortega.').source, null);
});

test('#274 "the ferry described by Ortega as a relic": an -ed form right after its noun and before `by` is a reduced passive whose agent is the source', () => {
  const a = run('The ferry described by Ortega as a relic still runs daily.').find((x) => x.cue?.text === 'described');
  assert.equal(a?.source?.text, 'Ortega');
  // a participle of feeling keeps its noun: "dockers worried by the fares"
  assert.equal(run('The dockers worried by the fares said the pier was unsafe.').find((x) => x.cue?.text === 'worried')?.source?.text, 'The dockers');
});

test('#290 "responded by saying", "followed up by asking": a turn verb joins the participle\'s cue through "by", with no cue of its own', () => {
  assert.deepEqual(only('Ada Moss responded by saying the pier was safe.'), {
    kind: 'indirect', cue: 'responded by saying', source: 'Ada Moss', content: ['the pier was safe'],
  });
  assert.deepEqual(only('Later, Tom Reyes followed up by asking whether the ferry would run.'), {
    kind: 'indirect', cue: 'followed up by asking', source: 'Tom Reyes', content: ['whether the ferry would run'],
  });
  // other verbs before "by" stay out: "got in trouble by saying"
  assert.equal(only('Ortega got into trouble by saying the pier was unsafe.').cue, 'saying');
});

test('#291 "distanced herself from X": the reflexive and "from" are part of the cue', () => {
  assert.deepEqual(only('Ada Moss quickly distanced herself from the ferry plan.'), {
    kind: 'indirect', cue: 'quickly distanced herself from', source: 'Ada Moss', content: ['the ferry plan'],
  });
  // other reflexive frames keep the reflexive in the content
  assert.equal(only('Ortega described himself as a friend of the dockers.').cue, 'described');
});

test('#292 "announced Tuesday that", "tweeted Friday night": a day name right after a cue verb other than "say" is part of the cue', () => {
  assert.deepEqual(only('The harbour board announced Tuesday that the pier would close.'), {
    kind: 'indirect', cue: 'announced Tuesday', source: 'The harbour board', content: ['that the pier would close'],
  });
  assert.equal(only('Ada Moss tweeted Friday night that the ferry was late.').cue, 'tweeted Friday night');
  // "said Tuesday" is split in gold and stays as it was; a possessive day belongs to what follows
  assert.equal(only('Ortega said Tuesday that the pier would close.').cue, 'said');
  assert.equal(only('Ada Moss is hoping Saturday’s vote will save the pier.').content.at(0), 'Saturday’s vote will save the pier');
});

test('#293 "has shown little inclination to X", "shows no respect for X": show + determiner + a noun of attitude is one cue', () => {
  assert.deepEqual(only('Ada Moss has shown little inclination to back the ferry plan.'), {
    kind: 'indirect', cue: 'has shown little inclination', source: 'Ada Moss', content: ['to back the ferry plan'],
  });
  assert.deepEqual(only('The harbour board shows no respect for the dockers.'), {
    kind: 'indirect', cue: 'shows no respect for', source: 'The harbour board', content: ['the dockers'],
  });
});

test('#294 "talked freely on social media about X": a medium after a joined "on" is part of the cue, with "about" after it', () => {
  assert.deepEqual(only('Ada Moss talked freely on social media about her plans for the pier.'), {
    kind: 'indirect', cue: 'talked freely on social media about', source: 'Ada Moss', content: ['her plans for the pier'],
  });
});

test('#295 "answered a question on fares by saying", "responded first by saying": #290 with a few words between the turn verb and "by"', () => {
  assert.deepEqual(only('Ada Moss answered a question on fares by saying the ferry would stay cheap.'), {
    kind: 'indirect', cue: 'answered a question on fares by saying', source: 'Ada Moss', content: ['the ferry would stay cheap'],
  });
  assert.deepEqual(only('Ortega responded first by saying the pier was safe.'), {
    kind: 'indirect', cue: 'responded first by saying', source: 'Ortega', content: ['the pier was safe'],
  });
});

test('#296 "“...,” Ada Moss said about the ferry": after "say", "about" before a name, determiner or pronoun joins the cue; the quotation stays the content', () => {
  assert.deepEqual(only('“The fares are far too high,” Ada Moss said about the ferry.'), {
    kind: 'direct', cue: 'said about', source: 'Ada Moss', content: ['“The fares are far too high,”'],
  });
  // an amount after "about" is no topic (#108)
  assert.equal(only('The harbour board said about half of the cranes were old.').cue, 'said');
});

test('#297 "has said little about X", "talked more about X": a quantity word and "about" after a verb of saying are part of the cue', () => {
  assert.deepEqual(only('Ada Moss has said little about the ferry plan.'), {
    kind: 'indirect', cue: 'has said little about', source: 'Ada Moss', content: ['the ferry plan'],
  });
  assert.equal(only('Ortega talked more about the pier than the budget.').cue, 'talked more about');
});

test('#300 "the delay added to the gloom", "won Faro, adding to his lead": add + to + a common noun phrase is no report', () => {
  assert.equal(run('The ferry delay added to the gloom at the pier.').length, 0);
  assert.equal(run('Ortega won Faro on Sunday, adding to his lead over the other candidates.').length, 0);
  // still a report with a quotation
  assert.equal(only('“The fares will rise,” Ada Moss added.').cue, 'added');
});

test('#301 "a lead of 40 pledged delegates": pledged before delegates is an adjective', () => {
  assert.equal(run('Ada Moss holds a lead of 40 pledged delegates over Ortega.').length, 0);
  assert.equal(only('Ortega pledged to keep the ferry running.').cue, 'pledged');
});

test('#302 "Ada Moss, who is challenging Ortega for the harbour seat": a rival in a race is no view', () => {
  assert.equal(run('Ada Moss, who is challenging Ortega for the harbour seat, rode the ferry on Monday.').length, 0);
  assert.equal(only('Ada Moss challenged Ortega to a debate at the pier.').cue, 'challenged');
});

test('#304 "Ortega: Hold the line." inside the article is a section head, no label line', () => {
  const text = 'Ada Moss: Ferry Fares Must Fall.\n\nThe harbour board met on Monday to talk about the pier.\n\nOrtega: Hold the line.\n\nThe ferry ran late again.';
  const found = run(text).map(shape);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.source, 'Ada Moss');
});

test('#320 "emailed a short article reporting X", "revised her statement explaining X", "fired back a response saying X": more document-issuing acts join the participle\'s cue', () => {
  assert.deepEqual(only('The harbour board emailed a short article reporting that the ferry was late.'), {
    kind: 'indirect', cue: 'emailed a short article reporting', source: 'The harbour board', content: ['that the ferry was late'],
  });
  assert.equal(only('Ada Moss revised her statement explaining that the pier was safe.').cue, 'revised her statement explaining');
  assert.equal(only('Ortega fired back a response saying the fares would stay low.').cue, 'fired back a response saying');
});

test('#321 "argued in favor of X", "has spoken out in favour of X": the stance phrase is part of the cue', () => {
  assert.deepEqual(only('Ada Moss argued in favor of a second ferry.'), {
    kind: 'indirect', cue: 'argued in favor of', source: 'Ada Moss', content: ['a second ferry'],
  });
  assert.equal(only('Ortega has spoken out in favour of the new pier.').cue, 'has spoken out in favour of');
});

test('#322 "are looking forward to X": the "to" after the learned particle is part of the cue', () => {
  assert.equal(only('The dockers are looking forward to a new pier.').cue, 'are looking forward to');
});

test('#323 "insisted to reporters that X", "joked to the dockers that X": after a verb of telling, the hearer\'s "to" stays out of the cue', () => {
  assert.deepEqual(only('Ada Moss insisted to reporters that the ferry was safe.'), {
    kind: 'indirect', cue: 'insisted', source: 'Ada Moss', content: ['that the ferry was safe'],
  });
  assert.equal(only('Ortega joked to the dockers that the pier would outlive them all.').cue, 'joked');
});

test('#324 "Ortega joked with reporters": the partner\'s "with" after a verb of conversation stays out of the cue', () => {
  assert.equal(only('“The pier will outlast us all,” Ortega joked with reporters after the meeting.').cue, 'joked');
});

test('#325 "has set her sights on X", "offered his condolences to X", "expressed an interest in X": more verb-noun-preposition idioms', () => {
  assert.deepEqual(only('Ada Moss has set her sights on the harbour board.'), {
    kind: 'indirect', cue: 'has set her sights on', source: 'Ada Moss', content: ['the harbour board'],
  });
  assert.equal(only('Ortega offered his condolences to the families of the crew.').cue, 'offered his condolences to');
  assert.equal(only('Tom Reyes expressed an interest in running the ferry.').cue, 'expressed an interest in');
});

test('#326 "escalated her attacks on X", "continued his attacks against X": idioms of a continued attack', () => {
  assert.deepEqual(only('Ada Moss escalated her attacks on the harbour board.'), {
    kind: 'indirect', cue: 'escalated her attacks on', source: 'Ada Moss', content: ['the harbour board'],
  });
  assert.equal(only('Ortega continued his attacks against the ferry company.').cue, 'continued his attacks against');
});

test('#340 "the fares Tom Reyes wants to keep", "a point Ortega conceded": a plural noun or a generic noun right before a name opens an object relative clause; the name alone is the source', () => {
  assert.equal(only('The harbour board dropped the fares Tom Reyes wants to keep.').source, 'Tom Reyes');
  assert.equal(only('It was a point Ortega conceded to the board.').source, 'Ortega');
  // a plural role before a list of names stays in the source
  assert.equal(only('Harbour pilots Ada Moss and Tom Reyes said the pier was unsafe.').source, 'Harbour pilots Ada Moss and Tom Reyes');
});

test('#341 "Dockers backing Ortega say": a participle with its object after the noun that opens the clause belongs to the subject', () => {
  assert.equal(only('Dockers backing Ortega say the pier is unsafe.').source, 'Dockers backing Ortega');
  assert.equal(only('Several pilots supporting the plan said the ferry was late.').source, 'Several pilots supporting the plan');
});

test('#342 "dockers within the union say", "riders under 30 prefer": within, inside and under may sit inside a subject noun phrase', () => {
  assert.equal(only('Dockers within the union say the pier is unsafe.').source, 'Dockers within the union');
  assert.equal(only('Riders under 30 say the ferry is too slow.').source, 'Riders under 30');
});

test('#343 "Ada Moss — who runs the ferry — said": a relative clause set off by dashes stays out of the source', () => {
  assert.equal(only('Ada Moss — who runs the ferry — said the fares would rise.').source, 'Ada Moss');
  // set off by commas it stays in (gold is split there)
  assert.equal(only('Ada Moss, who runs the ferry, said the fares would rise.').source, 'Ada Moss, who runs the ferry,');
});

test('#360 "To Ada Moss, the pier is a danger", "But to others, X": a sentence-opening "to" and a name or pronoun of people is the view\'s cue', () => {
  assert.deepEqual(only('To Ada Moss, the new pier is a danger to the ferry.'), {
    kind: 'indirect', cue: 'To', source: 'Ada Moss', content: ['the new pier is a danger to the ferry'],
  });
  assert.deepEqual(only('But to many, the harbour board is far too slow.'), {
    kind: 'indirect', cue: 'to', source: 'many', content: ['the harbour board is far too slow'],
  });
  assert.deepEqual(only('To Reyes, who has sailed the ferry for years, the fares were always fair.'), {
    kind: 'indirect', cue: 'To', source: 'Reyes, who has sailed the ferry for years,', content: ['the fares were always fair'],
  });
  // a name that holds "to", and a common noun after it, are no viewpoint
  assert.equal(run('Right to Sail, a ferry club, spent money on posters.').filter((x) => x.cue?.text.toLowerCase() === 'to').length, 0);
  assert.equal(run('To her old friends, the pier was home.').filter((x) => x.cue?.text === 'To').length, 0);
});

test('#361 "More from the harbour board: “...”", "- From Ada Moss: “...”": a newsletter line pointing to the next quotation; the colon is the cue and the name after "from" the source', () => {
  const found = run('The ferry keeps losing riders - More from the harbour board: “Fares rose twice this year and the boats are old.”').filter((x) => x.cue?.text === ':');
  assert.deepEqual(found.map(shape), [{
    kind: 'direct', cue: ':', source: 'the harbour board', content: ['“Fares rose twice this year and the boats are old.”'],
  }]);
  assert.deepEqual(run('The pier has a new date. From Ada Moss: “The pier will open in May.”').filter((x) => x.cue?.text === ':').map(shape), [{
    kind: 'direct', cue: ':', source: 'Ada Moss', content: ['“The pier will open in May.”'],
  }]);
});

test('#362 a quotation making up its paragraph, signed with a hyphen in the next one: the hyphen is the cue, the name the source', () => {
  const found = run('The ferry debate went on.\n\n"The pier is older than any of us and it is falling apart."\n\n- Ada Moss, a harbour pilot.\n\nShe is mostly right.').filter((x) => x.cue?.text === '-');
  assert.deepEqual(found.map(shape), [{
    kind: 'direct', cue: '-', source: 'Ada Moss', content: ['"The pier is older than any of us and it is falling apart."'],
  }]);
});

test('#380 "her sharp attacks on X", "their criticism of X": a stance noun after his/her/their and its preposition is a cue, the possessive the source, the object the content', () => {
  assert.deepEqual(only('Her sharp attacks on the harbour board have won the dockers over.'), {
    kind: 'indirect', cue: 'sharp attacks on', source: 'Her', content: ['the harbour board'],
  });
  const all = run('The dockers cheered. Their criticism of the ferry fares grew louder all week.').map(shape);
  assert.ok(all.some((x) => x.cue === 'criticism of' && x.source === 'Their' && x.content[0] === 'the ferry fares'), JSON.stringify(all));
  // a verb before the pronoun takes the noun as its object ("ratcheted up her attacks on"): no frame of its own
  assert.ok(!run('Ada Moss ratcheted up her attacks on the pier plan.').map(shape).some((x) => x.cue === 'attacks on'));
});

test('#381 "Ortega stepped up her attacks on X": a verb right before the possessive pronoun joins the stance noun\'s cue, its subject the source', () => {
  assert.deepEqual(only('Ortega stepped up her attacks on the ferry board.'), {
    kind: 'indirect', cue: 'stepped up her attacks on', source: 'Ortega', content: ['the ferry board'],
  });
  assert.deepEqual(only('The dockers have continued their criticism of the fares.'), {
    kind: 'indirect', cue: 'have continued their criticism of', source: 'The dockers', content: ['the fares'],
  });
});

test('#382 "PORT ARLEN ― The harbour board announced": a dateline in capitals before a horizontal bar is no part of the subject', () => {
  assert.equal(only('Ferry Fares Rise Again.\n\nPORT ARLEN ― The harbour board announced plans on Tuesday to raise the fares.').source, 'The harbour board');
  assert.equal(only('KELSO BAY ― Ada Moss said the pier would close.').source, 'Ada Moss');
});

test('#383 "Moss, who runs the ferry, said": a relative clause set off by commas after a one-word name is no part of the source (after a longer name it stays)', () => {
  assert.equal(only('Moss, who runs the ferry, said the pier was unsafe.').source, 'Moss');
  assert.equal(only('In May, Moss, whose boat sank last winter, said the pier was unsafe.').source, 'Moss');
  assert.equal(only('Ada Moss, who runs the ferry, said the pier was unsafe.').source, 'Ada Moss, who runs the ferry,');
  // a place after a name and its comma is no name of its own
  assert.equal(only('Bo Lund, a pilot from Ava, Kent, who runs the ferry, said the pier was unsafe.').source, 'Bo Lund, a pilot from Ava, Kent, who runs the ferry,');
  // a time phrase after the clause: the name still heads the source of the participle
  const all = run('Moss, whose views upset the dockers, last year proposed a new pier, citing the storms.').map(shape);
  assert.ok(all.some((x) => x.cue === 'citing' && x.source === 'Moss'), JSON.stringify(all));
});

test('#384 "Moss, speaking at a rally in Ava, Kent, warned": a place or apposition that closes a participle aside belongs to the aside, which stays out of the source', () => {
  assert.equal(only('Moss, speaking at a rally in Ava, Kent, warned that the pier was unsafe.').source, 'Moss');
  assert.equal(only('Moss, facing a tough race in Kent, a swing county, said he would welcome Diaz.').source, 'Moss');
  // an apposition chain with no participle is the source as before
  assert.equal(only('Bo Lund, a pilot from Ava, Kent, said the pier was unsafe.').source, 'Bo Lund, a pilot from Ava, Kent,');
});

test('#385 "The pilot, who was granted anonymity, said", "said a harbour clerk who was granted anonymity": a relative clause asking for anonymity is no part of the source', () => {
  assert.equal(only('The pilot, who was granted anonymity, said the pier was unsafe.').source, 'The pilot');
  assert.deepEqual(only('The pier is unsafe, said one docker, who was granted anonymity by the paper.'), {
    kind: 'indirect', cue: 'said', source: 'one docker', content: ['The pier is unsafe'],
  });
  assert.equal(only('The pier is unsafe, said a harbour clerk who was granted anonymity to avoid trouble.').source, 'a harbour clerk');
  // other relative clauses stay
  assert.equal(only('The pier is unsafe, said a harbour clerk who runs the night shift.').source, 'a harbour clerk who runs the night shift');
});

test('#386 "Nine Offensive Things Ada Moss Said", "The One Thing Anyone Would Never Admit": in a title-case headline, a thing/place/way/reason noun before a name opens an object relative clause whose subject is the name', () => {
  assert.equal(run('Nine Offensive Things Ada Moss Said About The Pier').find((x) => x.cue?.text.startsWith('Said'))?.source?.text, 'Ada Moss');
  assert.equal(run('The One Thing Anyone Would Never Admit About The Pier').find((x) => x.cue?.text.startsWith('Would'))?.source?.text, 'Anyone');
  // not a name holding such a word in a plain sentence
  assert.equal(only('The Harbour Things Board said the pier was old.').source, 'The Harbour Things Board');
});

test('#387 "Ada Moss -- whose boat sank -- said": a relative clause with "whose" set off by dashes is no part of the source, like one with "who"', () => {
  assert.equal(only('Ada Moss -- whose boat sank last winter -- said the pier was unsafe.').source, 'Ada Moss');
  assert.equal(only('Ada Moss — who runs the ferry — said the pier was unsafe.').source, 'Ada Moss');
});

test('#400 "“...,” said Ada Moss, a ferry pilot, adding ...": an inverted source with an apposition keeps the comma that closes it when the sentence goes on', () => {
  const found = run('“The pier is unsafe,” said Ada Moss, a ferry pilot, adding that the board knew it.').map(shape);
  assert.ok(found.some((x) => x.cue === 'said' && x.source === 'Ada Moss, a ferry pilot,'), JSON.stringify(found));
  const quoted = run('“The pier is unsafe,” said Ada Moss, a ferry pilot, “and the board knew it.”').map(shape);
  assert.ok(quoted.some((x) => x.cue === 'said' && x.source === 'Ada Moss, a ferry pilot,'), JSON.stringify(quoted));
  // the sentence ends after the apposition, or no apposition: no comma
  const ended = run('“The pier is unsafe,” said Ada Moss, a ferry pilot.').map(shape);
  assert.ok(ended.some((x) => x.cue === 'said' && x.source === 'Ada Moss, a ferry pilot'), JSON.stringify(ended));
  const bare = run('“The pier is unsafe,” said Ada Moss, adding that the board knew it.').map(shape);
  assert.ok(bare.some((x) => x.cue === 'said' && x.source === 'Ada Moss'), JSON.stringify(bare));
});

test('#401 \'the “Harbour Nights” star said\': a short quoted title right before the source noun belongs to the source, with its article', () => {
  const found = run('Later, the “Harbour Nights” star said the pier was unsafe.').map(shape);
  assert.ok(found.some((x) => x.cue === 'said' && x.source === 'the “Harbour Nights” star'), JSON.stringify(found));
  const opening = run('“Pier Talk” host Ada Moss said the ferry was late.').map(shape);
  assert.ok(opening.some((x) => x.cue === 'said' && x.source === '“Pier Talk” host Ada Moss'), JSON.stringify(opening));
  // a quotation closed by its own mark, or one with no article before it, stays out
  const quoted = run('“Stop now!” Ada Moss said.').map(shape);
  assert.ok(quoted.some((x) => x.cue === 'said' && x.source === 'Ada Moss'), JSON.stringify(quoted));
  const object = run('He called it “Pier Talk” Ada Moss said.').map(shape);
  assert.ok(object.some((x) => x.cue === 'said' && x.source === 'Ada Moss'), JSON.stringify(object));
});

test('#402 "CONTENT, according to Ada Moss, a harbour pilot.": an apposition closing the sentence after the source\'s comma belongs to the source', () => {
  assert.deepEqual(only('The pier will close in May, according to Ada Moss, a harbour pilot.'), {
    kind: 'indirect', cue: 'according to', source: 'Ada Moss, a harbour pilot', content: ['The pier will close in May'],
  });
  // not a clause after the comma, nor an opening "according to"
  assert.equal(only('The pier will close in May, according to Ada Moss, but the board disagrees.').source, 'Ada Moss');
  assert.equal(only('According to Ada Moss, the pier will close in May.').source, 'Ada Moss');
});

test('#403 "“...,” said a spokeswoman for the group collecting money": after an inverted cue, a participle right after a common noun modifies it and stays in the source', () => {
  const found = run('“The pier is unsafe,” said a spokeswoman for the group collecting money for the ferry.').map(shape);
  assert.ok(found.some((x) => x.cue === 'said' && x.source === 'a spokeswoman for the group collecting money for the ferry'), JSON.stringify(found));
  const named = run('“The pier is unsafe,” wrote a man calling himself Harbour Joe.').map(shape);
  assert.ok(named.some((x) => x.cue === 'wrote' && x.source === 'a man calling himself Harbour Joe'), JSON.stringify(named));
  // after a name, the participle is no part of it
  const bare = run('“The pier is unsafe,” said Ada Moss speaking at the pier.').map(shape);
  assert.ok(bare.some((x) => x.cue === 'said' && x.source === 'Ada Moss'), JSON.stringify(bare));
});

test('#405 "Dockers trying to close the pier say", "Organizers of the push to close the pier said": a subject with an infinitive and its object is the whole source', () => {
  assert.equal(only('Dockers trying to take control of the pier say the board lied.').source, 'Dockers trying to take control of the pier');
  assert.equal(only('Organizers of the push to close the pier said the board lied.').source, 'Organizers of the push to close the pier');
  // a clause before a comma keeps its own subject out of the source
  assert.equal(only('The board voted to close the pier, officials said.').source, 'officials');
});

test('#406 "Those who work there say", "a third of those who ride the ferry say": a people pronoun heads a relative clause subject, with the share before it', () => {
  assert.equal(only('The pier is old. Those who work there say it is unsafe.').source, 'Those who work there');
  assert.equal(only('A third of those who ride the ferry say it is late.').source, 'A third of those who ride the ferry');
  // the relative clause's own cue keeps "who" as its source
  const own = run('Those who said the pier was unsafe left early.').map(shape);
  assert.ok(own.some((x) => x.cue === 'said' && x.source === 'who'), JSON.stringify(own));
});

test('#420 "stated in a news release", "suggested in a radio interview": a learned "in" takes the medium it opens; a feeling noun\'s "in" stays out before a medium', () => {
  assert.deepEqual(only('Ada Moss stated in a news release that the pier would close in May.'), {
    kind: 'indirect', cue: 'stated in a news release', source: 'Ada Moss', content: ['that the pier would close in May'],
  });
  assert.equal(only('Tom Reyes suggested in a radio interview that the ferry fares were too high.').cue, 'suggested in a radio interview');
  assert.equal(only('The harbour board expressed anger in a radio interview that the pier was late.').cue, 'expressed anger');
});

test('#422 "argues at the Harbour Times that X", "identified at least ten piers": after a verb of saying, or before an amount or a moment, "at" stays out of the cue', () => {
  assert.deepEqual(only('Ada Moss argues at the Harbour Times that the pier is too old.'), {
    kind: 'indirect', cue: 'argues', source: 'Ada Moss', content: ['that the pier is too old'],
  });
  assert.equal(only('The survey identified at least ten piers that need repairs.').cue, 'identified');
  assert.equal(only('Tom Reyes claimed at one point that the ferry was safe.').cue, 'claimed');
  // a target's "at" stays in
  assert.equal(only('The dockers lashed out at the harbour board.').cue, 'lashed out at');
});

test('#423 "has argued for years that X", "admitted for the first time that X": a joined "for" that opens a length of time takes it into the cue', () => {
  assert.deepEqual(only('Ada Moss has argued for years that the pier is unsafe.'), {
    kind: 'indirect', cue: 'has argued for years', source: 'Ada Moss', content: ['that the pier is unsafe'],
  });
  assert.equal(only('Ada Moss admitted for the first time that the pier was unsafe.').cue, 'admitted for the first time');
  assert.equal(only('Tom Reyes has been boasting for a decade about the new ferry.').cue, 'has been boasting for a decade about');
  // no length of time: "a year of free fares" is the content
  assert.equal(only('Tom Reyes called for a year of free fares.').cue, 'called for');
});

test('#425 "The Harbour Times reported last month that X", "reported just today": a time phrase right after "report" is part of the cue', () => {
  assert.deepEqual(only('The Harbour Times reported last month that the pier was sinking.'), {
    kind: 'indirect', cue: 'reported last month', source: 'The Harbour Times', content: ['that the pier was sinking'],
  });
  assert.equal(only('The Quay Herald reported just today that the ferry would stop.').cue, 'reported just today');
  assert.equal(only('Ada Moss reported that the ferry was late.').cue, 'reported');
});

test('#426 "wondered aloud", "called again for X", "said twice": adverbs of repetition and order right after the verb are part of the cue', () => {
  assert.deepEqual(only('Ada Moss wondered aloud whether the pier would survive the winter.'), {
    kind: 'indirect', cue: 'wondered aloud', source: 'Ada Moss', content: ['whether the pier would survive the winter'],
  });
  assert.equal(only('Tom Reyes called again for a vote on the ferry fares.').cue, 'called again for');
  assert.equal(only('Ortega said twice that the harbour was safe.').cue, 'said twice');
  // a compound adjective opens the content
  assert.equal(only('Ada Moss said first-time riders would pay less.').cue, 'said');
});

test('#427 "explained why:", "tweeted this:", "explained it this way:": a pointer object before the colon that opens the quotation is part of the cue', () => {
  assert.deepEqual(only('Ada Moss explained why: "The pier is older than the town."'), {
    kind: 'direct', cue: 'explained why:', source: 'Ada Moss', content: ['"The pier is older than the town."'],
  });
  assert.equal(only('The harbour board tweeted this: "The pier reopens on Monday."').cue, 'tweeted this:');
  assert.equal(only('Tom Reyes explained it this way: "The ferry is a lifeline."').cue, 'explained it this way:');
});

test('#428 "are zeroing in on X": the "on" after the learned particle "in" joins the cue', () => {
  assert.deepEqual(only("The dockers are zeroing in on the harbour board's budget."), {
    kind: 'indirect', cue: 'are zeroing in on', source: 'The dockers', content: ["the harbour board's budget"],
  });
});

test('#430 "wrote only one letter", "agrees only on X": a focusing "only" before the object it bounds stays out of the cue; "said only that X" keeps it', () => {
  assert.deepEqual(only('Ada Moss wrote only one letter about the pier.'), {
    kind: 'indirect', cue: 'wrote', source: 'Ada Moss', content: ['only one letter about the pier'],
  });
  assert.equal(only('The board agrees only on the need for a new pier.').cue, 'agrees');
  assert.equal(only('Tom Reyes said only that the ferry would run.').cue, 'said only');
});

test('#431 "seemed equally unmoved", "reported surprisingly weak sales": an adverb that grades the adjective after it stays out of the cue', () => {
  assert.deepEqual(only('The harbour board reported surprisingly weak ticket sales.'), {
    kind: 'indirect', cue: 'reported', source: 'The harbour board', content: ['surprisingly weak ticket sales'],
  });
  assert.equal(only('The dockers seemed equally unmoved by the plan.').cue, 'seemed');
  // a manner adverb stays in
  assert.equal(only('Ada Moss said sharply that the pier was closed.').cue, 'said sharply');
});

test('#432 "said in reply.", "explained with a shrug.": a manner phrase closing the clause is part of the cue of a bare speech verb', () => {
  assert.deepEqual(only('"The pier stays open," Ada Moss said in reply.'), {
    kind: 'direct', cue: 'said in reply', source: 'Ada Moss', content: ['"The pier stays open,"'],
  });
  assert.equal(only('"We will see," Tom Reyes explained with a shrug.').cue, 'explained with a shrug');
  // "in response to X" is no manner
  assert.equal(only('"No," Ada Moss said in response to a query on the pier.').cue, 'said');
});

test('#433 "insisted on NPR that X": "on" before a broadcaster opens where it was said and stays out of the cue', () => {
  assert.deepEqual(only('Ada Moss insisted on NPR that the pier was safe.'), {
    kind: 'indirect', cue: 'insisted', source: 'Ada Moss', content: ['that the pier was safe'],
  });
  // "insist on" a thing keeps its "on"
  assert.equal(only('Tom Reyes insisted on a new vote.').cue, 'insisted on');
});

test('#510 "The dockers have in fact reported X", "Moss did not at any point mention X": a phrase opened by a preposition after an auxiliary or "not" is no subject', () => {
  assert.deepEqual(only('The dockers have in fact reported that the pier was sinking.'), {
    kind: 'indirect', cue: 'reported', source: 'The dockers', content: ['that the pier was sinking'],
  });
  assert.equal(only('Tom Reyes did not at any point mention the ferry.').source, 'Tom Reyes');
  // a clause opened by "that" keeps its own subject
  assert.equal(only('It is odd that Tom Reyes would denounce the pier.').source, 'Tom Reyes');
});

test('#511 "One week after announcing X, Ada Moss still ...", "Now, after arguing X, the board ...": a span of time or an adverb and its comma may stand before the opening "after"; the main clause\'s subject is the source', () => {
  const week = run('One week after announcing her support for the pier, Ada Moss still believes it is unsafe.').map(shape);
  assert.equal(week.find((x) => x.cue === 'announcing')?.source, 'Ada Moss', JSON.stringify(week));
  const now = run('Now, after arguing that the pier was safe, the board is suggesting that it be closed.').map(shape);
  assert.equal(now.find((x) => x.cue === 'arguing')?.source, 'the board', JSON.stringify(now));
  const days = run('Days before announcing the plan, Tom Reyes had said it was unsafe.').map(shape);
  assert.equal(days.find((x) => x.cue === 'announcing')?.source, 'Tom Reyes', JSON.stringify(days));
});

test('#512 "Reyes called X (although he allowed Y) and promised Z", "Reyes jumped in — as he often does — and praised X": a subject inside an aside closed before the second verb is not the one that verb shares', () => {
  const paren = run('Tom Reyes called the dockers liars (although he allowed that some were honest) and promised to build a new pier.').map(shape);
  assert.equal(paren.find((x) => x.cue === 'promised')?.source, 'Tom Reyes', JSON.stringify(paren));
  assert.equal(paren.find((x) => x.cue === 'allowed')?.source, 'he', JSON.stringify(paren));
  assert.equal(only('Tom Reyes jumped onto the pier — as he so often did — and praised the ferry.').source, 'Tom Reyes');
});

test('#513 "When he announced X, Reyes was cheered, telling Y", "After Moss said X, the board met, noting Y": a participle does not inherit the source of an opening subordinate clause when the main clause has its own subject', () => {
  const when = run('When he announced the plan, Tom Reyes was cheered by the dockers, telling them the pier was safe.').map(shape);
  assert.equal(when.find((x) => x.cue === 'telling')?.source, 'Tom Reyes', JSON.stringify(when));
  assert.equal(when.find((x) => x.cue === 'announced')?.source, 'he', JSON.stringify(when));
  const after = run('After Moss said the pier was unsafe, the board met, noting that repairs were due.').map(shape);
  assert.equal(after.find((x) => x.cue === 'noting')?.source, 'the board', JSON.stringify(after));
});

test('#490 "a laid-off docker", "a sought-after guide": a verb with an attached hyphen after it is part of a compound word, no cue', () => {
  assert.deepEqual(run('Ada Moss hired a sought-after guide for the pier.').map(shape), []);
  assert.deepEqual(run('Two laid-off dockers marched to the pier.').map(shape), []);
  // a spaced dash after the verb leaves it a cue
  assert.equal(only('Ada Moss said - quietly - that the pier was closed.').cue?.startsWith('said'), true);
});

test('#491 "fares were up, compared with last year", "calm compared to the storm": "compared" right before "to"/"with" is a comparison, no cue', () => {
  assert.deepEqual(run('The harbour tax is "small," compared to what the board spends.').map(shape), []);
  assert.deepEqual(run('The board was "generous," compared with last year.').map(shape), []);
  assert.deepEqual(run('The pier was calm compared to the storm of the week before.').map(shape), []);
  // the report around it stays
  assert.equal(only('Ada Moss said the fares rose by a third, compared with last summer.').cue, 'said');
});

test('#492 "a think tank", "the pier as we know it", "the board, you know, X": fixed expressions of "think" and "know" report nothing', () => {
  assert.deepEqual(run('The plan came from a harbour think tank.').map(shape), []);
  assert.deepEqual(run('The pier as we know it is gone.').map(shape), []);
  assert.deepEqual(run('The board, you know, has no plan for the pier.').map(shape), []);
  assert.deepEqual(run('The dockers were angry and, you know, the board did nothing.').map(shape), []);
  // "know" with a clause of its own stays a cue
  assert.equal(only('The dockers know the pier is unsafe.').cue, 'know');
});

test('#493 "in a clip posted to her page", "a statement posted online": "posted" right after the item posted is a reduced relative, no cue', () => {
  assert.deepEqual(only('In a clip posted to her page, Ada Moss said the pier was old.'), {
    kind: 'indirect', cue: 'said', source: 'Ada Moss', content: ['the pier was old'],
  });
  assert.deepEqual(run('A statement posted online said the pier was closed.').map(shape), []);
  assert.deepEqual(run('Ada Moss spoke in a video posted to the harbour page.').map(shape), []);
  // a poster keeps the cue
  assert.equal(only('The harbour board posted on its page that the pier was closed.').cue, 'posted');
});

test('#470 "In their view, X", "X, in Ada Moss\'s view.", "X, in Dr. Reyes\'s view, Y": the noun "view" after "in" and a possessor is a cue, the possessor its source, the clause around its content', () => {
  assert.deepEqual(only('In their view, the pier should close before the storm.'), {
    kind: 'indirect', cue: 'view', source: 'their', content: ['the pier should close before the storm'],
  });
  assert.deepEqual(only('The ferry is far too slow for the harbour, in Ada Moss\'s view.'), {
    kind: 'indirect', cue: 'view', source: 'Ada Moss\'s', content: ['The ferry is far too slow for the harbour'],
  });
  const mid = run('The only fix, in Dr. Reyes\'s view, would be a new pier.').map(shape);
  assert.ok(mid.some((x) => x.cue === 'view' && x.source === 'Dr. Reyes\'s'), JSON.stringify(mid));
  // inside another report's content the view is part of it
  const inner = run('Ada Moss says the pier was repaired properly, in her view.').map(shape);
  assert.ok(!inner.some((x) => x.cue === 'view'), JSON.stringify(inner));
  // a view of the sea is no opinion
  assert.equal(run('The dockers stood in the view of the harbour board.').length, 0);
});

test('#471 "an understanding that Ortega would stay", "made the assertion that she had X": a `that` the tagger read as a relative pronoun still opens the clause of a strong noun of saying when a subject follows', () => {
  assert.deepEqual(only('There was an understanding that Ortega would stay.'), {
    kind: 'indirect', cue: 'understanding', source: null, content: ['that Ortega would stay'],
  });
  const made = run('Ada Moss made the assertion that she had never seen the pier.').map(shape);
  assert.ok(made.some((x) => x.cue === 'assertion' && x.content[0] === 'that she had never seen the pier'), JSON.stringify(made));
  // a relative clause after a noun that is no cue stays out
  assert.equal(run('The ferry that Ada Moss sails is slow.').length, 0);
});

test('#450 "Ada Moss referenced a report", "The dockers preferred the old pier": a cue verb\'s past form read as an adjective after a subject and before an object is the verb', () => {
  assert.deepEqual(only('Ada Moss referenced a harbour report about the pier.'), {
    kind: 'indirect', cue: 'referenced', source: 'Ada Moss', content: ['a harbour report about the pier'],
  });
  assert.equal(only('The dockers preferred the old pier.').cue, 'preferred');
});

test('#451 "The report notes the pier is old", "The board claims its fares are fair": an "-s" word read as a noun after a determiner and one noun, before an object, is the verb', () => {
  assert.deepEqual(only('The report notes the pier is old.'), {
    kind: 'indirect', cue: 'notes', source: 'The report', content: ['the pier is old'],
  });
  assert.equal(only('The board claims its fares are fair.').cue, 'claims');
  // a noun before a relative clause stays a noun
  const rel = run('The budget points she raised are clear.').map(shape);
  assert.ok(!rel.some((x) => x.cue === 'points'), JSON.stringify(rel));
});

test('#452 "... ,” Will wrote.", "Instead, Will described X as Y": a capitalised "Will" before a past verb form is a name, not the modal', () => {
  assert.deepEqual(only('“The pier is a mess,” Will wrote.'), {
    kind: 'direct', cue: 'wrote', source: 'Will', content: ['“The pier is a mess,”'],
  });
  assert.equal(only('Instead, Will described the ferry plan as a waste of money.').source, 'Will');
  // the modal stays a modal
  assert.equal(only('The harbour board will decide soon.').cue, 'will decide');
});

test('#454 "mugs that said, “Welcome to the pier.”": a relative "that" after a noun, before "said" and a quotation, is the source', () => {
  assert.deepEqual(only('They handed out mugs that said, “The pier welcomes you.”'), {
    kind: 'direct', cue: 'said', source: 'that', content: ['“The pier welcomes you.”'],
  });
  assert.equal(only('Tom Reyes nailed up a note that said, "Closed until May."').source, 'that');
});

test('#456 "Harbourline estimates her wealth at X", "Faro views itself as": after a name, a weaker cue verb read as a noun before its object is the verb too', () => {
  assert.deepEqual(only('Harbourline estimates Ada Moss’s wealth at roughly $4 million.'), {
    kind: 'indirect', cue: 'estimates', source: 'Harbourline', content: ['Ada Moss’s wealth at roughly $4 million'],
  });
  assert.equal(only('Faro views itself as the heart of the harbour trade.').cue, 'views');
});

test('#570 "is talking to the dockers about X", "apologized to Ada Moss for X": the hearer\'s "to" after talk and apologize stays out of the cue', () => {
  assert.equal(only('Tom Reyes is talking to the dockers about the new pier.').cue, 'is talking');
  assert.equal(only('The harbour board apologized to Ada Moss for the late ferries.').cue, 'apologized');
});

test('#572 "Ada Moss stated of the pier that X", "Ortega declared of the board": the topic\'s "of" after state and declare stays out of the cue', () => {
  assert.deepEqual(only('Ada Moss stated of the pier that it was too short.'), {
    kind: 'indirect', cue: 'stated', source: 'Ada Moss', content: ['that it was too short'],
  });
  assert.equal(only('“They have lost their way,” Ortega declared of the harbour board.').cue, 'declared');
});

test('#550 "A harbour poll out Monday showed X": `out` and a date after a survey or report noun stay in the source', () => {
  assert.equal(only('A harbour poll out Monday showed the pier is unsafe.').source, 'A harbour poll out Monday');
  assert.equal(only('A new survey out this week finds the ferry is too slow.').source, 'A new survey out this week');
  // a person stepping out is no document
  assert.equal(only('Ada Moss stepped out Monday and said the pier is unsafe.').source, 'Ada Moss');
});

test('#552 "according to the Harbour Gazette: “...”": a colon after `according to X` ends the source', () => {
  assert.deepEqual(only('According to the Harbour Gazette: “The pier will close in May.”'), {
    kind: 'direct', cue: 'According to', source: 'the Harbour Gazette', content: ['“The pier will close in May.”'],
  });
  assert.equal(only('The pier has three gates, according to the harbour board: the north gate, the south gate and the ferry gate.').source, 'the harbour board');
});

test('#554 "The latest polling in Kent shows X": a gerund read as a verb after a determiner or adjective heads the source before its preposition', () => {
  assert.equal(only('The latest polling in Kent shows the pier is old.').source, 'The latest polling in Kent');
  assert.equal(only('Their reporting from the pier suggests the ferry is late.').source, 'Their reporting from the pier');
  // a verb after its subject stays a verb
  assert.equal(only('Moss kept speaking in Kent and said the pier is old.').source, 'Moss');
});

test('#555 "Ada Moss, at the Harbour Institute, said X": a workplace set off by commas after a name is part of the source', () => {
  assert.equal(only('Ada Moss, at the Harbour Institute, said the pier is old.').source, 'Ada Moss, at the Harbour Institute,');
  assert.equal(only('But Tom Reyes, at a ferry firm called Tidewell Lines, argues that the pier is old.').source, 'Tom Reyes, at a ferry firm called Tidewell Lines,');
  // a time or place aside stays out
  assert.equal(only('Moss, at the same time, said the pier is old.').source, 'Moss');
  assert.equal(only('Moss, at the pier on Monday, said the pier is old.').source, 'Moss');
});

test('#556 "Pilots in more than two dozen ports balked at X": a noun before `of`/`in` and `more than` heads the source', () => {
  assert.equal(only('Pilots in more than two dozen ports balked at the plan.').source, 'Pilots in more than two dozen ports');
  assert.equal(only('A crowd of more than 40 dockers signed a letter urging a new pier.').source, 'A crowd of more than 40 dockers');
});

test('#530 "Ada Moss plans to sell the pier": "plans" before "to" and a verb, after a name, a singular pronoun or noun, is the cue of an intention', () => {
  assert.deepEqual(only('Ada Moss plans to sell the pier.'), {
    kind: 'indirect', cue: 'plans', source: 'Ada Moss', content: ['to sell the pier'],
  });
  assert.equal(only('She plans to vote for Tom Reyes.').cue, 'plans');
  assert.equal(only('The harbour board also plans to raise fares.').cue, 'also plans');
  // a possessed or modified noun stays a noun
  const noun = run('His plans to build a pier failed. Detailed plans to widen the quay were shelved.').map(shape);
  assert.ok(!noun.some((x) => x.cue === 'plans'), JSON.stringify(noun));
});

test('#531 "Ada Moss pledges to rebuild the quay": a cue verb read as a noun after a name, before "to" and a verb, is the verb', () => {
  assert.deepEqual(only('Ada Moss pledges to rebuild the quay.'), {
    kind: 'indirect', cue: 'pledges', source: 'Ada Moss', content: ['to rebuild the quay'],
  });
});

test('#573 "Harbour Records Show Rising Fares": a capitalised base-form cue verb after a capitalised plural in a title-case headline is the verb', () => {
  const a = only('Harbour Records Show Rising Fares At The Northern Pier.');
  assert.equal(a.cue, 'Show');
  assert.equal(a.source, 'Harbour Records');
  assert.equal(only('Leaked Memos Reveal Secret Pier Deal With Tidewell.').cue, 'Reveal');
});

test('#575 "Ada Moss issued the following statement: “...”": the issued document before a quotation is the cue, the quotation the content', () => {
  assert.deepEqual(only('Later, the harbour board issued a statement, “We are proud of the pier.”'), {
    kind: 'direct', cue: 'issued a statement', source: 'the harbour board', content: ['“We are proud of the pier.”'],
  });
  // the quotation may open the next paragraph, after a fronted clause
  assert.deepEqual(only('When the ferry sank, Ada Moss released the following statement:\n\n“The pier is closed until May.”'), {
    kind: 'direct', cue: 'released the following statement:', source: 'Ada Moss', content: ['“The pier is closed until May.”'],
  });
});

test('#577 "As the board weighed the fares, the pier closed": a cue inside an opening "as" clause ends its content at the clause\'s comma', () => {
  const a = run('As the harbour board announces that fares will rise, the pier is set to close for a week.').map(shape);
  assert.ok(a.some((x) => x.cue === 'announces' && x.content[0] === 'that fares will rise'), JSON.stringify(a));
  // an aside "as" clause reporting the main clause is left alone
  assert.equal(only('As Ada Moss put it, the pier is the heart of the town.').content[0], 'the pier is the heart of the town');
});

test('#578 "While the dockers complained about X, many said ...": a quantity word before a verb starts the main clause after a fronted clause', () => {
  const a = run('While the dockers have complained about the fares, many said on Monday that the pier was fine.').map(shape);
  assert.ok(a.some((x) => x.cue === 'have complained about' && x.content[0] === 'the fares'), JSON.stringify(a));
  const b = run('Although Ada Moss praised the new ferry, few expect the pier to reopen soon.').map(shape);
  assert.ok(b.some((x) => x.cue === 'praised' && x.content[0] === 'the new ferry'), JSON.stringify(b));
});

test('#579 "But few believe X", "several said X": a lower-case quantity word standing alone before the cue is its source', () => {
  assert.deepEqual(only('But few believe the pier is safe.'), {
    kind: 'indirect', cue: 'believe', source: 'few', content: ['the pier is safe'],
  });
  // not an object relative's subject: "who many believe ..."
  const rel = run('They blamed Tom Reyes, who many believe sank the ferry on purpose.').map(shape);
  assert.ok(!rel.some((x) => x.source === 'many'), JSON.stringify(rel));
});

test('#601 "said Bo Li, an adviser for hedge funds.": a word read as a verb inside an inverted source runs on to the period when only words follow', () => {
  assert.equal(only('“The gates are old,” said Bo Li, an adviser for hedge funds in Ava & Kent.').source, 'Bo Li, an adviser for hedge funds in Ava & Kent');
  assert.equal(only('“Go,” said Tom Reyes, a Harbour Patrol tunneling expert.').source, 'Tom Reyes, a Harbour Patrol tunneling expert');
  assert.equal(only('“It is late,” wrote a sailor from Ava going by the name Kip.').source, 'a sailor from Ava going by the name Kip');
  // a verb in -s opens a clause of its own
  const said = run('“Go,” said Ada Moss, the pier master, Tom wants the gates shut.').map(shape).find((x) => x.cue === 'said');
  assert.ok(said && !said.source?.includes('gates'), JSON.stringify(said));
  // after a bare name the verb opens an aside (#403)
  assert.equal(only('“Go,” said Ada Moss speaking at the pier.').source, 'Ada Moss');
});

test('#602 "the website HarbourNews.com said X": a web address split at its dot stays whole in the source', () => {
  assert.equal(only('A note on the HarbourNews.com site says the pier is old.').source, 'A note on the HarbourNews.com site');
  assert.equal(only('“Go,” said Bo Li, the director of SaveThe.org.').source, 'Bo Li, the director of SaveThe.org');
});

test('#603 "Families of those hurt by the storm urged X": `those` and its participle head the phrase before the preposition', () => {
  assert.equal(only('Relatives of those hurt in the storm urged the board to act.').source, 'Relatives of those hurt in the storm');
  assert.equal(only('A group of those injured in the fire says the pier is old.').source, 'A group of those injured in the fire');
});

test('#604 "was endorsed by both the pilots and the dockers": a passive agent runs on over `and` and a second noun phrase', () => {
  const f = run('The plan was praised by both the pilots union and the Harbour Trust as a fair deal.').map(shape).find((x) => x.cue?.includes('praised'));
  assert.equal(f?.source, 'both the pilots union and the Harbour Trust');
  const g = run('The fares were swiftly rejected by the pilots and dockers as a stunt.').map(shape).find((x) => x.cue?.includes('rejected'));
  assert.equal(g?.source, 'the pilots and dockers');
  // a verb after the second phrase opens a clause of its own
  const h = run('The plan was praised by Moss and the board said it was fine.').map(shape).find((x) => x.cue?.includes('praised'));
  assert.ok(!h || h.source === 'Moss', JSON.stringify(h));
});

test('#605 "Many pilots on and off the pier believe X": two prepositions joined before one object stay in the source', () => {
  assert.equal(only('Many pilots on and off the pier believe the gates are old.').source, 'Many pilots on and off the pier');
});

test('#630 "her comments on the fares", "in his assessment of X": more stance nouns after his/her/their, the pronoun the source and the object the content', () => {
  const c = run('The crowd on the pier grew after her comments on the ferry fares.').map(shape);
  assert.ok(c.some((x) => x.cue === 'comments on' && x.source === 'her' && x.content[0] === 'the ferry fares'), JSON.stringify(c));
  const s = run('In his assessment of the harbour board, Tom Reyes was blunt.').map(shape);
  assert.ok(s.some((x) => x.cue === 'assessment of' && x.source === 'his' && x.content[0] === 'the harbour board'), JSON.stringify(s));
  // a participle the tagger may read as a noun before the pronoun takes the phrase as its object
  const o = run('The pilot stood at the pier, offering his thoughts on the tides.').map(shape);
  assert.ok(!o.some((x) => x.cue === 'thoughts on'), JSON.stringify(o));
});

test('#631 "her decision to sell the pier", "his refusal to resign": a noun of intent after his/her/their before an infinitive is a cue, the pronoun the source, the infinitive the content', () => {
  const d = run('The crowd on the pier grew after her decision to sell the old ferry.').map(shape);
  assert.ok(d.some((x) => x.cue === 'decision' && x.source === 'her' && x.content[0] === 'to sell the old ferry'), JSON.stringify(d));
  const r = run('The quay stayed shut because of his stubborn refusal not to open the gates.').map(shape);
  assert.ok(r.some((x) => x.cue === 'stubborn refusal' && x.source === 'his' && x.content[0] === 'not to open the gates'), JSON.stringify(r));
  // after a verb the verb heads the phrase: no cue of its own for the noun
  const v = run('The pilots cheered as Ada Moss kept her promise to rebuild the pier.').map(shape);
  assert.ok(!v.some((x) => x.cue === 'promise'), JSON.stringify(v));
});

test('#632 "Ada Moss has the backing of the dockers": the backers after "has the ... of" are the source, the subject the content', () => {
  assert.deepEqual(only('Ada Moss has the backing of the harbour pilots.'), {
    kind: 'indirect', cue: 'has the backing of', source: 'the harbour pilots', content: ['Ada Moss'],
  });
  assert.equal(only('She also has the full support of all ferry crews.').cue, 'has the full support of');
  // not after a modal: a possibility, no report
  assert.equal(run('Ada Moss may not have the support of the pilots.').length, 0);
});

test('#633 "Ada Moss is proud of X", "the pilots are well aware of X": more stance adjectives with their preposition after a linking verb', () => {
  assert.deepEqual(only('Ada Moss is most proud of the new ferry pier.'), {
    kind: 'indirect', cue: 'is most proud of', source: 'Ada Moss', content: ['the new ferry pier'],
  });
  assert.equal(only('The harbour pilots are well aware of the tides.').cue, 'are well aware of');
  assert.equal(only('The dockers remain concerned about the fares.').cue, 'remain concerned about');
  assert.equal(only('Tom Reyes is comfortable with the plan.').source, 'Tom Reyes');
});

test('#634 "Ada Moss was upfront about X", "the pilots are still uneasy about X": any adjective before "about" after a finite linking verb is a stance cue', () => {
  assert.deepEqual(only('Ada Moss was upfront about her plans for the pier.'), {
    kind: 'indirect', cue: 'was upfront about', source: 'Ada Moss', content: ['her plans for the pier'],
  });
  assert.equal(only('The harbour pilots are still uneasy about the new tides.').cue, 'are still uneasy about');
  // no subject, a bare "be", or a comparison: none
  assert.equal(run('There are reasons to be gloomy about the pier.').length, 0);
  assert.equal(run('The pilots are more cheerful about the pier than the dockers.').length, 0);
});

test('#635 "Ada Moss is eager to sell the pier": a finite linking verb and "eager" before an infinitive is a cue, the subject the source, the infinitive up to a comma the content', () => {
  assert.deepEqual(only('Ada Moss is eager to sell the old pier.'), {
    kind: 'indirect', cue: 'is eager', source: 'Ada Moss', content: ['to sell the old pier'],
  });
  assert.equal(only('The harbour board has been eager to widen the quay, which floods.').content[0], 'to widen the quay');
  // a bare "be" after a modal is left alone
  assert.equal(run('The pilots will be eager to sail.').length, 0);
});

test('#660 "fares declined 40 percent", "fees declined to $2 million": decline with a measure after it is a fall, no cue', () => {
  assert.deepEqual(run('Ferry fares declined 40 percent over the winter months.').map(shape), []);
  assert.deepEqual(run('At the harbour board, fees from dockers declined to $2 million in 2014.').map(shape), []);
  assert.deepEqual(run('The number of riders declined sharply from 2010 to 2014.').map(shape), []);
  // a refusal stays a cue
  assert.equal(only('Ada Moss declined to say whether the pier would close.').cue, 'declined');
});

test('#661 "Ada Moss wrote a book", "who wrote the letter in May": writing a work with no report after it is authorship, no cue', () => {
  assert.deepEqual(run('Ada Moss quit the harbour board and wrote a picture book.').map(shape), []);
  assert.deepEqual(run('Tom Reyes wrote the letter in May to the harbour board.').map(shape), []);
  assert.deepEqual(run('In Faro, he wrote his dissertation on the history of the pier.').map(shape), []);
  // a report after the work keeps the cue
  assert.equal(only('Ada Moss wrote a letter to the harbour board asking it to reopen the pier.').cue, 'wrote a letter'); // #960 the letter joins the cue
});

test('#662 "Faro: Ann Shea-Porter, Bo Quirk-Garvan, ...": a roster after a label stays no speech when a name has an attached hyphen', () => {
  const text = 'The panel members follow.\n\nFaro: Ada Moss, Ann Shea-Porter, Bo Quirk-Garvan, Tom Reyes.\n\nThe panel meets on Monday.';
  assert.deepEqual(run(text).map(shape), []);
});

test('#663 "Tom Reyes was responding to a letter": the progressive of respond is what someone was doing, no cue', () => {
  assert.deepEqual(run('Tom Reyes was responding to a letter from the harbour board.').map(shape), []);
  assert.deepEqual(run('Riders are responding to the new fares on the pier.').map(shape), []);
  // a past form stays a cue
  assert.equal(only('Tom Reyes responded to the harbour board with a letter.').cue?.startsWith('responded'), true);
});

test('#664 "the ferry race offers an opportunity", "the pier offered a stark contrast": offer + a chance, contrast, platform or delegates gives a thing, no cue', () => {
  assert.deepEqual(run('The ferry race offers an opportunity for the dockers.').map(shape), []);
  assert.deepEqual(run('The new pier offered a stark contrast with the old quay.').map(shape), []);
  assert.deepEqual(run('Her seat on the harbour board offers Ada Moss a platform.').map(shape), []);
  // an offer of a view stays a cue
  assert.equal(only('Ada Moss offered a defense of the new fares.').cue, 'offered');
});

test('#665 "whether she would support Tom Reyes if he won": support under a modal with an `if` after it is a conditional pledge, no cue', () => {
  assert.deepEqual(run('Ada Moss would not say whether she would support Tom Reyes if he won the harbour seat.').map(shape).filter((x) => x.cue === 'would support'), []);
  assert.deepEqual(run('The dockers would strongly support the plan if the board paid for it.').map(shape), []);
  // support under a modal without a condition stays a cue
  assert.equal(only('Ada Moss will support the harbour plan despite her doubts.').cue, 'will support');
});

test('#666 "the plan sounds like far too much money", "sounding a bit like a preacher": sound + like compares, no cue', () => {
  assert.deepEqual(run('The new harbour tax sounds like far too much money.').map(shape), []);
  assert.deepEqual(run('Despite sounding like a sailor, Tom Reyes never left the pier.').map(shape), []);
  assert.deepEqual(run('On the pier, Tom Reyes was calm, sounding a bit like an old ferry guide.').map(shape), []);
});

test('#667 "the club charged a $900 fee", "charging riders more than $30": charge + a sum or a fee asks a price, no cue', () => {
  assert.deepEqual(run('The harbour club charged a $900 initiation fee.').map(shape), []);
  assert.deepEqual(run('The ferry line kept charging riders more than $30 a trip.').map(shape), []);
  assert.deepEqual(run('Whatever Tom Reyes charged the board for rent came back to him.').map(shape), []);
  // an accusation stays a cue
  assert.equal(only('Ada Moss charged that the board had hidden the costs.').cue, 'charged');
});

test('#668 "riders find better jobs", "refugees found a home in Faro": finding a way, a job, work or a home is no cue', () => {
  assert.deepEqual(run('The children of the dockers find much better jobs.').map(shape), []);
  assert.deepEqual(run('Every year, new riders find their way to the pier.').map(shape), []);
  assert.deepEqual(run('Future boards could find some other way of paying for the pier.').map(shape), []);
  // a finding stays a cue
  assert.equal(only('The harbour survey found they work longer hours.').cue, 'found');
});

test('#669 "the report cleared a path for X", "all but ensuring that X", "could accelerate that shift": cleared, ensure and accelerate are no cues', () => {
  assert.deepEqual(run('The strong fares report has cleared a path for a new pier.').map(shape), []);
  assert.deepEqual(run('Ada Moss stepped aside, all but ensuring that the harbour board keeps the pier.').map(shape), []);
  assert.deepEqual(run('The storm could accelerate that shift toward the new quay.').map(shape), []);
  assert.deepEqual(run('The dockers union has ensured that one shed on the pier is open.').map(shape), []);
});

test('#800 "Ada Moss, the host of “Low Tide,” stated that X": a cue after a quoted title closing an apposition takes the name before it as source', () => {
  assertOnly('Ada Moss, the harbour engineer known as “the Mole,” stated that the pier was sinking.', 'stated', 'Ada Moss, the harbour engineer known as “the Mole,”', ['that the pier was sinking']);
  const b = only('Tom Reyes, star of the harbour’s “Tidewatch,” thanked the board for the new pier.');
  assert.equal(b.source, 'Tom Reyes, star of the harbour’s “Tidewatch,”');
  // a quotation after a copula stays the content of an inverted cue
  const c = only('The pier is “a relic,” said Tom Reyes.');
  assert.equal(c.source, 'Tom Reyes');
});

test('#801 "more riders than the board expected": a cue closing a comparison after "than" takes its subject as source and "than" as content', () => {
  assert.deepEqual(only('The ferry carried more riders than the harbour board expected.'), {
    kind: 'indirect',
    cue: 'expected',
    source: 'the harbour board',
    content: ['than'],
  });
  const a = only('Fares rose faster than Ada Moss had predicted, and the pier closed.');
  assert.equal(a.cue, 'had predicted');
  assert.equal(a.source, 'Ada Moss');
});

test('#802 "..., a move that the board strongly denied.": an object relative after a restated noun phrase takes its subject as source and "that" as content', () => {
  assert.deepEqual(only('The pier was shut in May, a move that the harbour board strongly denied.'), {
    kind: 'indirect',
    cue: 'strongly denied',
    source: 'the harbour board',
    content: ['that'],
  });
  assert.equal(only('The ferry ran late all summer - a point that the dockers have disputed.').source, 'the dockers');
  // without the comma or dash no frame is made
  assert.deepEqual(run('The pier faces a charge that the harbour board strongly denied.').map(shape), []);
});

test('#803 "The pier deal was first reported by the Harbour Times.": the agent who broke the news is the source, the subject the content', () => {
  assertOnly('The pier deal was first reported by the Harbour Times.', 'was first reported', 'the Harbour Times', ['The pier deal']);
  // without "first" a bare passive with its agent stays no frame
  assert.deepEqual(run('The pier deal was reported by the Harbour Times.').map(shape), []);
});

test('#804 "The new ad — as Tom Reyes noted recently in the Faro Post — promises X": an `as` report between dashes takes its own subject as source', () => {
  const found = run('The new ad — as the columnist Tom Reyes noted recently in the Faro Post — promises to stop the fare rise.').map(shape);
  const aside = found.find((f) => f.cue === 'noted recently');
  assert.ok(aside, JSON.stringify(found));
  assert.equal(aside.source, 'the columnist Tom Reyes');
  assert.deepEqual(aside.content, ['The new ad']);
  assert.equal(run('The harbour clerk Ada Moss -- as the ferry board noted this week -- even praised the pier.').map(shape).find((f) => f.cue === 'noted')?.source, 'the ferry board');
});

test('#820 "At the pier, dockers who have fought the plan say X": a relative-clause subject after an opening phrase keeps its head', () => {
  assert.equal(only('At the pier, dockers who have fought the plan say the ferry is unsafe.').source, 'dockers who have fought the plan');
  assert.equal(only('Still, people who have used the old ferry say the fares are too high.').source, 'people who have used the old ferry');
  // a capitalised word after a comma is a place, no head ("in Ava, Kent who ...")
  assert.notEqual(only('Riders in Ava, Kent who ride the ferry say the fares are too high.').source, 'Kent who ride the ferry');
});

test('#821 "Moss praised the crew and seemed to blame the board": a raising verb + cue verb after "and" shares the source before it', () => {
  const found = run('In a short reply, Ada Moss praised the crew twice and seemed to blame the board for the delay.').map(shape);
  assert.deepEqual(found.find((f) => f.cue === 'seemed to blame'), { kind: 'indirect', cue: 'seemed to blame', source: 'Ada Moss', content: ['the board for the delay'] });
  const second = run('Ada Moss said the pilots were wrong, but appeared to confirm her fear that the ferry would close.').map(shape);
  assert.equal(second.find((f) => f.cue === 'appeared to confirm')?.source, 'Ada Moss');
});

test('#822 "A poll released Monday by the Gazette shows X": a document, its participle and date before a "by" agent are one source', () => {
  assert.equal(only('A new poll released Monday by the Harbour Gazette shows that most riders are angry.').source, 'A new poll released Monday by the Harbour Gazette');
  assert.equal(only('A report released in May by the Harbour Trust noted that the pier was unsafe.').source, 'A report released in May by the Harbour Trust');
  // without a date the older frame stays
  assert.equal(only('A poll conducted by the harbour board found that riders were angry.').source, 'A poll conducted by the harbour board');
});

test('#823 "Trusted pilots have told X", "after leaked memos showed X": a participle opening the clause before its noun stays in the source', () => {
  assert.equal(only('Trusted pilots have told the board that the pier is unsafe.').source, 'Trusted pilots');
  assert.equal(only('The harbour board resigned after leaked memos showed that it had lied.').source, 'leaked memos');
  assert.equal(run('Older pilots backed Moss, while enlisted sailors favored Reyes by a wide margin.').map(shape).find((f) => f.cue === 'favored')?.source, 'enlisted sailors');
});

test('#824 "the board\'s newly hired chief", "a newly elected Moss", "The nearly 90-minute ad": an adverb after an article or possessive stays in the source', () => {
  assert.equal(only('The board\'s newly hired harbour chief has sought to assure the pilots that the pier is safe.').source, 'The board\'s newly hired harbour chief');
  assert.equal(only('In 1990, a newly elected Moss sought to calm the dockers.').source, 'a newly elected Moss');
  assert.equal(only('The nearly 90-minute film slams Moss for her vote.').source, 'The nearly 90-minute film');
});

test('#825 "That pilot said X": a capitalised "That" opening the sentence before a singular noun is part of the source', () => {
  assert.equal(only('That pilot said the pier was unsafe.').source, 'That pilot');
  // a "that" clause as subject keeps its own frame
  assert.equal(only('That Moss won is clear, the pilots said.').source, 'the pilots');
});

test('#826 "Dockers who came to the pier to protest the fares say X": an infinitive inside a relative-clause subject keeps it whole', () => {
  assert.equal(only('Many dockers who came to the pier to protest the fares say the board lied.').source, 'Many dockers who came to the pier to protest the fares');
});

test('#827 "Ada Moss of Faro, Portugal says X": a place\'s second part with no comma after it closes the subject', () => {
  assert.equal(only('Ada Moss of Faro, Portugal says she really thinks the pier will close.').source, 'Ada Moss of Faro, Portugal');
  // with the comma the apposition chain stays as before
  assert.equal(only('Ada Moss of Faro, Portugal, says she really thinks the pier will close.').source, 'Ada Moss of Faro, Portugal,');
});

test('#860 "riders will see a new pier", "the board will consider a bid": see and consider under will are no cues', () => {
  assert.deepEqual(run('Next summer the riders will see a brand new pier at Faro.').map(shape), []);
  assert.deepEqual(run('The harbour board will probably consider a bid from the dockers.').map(shape), []);
  // seeing a view without the modal stays a cue
  assert.equal(only('Ada Moss sees the new pier as a waste of money.').cue, 'sees');
});

test('#861 "There were reports that X", "Just ask Tom Reyes": an expletive there or a lone the or just is no source', () => {
  assert.equal(only('There were reports that the harbour board would sell the pier.').source, null);
  assert.equal(only('It is hard to sell a pier. Just ask Tom Reyes, who tried twice.').source, null);
  // a real source stays
  assert.equal(only('Ada Moss said the pier would close.').source, 'Ada Moss');
});

test('#862 "said the fares were too high and wanted a new board": a verb of support, showing or wanting right after and is no cue of its own', () => {
  assert.deepEqual(run('Ada Moss said the fares were too high and wanted a new harbour board.').map(shape).filter((x) => x.cue === 'wanted'), []);
  assert.deepEqual(run('Tom Reyes broke with the dockers and supported the ferry line in 2012.').map(shape), []);
  assert.deepEqual(run('The harbour board met in Faro and showed a map of the pier.').map(shape), []);
  // a verb of saying after and stays a cue
  assert.ok(run('Ada Moss sat down and said the pier would close.').map(shape).some((x) => x.cue === 'said'));
});

test('#863 "riders who seek a refund", "officials who sought to close the pier": seek right after who is no cue', () => {
  assert.deepEqual(run('The harbour board will help riders who seek a refund for the ferry.').map(shape), []);
  assert.deepEqual(run('The dockers fought the officials who sought to close the pier.').map(shape), []);
  // seek with its own subject stays a cue
  assert.equal(only('Ada Moss sought to close the pier before the storm.').cue, 'sought');
});

test('#864 "sore over what they saw as a slight": see + as inside a free relative what is no cue', () => {
  assert.deepEqual(run('The dockers walked off, sore over what they saw as a slight from the harbour board.').map(shape), []);
  assert.deepEqual(run('The pier closed over what he sees as the real cost of the storm.').map(shape), []);
  // see + as with its own subject stays a cue
  assert.equal(only('Ada Moss sees the new pier as a waste of money.').cue, 'sees');
});

test('#865 "what riders think of the pier", "What do you think of the fares?": think + of after what is no cue', () => {
  assert.deepEqual(run('Her fate will turn on what riders think of the new pier.').map(shape), []);
  assert.deepEqual(run('What do you think of the harbour fares?').map(shape), []);
  // think + of with its own subject stays a cue
  assert.equal(only('Ada Moss thinks of the pier as her own.').cue, 'thinks of');
});

test('#866 "Whenever asked about the pier, she laughs": a conjunction or a sentence adverb alone is no source', () => {
  assert.equal(only('Whenever asked about the pier, she laughs.').source, null);
  assert.equal(only('However asked about the pier, she would not answer.').source, null);
});

test('#867 "Ada Moss does not recognize the pier she grew up on": recognize after not is no cue', () => {
  assert.deepEqual(run('Ada Moss does not recognize the pier she grew up on.').map(shape), []);
  assert.deepEqual(run('The harbour board doesn’t recognize the new fares.').map(shape), []);
  // recognizing a fact stays a cue
  assert.equal(only('Ada Moss recognized that the pier was unsafe.').cue, 'recognized');
});

test('#868 "the board may want to check its figures": want right after may is no cue', () => {
  assert.deepEqual(run('The harbour board may want to check its figures again.').map(shape), []);
  // a plain wish stays a cue
  assert.equal(only('Ada Moss wants to sell the pier.').cue, 'wants');
});

test('#869 "Ada Moss lost that ferry race": lose is no cue', () => {
  assert.deepEqual(run('Ada Moss lost that ferry race.').map(shape), []);
  assert.deepEqual(run('Tom Reyes lost that vote.').map(shape), []);
});

test('#870 "his favored candidate", "their favored route": favored right after a possessive is no cue', () => {
  assert.deepEqual(run('Ada Moss lost to his favored candidate in the harbour race.').map(shape), []);
  assert.deepEqual(run('The dockers took their favored route to the pier.').map(shape), []);
  // favoring something stays a cue
  assert.equal(only('Ada Moss favored a new pier.').cue, 'favored');
});

test('#882 "X, as the Harbour Times reported on Tuesday, and Y": an "as" aside inside another content is a report of its own, of the clause before it', () => {
  const found = run('The pier will close in May, as the Harbour Times reported on Tuesday, and the ferry will stop.').map(shape);
  assert.deepEqual(found, [{ kind: 'indirect', cue: 'reported', source: 'the Harbour Times', content: ['The pier will close in May'] }]);
  assertFrame('According to the harbour board, the fares rose in June, as Ada Moss has noted, and the dockers left.', 'has noted', 'Ada Moss');
});

test('#883 "was talking about the fares when she told the board X": a clause of time or cause with a pronoun subject and its own cue ends the content of a cue that is no speech verb', () => {
  const found = run('Ada Moss was talking about the ferry fares when she told the harbour board that the pier would close.').map(shape);
  assert.ok(found.some((a) => a.cue === 'was talking about' && a.content[0] === 'the ferry fares'), JSON.stringify(found));
  assert.ok(found.some((a) => a.cue === 'told' && a.source === 'she'), JSON.stringify(found));
  // a speech verb's clause keeps it
  const said = run('Ada Moss said she left the pier because she thought the fares were too high.').map(shape);
  assert.deepEqual(said.map((a) => a.cue), ['said']);
});

test('#840 "her claim that Ortega had sold the pier", "Ada Moss\'s nagging fear that X": a possessed noun of saying before a `that` not read as a conjunction', () => {
  assert.deepEqual(only('The board laughed at her claim that Ortega had sold the pier.'), { kind: 'indirect', cue: 'claim', source: 'her', content: ['that Ortega had sold the pier'] });
  // a name's 's stays in the source; the phrase is the subject, so its verb ends the content
  const f = only("Ada Moss's nagging fear that Tom Reyes would quit the board kept her awake.");
  assert.deepEqual([f.cue, f.source, f.content], ['nagging fear', "Ada Moss's", ['that Tom Reyes would quit the board']]);
  assert.deepEqual(only('Their fear that Ortega would close the quay proved right.').content, ['that Ortega would close the quay']);
  // after a verb the verb is the cue
  assert.equal(only('Tom Reyes repeated his claim that Ortega had sold the pier.').cue, 'repeated');
});

test('#841 "the fear among the dockers that X", "a quiet recognition among board members that X": the holders after the preposition are the source', () => {
  assert.deepEqual(only('There is a quiet recognition among some board members that Ada Moss won the vote.'), { kind: 'indirect', cue: 'a quiet recognition', source: 'some board members', content: ['that Ada Moss won the vote'] });
  // a relative clause after the noun phrase is no content
  assert.deepEqual(run('The story of the pier that Ada Moss built is long.').map(shape), []);
  assert.deepEqual(run('The sense of alarm that Ada Moss felt on the pier was real.').map(shape), []);
});

test('#900 "spent $2 million on phone calls opposing X", "made phone calls to the dockers": call right after phone, telephone or conference is the noun, no cue', () => {
  assert.ok(!run('The harbour board spent $2 million on phone calls opposing Ada Moss.').map(shape).some((a) => a.cue === 'calls'));
  assert.ok(!run('Ada Moss made phone calls to the dockers.').map(shape).some((a) => a.cue?.startsWith('calls')));
  // the verb stays
  assert.equal(only('Ada Moss called the harbour board a disgrace.').cue, 'called');
});

test('#901 "Tom Reyes, who has endorsed Ada Moss, X", "who has known her for years": endorse or know in a relative perfect describes the person, no cue', () => {
  assert.deepEqual(run('Tom Reyes, who has endorsed Ada Moss, spoke at the pier on Monday.').map(shape), []);
  assert.deepEqual(run('The mayor, who has not endorsed anyone, left the harbour early.').map(shape), []);
  assert.deepEqual(run('Ada Moss, who has known Tom Reyes for years, rode the ferry.').map(shape), []);
  // a main clause keeps it
  assert.equal(only('Tom Reyes has endorsed Ada Moss for the harbour seat.').cue, 'has endorsed');
});

test('#902 "the full report can be found here", "if the ferry was found to leak": a passive found is no cue', () => {
  assert.deepEqual(run('The full harbour report can be found here.').map(shape), []);
  assert.deepEqual(run('The board would act if the ferry was found to leak.').map(shape), []);
  // the active verb stays
  assert.equal(only('Ada Moss found that the fares were too high.').cue, 'found');
});

test('#903 "you\'ll find a long queue at the pier", "if you see Ada Moss": find or see with a generic you is no cue', () => {
  assert.deepEqual(run("Walk down to the pier and you'll find a long queue for the ferry.").map(shape), []);
  assert.deepEqual(run('If you see Ada Moss on the quay, wave.').map(shape), []);
  assert.deepEqual(run("You can find the harbour fares on the board's page.").map(shape), []);
  // another subject keeps it
  assert.equal(only('Tom Reyes can see that the fares are too high.').cue, 'can see');
});

test('#904 "checked the pier and found a crack", "but found it before the ferry left": find after and/but/or without a that clause is no cue', () => {
  assert.deepEqual(run('The dockers checked the old pier and found a crack in the deck.').map(shape), []);
  assert.deepEqual(run('Tom Reyes lost his ticket but found it before the ferry left.').map(shape), []);
  // a that clause keeps it
  assert.deepEqual(only('The board checked the fares and found that they were too high.'), { kind: 'indirect', cue: 'found', source: 'The board', content: ['that they were too high'] });
});

test('#905 "read the letter and thought the fares were fair", "but responded with a shrug": think or respond after and/but/or is no cue unless that, about or of follows', () => {
  assert.ok(!run('Ada Moss read the letter and thought the fares were fair.').map(shape).some((a) => a.cue === 'thought'));
  assert.deepEqual(run('Tom Reyes heard the jeers but responded with a shrug.').map(shape), []);
  // about keeps it
  assert.equal(only('The dockers left the pier and thought about the fares.').cue, 'thought about');
});

test('#906 "the board wants them to pay", "she would want someone from the pier": want + an object pronoun or someone/anyone is no cue', () => {
  assert.deepEqual(run('The harbour board wants them to pay the new fares.').map(shape), []);
  assert.deepEqual(run('She would want someone from the pier on the board.').map(shape), []);
  // another object keeps it
  assert.equal(only('The dockers want a new pier.').cue, 'want');
});

test('#907 "When I saw the old pier, I laughed", "I wanted to ride the ferry": see or want right after I is no cue', () => {
  assert.deepEqual(run('When I saw the old pier, I laughed.').map(shape), []);
  assert.deepEqual(run('I wanted to ride the ferry to Faro.').map(shape), []);
  // another subject keeps it
  assert.equal(only('Ada Moss wanted to ride the ferry to Faro.').cue, 'wanted');
});

test('#908 "Ada Moss did not attack the board directly": attack right after not is no cue', () => {
  assert.deepEqual(run('Ada Moss did not attack the harbour board directly.').map(shape), []);
  // the plain verb stays
  assert.equal(only('Ada Moss attacked the harbour board.').cue, 'attacked');
});

test('#909 "the winter storm threatens the old pier": threaten + the is no cue', () => {
  assert.deepEqual(run('The winter storm threatens the old pier.').map(shape), []);
  // threatening to act stays
  assert.equal(only('Ada Moss threatened to close the pier.').cue, 'threatened');
});

test('#920 "praised by many pilots, including Ada Moss and Tom Reyes.": a source after its cue takes in an `, including` list up to the final mark', () => {
  const f = only('The new fares have been praised by harbour pilots, including prize-winning economist Ada Moss.');
  assert.deepEqual([f.cue, f.source, f.content], ['have been praised', 'harbour pilots, including prize-winning economist Ada Moss', ['The new fares']]);
  const g = only('The ferry fares rose sharply, according to three recent surveys, including one from the harbour trust released Monday.');
  assert.deepEqual([g.source, g.content], ['three recent surveys, including one from the harbour trust released Monday', ['The ferry fares rose sharply']]);
  // a relative clause in the tail keeps it out
  assert.equal(only('The plan has been praised by the dockers, including the union, which runs the pier.').source, 'the dockers');
});

test('#921 "as many as 37 percent of riders said X", "All but two said X", "Everyone but Tom Reyes said X": the quantity before the number or name heads the source', () => {
  assert.equal(only('By then, as many as 37 percent of harbour riders said the fares were too high.').source, 'as many as 37 percent of harbour riders');
  assert.equal(only('All but two said the ferry should stop at the pier.').source, 'All but two');
  assert.equal(only('Everyone but Tom Reyes said the pier was unsafe.').source, 'Everyone but Tom Reyes');
  // a `but` joining clauses is no quantity
  assert.equal(run('Ada Moss left early but Tom Reyes said the pier was old.').map(shape).find((x) => x.cue === 'said')!.source, 'Tom Reyes');
});

test('#922 "said Tom Reyes, managing director and senior analyst at Harbour Bank": a participle opening a title is no verb', () => {
  assert.equal(only('The pier is old, said Tom Reyes, managing director and senior analyst at Harbour Bank.').source, 'Tom Reyes, managing director and senior analyst at Harbour Bank');
  assert.equal(only('The fares will rise, said Ada Moss, acting chairman and chief pilot of the harbour board.').source, 'Ada Moss, acting chairman and chief pilot of the harbour board');
});

test('#923 "Ada Seitz-Moss: words": a hyphen inside a speaker label\'s name is no kicker dash', () => {
  assertFrame('The fares went up again.\n\nAda Seitz-Moss: She is right about every one of these points if you look at the pier.', ':', 'Ada Seitz-Moss');
  // a spaced dash still ends a kicker
  const kicker = run('The fares went up again.\n\nHARBOUR NEWS – Tom Reyes: The pier is right about every one of these points, and more.').map(shape);
  assert.ok(kicker.some((a) => a.cue === ':' && a.source === 'Tom Reyes'), JSON.stringify(kicker));
});

test('#924 "One of his warm-up acts mentioned X", "when would-be buyers know X": a hyphenated modifier ending in a particle or auxiliary stays in the subject', () => {
  assert.equal(only('One of her warm-up speakers mentioned the harbour board.').source, 'One of her warm-up speakers');
  assert.equal(only('The follow-up report says the pier is old.').source, 'The follow-up report');
});

test('#925 "endorsed by the dockers in the hall, who cheered": a place after a plural or lower-case agent, closing its clause, belongs to the agent', () => {
  assert.equal(only('The plan was endorsed by the dockers in the hall, who cheered.').source, 'the dockers in the hall');
  // not after a name
  assert.equal(only('The plan was endorsed by Ada Moss in the hall, who cheered.').source, 'Ada Moss');
  // after a reduced passive too
  assert.equal(only('She dropped the fares, a move endorsed by the 300 dockers in the hall, who cheered.').source, 'the 300 dockers in the hall');
});

test('#926 "include one last month saying X", "less than three months ago said X": a source that is only a span of time names nobody', () => {
  const found = run('Her posts about the pier include one last month saying the fares were too high.').map(shape);
  const saying = found.find((a) => a.cue === 'saying');
  assert.ok(saying && saying.source === null, JSON.stringify(found));
  const two = run('The harbour board less than three months ago said once again that the pier was unsafe.').map(shape);
  assert.ok(two.length > 0 && two.every((a) => a.source !== 'less than three months'), JSON.stringify(two));
});

test('#940 "Or, as Ada Moss, a former pier chief, put it: X", "As Ada Moss, the pier engineer, said, X": a clause-opening `as` before a subject with an apposition and a speech verb', () => {
  const put = run('Or, as Ada Moss, a former head of the pier, put it: "The pier is finished."').map(shape);
  assert.ok(put.some((a) => a.cue === 'put it:' && a.source === 'Ada Moss, a former head of the pier,'), JSON.stringify(put));
  const said = run('As Ada Moss, the pier engineer, said, the pier is finished.').map(shape);
  assert.ok(said.some((a) => a.cue === 'said' && a.source === 'Ada Moss, the pier engineer,' && a.content[0] === 'the pier is finished'), JSON.stringify(said));
  // an opening role phrase with `as` stays out of the source
  const role = run('As a pilot, Ada Moss, the pier engineer, said the pier is finished.').map(shape);
  assert.ok(role.some((a) => a.cue === 'said' && a.source === 'Ada Moss, the pier engineer,'), JSON.stringify(role));
});

test('#960 "wrote a letter congratulating X", "penned an open letter to the board": the letter after write/pen is part of the cue', () => {
  assertFrame('Ada Moss wrote a letter congratulating the dockers on their quiet work at the pier.', 'wrote a letter', 'Ada Moss');
  const open = run('Tom Reyes penned an open letter to the harbour board urging a vote on the fares.').map(shape);
  assert.ok(open.every((a) => a.cue !== 'penned'), JSON.stringify(open));
});

test('#961 "asked questions about X", "raising fresh questions about X": the questions and their preposition after ask/raise/pose are part of the cue', () => {
  const found = run('At the quay, the dockers asked questions about the new ferry fares.').map(shape);
  assert.ok(found.some((a) => a.cue === 'asked questions about' && a.source === 'the dockers'), JSON.stringify(found));
  assert.ok(found.every((a) => a.cue !== 'asked'), JSON.stringify(found));
});

test('#962 "said by telephone", "said over the phone": the channel after say is part of the cue', () => {
  assert.equal(only('"The pier stays shut," Ada Moss said by telephone.').cue, 'said by telephone');
  assert.equal(only('"The fares will rise," Tom Reyes said over the phone.').cue, 'said over the phone');
});

test('#963 "a docker claiming allegiance to the union": claim/swear/profess + allegiance + to is one cue', () => {
  const found = run('A docker claiming allegiance to the harbour union blocked the pier gates.').map(shape);
  assert.ok(found.some((a) => a.cue === 'claiming allegiance to'), JSON.stringify(found));
});

test('#964 "the union claimed responsibility for X", "claim credit for X": the noun and "for" after claim are part of the cue', () => {
  assertFrame('The harbour union claimed responsibility for the strike at the pier.', 'claimed responsibility for', 'The harbour union');
});

test('#965 "Ada Moss has called more attention to X": call + attention + to is one cue', () => {
  const found = run('Ada Moss has called more attention to the state of the old pier.').map(shape);
  assert.ok(found.some((a) => a.cue === 'has called more attention to' && a.content[0] === 'the state of the old pier'), JSON.stringify(found));
});

test('#966 "the report calls into question X", "was called into doubt": call + into + question/doubt is one cue', () => {
  const found = run('The harbour report calls into question the safety of the old pier.').map(shape);
  assert.ok(found.some((a) => a.cue === 'calls into question' && a.content[0] === 'the safety of the old pier'), JSON.stringify(found));
});

test('#967 "Ada Moss backed away from her plan": back + away + from is one cue', () => {
  assertFrame('Ada Moss backed away from her plan to close the old pier.', 'backed away from', 'Ada Moss');
});

test('#980 "harbour polling data showing that just two riders knew": showing after data is no cue', () => {
  const found = run('The pilots kept reading harbour polling data showing that just two riders knew of the fares.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'showing'), JSON.stringify(found));
});

test('#981 "Tom Reyes spoke for an hour, projecting calm": projecting is no cue', () => {
  const found = run('Tom Reyes spoke for an hour, projecting calm about the old pier.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'projecting'), JSON.stringify(found));
});

test('#982 "who introduced a bill on fares", "the board introduced a new fare": introduce + a is no cue', () => {
  for (const text of ['Ada Moss, who introduced a bill on ferry fares last month, visited the pier.', 'The harbour board introduced a new fare for riders in 2009.']) {
    const found = run(text).map(shape);
    assert.ok(!found.some((a) => a.cue === 'introduced'), JSON.stringify(found));
  }
});

test('#983 "Tom Reyes, who decided last year against a run": decide after who is no cue', () => {
  const found = run('Tom Reyes, who decided last year against a run for the harbour seat, spoke at the pier.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'decided'), JSON.stringify(found));
});

test('#984 "One rider praised the pier. The other shrugs off the fares": `the other` alone is no source', () => {
  const found = run('One rider praised the new pier. The other shrugs off the fares and speaks of the old ferry.').map(shape);
  assert.ok(!found.some((a) => a.source === 'The other'), JSON.stringify(found));
});

test('#985 "even without knowing every fare": knowing after without is no cue', () => {
  const found = run('The dockers stayed calm, even without knowing every fare, and went home.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'knowing'), JSON.stringify(found));
});

test('#990 "Several pilots, including Ada Moss and Tom Reyes have denounced X": an unclosed `, including` / `, like` list keeps its head in the subject', () => {
  assert.equal(only('Several pilots, including Ada Moss, Tom Reyes and Ian Bell have denounced the plan.').source, 'Several pilots, including Ada Moss, Tom Reyes and Ian Bell');
  assert.equal(only('Other harbour pilots, like Ada Moss and Tom Reyes have said the fares are fair.').source, 'Other harbour pilots, like Ada Moss and Tom Reyes');
  assert.equal(only('Three harbour unions, including the dockers, said the fees were unfair.').source, 'Three harbour unions, including the dockers,');
});

test('#991 "A harbour textbook just published for young pilots explains X": a document subject with its participle keeps its head', () => {
  assert.equal(only('A harbour textbook just published for young pilots explains the tides.').source, 'A harbour textbook just published for young pilots');
  assert.equal(only('Early results of surveys conducted by Harbour Research for the Gazette and two radio stations show the fares are unpopular.').source, 'Early results of surveys conducted by Harbour Research for the Gazette and two radio stations');
});

test('#992 "Few on each side of the pier think X": a subject opening with a phrase and a chain of prepositional phrases keeps the chain', () => {
  assert.equal(only('Few on each side of the pier think the plan will pass.').source, 'Few on each side of the pier');
  assert.equal(only('Both camps in the row over fares agreed the pier is old.').source, 'Both camps in the row over fares');
  assert.equal(only('Officials in the harbour office and at the pier have said the plan is dead.').source, 'Officials in the harbour office and at the pier');
  assert.equal(only('A week after Ada Moss left, the board said the plan is dead.').source, 'the board');
});

test('#1001 "The vote signals the end, said Ada Moss.": a closing inverted `said` takes the clause before it, cue and all', () => {
  const found = run('The vote signals the end for the board, said Ada Moss, a pilot.').map(shape);
  const said = found.find((a) => a.cue === 'said');
  assert.ok(said, JSON.stringify(found));
  assert.equal(said!.source, 'Ada Moss, a pilot');
  assert.deepEqual(said!.content, ['The vote signals the end for the board']);
});

test('#1002 "Some say the pier is old": `say` after a quantity standing alone is the verb, not a noun', () => {
  const some = only('Some say the pier is old.');
  assert.deepEqual([some.cue, some.source, some.content], ['say', 'Some', ['the pier is old']]);
  assert.equal(only('Nearly a third say they like the new ferry.').source, 'Nearly a third');
  assert.ok(!run('The dockers want some say in the matter.').map(shape).some((a) => a.cue === 'say'));
});

test('#1003 "Sen. Ada Moss (D-Kent), said X": a name with its party tag opening the sentence keeps its source past a stray comma', () => {
  const found = run('The pilots were vague. Sen. Ada Moss (D-Kent), said she had not read the plan.').map(shape);
  const said = found.find((a) => a.cue === 'said');
  assert.ok(said, JSON.stringify(found));
  assert.equal(said!.source, 'Sen. Ada Moss (D-Kent),');
  assert.deepEqual(said!.content, ['she had not read the plan']);
  assert.ok(!run('The pier (old and wet), said to be unsafe, closed.').map(shape).some((a) => a.cue === 'said'));
});

test('#1041 "Ada Moss\'s sharp attacks on the board": attack(s) on after a name\'s \'s is a cue, the name with its \'s the source', () => {
  assert.deepEqual(only('Ada Moss\'s sharp attacks on the harbour board have won the dockers over.'), {
    kind: 'indirect', cue: 'sharp attacks on', source: 'Ada Moss\'s', content: ['the harbour board'],
  });
  // (as a verb's object the noun sits inside that verb's report: no frame of its own)
  assert.ok(!run('The dockers mocked Ortega\'s attack on the pier plan.').map(shape).some((x) => x.cue === 'attack on'));
});

test('#1043 "Ada Moss\'s answer was that X": answer/response/point before is/was that after a possessor is a cue, the possessor the source', () => {
  assert.deepEqual(only('The pilot listened. Ada Moss\'s answer was that the pier is safe.'), {
    kind: 'indirect', cue: 'answer was', source: 'Ada Moss\'s', content: ['that the pier is safe'],
  });
  const all = run('Their response was that the fares would stay low.').map(shape);
  assert.ok(all.some((x) => x.cue === 'response was' && x.source === 'Their'), JSON.stringify(all));
});

test('#1044 "Ada Moss\'s full embrace of the plan": embrace/rejection of after a name\'s \'s is a cue, the name with its \'s the source', () => {
  assert.deepEqual(only('Ada Moss\'s full embrace of the ferry plan came in May.'), {
    kind: 'indirect', cue: 'full embrace of', source: 'Ada Moss\'s', content: ['the ferry plan'],
  });
});

test('#1060 "said Ada Moss, who supports the ferry plan": a side-taking verb after `who` inside another source is no cue', () => {
  const found = run('"The pier is too old," said Ada Moss, who supports the ferry plan.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'supports'), JSON.stringify(found));
  const found2 = run('Tom Reyes, who backed the pier last year, said the fares were too high.').map(shape);
  assert.ok(!found2.some((a) => a.cue === 'backed'), JSON.stringify(found2));
});

test('#1062 "the memo seen by the pilots said X": a reduced-relative participle inside another source is no cue', () => {
  const found = run('The harbour memo seen by the pilots said the pier was unsafe.').map(shape);
  assert.ok(!found.some((a) => a.cue === 'seen'), JSON.stringify(found));
  assert.ok(found.some((a) => a.cue === 'said'), JSON.stringify(found));
});

test('#1080 "The row began at the pier, when dockers blocked the gate, shouting X": a participle after a trailing `when` clause takes its subject', () => {
  assertFrame('The row began at the pier on Monday, when the dockers blocked the gate, shouting that the fares were a theft.', 'shouting', 'the dockers');
  assertFrame('The quarrel started a week after the harbour chief closed the pier to ferries, calling the boats a danger.', 'calling', 'the harbour chief');
});

test('#1081 "The board closed the pier, but Ada Moss kept the ferry running, saying X": a participle after a trailing `and`/`but`/`while` clause takes its subject', () => {
  assertFrame('The board closed the pier on Monday, but Ada Moss kept the old ferry running, saying that the fares were fair.', 'saying', 'Ada Moss');
});

test('#1082 "The rise will cost the board dearly, forcing it to sell the pier, said Ada Moss": the object before a participle aside is no subject; the inverted source is', () => {
  assertFrame('That would make a long summer for the board, forcing it to fend off both pilots and dockers, said Ada Moss, a harbour pilot.', 'said', 'Ada Moss, a harbour pilot');
  const aside = run('The firm has lobbied for the board on issues tied to the pier, at both the city and state levels in Kent, said harbour pilot Ada Moss.').map(shape);
  assert.ok(aside.some((a) => a.cue === 'said' && a.source === 'harbour pilot Ada Moss'), JSON.stringify(aside));
});

test('#1020 "Ada Moss signed a bill", "who signed the pact into law": signed with its object after its subject is a cue; its object ends before a closing `N months ago` or `April 5`', () => {
  assertOnly('Ada Moss signed a bill that raises the fares at the pier.', 'signed', 'Ada Moss', ['a bill that raises the fares at the pier']);
  assert.deepEqual(only('Tom Reyes signed the harbour bill three months ago.').content, ['the harbour bill']);
  assert.deepEqual(only('The mayor, who quietly signed the ferry pact into law April 5, left early.').content, ['the ferry pact into law']);
  for (const text of ['The clubs that signed the petition are small.', 'Ada Moss signed on with the dockers last year.', 'He had signed the lease for the pier.']) {
    assert.ok(!run(text).map(shape).some((x) => x.cue === 'signed'), text);
  }
});

test('#1021 "The board is planning to raise fares", "Ada Moss had planned to visit": planning after be, planned after its subject, before `to` and a verb, is a cue', () => {
  assertOnly('The harbour board is planning to raise the fares.', 'is planning', 'The harbour board', ['to raise the fares']);
  const b = only('Ada Moss had planned to visit the pier.');
  assert.equal(b.cue, 'had planned');
  assert.equal(b.source, 'Ada Moss');
  assert.ok(!run('It took longer than she had planned to fix the pier.').map(shape).some((x) => x.cue?.includes('planned')));
});

test('#1022 "The dockers are looking for a new chief": looking after be, before for + a noun phrase, is a cue with its subject as source', () => {
  const a = only('The dockers are looking for a new chief at the harbour.');
  assert.equal(a.cue, 'are looking for');
  assert.equal(a.source, 'The dockers');
  assert.ok(!run('The pier is looking good this year.').map(shape).some((x) => x.cue?.includes('looking')));
});

test('#1023 "The district has voted for Ada Moss": voted after have, before for/against or a party word, is a cue with its subject as source', () => {
  const a = only('The harbour district has voted for Ada Moss in every race since 2002.');
  assert.equal(a.cue, 'has voted for');
  assert.equal(a.source, 'The harbour district');
  assert.equal(only('Kent has voted Liberal for decades.').source, 'Kent');
  assert.ok(!run('Almost 400 dockers have already voted.').map(shape).some((x) => x.cue?.includes('voted')));
});

test('#1100 "The board hit back by accusing Ada Moss of X": a cue verb after `by` reports for the subject of the verb before it', () => {
  assertFrame('The harbour board hit back by accusing Ada Moss of hiding the fares.', 'accusing', 'The harbour board');
  const inner = run('Tom Reyes said that the board erred by praising the pier.').map(shape);
  assert.ok(!inner.some((a) => a.cue === 'praising'), JSON.stringify(inner));
});

test('#1103 "Ada Moss began urging the board to X": a verb of beginning or going on joins a cue\'s -ing form, its subject the source', () => {
  assertFrame('Ada Moss began urging the board to shut the pier.', 'began urging', 'Ada Moss');
  assertFrame('Then Tom Reyes keeps talking about the old ferry.', 'keeps talking about', 'Tom Reyes');
});

test('#1140 "Ada Moss won the race by denouncing the fares": a frequent cue verb after by/while shares the subject', () => {
  assertFrame('Ada Moss won the harbour race by denouncing the new fares.', 'denouncing', 'Ada Moss');
  assertFrame('Tom Reyes left the pier while praising the ferry pilots.', 'praising', 'Tom Reyes');
});

test('#1141 "Ada Moss came to the pier, delivering a sharp rebuke of the board": a delivered speech noun makes a report', () => {
  assertFrame('Ada Moss came to the pier on Monday, delivering a sharp rebuke of the harbour board.', 'delivering', 'Ada Moss');
  const found2 = run('The storm hit the pier, delivering a blow to the ferry line.').map(shape);
  assert.ok(!found2.some((a) => a.cue === 'delivering'), JSON.stringify(found2));
});

test('#1220 "The dockers entered the meeting believing X": a participle after an event or place entered, left, started or taken reports for the verb\'s subject', () => {
  assertFrame('The dockers entered the meeting believing they had the votes.', 'believing', 'The dockers');
  const kept = run('The fares have left most riders thinking the ferry is lost.').map(shape);
  assert.ok(!kept.some((a) => a.source === 'The fares'), JSON.stringify(kept));
});

test('#1221 "said Ada Moss, the chief at Harbourwatch, a group that favors raising the fares": an -ing word after the verb of a relative clause stays in the inverted source', () => {
  const a = only('"We will win," said Ada Moss, the chief at Harbourwatch, a group that favors raising the fares.');
  assert.equal(a.source, 'Ada Moss, the chief at Harbourwatch, a group that favors raising the fares');
  const b = only('"We will win," said Tom Reyes, who runs a fund that is backing the dockers.');
  assert.equal(b.source, 'Tom Reyes, who runs a fund that is backing the dockers');
});

test('#1223 "Ada Moss, asked about the fares, said X", "said Tom Reyes, angered that ...": an -ed participle aside after a name stays out of the source', () => {
  const asked = run('Ada Moss, asked about the fares on Monday, said the pier was safe.').map(shape);
  assert.ok(asked.some((a) => a.cue === 'said' && a.source === 'Ada Moss'), JSON.stringify(asked));
  assert.equal(only('"We will win," said Tom Reyes, angered that the board closed the pier.').source, 'Tom Reyes');
  const list = run('The pilots -- Ada Moss, retired pilot Tom Reyes and Ian Bell -- said the pier was safe.').map(shape);
  assert.ok(list.some((a) => a.source === 'The pilots -- Ada Moss, retired pilot Tom Reyes and Ian Bell --'), JSON.stringify(list));
});

test('#1224 "said Ian Bell, the chief pilot, and a dock boss who ran the port.": a last apposition joined by `and` up to the sentence end stays in the inverted source', () => {
  assert.equal(only('"We will win," said Ian Bell, the chief pilot at Harbourwatch, and a dock boss who ran the port in the old days.').source, 'Ian Bell, the chief pilot at Harbourwatch, and a dock boss who ran the port in the old days');
  assert.equal(only('"We will win," said Tom Reyes, the mayor, a judge, and head of the board.').source, 'Tom Reyes, the mayor, a judge, and head of the board');
  const clause = run('"We will win," said Jo Li, the mayor, and she smiled.').map(shape);
  assert.ok(!clause.some((a) => a.source?.includes('smiled')), JSON.stringify(clause));
});

test('#1240 "Ada Moss praised the pier but wants a new ferry": a verb at the lexicon floor right after `but` carries on the clause before, no cue', () => {
  const a = run('Ada Moss praised the old pier but still wants a faster ferry.').map(shape);
  assert.ok(!a.some((x) => x.cue?.includes('wants')), JSON.stringify(a));
  const b = run('The harbour board met twice but has not decided on the fares.').map(shape);
  assert.ok(!b.some((x) => x.cue?.includes('decided')), JSON.stringify(b));
  const kept = run('The harbour board met twice, but Ada Moss wants a vote.').map(shape);
  assert.ok(kept.some((x) => x.cue === 'wants' && x.source === 'Ada Moss'), JSON.stringify(kept));
});

test('#1241 "It encouraged riders to walk": encourage, push or help with a lone `it` as subject is no cue', () => {
  const a = run('The new fare was steep. It encouraged many riders to walk to the pier.').map(shape);
  assert.ok(!a.some((x) => x.cue?.includes('encouraged')), JSON.stringify(a));
  const b = run('The storm closed the pier for a week, and it will push the harbour board into a tight spot.').map(shape);
  assert.ok(!b.some((x) => x.cue?.includes('push')), JSON.stringify(b));
  const kept = run('Ada Moss encouraged the dockers to vote.').map(shape);
  assert.ok(kept.some((x) => x.cue === 'encouraged' && x.source === 'Ada Moss'), JSON.stringify(kept));
});

test('#1160 "Ada Moss praised the pier — a landmark, she said, that draws crowds": a reporting clause inside the words it reports starts them after the dash', () => {
  const found = run('Ada Moss praised the old pier — a landmark, Tom Reyes said, that draws crowds every summer.').map(shape);
  assert.ok(found.some((a) => a.cue === 'said' && a.source === 'Tom Reyes' && a.content[0] === 'a landmark'), JSON.stringify(found));
  assert.ok(found.some((a) => a.cue === 'praised' && a.source === 'Ada Moss'), JSON.stringify(found));
  const pair = run('Most dockers — 60 percent, the survey found — want a new pier.').map(shape);
  assert.ok(!pair.some((a) => a.content[0] === '60 percent'), JSON.stringify(pair));
});

test('#1161 "The dockers cheered (Ada Moss praised the crew, “they did well,” she said.)": a parenthesis still open before a postposed cue opens its content', () => {
  const found = run('The dockers cheered at the pier (Ada Moss praised the crew and the harbour board, “they did well tonight,” Tom Reyes said.)').map(shape);
  const said = found.find((a) => a.cue === 'said');
  assert.ok(said && said.source === 'Tom Reyes' && !said.content[0]!.includes('cheered') && !said.content[0]!.startsWith('('), JSON.stringify(found));
});

test('#1180 "Ada Moss released a statement": an active verb putting out a document or view after a name or pronoun is a cue, its subject the source', () => {
  const a = only('Ada Moss released a statement on the ferry fares.');
  assert.equal(a.cue, 'released');
  assert.equal(a.source, 'Ada Moss');
  const filed = run('Last month the harbour board filed a complaint against the pier owners.').map(shape);
  assert.ok(!filed.some((x) => x.cue === 'filed'), JSON.stringify(filed)); // a common noun before the verb: no frame
  const pier = run('Tom Reyes filed a complaint against the pier owners.').map(shape);
  assert.ok(pier.some((x) => x.cue === 'filed' && x.source === 'Tom Reyes'), JSON.stringify(pier));
  assert.ok(!run('A survey the Gazette released last week found little support for the pier.').map(shape).some((x) => x.cue === 'released'));
});

test('#1181 "Ada Moss made the point that X", "made a strong argument against X": make + case/point/argument before that, or an argument/statement + its preposition, is one cue', () => {
  assertOnly('Tom Reyes has made the point that the pier is old.', 'has made the point', 'Tom Reyes', ['that the pier is old']);
  const b = only('Ada Moss made a strong argument against the ferry plan.');
  assert.equal(b.cue, 'made a strong argument against');
  assert.equal(b.source, 'Ada Moss');
});

test('#1182 "Ada Moss made the case to the dockers that X": make + case + to + an addressee before that is one cue, the clause its content', () => {
  const a = only('Ada Moss will make the case to the dockers at the pier that the ferry is safe.');
  assert.equal(a.cue, 'will make the case');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['that the ferry is safe']);
});

test('#1200 "Ada Moss was reluctant to endorse Tom Reyes": reluctant, hesitant, careful ... + to + a verb after a linking verb is a cue like eager', () => {
  const a = only('Ada Moss was reluctant to endorse Tom Reyes.');
  assert.equal(a.cue, 'was reluctant to endorse'); // #1380
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['Tom Reyes']);
  const b = only('Many pilots were hesitant to sign the new charter when the fares rose.');
  assert.equal(b.source, 'Many pilots');
  assert.deepEqual(b.content, ['the new charter']);
  const c = only('Tom Reyes is unafraid to sail for rich, loyal clients.');
  assert.deepEqual(c.content, ['to sail for rich, loyal clients']);
});

test('#1201 "Some 40 percent would vote for Ada Moss": a poll share\'s would vote for/against is a cue with the share as source', () => {
  const a = only('Some 40 percent would vote for Ada Moss.');
  assert.equal(a.cue, 'would vote for');
  assert.equal(a.source, 'Some 40 percent');
  assert.equal(only('Only 9 percent would rather vote against the harbour board.').source, 'Only 9 percent');
  assert.ok(!run('Ada Moss will vote for the fares on Monday.').map(shape).some((x) => x.cue?.includes('vote')));
});

test('#1202 "Ada Moss used her speech to call for X": use + an object + to + a cue verb is one cue, the subject of use the source', () => {
  assertOnly('Ada Moss used her speech to call for a new pier.', 'used her speech to call for', 'Ada Moss', ['a new pier']);
  assert.equal(run('Ada Moss used to support the harbour board.').length, 0);
});

test('#1203 "Ada Moss has taken to urging X": take to + the -ing form of a cue verb is one cue, its subject the source', () => {
  const a = only('Some pilots have taken to saying the pier is doomed.');
  assert.equal(a.cue, 'have taken to saying');
  assert.equal(a.source, 'Some pilots');
  assert.deepEqual(a.content, ['the pier is doomed']);
});

test('#1204 "The pilots are unhappy with the new fares": unhappy with, partial to, sympathetic to, appreciative of after a linking verb are stance cues', () => {
  assertOnly('The pilots are unhappy with the new fares.', 'are unhappy with', 'The pilots', ['the new fares']);
  assert.equal(only('Ada Moss has been sympathetic to the dockers.').source, 'Ada Moss');
});

test('#1205 "I am glad the pier is open": an attitude adjective after a linking verb before a clause with no `that` is a cue', () => {
  assertOnly('I am glad the pier is open.', 'am glad', 'I', ['the pier is open']);
  const b = only('Some pilots are hopeful Ada Moss will stay.');
  assert.equal(b.source, 'Some pilots');
  assert.deepEqual(b.content, ['Ada Moss will stay']);
  assert.equal(run('Now it is fairly certain the ferry will sail.').length, 0);
});

test('#1206 "Harbour Board to endorse Ada Moss": a headline name + to + a cue verb is a cue, the name the source', () => {
  assertOnly('Harbour Board to endorse Ada Moss.', 'to endorse', 'Harbour Board', ['Ada Moss']);
  assert.equal(run('Promise to add ferries is met with relief at the pier.').length, 0);
});

test('#1320 "Pilots agree - Ada Moss: “...”": a frame cued in the kicker before a dash label does not hide the label', () => {
  const text = 'Pilots agree - Ada Moss: “The pier will hold until spring, and the ferry will sail again.”';
  const found = run(text).map(shape);
  assert.ok(found.some((a) => a.cue === ':' && a.source === 'Ada Moss'), JSON.stringify(found));
  assert.ok(!found.some((a) => a.cue === 'agree'), JSON.stringify(found));
});

test('#1321 "ADA MOSS: Why wait?": a transcript speaker in capitals keeps a short line (a name in title case before a short phrase stays a heading)', () => {
  const text = 'The pier hearing ran late.\n\nADA MOSS: Why wait?\n\nTOM REYES: Because the tide turns at noon and the ferry cannot sail.';
  assertFrame(text, ':', 'ADA MOSS');
  const heading = 'The pier hearing ran late.\n\nAda Moss: Hold the line.\n\nThe board met again.';
  assert.ok(!run(heading).map(shape).some((a) => a.source === 'Ada Moss'));
});

test('#1323 `Ada Moss: “...” Tom Reyes: “...”`: a name, a colon and a quotation later in the paragraph is a label of its own', () => {
  const text = 'The two pilots disagree on the pier.\n\nAda Moss: "We should sail at dawn and be back by noon." Tom Reyes: "The tide will not allow it before Friday."';
  const found = run(text).map(shape);
  const reyes = found.find((a) => a.cue === ':' && a.source === 'Tom Reyes');
  assert.ok(reyes, JSON.stringify(found));
  const moss = found.find((a) => a.cue === ':' && a.source === 'Ada Moss');
  assert.ok(moss && !moss.content.join(' ').includes('Reyes'), JSON.stringify(found));
});

test('#1340 "The pilots and the dockers each said X": a floating each/alike/everywhere/respectively after the subject stays in the source, not the cue', () => {
  assertFrame('The pilots and the dockers each said the fares were too high.', 'said', 'The pilots and the dockers each');
  assertFrame('Pilots and dockers alike are calling for a new pier.', 'are calling for', 'Pilots and dockers alike');
  assertFrame('Two surveys from the trust and the board respectively show a drop in fares.', 'show', 'Two surveys from the trust and the board respectively');
});

test('#1360 "it is unclear whether Ada Moss knew of the leak": a verb whose short subject opens with whether or how is no cue', () => {
  const cues = (text: string) => run(text).map((a) => a.cue?.text ?? '');
  assert.ok(!cues('It is unclear whether Ada Moss knew about the leak at the pier.').some((c) => /knew/.test(c)));
  assert.ok(!cues('Riders asked how the harbour board responds to the winter storms.').some((c) => /responds/.test(c)));
  assert.ok(!cues('The question is how deeply the dockers believe the pier will close.').some((c) => /believe/.test(c)));
  assertFrame('Ada Moss knew about the leak at the pier.', 'knew about', 'Ada Moss');
});

test('#1361 "Appearing calm, Ada Moss left the pier": appearing with no `to` after it is no cue', () => {
  const cues = (text: string) => run(text).map((a) => a.cue?.text ?? '');
  assert.ok(!cues('Appearing calm and rested, Ada Moss walked along the pier.').some((c) => /appearing/i.test(c)));
  assert.ok(!cues('The harbour board spent years practising at appearing modest.').some((c) => /appearing/i.test(c)));
});

test('#1362 "the fares are fair, considering the cost of the pier": considering after a comma is no cue', () => {
  const cues = (text: string) => run(text).map((a) => a.cue?.text ?? '');
  assert.ok(!cues('The new fares look modest, considering what the harbour board spent on the pier.').some((c) => /considering/i.test(c)));
  assert.ok(!cues('The ferry was slow, even considering the storm over the bay.').some((c) => /considering/i.test(c)));
});

test('#1380 "The harbour board was reluctant to endorse Ada Moss": after reluctant, hesitant or careful, `to` and its verb join the cue; not after eager', () => {
  assertOnly('The harbour board was reluctant to endorse Ada Moss.', 'was reluctant to endorse', 'The harbour board', ['Ada Moss']);
  assertFrame('Many pilots were hesitant to sign the new charter.', 'were hesitant to sign', 'Many pilots');
  assertFrame('Some dockers are eager to hear the new plan.', 'are eager', 'Some dockers');
});

test('#1381 "The dockers have all but accused Ada Moss of lying": `all but` joins the verb group', () => {
  const a = only('The dockers have all but accused Ada Moss of lying.');
  assert.equal(a.cue, 'have all but accused');
  assert.equal(a.source, 'The dockers');
  assertFrame('Ada Moss has all but stopped confirming the new fares.', 'has all but stopped confirming', 'Ada Moss');
});

test('#1382 "Ada Moss was careful not to name the new pier": `not to` and the verb after careful join the cue', () => {
  const a = only('Ada Moss was careful not to name the new pier.');
  assert.equal(a.cue, 'was careful not to name');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['the new pier']);
});

test('#1400 "Many pilots feel the pier is too old": feel before a clause with no `that` is a cue', () => {
  assertOnly('Many pilots feel the pier is too old.', 'feel', 'Many pilots', ['the pier is too old']);
  assertFrame('Ada Moss feels she has nothing to hide.', 'feels', 'Ada Moss');
  assert.equal(run('The board felt the need to act.').length, 0);
});

test('#1402 "The dockers plan to strike": the base `plan` + to + a verb after a plural subject or `does not` is a cue', () => {
  assertOnly('The dockers plan to strike on Monday.', 'plan', 'The dockers', ['to strike on Monday']);
  assertFrame('Ada Moss does not plan to run.', 'does not plan', 'Ada Moss');
  assert.equal(run('The routes they plan to run are long.').length, 0);
});

test('#1403 "..., but plans to vote for the pier": `but` before `plans to` carries on the subject before', () => {
  const a = run('Ada Moss backed the ferry last year, but plans to vote for the pier.').map(shape).find((x) => x.cue === 'plans');
  assert.ok(a, 'plans is a cue');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['to vote for the pier']);
});

test('#1404 "The harbour memo includes a plea for calm": a document noun + includes/included is a cue', () => {
  assertOnly('The harbour memo includes a plea for calm.', 'includes', 'The harbour memo', ['a plea for calm']);
  assert.equal(run('The fare includes a free coffee.').length, 0);
});

test('#1406 "Ada Moss focused on the fares": focus + on after a name or subject pronoun is a cue', () => {
  assertOnly('Ada Moss focused on the fares.', 'focused on', 'Ada Moss', ['the fares']);
  assertFrame('She will focus on the pier.', 'will focus on', 'She');
  assert.equal(run('The harbour board focused on the pier.').length, 0);
});

test('#1420 "When the pier case was argued, ...": an agentless passive of a strong cue verb with nothing after reports its subject, no source', () => {
  const a = run('When the pier case was argued, the judge was away.').map(shape).find((x) => x.cue === 'was argued');
  assert.ok(a, 'was argued is a cue');
  assert.equal(a.source, null);
  assert.deepEqual(a.content, ['the pier case']);
  const b = run('The ferry fee was not disclosed.').map(shape).find((x) => x.cue === 'was not disclosed');
  assert.ok(b, 'was not disclosed is a cue');
  assert.deepEqual(b.content, ['The ferry fee']);
  assert.equal(run('The harbour race was called.').length, 0);
  assert.equal(run('Ada Moss, speaking before the fees were announced, said the pier was safe.').filter((x) => shape(x).cue === 'were announced').length, 0);
});

test('#1500 "Ada Moss said the pier was safe — but she would not sail": a dash + `but` + a subject pronoun and its verb ends the content', () => {
  const a = only('Ada Moss said the pier was safe — but she would not sail on the ferry.');
  assert.equal(a.cue, 'said');
  assert.deepEqual(a.content, ['the pier was safe']);
  // a pair of dashes sets off an aside inside the content: it runs on
  const pair = run('Tom Reyes said the crews had started — but they never finished — the repairs on the pier.').map(shape).find((x) => x.cue === 'said');
  assert.ok(pair && pair.content[0]!.endsWith('the repairs on the pier'), JSON.stringify(pair));
});

test('#1501 "When Ada Moss called the pier “a relic,” Tom Reyes seized on the remark": a quotation in a fronted clause is no content of a later non-speech verb', () => {
  const found = run('When Ada Moss called the pier “a relic,” Tom Reyes seized on the remark.').map(shape);
  assert.ok(found.some((a) => a.cue === 'called' && a.source === 'Ada Moss'), JSON.stringify(found));
  const seized = found.find((a) => a.source === 'Tom Reyes');
  assert.ok(!seized || !seized.content.some((c) => c.includes('relic')), JSON.stringify(found));
  // a speech verb after the quotation still takes it
  const said = run('When the ferry sank, “we lost everything,” Tom Reyes said.').map(shape).find((a) => a.cue === 'said');
  assert.ok(said && said.content.some((c) => c.includes('we lost everything')), JSON.stringify(said));
});

test('#1440 "Tom Reyes, whose firm, Pierco, sells rope, said X": a subject chain the apposition walk cannot read is the source of a bare said', () => {
  const a = run('Tom Reyes, whose firm, Pierco, sells rope, said the pier was old.').map(shape).find((x) => x.cue === 'said');
  assert.ok(a, 'said is a cue');
  assert.equal(a.source, 'Tom Reyes, whose firm, Pierco, sells rope,');
  assert.deepEqual(a.content, ['the pier was old']);
  const b = run('The fares are too high, but the pier is old, said Ada Moss.').map(shape).find((x) => x.cue === 'said');
  assert.equal(b?.source, 'Ada Moss');
});

test('#1441 a paragraph opening with a right double mark (after invisible format characters, or before an ellipsis) opens a quotation', () => {
  const a = run('The pier opened.\n\u202a\u201dThe pier is old. It must go,\u201d said Ada Moss.').map(shape).find((x) => x.cue === 'said');
  assert.ok(a, 'said is a cue');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['\u201dThe pier is old. It must go,\u201d']);
  const b = run('The pier opened.\n\u201d \u2026 the pier is old,\u201d she said in May.').map(shape).find((x) => x.cue === 'said');
  assert.ok(b, 'said is a cue');
  assert.equal(b.source, 'she');
  assert.deepEqual(b.content, ['\u201d \u2026 the pier is old,\u201d']);
});

test('#1443 #1440 also for other bare speech verbs: "Tom Reyes, whose firm, Pierco, sells rope, argued X"', () => {
  const a = run('Tom Reyes, whose firm, Pierco, sells rope, argued the pier was too old.').map(shape).find((x) => x.cue === 'argued');
  assert.ok(a, 'argued is a cue');
  assert.equal(a.source, 'Tom Reyes, whose firm, Pierco, sells rope,');
  assert.deepEqual(a.content, ['the pier was too old']);
});

test('#1460 "Moss told the board X, then warned that Y": a comma and `then` before a second cue verb keep the subject and end the first content', () => {
  const as = run('Tom Reyes praised the pilots, then warned that the pier needed repairs.').map(shape);
  const first = as.find((x) => x.cue === 'praised');
  assert.ok(first, 'praised is a cue');
  assert.deepEqual(first.content, ['the pilots']);
  const second = as.find((x) => x.cue === 'warned');
  assert.ok(second, 'warned is a cue');
  assert.equal(second.source, 'Tom Reyes');
  assert.deepEqual(second.content, ['that the pier needed repairs']);
});

test('#1461 "Moss backed the plan, proposed that Y": a past verb with `that` after a comma continues a list of the subject\'s verbs', () => {
  const as = run('Ada Moss backed the plan to build a pier, proposed that more ferries run, and pushed for lower fares.').map(shape);
  const first = as.find((x) => x.cue === 'backed');
  assert.ok(first, 'backed is a cue');
  assert.deepEqual(first.content, ['the plan to build a pier']);
  const second = as.find((x) => x.cue === 'proposed');
  assert.ok(second, 'proposed is a cue');
  assert.equal(second.source, 'Ada Moss');
  assert.deepEqual(second.content, ['that more ferries run']);
  // a relative clause before the comma holds no verb of the subject
  const r = run('Tom Reyes, who ran the harbour board, argued that the pier was safe.').map(shape).find((x) => x.cue === 'argued');
  assert.equal(r?.source, 'Tom Reyes, who ran the harbour board,');
});

test('#1462 "Moss toured the pier, praised the crew": a listed past verb without `that` is a cue when its lexicon rate is high', () => {
  const a = run('Ada Moss toured the pier, praised the crew and left early.').map(shape).find((x) => x.cue === 'praised');
  assert.ok(a, 'praised is a cue');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['the crew']);
});

test('#1470 "Its lead author, Ada Moss, said": a word the tagger read as a verb after an owner describes the noun, and the subject reaches the cue', () => {
  const a = run('Its lead author, Ada Moss, said the pier should close in winter.').map(shape).find((x) => x.cue === 'said');
  assert.ok(a, 'said is a cue');
  assert.equal(a.source, 'Its lead author, Ada Moss,');
  assert.deepEqual(a.content, ['the pier should close in winter']);
});

test('#1471 "..., though both warned that X": a determiner alone at the head of its clause is the subject of a cue', () => {
  const as = run('Two dockers said the strike could end soon, though both warned that the pier stayed shut.').map(shape);
  const w = as.find((x) => x.cue === 'warned');
  assert.ok(w, 'warned is a cue');
  assert.equal(w.source, 'both');
  assert.deepEqual(w.content, ['that the pier stayed shut']);
  const e = run('Each argued that the fares were too high.').map(shape).find((x) => x.cue === 'argued');
  assert.equal(e?.source, 'Each');
  // floating after its noun it is no subject of its own
  const f = run('Ada Moss and Tom Reyes both warned that the pier stayed shut.').map(shape)[0];
  assert.equal(f?.source, 'Ada Moss and Tom Reyes');
});

test('#1472 "Ada Moss told reporters on Monday:" closing a paragraph: the quotation opening the next one is the content', () => {
  const text = 'Ada Moss told reporters on Monday:\n\n"The berth will be unusable by spring."\n\nTom Reyes said he understood.';
  const a = run(text).map(shape).find((x) => x.cue === 'told');
  assert.ok(a, 'told is a cue');
  assert.equal(a.source, 'Ada Moss');
  assert.deepEqual(a.content, ['"The berth will be unusable by spring."']);
  // a verb before the colon makes the words a clause of their own, not whom or when
  assert.equal(run('Ada Moss said the plan had failed:\n\n"We tried."').map(shape).find((x) => x.cue === 'said')?.content[0], 'the plan had failed');
});

test('#1473 "X, said the dockers, who asked not to be named": the relative clause after an inverted source is no part of what they said', () => {
  const a = run('The pier will close in May, said the dockers, who asked not to be named because the talks are private.').map(shape).find((x) => x.cue === 'said');
  assert.ok(a, 'said is a cue');
  assert.equal(a.source, 'the dockers');
  assert.deepEqual(a.content, ['The pier will close in May']);
});
