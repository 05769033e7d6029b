/**
 * Windows of a large document: where to cut a text of many megabytes so the
 * pipeline can run on bounded pieces (see `extractDocument` and README,
 * "Large documents"). Pure text work, no stage runs here.
 *
 * A cut falls between paragraphs, best at a blank line, and never where the
 * next paragraph opens with a quotation mark (a quote left open would
 * continue there, quotes.ts). Each window but the first also re-reads a
 * short lead-in, the paragraphs just before it, so pronouns, surnames and
 * "the minister" find the people named there; what the lead-in yields is
 * dropped, since the window before already reported it.
 */

import { isSpaceCode } from './tokens';

/** Documents longer than this (UTF-16 code units) are extracted window by window. */
export const LARGE_DOCUMENT_CHARS = 1024 * 1024;

/** The longest window; cuts are looked for in its second half. */
export const WINDOW_CHARS = 256 * 1024;

/** The longest lead-in read again before a window. */
export const LEAD_IN_CHARS = 4 * 1024;

export interface TextWindow {
  /** Start of the lead-in (== start for the first window). */
  leadStart: number;
  /** First offset whose results this window reports. */
  start: number;
  /** End (exclusive); the next window starts here. */
  end: number;
}

const OPENING_MARKS = '"“„«‘';

/** Lines that end like this end a paragraph (sentences.ts). */
const TERMINAL_END = '.!?…:;"”’»)]';

function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** Whether a paragraph starting at `at` may begin a window (no quote continues into it). */
function opensCleanly(text: string, at: number): boolean {
  return at < text.length && !OPENING_MARKS.includes(text.charAt(at));
}

function isBlank(text: string, start: number, end: number): boolean {
  return firstNonSpace(text, start, end) === end;
}

function startsLowerCase(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The best cut in [lo, hi): the start of a paragraph after a blank line;
 * else a line that starts a new paragraph on its own (the line before ends a
 * sentence, it does not continue in lower case); else a word after a
 * sentence end; else any space; else `hi` itself. The latest cut of the best
 * kind wins, so windows stay close to their full size.
 */
export function findCut(text: string, lo: number, hi: number): number {
  let afterBlank = -1;
  let afterLine = -1;
  let afterSentence = -1;
  let afterSpace = -1;
  let lineStart = text.lastIndexOf('\n', lo - 1) + 1;
  let previousBlank = false;
  let previousEnd = -1;
  while (lineStart < hi) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const blank = isBlank(text, lineStart, lineEnd);
    if (!blank && lineStart >= lo) {
      const first = firstNonSpace(text, lineStart, lineEnd);
      if (opensCleanly(text, first)) {
        if (previousBlank) afterBlank = lineStart;
        else if (
          previousEnd >= 0 &&
          TERMINAL_END.includes(text.charAt(previousEnd)) &&
          !startsLowerCase(text, first)
        )
          afterLine = lineStart;
      }
    }
    if (!blank) {
      let e = lineEnd;
      while (e > lineStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
      previousEnd = e - 1;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  if (afterBlank >= 0) return afterBlank;
  if (afterLine >= 0) return afterLine;
  // One long paragraph: a word after a sentence end, else after any space; not a quote's opening.
  for (let k = hi - 1; k > lo; k--) {
    if (!isSpaceCode(text.charCodeAt(k - 1)) || !opensCleanly(text, k)) continue;
    if (isSpaceCode(text.charCodeAt(k))) continue;
    const before = text.charAt(k - 2);
    if (afterSentence < 0 && '.!?'.includes(before) && !startsLowerCase(text, k)) {
      afterSentence = k;
      break;
    }
    if (afterSpace < 0) afterSpace = k;
  }
  if (afterSentence >= 0) return afterSentence;
  if (afterSpace >= 0) return afterSpace;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(hi);
  return code >= 0xdc00 && code <= 0xdfff ? hi - 1 : hi;
}

/** The earliest paragraph start in [from, start) that no quote continues into; else `start`. */
function leadInStart(text: string, from: number, start: number): number {
  let k = text.indexOf('\n', from);
  while (k !== -1 && k < start) {
    const next = text.indexOf('\n', k + 1);
    const lineEnd = next === -1 || next > start ? start : next;
    // A blank line at k+1..lineEnd, then the paragraph that follows it.
    if (isBlank(text, k + 1, lineEnd) && lineEnd < start) {
      const first = firstNonSpace(text, lineEnd, start);
      if (first < start && opensCleanly(text, first)) return first;
    }
    k = next;
  }
  return start;
}

/**
 * Cuts `text` into consecutive windows of at most `windowChars` (a cut is
 * looked for in the second half of each), each with its lead-in of at most
 * `leadInChars`. The windows cover the text exactly once.
 */
export function findWindows(
  text: string,
  windowChars = WINDOW_CHARS,
  leadInChars = LEAD_IN_CHARS,
): TextWindow[] {
  const out: TextWindow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > windowChars) {
      end = findCut(text, start + Math.ceil(windowChars / 2), start + windowChars);
      if (end <= start) end = start + windowChars;
    }
    const leadStart = start === 0 ? 0 : leadInStart(text, Math.max(0, start - leadInChars), start);
    out.push({ leadStart, start, end });
    start = end;
  }
  return out;
}
