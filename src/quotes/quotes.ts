// Stage 2: quotations. One left-to-right pass over the text finds quotation marks, pairs them
// with a stack, and records each quotation's extent; then every token learns the innermost
// quotation it sits in. Linear in the text length.
//
// Marks understood: curly “ ” ‘ ’, low „, guillemets « », straight " and ', and the doubled
// apostrophe '' that some wire copy uses for a double mark. A straight or curly apostrophe
// inside a word (don't, voters’) is never a mark. A paragraph that ends inside an open double
// quote continues the quote when the next paragraph opens with a double mark (the newspaper
// convention for quotes that run over several paragraphs); otherwise the quote is `unclosed`.
// The same holds for an outermost single quote (British style) whose next paragraph opens with
// a single mark; any other single mark left open was an apostrophe.
import type { Document, Paragraph, Quotation, Token } from '../document/types.js';
import { paragraphsOf } from '../segment/segment.js';

type MarkKind = 'double' | 'single';

interface OpenMark {
  kind: MarkKind;
  /** Which glyph family opened it: a straight mark only closes a straight quote, and so on. */
  style: 'curly' | 'straight' | 'doubled' | 'guillemet';
  start: number;
  innerStart: number;
  parentSlot: number;
}

/** Letters and digits (any script): a mark between two of them is an apostrophe. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const MARK = /["'“”‘’«»„]/g;
/** Characters after which a mark opens rather than closes a quote. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«„:]/;
/** #1441 Invisible format characters (direction marks, zero-width space, byte-order mark) a paragraph may open with. */
const FORMAT_CHARS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** #1441 Whether only invisible format characters (at most three) stand between the paragraph's start and `i`. */
function paragraphOpens(text: string, i: number, lineStart: number): boolean {
  if (i - lineStart > 3) return false;
  for (let k = lineStart; k < i; k++) if (!FORMAT_CHARS.test(text[k]!)) return false;
  return true;
}

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function opensAt(text: string, i: number, lineStart: number): boolean {
  return i === lineStart || OPENING_CONTEXT.test(text[i - 1]!);
}

/** Elisions that begin with an apostrophe: 'em, 'til, 'n', '90s, 'tis. */
const LEADING_ELISION = /^(?:em|til|n|tis|cause|bout|twas|round)\b|^\d\ds?\b/i;

/**
 * Finds the quotations in `text` paragraph by paragraph. Returned in order of their opening
 * mark, so a parent always precedes its children.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[] = paragraphsOf(text)): Quotation[] {
  const quotes: Quotation[] = [];
  // open marks; a single-quote opener left open at paragraph end was an apostrophe after all
  let stack: OpenMark[] = [];
  // the double quote carried over from the previous paragraph, waiting for a re-opening mark
  let carried: OpenMark[] = [];
  let carriedEnd = 0;

  const closeAs = (open: OpenMark, closeStart: number, closeEnd: number, unclosed: boolean): void => {
    const q = quotes[open.parentSlot]!;
    q.end = closeEnd;
    q.innerEnd = closeStart;
    q.unclosed = unclosed;
  };
  const push = (kind: MarkKind, style: OpenMark['style'], start: number, len: number): void => {
    const parent = findParent();
    const slot = quotes.length;
    quotes.push({ start, end: start, innerStart: start + len, innerEnd: start + len, mark: kind, parent, unclosed: false });
    stack.push({ kind, style, start, innerStart: start + len, parentSlot: slot });
  };
  const findParent = (): number => (stack.length ? stack[stack.length - 1]!.parentSlot : -1);
  /** Closes the innermost open quote of this kind and style; inner single openers are dropped. */
  const closeInnermost = (kind: MarkKind, styles: ReadonlySet<OpenMark['style']>, at: number, len: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const open = stack[k]!;
      if (open.kind === kind && styles.has(open.style)) {
        for (let d = stack.length - 1; d > k; d--) dropOpen(stack[d]!);
        stack.length = k;
        closeAs(open, at, at + len, false);
        return true;
      }
    }
    return false;
  };
  const hasOpen = (kind: MarkKind, styles: ReadonlySet<OpenMark['style']>): boolean =>
    stack.some((o) => o.kind === kind && styles.has(o.style));
  // A dropped opener leaves a placeholder that is filtered out at the end (keeps indices stable).
  const dropOpen = (open: OpenMark): void => {
    quotes[open.parentSlot]!.start = -1;
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    const lineStart = para.start;
    // a quote carried from the last paragraph continues only if this one opens with a double mark
    if (carried.length) {
      const first = text[lineStart];
      const doubled = text.startsWith("''", lineStart);
      const style = carried[0]!.style;
      const reopens =
        (style === 'curly' && (first === '“' || first === '"')) ||
        (style === 'straight' && (first === '"' || first === '“')) ||
        (style === 'doubled' && doubled) ||
        (style === 'guillemet' && first === '«') ||
        reopensSingle(carried[0]!, first);
      if (reopens) {
        stack = carried;
        carried = [];
      } else {
        for (const open of carried) closeAs(open, carriedEnd, carriedEnd, true);
        carried = [];
      }
    }
    let i = lineStart;
    if (stack.length) i += text.startsWith("''", lineStart) ? 2 : 1; // skip the re-opening mark
    for (; i < para.end; i++) {
      // jump to the next possible mark: most characters are none
      MARK.lastIndex = i;
      const found = MARK.exec(text);
      if (!found || found.index >= para.end) break;
      i = found.index;
      const ch = text[i]!;
      switch (ch) {
        case '“':
        case '„':
          // a mistyped closing mark: “...?“ he asked.  “thieves“ while ...
          if (ch === '“' && hasOpen('double', CURLY) && (/[.,?!]/.test(text[i - 1] ?? '') || isWord(text[i - 1])) && (SPACE.test(text[i + 1] ?? ' ') || /[.,;:?!)]/.test(text[i + 1] ?? ''))) {
            closeInnermost('double', CURLY, i, 1);
            break;
          }
          push('double', 'curly', i, 1);
          break;
        case '«':
          push('double', 'guillemet', i, 1);
          break;
        case '»':
          closeInnermost('double', GUILLEMET, i, 1);
          break;
        case '”':
          if (!closeInnermost('double', CURLY_OR_STRAIGHT, i, 1) && (paragraphOpens(text, i, lineStart) || (opensAt(text, i, lineStart) && !SPACE.test(text[i + 1] ?? ' ')))) {
            // some texts use ” for both marks; #1441 a paragraph that opens with ” (after invisible
            // format characters, or before a space and an ellipsis: ”‪Hold on”, ” … and the pier”) opens a quote
            push('double', 'curly', i, 1);
          }
          break;
        case '"':
          // straight marks cannot nest in each other, so they toggle
          if (hasOpen('double', STRAIGHT)) closeInnermost('double', STRAIGHT, i, 1);
          else if (hasOpen('double', CURLY) && !opensAt(text, i, lineStart)) closeInnermost('double', CURLY, i, 1);
          else push('double', 'straight', i, 1);
          break;
        case '‘':
          if (isWord(text[i - 1]) || /\d/.test(text[i + 1] ?? '')) break; // misused apostrophe
          push('single', 'curly', i, 1);
          break;
        case '’':
          if (isWord(text[i + 1])) break; // don’t, it’s
          if (hasOpen('single', CURLY_OR_STRAIGHT)) closeInnermost('single', CURLY_OR_STRAIGHT, i, 1);
          break;
        case "'": {
          if (text[i + 1] === "'") {
            // ''' after an inner quote: the first mark closes the single, the other two the double
            if (text[i + 2] === "'" && stack.length && stack[stack.length - 1]!.kind === 'single' && hasOpen('double', DOUBLED)) {
              closeInnermost('single', CURLY_OR_STRAIGHT, i, 1);
              break;
            }
            // the doubled apostrophe is a double mark; like straight marks it toggles
            if (hasOpen('double', DOUBLED)) closeInnermost('double', DOUBLED, i, 2);
            else push('double', 'doubled', i, 2);
            i++;
            break;
          }
          const before = text[i - 1];
          const after = text[i + 1];
          if (isWord(before) && isWord(after)) break; // don't
          if (opensAt(text, i, lineStart) && isWord(after)) {
            if (LEADING_ELISION.test(text.slice(i + 1, i + 6))) break;
            push('single', 'straight', i, 1);
          } else if (hasOpen('single', CURLY_OR_STRAIGHT)) {
            closeInnermost('single', CURLY_OR_STRAIGHT, i, 1);
          }
          break;
        }
        default:
          break;
      }
    }
    // paragraph end: open singles were apostrophes, unless a single quote is the outermost one
    // and the next paragraph opens with its mark again (British quotes over several
    // paragraphs); open doubles may continue
    const doubles: OpenMark[] = [];
    const next = paragraphs[pi + 1];
    for (const open of stack) {
      if (open.kind === 'double') doubles.push(open);
      else if (open === stack[0] && next && reopensSingle(open, text[next.start])) doubles.push(open);
      else dropOpen(open);
    }
    stack = [];
    if (doubles.length) {
      carried = doubles;
      carriedEnd = para.end;
    }
  }
  for (const open of carried) closeAs(open, carriedEnd, carriedEnd, true);

  // renumber without the dropped openers; parents follow their own slot's new index
  const newIndex = new Int32Array(quotes.length).fill(-1);
  const kept: Quotation[] = [];
  quotes.forEach((q, slot) => {
    if (q.start < 0) return;
    newIndex[slot] = kept.length;
    kept.push(q);
  });
  for (const q of kept) {
    let p = q.parent;
    // a dropped parent hands its children to its own parent
    while (p >= 0 && newIndex[p] === -1) p = quotes[p]!.parent;
    q.parent = p >= 0 ? newIndex[p]! : -1;
  }
  return kept;
}

/** A paragraph's first character reopens this carried single quote. */
function reopensSingle(open: OpenMark, first: string | undefined): boolean {
  return open.kind === 'single' && (open.style === 'curly' ? first === '‘' : first === "'");
}

const CURLY_OR_STRAIGHT: ReadonlySet<OpenMark['style']> = new Set(['curly', 'straight']);
const CURLY: ReadonlySet<OpenMark['style']> = new Set(['curly']);
const STRAIGHT: ReadonlySet<OpenMark['style']> = new Set(['straight']);
const DOUBLED: ReadonlySet<OpenMark['style']> = new Set(['doubled']);
const GUILLEMET: ReadonlySet<OpenMark['style']> = new Set(['guillemet']);

/**
 * For each token, the index of the innermost quotation containing its start, or -1. `quotes`
 * must be ordered by start with parents before children (as scanQuotes returns them).
 */
export function innermostQuotePerToken(tokens: readonly Token[], quotes: readonly Quotation[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  let next = 0;
  for (let t = 0; t < tokens.length; t++) {
    const at = tokens[t]!.start;
    while (open.length && quotes[open[open.length - 1]!]!.end <= at) open.pop();
    while (next < quotes.length && quotes[next]!.start <= at) {
      const q = quotes[next]!;
      while (open.length && quotes[open[open.length - 1]!]!.end <= q.start) open.pop();
      if (q.end > at) open.push(next);
      next++;
    }
    out[t] = open.length ? open[open.length - 1]! : -1;
  }
  return out;
}

export function findQuotes(doc: Document): { quotes: Quotation[]; tokens: Token[] } {
  const tokens = doc.ann.tokens ?? [];
  const quotes = scanQuotes(doc.text, doc.ann.paragraphs ?? paragraphsOf(doc.text));
  const inner = innermostQuotePerToken(tokens, quotes);
  const out: Token[] = new Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    // same property order as the segmenter's tokens, so every token keeps one hidden class
    out[t] = tok.quote === inner[t]
      ? tok
      : { start: tok.start, end: tok.end, text: tok.text, pos: tok.pos, lemma: tok.lemma, normal: tok.normal, sentence: tok.sentence, quote: inner[t]! };
  }
  return { quotes, tokens: out };
}
