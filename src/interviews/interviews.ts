// Stage: question-and-answer interviews. In an article laid out as "Q: ..." / "A: ..." the
// answers are the interviewee's own words, though no quotation mark or reporting verb says so:
// the rules read each answer as the outlet's text and its "I" as the writer ("the author just
// saw that ad"). Here every answer becomes one direct attribution to the interviewee, named
// where the article introduces them ("Q&A with Senator Ada Moss", or the first full name of the
// introduction), and what the rules found inside an answer gives way to it: the reported stage
// then reads the answer again for reports of other people ("my staff warned me that ...").
import { layer, newAttribution, span, trimSpan } from '../document/document.js';
import type { Attribution, Document, Paragraph, Span, Token } from '../document/types.js';

/** "Q:", "Q.", "Q -", "Question:" (and the same for answers) opening a paragraph. */
const MARKER = /^(?:(Q|A)\s*(?:[:.]|\s[-–—])|(Question|Answer)\s*:)\s*/;

/** Fewest answers (and questions) that make a layout an interview rather than a stray "A:". */
const MIN_ANSWERS = 2;
const MIN_QUESTIONS = 1;

/** A headline or introduction naming whom the interview is with. */
const INTRODUCED = /\b(?:Q\s?&\s?A|Q and A|interview|conversation|questions?)\s+(?:with|for)\s+/gi;

interface Marked {
  paragraph: Paragraph;
  kind: 'Q' | 'A';
  /** The marker itself ("A:"), trimmed. */
  marker: Span;
  /** Where the paragraph's own words start, after the marker. */
  textStart: number;
}

function markedParagraphs(text: string, paragraphs: readonly Paragraph[]): Marked[] {
  const out: Marked[] = [];
  for (const p of paragraphs) {
    const m = MARKER.exec(text.slice(p.start, Math.min(p.end, p.start + 16)));
    if (!m) continue;
    const letter = (m[1] ?? m[2]!)[0]!.toUpperCase() as 'Q' | 'A';
    const label = m[0].replace(/\s+$/, '');
    out.push({ paragraph: p, kind: letter, marker: span(text, p.start, p.start + label.length), textStart: p.start + m[0].length });
  }
  return out;
}

/** Runs of two or more capitalised proper-noun tokens in [start, end): written names. */
function nameRuns(tokens: readonly Token[], start: number, end: number): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (t.pos === 'PROPN' && /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text)) run.push(t);
    else close();
  }
  close();
  return runs;
}

/**
 * Where the text names the interviewee: the name after "Q&A with" / "interview with" before
 * the first question, else the introduction's name that the page title's "Q&A with ..." ends
 * with, else the introduction's first full name. Null when none is there.
 */
function interviewee(doc: Document, tokens: readonly Token[], before: number): Span | null {
  const text = doc.text;
  const intro = text.slice(0, before);
  INTRODUCED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INTRODUCED.exec(intro))) {
    const at = m.index + m[0].length;
    const lineEnd = intro.indexOf('\n', at);
    const run = nameRuns(tokens, at, lineEnd < 0 ? before : lineEnd)[0];
    if (run && run[0]!.start - at < 40) return span(text, run[0]!.start, run[run.length - 1]!.end);
  }
  const runs = nameRuns(tokens, 0, before);
  // a page's headline is often only in its metadata: the name it gives, where the text writes it
  const title = doc.meta.title ?? '';
  INTRODUCED.lastIndex = 0;
  const t = INTRODUCED.exec(title);
  if (t) {
    const named = title.slice(t.index + t[0].length);
    const surname = /^(?:[\p{L}.'’-]+\s+){0,6}?(\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu})/u.exec(named)?.[1];
    const run = surname ? runs.find((r) => r.some((w) => w.text === surname)) : undefined;
    if (run) return span(text, run[0]!.start, run[run.length - 1]!.end);
  }
  const first = runs[0];
  return first ? span(text, first[0]!.start, first[first.length - 1]!.end) : null;
}

export function findInterviews(doc: Document): { attributions: Attribution[] } {
  const attributions = layer(doc, 'attributions');
  const text = doc.text;
  const paragraphs = layer(doc, 'paragraphs');
  const marked = markedParagraphs(text, paragraphs);
  const answers = marked.filter((m) => m.kind === 'A').length;
  const questions = marked.length - answers;
  if (answers < MIN_ANSWERS || questions < MIN_QUESTIONS || marked[0]!.kind !== 'Q') return { attributions };

  const tokens = layer(doc, 'tokens');
  const source = interviewee(doc, tokens, marked[0]!.paragraph.start);
  const found: Attribution[] = [];
  marked.forEach((m, k) => {
    if (m.kind !== 'A') return;
    const parts: Span[] = [trimSpan(text, m.textStart, m.paragraph.end)];
    // unmarked paragraphs between this answer and the next marker go on with it; after the last
    // answer they are the article's own text again
    const next = marked[k + 1];
    if (next) {
      for (const p of paragraphs) {
        if (p.start > m.paragraph.end && p.end < next.paragraph.start) parts.push(span(text, p.start, p.end));
      }
    }
    if (parts[0]!.end <= parts[0]!.start) return;
    const last = parts[parts.length - 1]!;
    found.push(
      newAttribution({
        id: `i${found.length + 1}`,
        kind: 'direct',
        cue: m.marker,
        source,
        content: span(text, parts[0]!.start, last.end),
        contentParts: parts.length > 1 ? parts : undefined,
        speakerId: null,
        statedOn: null,
        statedWhen: null,
        confidence: 0.9,
        origin: 'rule',
        continues: undefined,
        reportedBy: undefined,
      }),
    );
  });
  if (found.length === 0) return { attributions };
  // what the rules read inside an answer is the interviewee's sentence, not the outlet's
  const inAnswer = (a: Attribution) => {
    const at = a.cue?.start ?? a.content.start;
    return found.some((f) => f.cue!.start <= at && at < f.content.end);
  };
  const dropped = new Set<string>();
  for (const a of attributions) if (inAnswer(a)) dropped.add(a.id);
  // the answers go in text order among the others, whose own order is left as it was
  const kept: Attribution[] = [];
  const startOf = (a: Attribution) => a.cue?.start ?? a.content.start;
  let next = 0;
  for (const a of attributions) {
    if (dropped.has(a.id)) continue;
    while (next < found.length && startOf(found[next]!) < startOf(a)) kept.push(found[next++]!);
    if (a.continues !== undefined && dropped.has(a.continues)) {
      const loose = newAttribution(a);
      loose.continues = undefined;
      kept.push(loose);
    } else kept.push(a);
  }
  while (next < found.length) kept.push(found[next++]!);
  return { attributions: kept };
}
