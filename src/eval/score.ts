// Scores predicted attributions against gold ones the way BBC R&D's Citron reports results,
// so numbers are comparable: per part (cue, source, content) exact-match and token-overlap
// precision/recall/F1, where a predicted source or content only counts when its cue overlaps
// the gold cue; and whole attributions with all three parts exact.
import type { Attribution, AttributionKind } from '../document/types.js';
import type { Fragment, GoldAttribution } from './polnear.js';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface PartScore {
  exact: PRF;
  overlap: PRF;
}

export interface Scores {
  docs: number;
  gold: number;
  predicted: number;
  cue: PartScore;
  source: PartScore;
  content: PartScore;
  all: { exact: PRF };
  /** Per kind: recall over gold attributions of that kind, precision over predictions of it. */
  byKind: Record<AttributionKind, { gold: number; predicted: number; content: PartScore; all: { exact: PRF } }>;
}

export type Predicted = Pick<Attribution, 'kind' | 'cue' | 'source' | 'content' | 'contentParts'>;

/** A part as sorted, whitespace-trimmed fragments; pieces separated only by space are joined. */
export function normalizeFragments(text: string, frags: readonly Fragment[]): Fragment[] {
  const trimmed: Fragment[] = [];
  for (let [a, b] of frags) {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) trimmed.push([a, b]);
  }
  trimmed.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Fragment[] = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f[0] <= last[1] || /^\s*$/.test(text.slice(last[1], f[0])))) last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out;
}

function sameFragments(a: readonly Fragment[], b: readonly Fragment[]): boolean {
  return a.length === b.length && a.every((f, i) => f[0] === b[i]![0] && f[1] === b[i]![1]);
}

function overlapChars(a: readonly Fragment[], b: readonly Fragment[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  return n;
}

/** Token start offsets of a text: words and single punctuation marks. */
export function tokenStarts(text: string): Int32Array {
  const starts: number[] = [];
  const re = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index);
  return Int32Array.from(starts);
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens whose first character falls inside the fragments. */
function tokenCount(starts: Int32Array, frags: readonly Fragment[]): number {
  let n = 0;
  for (const [a, b] of frags) n += lowerBound(starts, b) - lowerBound(starts, a);
  return n;
}

function intersect(a: readonly Fragment[], b: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const x of a) for (const y of b) {
    const s = Math.max(x[0], y[0]);
    const e = Math.min(x[1], y[1]);
    if (e > s) out.push([s, e]);
  }
  return out;
}

interface NormAttribution {
  kind: AttributionKind;
  cue: Fragment[];
  source: Fragment[] | null;
  content: Fragment[];
}

const QUOTE_MARKS = /["“”«»„]|''|``/;

/** The kind of a gold attribution, read off its content: all quoted, none quoted, or mixed. */
export function goldKind(text: string, content: readonly Fragment[]): AttributionKind {
  // NYT wire copy writes double quotes as doubled apostrophes or backticks: read them as "
  const s = content.map(([a, b]) => text.slice(a, b)).join(' ').trim().replace(/''|``/g, '"');
  if (!QUOTE_MARKS.test(s)) return 'indirect';
  const inner = s.replace(/^["“„«]/, '').replace(/[.,]?["”»]$/, '').replace(/[.,]$/, '');
  const startsQuoted = /^["“„«]/.test(s);
  const endsQuoted = /["”»][.,]?$/.test(s);
  return startsQuoted && endsQuoted && !/["”»]\s+\S+\s+["“]/.test(inner) ? 'direct' : 'mixed';
}

export interface DocumentPairing {
  text: string;
  gold: NormAttribution[];
  predicted: NormAttribution[];
  /** gold index -> predicted index, for pairs whose cues overlap. */
  pairs: [number, number][];
}

function normalizePredicted(text: string, a: Predicted): NormAttribution {
  const parts = a.contentParts && a.contentParts.length ? a.contentParts : [a.content];
  return {
    kind: a.kind,
    cue: a.cue ? normalizeFragments(text, [[a.cue.start, a.cue.end]]) : [],
    source: a.source ? normalizeFragments(text, [[a.source.start, a.source.end]]) : null,
    content: normalizeFragments(text, parts.map((p) => [p.start, p.end] as Fragment)),
  };
}

function normalizeGold(text: string, x: GoldAttribution): NormAttribution {
  const content = normalizeFragments(text, x.content);
  return {
    kind: goldKind(text, content),
    cue: normalizeFragments(text, x.cue),
    source: x.source ? normalizeFragments(text, x.source) : null,
    content,
  };
}

/** Pairs each gold attribution with at most one prediction, greedily by cue overlap. */
export function pairDocument(text: string, gold: readonly GoldAttribution[], predicted: readonly Predicted[]): DocumentPairing {
  return pairNormalized(
    text,
    gold.map((x) => normalizeGold(text, x)),
    predicted.map((x) => normalizePredicted(text, x)),
  );
}

/**
 * One annotator's attributions scored as if they were predictions against another's: the
 * same pairing and scores, so human agreement and the engine's results can be compared.
 */
export function pairAnnotators(text: string, reference: readonly GoldAttribution[], other: readonly GoldAttribution[]): DocumentPairing {
  return pairNormalized(
    text,
    reference.map((x) => normalizeGold(text, x)),
    other.map((x) => normalizeGold(text, x)),
  );
}

function pairNormalized(text: string, g: NormAttribution[], p: NormAttribution[]): DocumentPairing {
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < p.length; j++) {
      const o = overlapChars(g[i]!.cue, p[j]!.cue);
      if (o > 0) candidates.push([o, i, j]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return { text, gold: g, predicted: p, pairs };
}

function prf(hitsForP: number, pred: number, hitsForR: number, gold: number): PRF {
  const p = pred ? hitsForP / pred : 0;
  const r = gold ? hitsForR / gold : 0;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

class Counter {
  tp = 0;
  pred = 0;
  gold = 0;
  prf(): PRF {
    return prf(this.tp, this.pred, this.tp, this.gold);
  }
}

/** Overlap scores count matched tokens over predicted tokens (precision) and over gold tokens (recall). */
class OverlapCounter {
  matchedForP = 0;
  matchedForR = 0;
  pred = 0;
  gold = 0;
  prf(): PRF {
    return prf(this.matchedForP, this.pred, this.matchedForR, this.gold);
  }
}

type PartName = 'cue' | 'source' | 'content';

interface Tally {
  exact: Record<PartName, Counter>;
  overlap: Record<PartName, OverlapCounter>;
  all: Counter;
}

function newTally(): Tally {
  return {
    exact: { cue: new Counter(), source: new Counter(), content: new Counter() },
    overlap: { cue: new OverlapCounter(), source: new OverlapCounter(), content: new OverlapCounter() },
    all: new Counter(),
  };
}

function partOf(a: NormAttribution, part: PartName): Fragment[] | null {
  return part === 'source' ? a.source : a[part].length ? a[part] : null;
}

/** Adds one document to a tally; `keepGold`/`keepPred` restrict it (e.g. to one kind). */
function tallyDocument(
  t: Tally,
  d: DocumentPairing,
  starts: Int32Array,
  keepGold: (a: NormAttribution) => boolean,
  keepPred: (a: NormAttribution) => boolean,
): void {
  const parts: PartName[] = ['cue', 'source', 'content'];
  for (const a of d.gold) {
    if (!keepGold(a)) continue;
    t.all.gold++;
    for (const part of parts) {
      const f = partOf(a, part);
      if (!f) continue;
      t.exact[part].gold++;
      t.overlap[part].gold += tokenCount(starts, f);
    }
  }
  for (const a of d.predicted) {
    if (!keepPred(a)) continue;
    t.all.pred++;
    for (const part of parts) {
      const f = partOf(a, part);
      if (!f) continue;
      t.exact[part].pred++;
      t.overlap[part].pred += tokenCount(starts, f);
    }
  }
  for (const [i, j] of d.pairs) {
    const g = d.gold[i]!;
    const p = d.predicted[j]!;
    const inG = keepGold(g);
    const inP = keepPred(p);
    if (!inG && !inP) continue;
    let allSame = true;
    for (const part of parts) {
      const gf = partOf(g, part);
      const pf = partOf(p, part);
      const same = gf && pf ? sameFragments(gf, pf) : gf === pf;
      if (!same) allSame = false;
      if (!gf || !pf) continue;
      if (same && inG && inP) t.exact[part].tp++;
      const o = tokenCount(starts, intersect(gf, pf));
      if (inP) t.overlap[part].matchedForP += o;
      if (inG) t.overlap[part].matchedForR += o;
    }
    if (allSame && inG && inP) t.all.tp++;
  }
}

/** When kinds are split, a pair counts as a hit for precision and recall alike. */
function kindTally(pairings: DocumentPairing[], startsOf: Int32Array[], kind: AttributionKind) {
  const t = newTally();
  pairings.forEach((d, k) => {
    // exact hits need both sides kept: count a pair when the gold has this kind, and let the
    // prediction side follow its pair so a right span with another kind label still counts
    const pairedPred = new Map(d.pairs.map(([i, j]) => [j, i]));
    const predKeep = new Set<number>();
    d.predicted.forEach((p, j) => {
      const gi = pairedPred.get(j);
      if (gi !== undefined ? d.gold[gi]!.kind === kind : p.kind === kind) predKeep.add(j);
    });
    const predIndex = new Map(d.predicted.map((p, j) => [p, j]));
    tallyDocument(t, d, startsOf[k]!, (a) => a.kind === kind, (a) => predKeep.has(predIndex.get(a)!));
  });
  return t;
}

export function score(pairings: DocumentPairing[]): Scores {
  const startsOf = pairings.map((d) => tokenStarts(d.text));
  const t = newTally();
  pairings.forEach((d, k) => tallyDocument(t, d, startsOf[k]!, () => true, () => true));
  const part = (tt: Tally, p: PartName): PartScore => ({ exact: tt.exact[p].prf(), overlap: tt.overlap[p].prf() });
  const byKind = {} as Scores['byKind'];
  for (const kind of ['direct', 'indirect', 'mixed'] as const) {
    const kt = kindTally(pairings, startsOf, kind);
    byKind[kind] = { gold: kt.all.gold, predicted: kt.all.pred, content: part(kt, 'content'), all: { exact: kt.all.prf() } };
  }
  return {
    docs: pairings.length,
    gold: t.all.gold,
    predicted: t.all.pred,
    cue: part(t, 'cue'),
    source: part(t, 'source'),
    content: part(t, 'content'),
    all: { exact: t.all.prf() },
    byKind,
  };
}
