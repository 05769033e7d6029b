/**
 * Windows of a large document: where to cut a text of many megabytes so the
 * pipeline can run on bounded pieces (see `extractDocument` and README,
 * "Large documents"). Pure text work, no stage runs here.
 *
 * A cut falls at a paragraph start as findParagraphs reads the text (after a
 * blank line best, else after a single line break, never between the lines
 * of a hard-wrapped block, which it joins), and never where the next
 * paragraph opens with a quotation mark (a quote left open would continue
 * there, quotes.ts). With no paragraph start in the half window searched (a
 * hard-wrapped wire text, one very long line), the cut falls inside the
 * paragraph after a sentence end outside any quote, else after a space; only
 * a quote longer than that half is cut. Each window but the first also
 * re-reads a short lead-in, from the earliest such paragraph start within
 * LEAD_IN_CHARS before it, so pronouns, surnames and "the minister" find the
 * people named there; what the lead-in yields is dropped, since the window
 * before already reported it. A window cut inside a paragraph has a lead-in
 * only if a paragraph starts within those LEAD_IN_CHARS: a text that is one
 * hard-wrapped block has none.
 */

import { closes, opener, type Family } from '../core/quote-marks';
import { isHardWrappedBlock } from '../stages/01-sentences';
import { isSpaceCode } from '../core/tokens';

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

function lastNonSpace(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e - 1;
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

/** The start of the line holding offset `at` (a line break belongs to the line it ends). */
function lineStartOf(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndAt(text: string, lineStart: number): number {
  const e = text.indexOf('\n', lineStart);
  return e === -1 ? text.length : e;
}

/** A block: lines between blank lines, [start, end) from its first line's start to its last's end. */
interface Block {
  start: number;
  end: number;
  hardWrapped: boolean;
  /** One line: one paragraph. */
  oneLine: boolean;
}

/**
 * What `findWindows` keeps from one cut to the next, so that a block or a
 * paragraph of many megabytes is read about once, not once per window.
 */
export interface CutMemo {
  block?: Block;
  /** The quote open (or not) at `at` in the paragraph from `paragraphStart`. */
  quote?: { paragraphStart: number; at: number; family: Family | null };
}

/** The block of the non-blank line starting at `lineStart`. */
function blockAt(text: string, lineStart: number, memo: CutMemo): Block {
  const known = memo.block;
  if (known && known.start <= lineStart && lineStart < known.end) return known;
  let start = lineStart;
  while (start > 0) {
    const previous = lineStartOf(text, start - 1);
    if (isBlank(text, previous, start - 1)) break;
    start = previous;
  }
  let end = lineEndAt(text, lineStart);
  while (end < text.length) {
    const next = lineEndAt(text, end + 1);
    if (isBlank(text, end + 1, next)) break;
    end = next;
  }
  const nl = text.indexOf('\n', start);
  const block = {
    start,
    end,
    hardWrapped: isHardWrappedBlock(text, start, end),
    oneLine: nl === -1 || nl >= end,
  };
  memo.block = block;
  return block;
}

/**
 * Whether the non-blank line at `lineStart`, after the non-blank line that
 * ends (spaces trimmed) at `previousEnd`, starts a paragraph as
 * findParagraphs reads it: its block is not hard-wrapped, and it does not
 * continue the line before in lower case.
 */
function startsParagraph(
  text: string,
  lineStart: number,
  previousEnd: number,
  memo: CutMemo,
): boolean {
  if (blockAt(text, lineStart, memo).hardWrapped) return false;
  const first = firstNonSpace(text, lineStart, text.length);
  return TERMINAL_END.includes(text.charAt(previousEnd)) || !startsLowerCase(text, first);
}

/**
 * Paragraph starts in [lo, hi), as findParagraphs reads them, that no quote
 * continues into: each a line start, `afterBlank` when a blank line is before it.
 */
function paragraphStarts(
  text: string,
  lo: number,
  hi: number,
  memo: CutMemo,
): { at: number; afterBlank: boolean }[] {
  const out: { at: number; afterBlank: boolean }[] = [];
  // The first line start at or after lo (reading no further than hi: a line may be very long).
  let lineStart = lo;
  while (lineStart > 0 && lineStart < hi && text.charCodeAt(lineStart - 1) !== 10) lineStart++;
  if (lineStart >= hi) return out;
  // The line before it: blank or not, and where it ends (spaces trimmed).
  let previousBlank = true;
  let previousEnd = -1;
  if (lineStart > 0) {
    let e = lineStart - 1;
    while (e > 0 && text.charCodeAt(e - 1) !== 10 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    previousBlank = e === 0 || text.charCodeAt(e - 1) === 10;
    if (!previousBlank) previousEnd = e - 1;
  }
  while (lineStart < hi) {
    let lineEnd = lineStart;
    while (lineEnd < hi && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    const blank = isBlank(text, lineStart, lineEnd);
    if (!blank && lineStart >= lo && opensCleanly(text, firstNonSpace(text, lineStart, lineEnd))) {
      if (previousBlank) out.push({ at: lineStart, afterBlank: true });
      else if (startsParagraph(text, lineStart, previousEnd, memo))
        out.push({ at: lineStart, afterBlank: false });
    }
    if (!blank) previousEnd = lastNonSpace(text, lineStart, lineEnd);
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The start of the paragraph (as findParagraphs reads it) that holds offset `at`. */
function paragraphStartOf(text: string, at: number, memo: CutMemo): number {
  const known = memo.block;
  if (known && known.start <= at && at < known.end && (known.hardWrapped || known.oneLine))
    return known.start;
  let lineStart = lineStartOf(text, at);
  if (isBlank(text, lineStart, lineEndAt(text, lineStart))) return at;
  const block = blockAt(text, lineStart, memo);
  if (block.hardWrapped) return block.start;
  while (lineStart > block.start) {
    const previous = lineStartOf(text, lineStart - 1);
    if (startsParagraph(text, lineStart, lastNonSpace(text, previous, lineStart - 1), memo)) break;
    lineStart = previous;
  }
  return lineStart;
}

/**
 * The best cut in [lo, hi): the start of a paragraph after a blank line;
 * else a line that starts a paragraph of its own, as findParagraphs reads
 * it (never a line of a hard-wrapped block, which it joins); else, inside
 * one paragraph, a word after a sentence end outside any quote; else after
 * any space outside a quote; else the same inside a quote (a quote longer
 * than half a window); else `hi` itself. The latest cut of the best kind
 * wins, so windows stay close to their full size. Never before an opening
 * quote mark.
 */
export function findCut(text: string, lo: number, hi: number, memo: CutMemo = {}): number {
  const starts = paragraphStarts(text, lo, hi, memo);
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i]!.afterBlank) return starts[i]!.at;
  if (starts.length > 0) return starts[starts.length - 1]!.at;
  // Inside one paragraph: follow its quotes from its start (or where the last cut left them).
  const paragraphStart = paragraphStartOf(text, lo, memo);
  let family: Family | null = null;
  let k = paragraphStart;
  const known = memo.quote;
  if (known && known.paragraphStart === paragraphStart && known.at <= lo) {
    family = known.family;
    k = known.at;
  }
  const step = (at: number): void => {
    if (family === null) family = opener(text, at, paragraphStart);
    else if (closes(family, text, at)) family = null;
  };
  for (; k <= lo; k++) step(k);
  let afterSentence = -1;
  let afterSpace = -1;
  let quotedSentence = -1;
  let quotedSpace = -1;
  for (; k < hi; k++) {
    // `family` is the quote open before offset k.
    if (
      isSpaceCode(text.charCodeAt(k - 1)) &&
      !isSpaceCode(text.charCodeAt(k)) &&
      opensCleanly(text, k)
    ) {
      const sentence = '.!?'.includes(text.charAt(k - 2)) && !startsLowerCase(text, k);
      if (family === null) {
        if (sentence) afterSentence = k;
        afterSpace = k;
      } else {
        if (sentence) quotedSentence = k;
        quotedSpace = k;
      }
    }
    step(k);
  }
  memo.quote = { paragraphStart, at: hi, family };
  for (const cut of [afterSentence, afterSpace, quotedSentence, quotedSpace])
    if (cut > lo) return cut;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(hi);
  return code >= 0xdc00 && code <= 0xdfff ? hi - 1 : hi;
}

/** The earliest paragraph start in [from, start) that no quote continues into; else `start`. */
function leadInStart(text: string, from: number, start: number, memo: CutMemo): number {
  return paragraphStarts(text, from, start, memo)[0]?.at ?? start;
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
  const memo: CutMemo = {};
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > windowChars) {
      end = findCut(text, start + Math.ceil(windowChars / 2), start + windowChars, memo);
      if (end <= start) end = start + windowChars;
    }
    const leadStart =
      start === 0 ? 0 : leadInStart(text, Math.max(0, start - leadInChars), start, memo);
    out.push({ leadStart, start, end });
    start = end;
  }
  return out;
}
