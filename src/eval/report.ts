// Human-readable evaluation output: the score table, and for one article the misses and false
// alarms side by side, which is what one needs to see to improve the rules or the model.
import type { Fragment } from './polnear.js';
import type { DocumentPairing, PRF } from './score.js';
import type { EvalResult } from './run.js';

const pct = (x: PRF) => `${(x.p * 100).toFixed(1).padStart(5)} ${(x.r * 100).toFixed(1).padStart(5)} ${(x.f1 * 100).toFixed(1).padStart(5)}`;

export function formatScores(r: EvalResult): string {
  const lines = [
    `${r.docs} articles, ${r.gold} gold attributions, ${r.predicted} predicted`,
    '',
    'part      exact P     R    F1   overlap P   R    F1',
    `cue       ${pct(r.cue.exact)}     ${pct(r.cue.overlap)}`,
    `source    ${pct(r.source.exact)}     ${pct(r.source.overlap)}`,
    `content   ${pct(r.content.exact)}     ${pct(r.content.overlap)}`,
    `all three ${pct(r.all.exact)}`,
    '',
    'by kind   gold pred  content exact P R F1    content overlap P R F1   all exact P R F1',
  ];
  for (const [kind, k] of Object.entries(r.byKind)) {
    lines.push(`${kind.padEnd(9)} ${String(k.gold).padStart(4)} ${String(k.predicted).padStart(4)}  ${pct(k.content.exact)}     ${pct(k.content.overlap)}    ${pct(k.all.exact)}`);
  }
  if (r.docsPerSecond > 0) lines.push('', `speed: ${r.docsPerSecond} articles/s, ${r.wordsPerSecond} words/s (one core, after warm-up)`);
  return lines.join('\n') + '\n';
}

function show(text: string, f: readonly Fragment[] | null): string {
  if (!f || f.length === 0) return '-';
  return f.map(([a, b]) => `[${a}-${b}] ${JSON.stringify(text.slice(a, b).replace(/\s+/g, ' '))}`).join(' + ');
}

function same(a: readonly Fragment[] | null, b: readonly Fragment[] | null): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((f, i) => f[0] === b[i]![0] && f[1] === b[i]![1]);
}

/** Lists one article's gold attributions with what was predicted for each, then false alarms. */
export function formatErrors(name: string, d: DocumentPairing): string {
  const out: string[] = [`== ${name}: ${d.gold.length} gold, ${d.predicted.length} predicted`];
  const predOf = new Map(d.pairs.map(([i, j]) => [i, j]));
  const matched = new Set(d.pairs.map(([, j]) => j));
  const order = d.gold.map((g, i) => [g, i] as const).sort((a, b) => (a[0].cue[0]?.[0] ?? a[0].content[0]?.[0] ?? 0) - (b[0].cue[0]?.[0] ?? b[0].content[0]?.[0] ?? 0));
  for (const [g, i] of order) {
    const j = predOf.get(i);
    const p = j === undefined ? undefined : d.predicted[j]!;
    if (!p) {
      out.push(`MISS (${g.kind})`, `  cue     ${show(d.text, g.cue)}`, `  source  ${show(d.text, g.source)}`, `  content ${show(d.text, g.content)}`);
      continue;
    }
    const parts = (['cue', 'source', 'content'] as const).map((k) => [k, same(g[k], p[k])] as const);
    const wrong = parts.filter(([, ok]) => !ok).map(([k]) => k);
    out.push(wrong.length ? `PARTIAL (${g.kind}; wrong: ${wrong.join(', ')})` : `OK (${g.kind})`);
    for (const [k, ok] of parts) {
      out.push(`  ${k.padEnd(7)} ${show(d.text, g[k])}`);
      if (!ok) out.push(`  ${''.padEnd(7)} predicted ${show(d.text, p[k])}`);
    }
  }
  d.predicted.forEach((p, j) => {
    if (matched.has(j)) return;
    out.push(`FALSE ALARM (${p.kind})`, `  cue     ${show(d.text, p.cue)}`, `  source  ${show(d.text, p.source)}`, `  content ${show(d.text, p.content)}`);
  });
  return out.join('\n') + '\n';
}
