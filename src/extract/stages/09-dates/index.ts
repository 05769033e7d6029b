/**
 * Stage 9 — dates.
 *
 * Date expressions are found with chrono-node, run on short windows around
 * date words (so cost stays linear), with the document date as reference.
 * A day-precise result becomes an ISO date; a weekday alone is the last such
 * day on or before the reference in past-tense reporting ("said on Monday")
 * and the next one for planned things; "last November" is the November
 * before the reference. Anything vaguer ("recent", "in November 2014")
 * stays null, with a warning where a statement or an event needed it.
 * A statement's own date comes from its attribution ("said on Monday
 * [17 May]"); the events stage then applies policy 8 for the rest.
 */

import type { Context, DateExpression, DraftStatement } from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';
import {
  DATE_CONTEXT_WORDS,
  DATE_TRIGGERS,
  DATE_UNIT_MODIFIERS,
  DATE_UNITS,
  VAGUE_DATE_WORDS,
} from '../../lexicon/dates';
import { CALENDAR_WORDS } from '../../lexicon/grammar';
import { CAPITALISED, NUMBER, WORD, lowerAt, tokenAtOrAfter } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import { WINDOW_AFTER, WINDOW_BEFORE, parseWindow } from './chrono';

/** Whether token k starts or ends a date expression worth handing to chrono. */
/** Date words by kind, so each token costs one lookup: 1 trigger, 2 unit, 3 "now". */
const DATE_WORD_KINDS: ReadonlyMap<string, number> = new Map([
  ...[...DATE_UNITS].map((w) => [w, 2] as const),
  ...[...DATE_TRIGGERS].map((w) => [w, 1] as const),
  ['now', 3],
]);

function isDateWord(t: TokenTable, k: number, w: string, f: number): boolean {
  const kind = DATE_WORD_KINDS.get(w);
  if (kind === undefined) return false;
  // "right now" is today; "now" alone is too common to be a date.
  if (kind === 3) return k > 0 && lowerAt(t, k - 1) === 'right';
  if (kind === 1) {
    // Month names are capitalised ("May 17"), the modal "may" is not.
    return (f & CAPITALISED) !== 0 || !CALENDAR_WORDS.has(w);
  }
  // A unit needs a modifier: "last week", "two days ago".
  return (
    (k > 0 && DATE_UNIT_MODIFIERS.has(lowerAt(t, k - 1))) ||
    (k + 1 < t.count && lowerAt(t, k + 1) === 'ago')
  );
}

/** Whether token k may belong to a date expression next to a date word. */
function isDateContext(t: TokenTable, k: number): boolean {
  const f = t.flags[k]!;
  const w = lowerAt(t, k);
  if ((f & NUMBER) !== 0) return w.length <= 4 || /^\d+(?:st|nd|rd|th)$/u.test(w);
  if ((f & WORD) === 0) return DATE_PUNCTUATION.has(w);
  return DATE_CONTEXT.has(w);
}

/** Words a date expression may take around its date word: one lookup for four lists. */
const DATE_CONTEXT: ReadonlySet<string> = new Set([
  ...DATE_CONTEXT_WORDS,
  ...DATE_TRIGGERS,
  ...CALENDAR_WORDS,
  ...DATE_UNITS,
]);

const DATE_PUNCTUATION = new Set([',', '[', ']', '(', ')', '-', '/', '.', ':']);

/** Punctuation a window never starts or ends with. */
const EDGE_PUNCTUATION = new Set([',', '-', '/', '.', ':']);

export function findDates(ctx: Context): DateExpression[] {
  const t = ctx.tokens;
  const text = ctx.text;
  const out: DateExpression[] = [];
  let winStart = -1;
  let winEnd = -1;
  let winSentenceEnd = -1;
  let si = 0;
  const flush = (): void => {
    if (winStart >= 0) parseWindow(text, winStart, winEnd, ctx.date, out);
    winStart = -1;
  };
  for (let k = 0; k < t.count; k++) {
    const f = t.flags[k]!;
    if ((f & WORD) === 0) continue;
    const w = lowerAt(t, k);
    if (!isDateWord(t, k, w, f)) continue;
    while (si < ctx.sentences.length && ctx.sentences[si]!.end <= t.start[k]!) si++;
    const sentence = ctx.sentences[si];
    const sStart = sentence && sentence.start <= t.start[k]! ? sentence.start : t.start[k]!;
    const sEnd = sentence ? sentence.end : t.end[k]!;
    if (VAGUE_DATE_WORDS.has(w)) {
      out.push({
        start: t.start[k]!,
        end: t.end[k]!,
        text: text.slice(t.start[k], t.end[k]),
        date: null,
        month: null,
        future: false,
      });
      continue;
    }
    // The window: the date word and the date-like words around it, within its sentence.
    let first = k;
    while (
      k - first < WINDOW_BEFORE &&
      first > 0 &&
      t.start[first - 1]! >= sStart &&
      isDateContext(t, first - 1)
    )
      first--;
    let last = k + 1;
    while (
      last - k <= WINDOW_AFTER &&
      last < t.count &&
      t.end[last]! <= sEnd &&
      isDateContext(t, last)
    )
      last++;
    while (first < k && EDGE_PUNCTUATION.has(lowerAt(t, first))) first++;
    while (last - 1 > k && EDGE_PUNCTUATION.has(lowerAt(t, last - 1))) last--;
    const a = t.start[first]!;
    const b = t.end[last - 1]!;
    if (winStart >= 0 && a <= winEnd && sEnd === winSentenceEnd) {
      winEnd = Math.max(winEnd, b);
    } else {
      flush();
      winStart = a;
      winEnd = b;
      winSentenceEnd = sEnd;
    }
  }
  flush();
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  // Windows may overlap across merges: keep one expression per span.
  return out.filter(
    (d, i) => i === 0 || d.start !== out[i - 1]!.start || d.end !== out[i - 1]!.end,
  );
}

/**
 * The date an attribution gives: an expression after the verb in the cue
 * with no event word between ("said on Monday", not "… the meeting on 20
 * May"), or one opening the sentence ("Earlier Sunday, Kerry …").
 */
function cueDate(
  ctx: Context,
  s: DraftStatement,
  triggers: readonly { start: number }[],
): DateExpression | null {
  let best: DateExpression | null = null;
  const dates = ctx.dates;
  for (
    let i = firstAtOrAfter(dates, s.cueStart - 200);
    i < dates.length && dates[i]!.start < s.cueEnd;
    i++
  ) {
    const d = dates[i]!;
    if (d.end <= s.cueStart) continue;
    if (d.start >= s.start && d.end <= s.end) continue;
    const k = firstAtOrAfter(triggers, s.cueStart + 1);
    const blocked = k < triggers.length && triggers[k]!.start < d.start;
    if (blocked) continue;
    if (!best || (best.date === null && d.date !== null)) best = d;
  }
  if (best) return best;
  // A date opening the sentence of a reported statement.
  const si = firstAtOrAfter(ctx.sentences, s.cueStart + 1) - 1;
  const sentence = si >= 0 ? ctx.sentences[si] : undefined;
  if (!sentence || s.cueStart >= sentence.end || s.cueStart === sentence.start) return null;
  let firstTok = tokenAtOrAfter(ctx.tokens, sentence.start);
  // "1. In November 2014, …": a list number is not part of the sentence.
  if ((ctx.tokens.flags[firstTok]! & NUMBER) !== 0 && lowerAt(ctx.tokens, firstTok + 1) === '.')
    firstTok += 2;
  for (
    let i = firstAtOrAfter(dates, sentence.start);
    i < dates.length && dates[i]!.end <= s.cueStart;
    i++
  ) {
    const d = dates[i]!;
    const tok = tokenAtOrAfter(ctx.tokens, d.start);
    if (tok - firstTok <= 2 && d.date) return d;
  }
  return null;
}

/**
 * "In November 2014" in a document that names one day of November 2014 (other
 * than its own publication date), "the Joint Announcement of November 12,
 * 2014": the month is that day.
 */
function refineMonths(ctx: Context): void {
  for (const d of ctx.dates) {
    if (d.date || !d.month) continue;
    const days = new Set<string>();
    for (const other of ctx.dates)
      if (other.date?.startsWith(d.month) && other.date !== ctx.date) days.add(other.date);
    if (days.size === 1) d.date = [...days][0]!;
  }
}

export function datesStage(ctx: Context): void {
  ctx.dates = findDates(ctx);
  if (ctx.dates.length === 0) return;
  refineMonths(ctx);
  const triggers = ctx.triggers;
  for (const s of ctx.statements) {
    const d = cueDate(ctx, s, triggers);
    if (!d) continue;
    if (d.date) s.cueDate = d.date;
    else {
      ctx.warnings.push({
        code: 'date-unresolved',
        message: `The date "${d.text}" of a statement could not be resolved to a day; the statement keeps the default date.`,
        start: d.start,
        end: d.end,
      });
    }
  }
}
