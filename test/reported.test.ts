// Second-hand attributions: what one source reports that another said (src/reported/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { extract } from '../src/pipeline/extract.js';
import { foldContinuations } from '../src/attribution/attribution.js';
import { createDocument } from '../src/document/document.js';
import { dropSelfReports } from '../src/reported/reported.js';
import { annotate } from '../src/pipeline/extract.js';
import { formatText } from '../src/output/text.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { textHash } from '../src/ledger/normalise.js';
import { tempDir } from './ingest-fixtures.js';
import { fromAnalysis } from '../web/src/lib/model.js';

const PAPER_QUOTES =
  'The pier at Lowmoor has been shut since Tuesday.\n' +
  'The Harbour Times wrote: “Ada Moss, the city engineer, said on Friday that the pier was unsafe for cargo.”';

test('a newspaper quoting an engineer: the engineer’s words are hers, reported by the paper', () => {
  const a = extract(PAPER_QUOTES, { publishedAt: '2026-03-16' });
  const paper = a.attributions.find((x) => x.cue?.text === 'wrote:');
  assert.ok(paper, 'the paper’s own attribution is kept');
  assert.equal(paper.speaker.name, 'Harbour Times');
  assert.equal(paper.reportedBy, undefined);
  const inner = a.attributions.find((x) => x.reportedBy !== undefined);
  assert.ok(inner, 'the attribution inside the quotation is found');
  assert.equal(inner.reportedBy, paper.id);
  assert.equal(inner.cue?.text, 'said');
  assert.equal(inner.content.text, 'that the pier was unsafe for cargo');
  assert.equal(inner.speaker.name, 'Ada Moss');
  assert.equal(inner.speaker.role, 'city engineer');
  // offsets are the article's, and "on Friday" is the Friday before the article's Monday
  assert.equal(PAPER_QUOTES.slice(inner.content.start, inner.content.end), inner.content.text);
  assert.equal(PAPER_QUOTES.slice(inner.source!.start, inner.source!.end), inner.source!.text);
  assert.equal(inner.statedOn, '2026-03-13');
  assert.match(formatText(a), /Ada Moss \(city engineer\) \[person\] · indirect · cue "said" · 2026-03-13 · as reported by Harbour Times/);
});

test('reported speech inside reported speech', () => {
  const a = extract('The mayor said that Ada Moss told the council that the pier was unsafe.');
  const inner = a.attributions.filter((x) => x.reportedBy !== undefined);
  assert.deepEqual(
    inner.map((x) => [x.source?.text, x.cue?.text, x.content.text]),
    [['Ada Moss', 'told', 'that the pier was unsafe']],
  );
  const outer = a.attributions.find((x) => x.id === inner[0]!.reportedBy)!;
  assert.equal(outer.source?.text, 'The mayor');
});

test('a bare pronoun inside someone’s words is not reported as a speaker', () => {
  const a = extract('“He said the pier was unsafe, and then he left,” Ada Moss told reporters on the quay.');
  assert.equal(a.attributions.filter((x) => x.reportedBy !== undefined).length, 0);
  assert.equal(a.attributions.length, 1);
});

test('PolNeAR’s view (the eval) leaves second-hand attributions out', () => {
  const doc = annotate(PAPER_QUOTES);
  const all = doc.ann.attributions ?? [];
  assert.ok(all.some((x) => x.reportedBy !== undefined));
  const folded = foldContinuations(PAPER_QUOTES, all);
  assert.equal(folded.length, all.filter((x) => x.reportedBy === undefined).length);
  assert.ok(folded.every((x) => x.reportedBy === undefined));
});

test('the ledger keeps who reported a statement, and finds it under the reported speaker', async () => {
  const store = new SqliteStore(join(tempDir(), 'store.db'));
  try {
    const analysis = extract(PAPER_QUOTES, { publishedAt: '2026-03-16', outlet: 'Lowmoor Daily' });
    await store.addDocument({ analysis, canonicalUrl: null, textHash: textHash(analysis.document.text), source: { path: 'lowmoor.txt', format: 'text' } });
    const found = await store.search({ speaker: 'ada moss' });
    assert.equal(found.total, 1);
    const r = found.results[0]!;
    const paper = analysis.attributions.find((x) => x.cue?.text === 'wrote:')!;
    assert.equal(r.reportedBy, `${analysis.document.id}:${paper.id}`);
    assert.equal(r.reportedByName, 'Harbour Times');
    assert.equal(r.content.text, 'that the pier was unsafe for cargo');
    const byPaper = await store.search({ speaker: 'harbour times' });
    assert.equal(byPaper.results[0]!.reportedBy, undefined);
  } finally {
    await store.close();
  }
});

test('what someone should say, or a relative clause read as a report, is not reported', () => {
  for (const text of [
    'The mayor said that the harbour board should declare the pier closed for the winter.',
    '“What the engineers said was a blunder, and everyone knew it,” Ada Moss told the council.',
  ]) {
    const a = extract(text);
    assert.ok(a.attributions.length >= 1, text);
    assert.deepEqual(a.attributions.filter((x) => x.reportedBy !== undefined).map((x) => x.cue?.text), [], text);
  }
});

test('the web page’s model keeps who reported an attribution', () => {
  const analysis = extract(PAPER_QUOTES, { publishedAt: '2026-03-16' });
  const model = fromAnalysis(analysis);
  const inner = model.attributions.find((x) => x.reportedBy !== undefined)!;
  const outer = model.attributions.find((x) => x.id === inner.reportedBy)!;
  assert.equal(model.speakers.find((s) => s.key === outer.speakerKey)?.name, 'Harbour Times');
  assert.equal(model.speakers.find((s) => s.key === inner.speakerKey)?.name, 'Ada Moss');
});

test('a report whose speaker is the one reporting it is dropped after the speakers are known', () => {
  const text = 'Moss said Moss had warned the council. Moss said Diaz had warned the council.';
  const doc = createDocument(text);
  const at = (s: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
    return { start: i, end: i + s.length, text: s };
  };
  const base = { kind: 'indirect' as const, speakerId: 's1', statedOn: null, confidence: 0.85, origin: 'rule' as const };
  doc.ann.attributions = [
    { ...base, id: 'a1', cue: at('said'), source: at('Moss'), content: at('Moss had warned the council') },
    { ...base, id: 'a2', cue: at('said', 1), source: at('Moss', 2), content: at('Diaz had warned the council') },
    { ...base, id: 'r1', cue: at('warned'), source: at('Moss', 1), content: at('the council'), reportedBy: 'a1' },
    { ...base, id: 'r2', cue: at('warned', 1), source: at('Diaz'), content: at('the council', 1), reportedBy: 'a2', speakerId: 's2' },
  ];
  assert.deepEqual(dropSelfReports(doc).attributions.map((a) => a.id), ['a1', 'a2', 'r2']);
});
