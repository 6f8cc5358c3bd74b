// Turns overlapping standoff spans (attribution contents, cues, sources, the outlet's flagged
// sentences) into a flat run of text segments, each knowing which marks cover it. The page
// renders each segment as a text node inside a span: article text is never parsed as HTML.

export interface MarkSpan {
  start: number;
  end: number;
}

export interface HighlightAttribution {
  content: MarkSpan;
  contentParts?: MarkSpan[] | undefined;
  cue: MarkSpan | null;
  source: MarkSpan | null;
}

export interface HighlightVoice {
  start: number;
  end: number;
  flags: { start: number; end: number }[];
}

export interface Segment {
  start: number;
  end: number;
  /** Index of the innermost attribution whose content covers this stretch, or -1. */
  content: number;
  /** Index of the attribution whose cue covers it, or -1. */
  cue: number;
  /** Index of the attribution whose source covers it, or -1. */
  source: number;
  /** Index of the flagged outlet-voice sentence covering it, or -1. */
  voice: number;
  /** True inside one of that sentence's flagged words. */
  flag: boolean;
}

interface Interval {
  start: number;
  end: number;
  layer: 'content' | 'cue' | 'source' | 'voice' | 'flag';
  index: number;
}

/** Clamps a span to the text; null when it is empty or not a span at all (stored data may be off). */
function clamp(span: MarkSpan | null | undefined, length: number): MarkSpan | null {
  if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return null;
  const start = Math.max(0, Math.min(length, Math.floor(span.start)));
  const end = Math.max(0, Math.min(length, Math.floor(span.end)));
  return end > start ? { start, end } : null;
}

export function segmentText(textLength: number, attributions: HighlightAttribution[], voice: HighlightVoice[] = []): Segment[] {
  const intervals: Interval[] = [];
  attributions.forEach((a, index) => {
    const parts = a.contentParts && a.contentParts.length > 0 ? a.contentParts : [a.content];
    for (const part of parts) {
      const s = clamp(part, textLength);
      if (s) intervals.push({ ...s, layer: 'content', index });
    }
    const cue = clamp(a.cue, textLength);
    if (cue) intervals.push({ ...cue, layer: 'cue', index });
    const source = clamp(a.source, textLength);
    if (source) intervals.push({ ...source, layer: 'source', index });
  });
  voice.forEach((v, index) => {
    if (v.flags.length === 0) return;
    const s = clamp(v, textLength);
    if (s) intervals.push({ ...s, layer: 'voice', index });
    for (const f of v.flags) {
      const fs = clamp(f, textLength);
      if (fs) intervals.push({ ...fs, layer: 'flag', index });
    }
  });

  // A sweep over the cut points: intervals enter when the sweep reaches their start and leave
  // at their end, so each segment looks only at the few marks open around it (nesting depth),
  // not at every mark of a long article.
  const cuts = new Set<number>([0, textLength]);
  for (const iv of intervals) {
    cuts.add(iv.start);
    cuts.add(iv.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  intervals.sort((a, b) => a.start - b.start);
  let next = 0;
  let open: Interval[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < intervals.length && intervals[next]!.start <= start) open.push(intervals[next++]!);
    if (open.some((iv) => iv.end <= start)) open = open.filter((iv) => iv.end > start);
    const seg: Segment = { start, end, content: -1, cue: -1, source: -1, voice: -1, flag: false };
    let contentLength = Infinity;
    for (const iv of open) {
      if (iv.layer === 'content') {
        // The shortest covering content is the innermost one (a quote inside a quote).
        const length = iv.end - iv.start;
        if (length < contentLength || (length === contentLength && iv.index < seg.content)) {
          contentLength = length;
          seg.content = iv.index;
        }
      } else if (iv.layer === 'cue') {
        if (seg.cue === -1 || iv.index < seg.cue) seg.cue = iv.index;
      } else if (iv.layer === 'source') {
        if (seg.source === -1 || iv.index < seg.source) seg.source = iv.index;
      } else if (iv.layer === 'voice') {
        seg.voice = iv.index;
      } else {
        seg.flag = true;
      }
    }
    segments.push(seg);
  }
  return mergeAdjacent(segments);
}

/** Joins neighbours with identical marks, so the page renders as few elements as possible. */
function mergeAdjacent(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const last = out[out.length - 1];
    if (
      last &&
      last.content === seg.content &&
      last.cue === seg.cue &&
      last.source === seg.source &&
      last.voice === seg.voice &&
      last.flag === seg.flag
    ) {
      last.end = seg.end;
    } else out.push({ ...seg });
  }
  return out;
}

/** The attribution a click on this segment means: the innermost content's, else the cue's or source's. */
export function segmentAttribution(seg: Segment): number {
  if (seg.content !== -1) return seg.content;
  if (seg.cue !== -1) return seg.cue;
  return seg.source;
}
