// The learned attribution model: a cue tagger over each sentence, then for every cue a
// source/content tagger over a window around it, whose features are relative to that cue.
// Linking is built in: each cue's own pass says which tokens are its source and content.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Attribution, AttributionKind, Document, Span } from '../document/types.js';
import {
  baseFeatures, cueNeighbours, cueView, relativeFeatures, tokenAtoms,
  type CueLexicon, type CueNeighbours, type TokenAtoms,
} from './features.js';
import { LinearTagger, type Sequence } from './perceptron.js';

export const CUE_TAGS = ['O', 'B-C', 'I-C'] as const;
export const PART_TAGS = ['O', 'B-S', 'I-S', 'B-K', 'I-K'] as const;
const FORMAT = 'whosaid-attribution-model';
const VERSION = 1;

/** Token range [first, end) of the window the part tagger reads for a cue in `sentence`. */
export function cueWindow(a: TokenAtoms, sentences: { firstToken: number; endToken: number }[], sentence: number): [number, number] {
  let from = Math.max(0, sentence - 1);
  let to = Math.min(sentences.length - 1, sentence + 1);
  // Quotations that run across sentence breaks pull the neighbouring sentences in.
  while (to + 1 < sentences.length && to - sentence < 6) {
    const last = sentences[to]!.endToken - 1;
    const r = a.quoteRegion[last]!;
    if (r >= 0 && a.regions[r]!.last > last) to++;
    else break;
  }
  while (from > 0 && sentence - from < 5) {
    const first = sentences[from]!.firstToken;
    const r = a.quoteRegion[first]!;
    if (r >= 0 && a.regions[r]!.first < first) from--;
    else break;
  }
  return [sentences[from]!.firstToken, sentences[to]!.endToken];
}

/** Base feature hashes of every token, flattened (offsets[i] .. offsets[i + 1]). */
export interface BaseFeatureTable {
  hashes: Uint32Array;
  offsets: Int32Array;
}

export function baseFeatureTable(a: TokenAtoms): BaseFeatureTable {
  const all: number[] = [];
  const offsets = new Int32Array(a.n + 1);
  const buf: number[] = [];
  for (let i = 0; i < a.n; i++) {
    buf.length = 0;
    baseFeatures(a, i, buf);
    for (const h of buf) all.push(h);
    offsets[i + 1] = all.length;
  }
  return { hashes: Uint32Array.from(all), offsets };
}

/** A sentence as a sequence for the cue tagger. */
export function sentenceSequence(table: BaseFeatureTable, first: number, end: number, mask: number): Sequence {
  const from = table.offsets[first]!;
  const to = table.offsets[end]!;
  const feats = new Int32Array(to - from);
  for (let k = from; k < to; k++) feats[k - from] = table.hashes[k]! & mask;
  const offsets = new Int32Array(end - first + 1);
  for (let i = first; i <= end; i++) offsets[i - first] = table.offsets[i]! - from;
  return { n: end - first, feats, offsets };
}

/** A cue's window as a sequence for the part tagger: base plus cue-relative features. */
export function cueSequence(
  a: TokenAtoms, table: BaseFeatureTable, first: number, end: number,
  cueFirst: number, cueEnd: number, nb: CueNeighbours, mask: number, withBase = true,
): Sequence {
  const view = cueView(a, cueFirst, cueEnd);
  const feats: number[] = [];
  const offsets = new Int32Array(end - first + 1);
  const buf: number[] = [];
  for (let i = first; i < end; i++) {
    if (withBase) for (let k = table.offsets[i]!; k < table.offsets[i + 1]!; k++) feats.push(table.hashes[k]! & mask);
    buf.length = 0;
    relativeFeatures(a, i, view, nb, buf);
    for (const h of buf) feats.push(h & mask);
    offsets[i - first + 1] = feats.length;
  }
  return { n: end - first, feats: Int32Array.from(feats), offsets };
}

/** Contiguous runs of a BIO tag (B-X starts one, I-X continues it) as [first, end) pairs. */
export function chunks(tags: Uint8Array, begin: number, inside: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : -1;
    if (start >= 0 && t !== inside) { out.push([start, i]); start = -1; }
    if (t === begin) start = i;
  }
  return out;
}

const QUOTE_CHARS = /["“”«»]/;

function kindOf(parts: Span[]): AttributionKind {
  const s = parts.map((p) => p.text).join(' ').trim();
  if (!QUOTE_CHARS.test(s)) return 'indirect';
  return /^["“«]/.test(s) && /["”»][.,]?$/.test(s) && !/["”»]\s+\S+\s+["“]/.test(s.slice(1, -1)) ? 'direct' : 'mixed';
}

export class AttributionModel {
  constructor(
    readonly lexicon: CueLexicon,
    readonly cue: LinearTagger,
    readonly part: LinearTagger,
  ) {}

  /** Cue spans [first, end) (token indices) in reading order. */
  findCues(doc: Document, a: TokenAtoms, table: BaseFeatureTable): [number, number][] {
    const cues: [number, number][] = [];
    for (const s of doc.ann.sentences ?? []) {
      if (s.endToken <= s.firstToken) continue;
      const tags = this.cue.tag(sentenceSequence(table, s.firstToken, s.endToken, this.cue.mask));
      for (const [f, e] of chunks(tags, 1, 2)) cues.push([s.firstToken + f, s.firstToken + e]);
    }
    return cues;
  }

  /** Source and content tags of one cue's window. */
  tagParts(a: TokenAtoms, table: BaseFeatureTable, staticScores: Float32Array, window: [number, number], cue: [number, number], nb: CueNeighbours): Uint8Array {
    const [first, end] = window;
    const seq = cueSequence(a, table, first, end, cue[0], cue[1], nb, this.part.mask, false);
    const nT = this.part.nTags;
    const em = new Float32Array(seq.n * nT);
    em.set(staticScores.subarray(first * nT, end * nT));
    for (let i = 0; i < seq.n; i++) this.part.addScores(seq.feats, seq.offsets[i]!, seq.offsets[i + 1]!, em, i * nT);
    return this.part.viterbi(em, seq.n);
  }

  predict(doc: Document): Attribution[] {
    const tokens = doc.ann.tokens ?? [];
    const sentences = doc.ann.sentences ?? [];
    if (tokens.length === 0) return [];
    const a = tokenAtoms(doc, this.lexicon);
    const table = baseFeatureTable(a);
    const cues = this.findCues(doc, a, table);
    if (cues.length === 0) return [];
    const cueMask = new Uint8Array(a.n);
    for (const [f, e] of cues) cueMask.fill(1, f, e);
    const nb = cueNeighbours(a.n, cueMask);

    // The cue-independent part of every token's score is computed once per document.
    const nT = this.part.nTags;
    const staticScores = new Float32Array(a.n * nT);
    const mask = this.part.mask;
    const one = new Int32Array(1);
    for (let i = 0; i < a.n; i++) {
      for (let k = table.offsets[i]!; k < table.offsets[i + 1]!; k++) {
        one[0] = table.hashes[k]! & mask;
        this.part.addScores(one, 0, 1, staticScores, i * nT);
      }
    }

    const text = doc.text;
    const out: Attribution[] = [];
    for (const cue of cues) {
      const window = cueWindow(a, sentences, a.sentence[cue[0]]!);
      const tags = this.tagParts(a, table, staticScores, window, cue, nb);
      const at = (c: [number, number]): Span => {
        const start = tokens[window[0] + c[0]]!.start;
        const end = tokens[window[0] + c[1] - 1]!.end;
        return { start, end, text: text.slice(start, end) };
      };
      const contentChunks = chunks(tags, 3, 4);
      if (contentChunks.length === 0) continue;
      const sourceChunks = chunks(tags, 1, 2);
      const cueAt = cue[0] - window[0];
      let source: Span | null = null;
      if (sourceChunks.length) {
        // several source runs: keep the one nearest the cue
        let best = sourceChunks[0]!;
        const d = (c: [number, number]) => (c[1] <= cueAt ? cueAt - c[1] : c[0] - cueAt);
        for (const c of sourceChunks) if (d(c) < d(best)) best = c;
        source = at(best);
      }
      const parts = contentChunks.map(at);
      const content: Span = { start: parts[0]!.start, end: parts[parts.length - 1]!.end, text: '' };
      content.text = text.slice(content.start, content.end);
      const cueSpan: Span = { start: tokens[cue[0]]!.start, end: tokens[cue[1] - 1]!.end, text: '' };
      cueSpan.text = text.slice(cueSpan.start, cueSpan.end);
      out.push({
        id: '',
        kind: kindOf(parts),
        cue: cueSpan,
        source,
        content,
        ...(parts.length > 1 ? { contentParts: parts } : {}),
        speakerId: null,
        statedOn: null,
        confidence: 0.7,
        origin: 'model',
      });
    }
    return out;
  }

  // Serialisation: gzip( u32 header length | header JSON | per tagger: i16 weights, f32 transitions ).
  // Weights are already on the int16 grid (see quantize), so a round trip is exact.
  serialize(): Buffer {
    const header = {
      format: FORMAT,
      version: VERSION,
      lexicon: [...this.lexicon.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
      taggers: [this.cue, this.part].map((t) => ({ tags: t.tags, bits: t.bits, scale: scaleOf(t.weights) })),
    };
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const chunksOut: Buffer[] = [];
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    chunksOut.push(len, head, Buffer.alloc((4 - ((4 + head.length) % 4)) % 4));
    for (const [k, t] of [this.cue, this.part].entries()) {
      const scale = header.taggers[k]!.scale;
      const q = new Int16Array(t.weights.length);
      for (let i = 0; i < q.length; i++) q[i] = scale ? Math.round(t.weights[i]! / scale) : 0;
      chunksOut.push(Buffer.from(q.buffer), Buffer.from(new Float32Array(t.trans).buffer));
    }
    return gzipSync(Buffer.concat(chunksOut), { level: 9 });
  }

  static deserialize(data: Buffer, name = 'model'): AttributionModel {
    let raw: Buffer;
    try {
      raw = gunzipSync(data);
    } catch {
      throw new Error(`${name}: not a whosaid model file (not gzip)`);
    }
    const headLen = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headLen).toString('utf8'));
    if (header.format !== FORMAT || header.version !== VERSION) throw new Error(`${name}: unsupported model format`);
    let off = 4 + headLen;
    off += (4 - (off % 4)) % 4;
    const taggers: LinearTagger[] = [];
    for (const h of header.taggers as { tags: string[]; bits: number; scale: number }[]) {
      const size = (1 << h.bits) * h.tags.length;
      const q = new Int16Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + size * 2));
      off += size * 2;
      const w = new Float32Array(size);
      for (let i = 0; i < size; i++) w[i] = q[i]! * h.scale;
      const tn = h.tags.length + h.tags.length * h.tags.length;
      const tr = new Float32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + tn * 4));
      off += tn * 4;
      taggers.push(new LinearTagger(h.tags, h.bits, w, tr));
    }
    return new AttributionModel(new Map(header.lexicon), taggers[0]!, taggers[1]!);
  }
}

function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  return Math.fround(max / 32767);
}

/** Puts the weights on the int16 grid the file format stores, so saving loses nothing. */
export function quantize(t: LinearTagger): LinearTagger {
  const scale = scaleOf(t.weights);
  const w = new Float32Array(t.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = scale ? Math.round(t.weights[i]! / scale) * scale : 0;
  return new LinearTagger(t.tags, t.bits, w, new Float32Array(t.trans));
}
