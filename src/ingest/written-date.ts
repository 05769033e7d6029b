/**
 * Calendar dates as documents write them ("May 17, 2021", "17 May 2021",
 * "2021-05-17T10:00:00+03:00", a YAML date) → ISO `YYYY-MM-DD`. A date is
 * kept as written, never shifted between time zones: the calendar day the
 * publisher printed is the one the document carries.
 */
import type { IsoDate } from '../model/document-graph';

export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
}

/** Accepted spellings of each month, index 0 = January. */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_SPELLING: ReadonlyMap<string, number> = new Map(
  MONTH_SPELLINGS.flatMap((spellings, index) => spellings.map((s) => [s, index + 1] as const)),
);

/** 1–12 for an English month name or abbreviation (a trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_SPELLING.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})?`;
const MONTH_WORD = String.raw`([a-z]{3,9}\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const MONTH_DAY_YEAR = new RegExp(
  String.raw`^${WEEKDAY}${MONTH_WORD}\s{1,3}${DAY}(?:,?\s{1,3}${YEAR})?$`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^${WEEKDAY}${DAY}\s{1,3}${MONTH_WORD}(?:,?\s{1,3}${YEAR})?$`,
  'i',
);
const ISO_DATE_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)/;
const SLASHED_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * A whole string that is a written date ("Monday, May 17, 2021", "17 May",
 * "May 17th 2021"); the year may be missing. Null when it is anything else.
 */
export function parseWrittenDate(input: string): WrittenDate | null {
  const text = input.trim();
  if (text.length > 40) return null;
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return toWrittenDate(mdy[1]!, mdy[2]!, mdy[3]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return toWrittenDate(dmy[2]!, dmy[1]!, dmy[3]);
  return null;
}

function toWrittenDate(
  monthWord: string,
  dayDigits: string,
  yearDigits: string | undefined,
): WrittenDate | null {
  const month = monthNumber(monthWord);
  if (month === null) return null;
  const day = Number(dayDigits);
  const year = yearDigits === undefined ? null : Number(yearDigits);
  if (!isValidDay(year ?? 2000, month, day)) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD` for a real calendar day, else null. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Any metadata value meant as a date → ISO date, or null when it is not one.
 * Accepts Date objects (YAML timestamps), ISO dates and date-times (the date
 * part as written), `YYYY/MM/DD`, and written dates with a year.
 */
export function toIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return formatIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const numeric = ISO_DATE_PREFIX.exec(text) ?? SLASHED_YEAR_FIRST.exec(text);
  if (numeric) return formatIsoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = parseWrittenDate(text);
  if (written?.year == null) return null;
  return formatIsoDate(written.year, written.month, written.day);
}

const DATE_WITH_YEAR_IN_TEXT = [
  /\b([a-z]{3,9}\.?)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/gi,
  /\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}([a-z]{3,9}\.?),?\s{1,3}(\d{4})\b/gi,
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,
] as const;

/** The year of the first full date written anywhere in `text`, or null. */
export function findFirstYear(text: string): number | null {
  let best: { at: number; year: number } | null = null;
  const [monthFirst, dayFirst, iso] = DATE_WITH_YEAR_IN_TEXT;
  for (const match of text.matchAll(monthFirst)) {
    if (toWrittenDate(match[1]!, match[2]!, match[3])) {
      best = pickEarlier(best, match.index, Number(match[3]));
      break;
    }
  }
  for (const match of text.matchAll(dayFirst)) {
    if (toWrittenDate(match[2]!, match[1]!, match[3])) {
      best = pickEarlier(best, match.index, Number(match[3]));
      break;
    }
  }
  for (const match of text.matchAll(iso)) {
    if (formatIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      best = pickEarlier(best, match.index, Number(match[1]));
      break;
    }
  }
  return best?.year ?? null;
}

function pickEarlier(
  current: { at: number; year: number } | null,
  at: number,
  year: number,
): { at: number; year: number } {
  return current === null || at < current.at ? { at, year } : current;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
