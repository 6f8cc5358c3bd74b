// Whether a stretch of text is quoted, from its quotation marks alone: what kind an
// attribution's content is (direct, mixed, indirect) and which words of a partly quoted content
// another article may quote again. Double marks as American outlets write them, and single
// marks as British ones do (‘a blank cheque’, 'angrier than ever').
import type { AttributionKind } from '../document/types.js';

// A single mark opens only after a non-word character and closes only before one; one between
// letters is an apostrophe (it’s, dockers' union) and stays inside the run.
const SINGLE_RUN_SOURCE = String.raw`(?<![\p{L}\p{N}])‘(?:[^‘’]|’(?=[\p{L}\p{N}]))+’(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])'(?:[^']|'(?=[\p{L}\p{N}]))+'(?![\p{L}\p{N}])`;

/** A run in quotation marks, marks included (global: for matchAll / match). */
export const QUOTED_RUN = new RegExp(String.raw`“[^“”]*”|"[^"]*"|` + SINGLE_RUN_SOURCE, 'gu');

const SINGLE_RUN = new RegExp(SINGLE_RUN_SOURCE, 'u');
const WHOLLY_SINGLE = new RegExp(String.raw`^(?:${SINGLE_RUN_SOURCE})[.,!?]?$`, 'u');
const DOUBLE_MARK = /[“”"«»„]|''/;
/**
 * One quotation in double marks from start to end ("“A,” she said, “B”" is two; straight and
 * curly marks may pair). A quote that runs over paragraphs opens each one again with its mark
 * and closes only at its end; an inner single quote may close right before it ('...it,''').
 */
const WHOLLY_DOUBLE = /^(?:“(?:[^“”"]|\n\s*[“"])*[”"]|"(?:[^"]|\n\s*")*"|"(?:[^"“”]|\n\s*")*”|„[^“”„]*[“”]|«(?:[^«»]|\n\s*«)*»|''(?:[^']|'(?!')|\n\s*'')*'?'')[.,!?]?$/u;

/**
 * Direct when every piece is one quotation (a final stop or comma may follow it), mixed when
 * some piece holds quoted words, indirect otherwise. A single-quoted run counts only where no
 * double mark is in the piece: inside double marks single ones are the quoted speaker's own.
 */
export function kindOfPieces(pieces: readonly string[]): AttributionKind {
  let anyQuote = false;
  let allQuoted = true;
  for (const piece of pieces) {
    if (DOUBLE_MARK.test(piece)) {
      anyQuote = true;
      if (!WHOLLY_DOUBLE.test(piece)) allQuoted = false;
    } else if (SINGLE_RUN.test(piece)) {
      anyQuote = true;
      if (!WHOLLY_SINGLE.test(piece)) allQuoted = false;
    } else {
      allQuoted = false;
    }
  }
  if (!anyQuote) return 'indirect';
  return allQuoted ? 'direct' : 'mixed';
}
