/**
 * Stage 8 — dates.
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

import * as chrono from 'chrono-node';
import type { IsoDate } from '../model';
import type { Context, DateExpression, DraftStatement } from './context';
import {
  CALENDAR_WORDS,
  DATE_TRIGGERS,
  DATE_UNIT_MODIFIERS,
  DATE_UNITS,
  PLANNED_MARKERS,
  VAGUE_DATE_WORDS,
} from './lexicon';
import { CAPITALISED, WORD, lowerAt, tokenAtOrAfter } from './tokens';
import type { TokenTable } from './tokens';
import { findTriggers } from './triggers';

const WINDOW = 32;

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function shiftDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Resolves one chrono result; null when it does not name a day. */
export function toIsoDate(
  result: chrono.ParsedResult,
  reference: IsoDate | null,
  before: string,
  future: boolean,
): IsoDate | null {
  const c = result.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  if (known('day') && known('month')) {
    const year = known('year') ? c.get('year')! : reference ? c.get('year')! : null;
    if (year === null) return null;
    return iso(year, c.get('month')!, c.get('day')!);
  }
  if (known('weekday') && reference) {
    const wanted = c.get('weekday')!;
    const ref = weekdayOf(reference);
    if (/\blast\s*$/iu.test(before)) {
      const back = (ref - wanted + 7) % 7 || 7;
      return shiftDays(reference, -back);
    }
    if (future || /\bnext\s*$/iu.test(before)) {
      const ahead = (wanted - ref + 7) % 7;
      return shiftDays(reference, ahead === 0 && /\bnext\s*$/iu.test(before) ? 7 : ahead);
    }
    return shiftDays(reference, -((ref - wanted + 7) % 7));
  }
  return null;
}

function parseWindow(
  text: string,
  start: number,
  end: number,
  reference: IsoDate | null,
  out: DateExpression[],
): void {
  const slice = text.slice(start, end);
  const instant = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.casual.parse(slice, { instant, timezone: 0 });
  } catch {
    return;
  }
  for (const r of results) {
    const s = start + r.index;
    const e = s + r.text.length;
    const before = text.slice(Math.max(0, s - 24), s);
    const future = before
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .some((w) => PLANNED_MARKERS.has(w));
    let date = toIsoDate(r, reference, before, future);
    // Relative expressions need a reference; without one they are unknown.
    if (!reference && !/\d{4}/u.test(r.text)) date = null;
    // "last November" is the November before the reference.
    if (
      date &&
      reference &&
      /\blast\s*$/iu.test(before) &&
      date > reference &&
      !r.start.isCertain('year')
    ) {
      date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    }
    out.push({
      start: s,
      end: e,
      text: r.text,
      date,
      future: date !== null && reference !== null && date > reference,
    });
  }
}

/** Whether token k starts or ends a date expression worth handing to chrono. */
function isDateWord(t: TokenTable, k: number, w: string, f: number): boolean {
  if (DATE_TRIGGERS.has(w)) {
    // Month names are capitalised ("May 17"), the modal "may" is not.
    return (f & CAPITALISED) !== 0 || !CALENDAR_WORDS.has(w);
  }
  if (DATE_UNITS.has(w)) {
    return (
      (k > 0 && DATE_UNIT_MODIFIERS.has(lowerAt(t, k - 1))) ||
      (k + 1 < t.count && lowerAt(t, k + 1) === 'ago')
    );
  }
  return false;
}

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
        future: false,
      });
      continue;
    }
    const a = Math.max(sStart, t.start[k]! - WINDOW);
    const b = Math.min(sEnd, t.end[k]! + WINDOW);
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
  const firstTok = tokenAtOrAfter(ctx.tokens, sentence.start);
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

/** Index of the first item whose start is ≥ offset (items sorted by start). */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function datesStage(ctx: Context): void {
  ctx.dates = findDates(ctx);
  if (ctx.dates.length === 0) return;
  const triggers = findTriggers(ctx);
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
