/**
 * Stage 1 — paragraphs and sentences, with offsets.
 *
 * Paragraphs are separated by blank lines or by single line breaks (most
 * official texts put one paragraph per line); lines of a hard-wrapped block,
 * and a line that continues in lower case, are joined. Sentences end at
 * . ! ? … (plus closing quotes or brackets) before an upper-case word, a digit
 * or an opening mark, except after title abbreviations ("Mr.", "Gen."),
 * initials ("Antony J. Blinken") and dotted abbreviations ("U.S.", "p.m.")
 * that are not followed by a sentence opener.
 */

import type { Context, Paragraph, Sentence } from '../core/context';
import { OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../lexicon/grammar';
import { isSpaceCode, isWordChar } from '../core/tokens';

interface Line {
  start: number;
  end: number;
}

/** Last characters of a line that end it (the next line starts a new paragraph). */
const TERMINAL_END = '.!?…:;"”’»)]';

function trimSpan(text: string, start: number, end: number): Line {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const LIST_ITEM = /^\s*(?:\d+\.|[-*•])\s/u;

/**
 * Whether the lines of the block [start, end) (no blank line inside) are
 * hard-wrapped, one paragraph cut at a fixed width: at least three lines,
 * each but the last 45 to 100 characters long (spaces trimmed), none a list
 * item. Reads the lines once, and stops at the first that does not fit.
 * windows.ts asks the same of a block of a large document.
 */
export function isHardWrappedBlock(text: string, start: number, end: number): boolean {
  let lines = 0;
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    const line = trimSpan(text, pos, nl);
    if (nl < end) {
      const len = line.end - line.start;
      if (len < 45 || len > 100) return false;
    }
    if (LIST_ITEM.test(text.slice(line.start, line.start + 6))) return false;
    lines++;
    pos = nl + 1;
  }
  return lines >= 3;
}

function startsLowerCase(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const joinAll = isHardWrappedBlock(text, block[0]!.start, block[block.length - 1]!.end);
    let cur: Line = block[0]!;
    for (let k = 1; k < block.length; k++) {
      const line = block[k]!;
      const continues =
        joinAll ||
        (!TERMINAL_END.includes(text.charAt(cur.end - 1)) && startsLowerCase(text, line.start));
      if (continues) {
        cur = { start: cur.start, end: line.end };
      } else {
        out.push({ index: out.length, ...cur });
        cur = line;
      }
    }
    out.push({ index: out.length, ...cur });
    block = [];
  };
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = n;
    const line = trimSpan(text, pos, nl);
    if (line.start === line.end) flush();
    else block.push(line);
    pos = nl + 1;
  }
  flush();
  return out;
}

function isOpeningMark(ch: string): boolean {
  return '"“‘«„([\'‹'.includes(ch);
}

function isClosingMark(ch: string): boolean {
  return '"”’»)]\'›'.includes(ch);
}

/** The word (letters and inner dots) that ends right before `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let k = dot;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if (isWordChar(c) || (c === 46 && k - 1 > floor && isWordChar(text.charCodeAt(k - 2)))) k--;
    else break;
  }
  return text.slice(k, dot);
}

function nextWord(text: string, from: number, to: number): string {
  let k = from;
  while (k < to && !isWordChar(text.charCodeAt(k))) k++;
  let e = k;
  while (e < to && isWordChar(text.charCodeAt(e))) e++;
  return text.slice(k, e);
}

/** Whether a "." at `dot` ends a sentence whose next word starts at `next`. */
function periodEndsSentence(text: string, dot: number, next: number, p: Paragraph): boolean {
  const word = wordBefore(text, dot, p.start);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Initials: "Antony J. Blinken", "H.E. Mr. Li".
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  // A list number at the start of a paragraph: "1. The two leaders …".
  if (/^\d+$/u.test(word) && text.slice(p.start, dot).trim() === word) return false;
  if (lower.includes('.') || OTHER_ABBREVIATIONS.has(lower)) {
    return SENTENCE_OPENERS.has(nextWord(text, next, p.end).toLowerCase());
  }
  return true;
}

export function findSentences(
  text: string,
  paragraphs: Paragraph[],
): Omit<Sentence, 'first' | 'last'>[] {
  const out: Omit<Sentence, 'first' | 'last'>[] = [];
  for (const p of paragraphs) {
    let sStart = p.start;
    let k = p.start;
    while (k < p.end) {
      const code = text.charCodeAt(k);
      // . ! ? …
      if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
        k++;
        continue;
      }
      const ch = text.charAt(k);
      let e = k + 1;
      while (e < p.end && '.!?…'.includes(text.charAt(e))) e++;
      const run = e - k;
      while (e < p.end && isClosingMark(text.charAt(e))) e++;
      if (e >= p.end) break;
      if (!isSpaceCode(text.charCodeAt(e))) {
        k = e;
        continue;
      }
      let next = e;
      while (next < p.end && isSpaceCode(text.charCodeAt(next))) next++;
      const nc = text.charAt(next);
      const opens = /[\p{Lu}\p{N}]/u.test(nc) || isOpeningMark(nc);
      const ends = opens && (ch !== '.' || run > 1 || periodEndsSentence(text, k, next, p));
      if (ends) {
        out.push({ start: sStart, end: e, paragraph: p.index });
        sStart = next;
      }
      k = next;
    }
    const last = trimSpan(text, sStart, p.end);
    if (last.end > last.start) out.push({ start: last.start, end: last.end, paragraph: p.index });
  }
  return out;
}

export function sentencesStage(ctx: Context): void {
  ctx.paragraphs = findParagraphs(ctx.text);
  // Sentences and tokens are both in text order: one cursor finds every token range.
  const t = ctx.tokens;
  let k = 0;
  const atOrAfter = (offset: number): number => {
    while (k < t.count && t.start[k]! < offset) k++;
    return k;
  };
  ctx.sentences = findSentences(ctx.text, ctx.paragraphs).map((s) => {
    const first = atOrAfter(s.start);
    const last = atOrAfter(s.end);
    return { start: s.start, end: s.end, paragraph: s.paragraph, first, last };
  });
}
