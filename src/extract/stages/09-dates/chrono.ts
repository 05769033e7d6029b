/**
 * chrono-node on the words around a date word, against the document date
 * (12:00 UTC), its results cached per text and reference; a day-precise
 * result becomes YYYY-MM-DD (weekday and "last November" rules, README).
 */

import * as chrono from 'chrono-node';
import type { IsoDate } from '../../../model';
import type { DateExpression } from '../../core/context';
import { PLANNED_MARKERS } from '../../lexicon/events';

/** Tokens a window may take before and after its date word ("on Friday, 20 June 2025"). */
export const WINDOW_BEFORE = 4;

export const WINDOW_AFTER = 6;

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

/**
 * chrono results per window text and reference date. Windows are short and
 * made of date words only ("on Monday [17 May]", "May 9, 2018"), so they
 * repeat across documents; results are read, never changed. Bounded: the
 * cache is emptied when full, which changes speed, never output.
 */
const chronoCache = new Map<string, Map<string, readonly chrono.ParsedResult[]>>();

/** Results held in `chronoCache`, over all references. */
let cachedResults = 0;

const CHRONO_CACHE_SIZE = 8192;

function parseCached(slice: string, reference: IsoDate | null): readonly chrono.ParsedResult[] {
  // By reference, then by text: no key string made per window.
  let byText = chronoCache.get(reference ?? '');
  let results = byText?.get(slice);
  if (results) return results;
  const instant = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  try {
    results = chrono.casual.parse(slice, { instant, timezone: 0 });
  } catch {
    results = [];
  }
  if (cachedResults >= CHRONO_CACHE_SIZE) {
    chronoCache.clear();
    cachedResults = 0;
    byText = undefined;
  }
  if (!byText) {
    byText = new Map();
    chronoCache.set(reference ?? '', byText);
  }
  byText.set(slice, results);
  cachedResults++;
  return results;
}

const LETTER = /\p{L}/u;

/** Whether a planned marker ("will", "next") is among the words (letters and "-") of a lower-case text. */
function hasPlannedMarker(before: string): boolean {
  let from = -1;
  for (let i = 0; i <= before.length; i++) {
    const c = i < before.length ? before.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || c === 45 || (c >= 128 && LETTER.test(before.charAt(i)));
    if (inWord) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      if (PLANNED_MARKERS.has(before.slice(from, i))) return true;
      from = -1;
    }
  }
  return false;
}

/** "last November": the month before the reference ("YYYY-MM"), or null without "last". */
function lastMonth(month: number, reference: IsoDate, before: string): string | null {
  if (!/\blast\s*$/iu.test(before)) return null;
  const year = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const y = month < refMonth ? year : year - 1;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function parseWindow(
  text: string,
  start: number,
  end: number,
  reference: IsoDate | null,
  out: DateExpression[],
): void {
  const slice = text.slice(start, end);
  const results = parseCached(slice, reference);
  for (const r of results) {
    const s = start + r.index;
    const e = s + r.text.length;
    const before = text.slice(Math.max(0, s - 24), s);
    const future = hasPlannedMarker(before.toLowerCase());
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
    // "In November 2014": no day, but a month that tells events apart.
    const c = r.start;
    const month =
      date === null && c.isCertain('month') && c.isCertain('year')
        ? `${String(c.get('year')).padStart(4, '0')}-${String(c.get('month')).padStart(2, '0')}`
        : date === null && c.isCertain('month') && !c.isCertain('day') && reference
          ? lastMonth(c.get('month')!, reference, before)
          : null;
    out.push({
      start: s,
      end: e,
      text: r.text,
      date,
      month,
      future: date !== null && reference !== null && date > reference,
    });
  }
}
