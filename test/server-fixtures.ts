// Hand-made articles with known attributions, stored in a real SQLite ledger for the server's
// API and browser tests. The analyses are built here (not extracted) so every expected count,
// actor and quote is known exactly, whatever the extraction stages find today.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId } from '../src/document/document.js';
import type { AttributionKind, SpeakerType, Span, VoiceSentence } from '../src/document/types.js';
import type { Analysis, AnalysisSpeaker } from '../src/output/analysis.js';
import { textHash } from '../src/ledger/normalise.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

export interface FixtureSpeaker {
  name: string;
  type: SpeakerType;
  role?: string | null;
}

export interface FixtureAttribution {
  speaker: FixtureSpeaker;
  kind: AttributionKind;
  content: string;
  cue?: string;
  source?: string;
  statedOn?: string | null;
  confidence?: number;
}

export interface FixtureArticle {
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  attributions: FixtureAttribution[];
  voice?: { sentence: string; flags: { type: VoiceSentence['flags'][number]['type']; word: string }[] }[];
}

function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** The occurrence of `needle` closest to `near` (a cue or source beside its content). */
function spanNear(text: string, needle: string, near: Span): Span {
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const distance = end <= near.start ? near.start - end : at >= near.end ? at - near.end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { start: at, end, text: needle };
    }
  }
  if (!best) throw new Error(`fixture: "${needle}" is not in the text`);
  return best;
}

/** An Analysis (the extract contract) with the given attributions located in the text. */
export function buildAnalysis(article: FixtureArticle): Analysis {
  const speakers = new Map<string, AnalysisSpeaker>();
  const speakerOf = (s: FixtureSpeaker): AnalysisSpeaker => {
    let found = speakers.get(s.name);
    if (!found) {
      found = { id: `s${speakers.size + 1}`, name: s.name, type: s.type, role: s.role ?? null, organization: null, mentions: [] };
      speakers.set(s.name, found);
    }
    return found;
  };
  const attributions = article.attributions.map((a, i) => {
    const content = spanOf(article.text, a.content);
    const speaker = speakerOf(a.speaker);
    const source = a.source ? spanNear(article.text, a.source, content) : null;
    if (source) speaker.mentions.push(source);
    return {
      id: `a${i + 1}`,
      kind: a.kind,
      cue: a.cue ? spanNear(article.text, a.cue, content) : null,
      source,
      content,
      speaker: { id: speaker.id, name: speaker.name, type: speaker.type, role: speaker.role },
      statedOn: a.statedOn ?? null,
      confidence: a.confidence ?? 0.9,
    };
  });
  const voice: VoiceSentence[] = (article.voice ?? []).map((v) => {
    const s = spanOf(article.text, v.sentence);
    return { ...s, flags: v.flags.map((f) => ({ type: f.type, ...spanOf(article.text, f.word, s.start) })) };
  });
  return {
    document: {
      id: documentId(article.text),
      title: article.title ?? null,
      url: article.url ?? null,
      outlet: article.outlet ?? null,
      publishedAt: article.publishedAt ?? null,
      publishedAtSource: article.publishedAt ? 'given' : null,
      text: article.text,
    },
    attributions: attributions.sort((x, y) => x.content.start - y.content.start),
    speakers: [...speakers.values()],
    embeds: [],
    voice,
  };
}

const RUIZ: FixtureSpeaker = { name: 'Ana Ruiz', type: 'person', role: 'mayor' };
const BECKER: FixtureSpeaker = { name: 'Tom Becker', type: 'person', role: 'shop owner' };
const PORT: FixtureSpeaker = { name: 'the Port Authority', type: 'organization' };
const OFFICIALS: FixtureSpeaker = { name: 'transport officials', type: 'anonymous' };

/** Three invented articles: Ana Ruiz speaks in all of them and repeats one quote. */
export const ARTICLES: FixtureArticle[] = [
  {
    title: 'Harbour bridge to reopen in spring',
    outlet: 'Harbour Gazette',
    url: 'https://gazette.example/bridge-reopens',
    publishedAt: '2026-03-02',
    text:
      'The harbour bridge has been closed since the January storm.\n\n' +
      '“The bridge will reopen in May, and tolls will stay frozen,” said Mayor Ana Ruiz on Monday.\n\n' +
      'Transport officials, speaking on condition of anonymity, said the repairs had cost far more than planned.\n\n' +
      'The Port Authority said in a statement that ferries would run every hour until then.\n\n' +
      'The closure is probably the worst blow to local trade in a decade.',
    attributions: [
      { speaker: RUIZ, kind: 'direct', content: 'The bridge will reopen in May, and tolls will stay frozen,', cue: 'said', source: 'Mayor Ana Ruiz', statedOn: '2026-03-02' },
      { speaker: OFFICIALS, kind: 'indirect', content: 'the repairs had cost far more than planned', cue: 'said', source: 'Transport officials', confidence: 0.7 },
      { speaker: PORT, kind: 'indirect', content: 'ferries would run every hour until then', cue: 'said in a statement', source: 'The Port Authority' },
    ],
    voice: [{ sentence: 'The closure is probably the worst blow to local trade in a decade.', flags: [{ type: 'hedge', word: 'probably' }] }],
  },
  {
    title: 'Shopkeepers doubt bridge promise',
    outlet: 'Valley Times',
    url: 'https://valley.example/doubts',
    publishedAt: '2026-03-20',
    text:
      'Mayor Ana Ruiz repeated her promise at a packed meeting: “The bridge will reopen in May, and tolls will stay frozen.”\n\n' +
      '“We have heard this before, and the shops cannot wait,” said Tom Becker, who runs a hardware store near the quay.',
    attributions: [
      { speaker: RUIZ, kind: 'direct', content: 'The bridge will reopen in May, and tolls will stay frozen.', cue: 'repeated', source: 'Mayor Ana Ruiz' },
      { speaker: BECKER, kind: 'direct', content: 'We have heard this before, and the shops cannot wait,', cue: 'said', source: 'Tom Becker' },
    ],
  },
  {
    title: 'Council approves bridge funding',
    outlet: 'Harbour Gazette',
    url: 'https://gazette.example/funding',
    publishedAt: '2026-04-15',
    text: 'Ana Ruiz told reporters that the council had approved new funding for the ferry service.',
    attributions: [
      { speaker: RUIZ, kind: 'indirect', content: 'the council had approved new funding for the ferry service', cue: 'told', source: 'Ana Ruiz' },
    ],
  },
];

export interface FixtureLedger {
  store: Store;
  path: string;
  dir: string;
  analyses: Analysis[];
  cleanup(): Promise<void>;
}

/** A fresh SQLite ledger in a temp folder holding `articles`. */
export async function fixtureLedger(articles: FixtureArticle[] = ARTICLES): Promise<FixtureLedger> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-server-'));
  const path = join(dir, 'ledger.db');
  const store = await openStore(path);
  const analyses: Analysis[] = [];
  for (const article of articles) {
    const analysis = buildAnalysis(article);
    analyses.push(analysis);
    const result = await store.addDocument({
      analysis,
      canonicalUrl: article.url ?? null,
      textHash: textHash(article.text),
      source: { path: 'fixture', format: 'text' },
    });
    if (result.status !== 'stored') throw new Error(`fixture: article not stored (${result.status})`);
  }
  return {
    store,
    path,
    dir,
    analyses,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
