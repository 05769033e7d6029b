/**
 * The dateline at the start of a text, for documents whose front matter does
 * not say who published them, where and when. Recognised shapes (first line,
 * or first two lines):
 *
 *   (Interfax – Moscow, May 17, 2021)          agency in parentheses
 *   MOSCOW, May 17 (Reuters) -                 wire: place, date, (agency), dash
 *   NEW YORK (AP) —
 *   WASHINGTON, May 19, 2021 —                 place, date, dash or end of line
 *   Moscow, 17 May 2021
 *   Office of the Spokesperson / May 19, 2021  organisation, then date (or next line)
 *   May 9, 2018                                a date alone
 *   Press Statement                            a byline block: short heading, name
 *   John Kerry                                 and title lines, then a place line
 *   Secretary of State                         with its region and a date line
 *   Washington, DC
 *   September 25, 2015
 *
 * The dateline stays in the text; its span is returned so later steps can
 * skip it. A sentence that merely starts with a capitalised word and a comma
 * ("Moscow, however, …") is not a dateline: what follows the comma must be a
 * date and nothing else.
 */
import type { IsoDate } from '../model/document-graph';
import type { IngestWarning } from '../model/source-document';
import { NOT_PLACE_FIRST_WORDS, ORGANISATION_WORDS, PLACE_PARTICLES } from './dateline-vocabulary';
import type { WrittenDate } from './written-date';
import { findFirstYear, formatIsoDate, parseWrittenDate } from './written-date';

export interface Dateline {
  publisher: string | null;
  /** As written, title-cased when written in capitals ("MOSCOW" → "Moscow"). */
  place: string | null;
  publishedAt: IsoDate | null;
  /** Span of the dateline in the text (UTF-16 offsets). */
  start: number;
  end: number;
  warnings: IngestWarning[];
}

/** How far into the text a full date may be found to supply a missing year. */
const YEAR_SEARCH_WINDOW = 2000;
/** Longest line prefix looked at; datelines are short. */
const LINE_PREFIX = 300;
/** Lines a leading byline block may take: a heading, name and title lines, place, date. */
const BYLINE_BLOCK_LINES = 8;
/** Longest line of a byline block; body paragraphs are longer. */
const BYLINE_LINE_CHARS = 160;

interface Line {
  text: string;
  start: number;
}

interface Found {
  publisher: string | null;
  place: string | null;
  date: WrittenDate | null;
  /** Offsets relative to the first line's start. */
  length: number;
  lines: 1 | 2;
}

export function parseDateline(text: string): Dateline | null {
  const [first, second] = firstLines(text, 2);
  if (!first) return null;
  const found = parseFirstLines(first, second);
  if (found)
    return toDateline(text, found.publisher, found.place, found.date, found.start, found.end);
  const block = parseBylineBlock(firstLines(text, BYLINE_BLOCK_LINES));
  if (block) return toDateline(text, null, block.place, block.date, block.start, block.end);
  return null;
}

function parseFirstLines(
  first: Line,
  second: Line | undefined,
): (Omit<Found, 'length' | 'lines'> & { start: number; end: number }) | null {
  const found =
    parseAgencyInParentheses(first.text) ??
    parseWireDateline(first.text) ??
    parseDateAlone(first.text) ??
    parseOrganisationSlashDate(first.text) ??
    parsePlaceAndDate(first.text) ??
    (second ? parseOrganisationThenDateLine(first.text, second.text) : null);
  if (!found) return null;
  const start = first.start;
  const end =
    found.lines === 2 && second ? second.start + second.text.length : start + found.length;
  return { publisher: found.publisher, place: found.place, date: found.date, start, end };
}

function toDateline(
  text: string,
  publisher: string | null,
  place: string | null,
  date: WrittenDate | null,
  start: number,
  end: number,
): Dateline {
  const { publishedAt, warnings } = resolveDate(date, text, text.slice(start, end));
  return {
    publisher,
    place: place === null ? null : titleCaseCapitals(place),
    publishedAt,
    start,
    end,
    warnings,
  };
}

/**
 * A byline block at the start of a bylined statement: short lines (a
 * heading, the author's name, title lines), then "City, Region" and a date
 * with its year on the next line. The place line must carry its region
 * ("Washington, DC", "New York, NY", "Geneva, Switzerland"), so a title line
 * ("Secretary of State") is never taken for a place; the span is the place
 * and date lines.
 */
function parseBylineBlock(
  lines: readonly Line[],
): { place: string; date: WrittenDate; start: number; end: number } | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    if (!isBylineLine(line.text)) return null;
    const place = placeWithRegion(line.text);
    if (place === null) continue;
    const dateLine = lines[i + 1]!;
    const date = parseWrittenDate(dateLine.text);
    if (date?.year == null) continue;
    return { place, date, start: line.start, end: dateLine.start + dateLine.text.length };
  }
  return null;
}

/** A short line that is not a sentence (a final initial, as in "N.Y.", is no full stop). */
function isBylineLine(line: string): boolean {
  if (line.length > BYLINE_LINE_CHARS) return false;
  return !/[.!?…"”]$/u.test(line) || /(?:^|[\s.])\p{Lu}\.$/u.test(line);
}

/** "Washington, DC" → "Washington"; "New York, N.Y." → "New York"; null for anything else. */
function placeWithRegion(line: string): string | null {
  const comma = line.indexOf(',');
  if (comma < 0) return null;
  const place = line.slice(0, comma).trim();
  const region = line.slice(comma + 1).trim();
  if (!looksLikePlace(place) || isOrganisation(place)) return null;
  const abbreviation = /^(?:(?:\p{Lu}\.){2,3}|\p{Lu}{2})$/u.test(region);
  return abbreviation || (looksLikePlace(region) && !isOrganisation(region)) ? place : null;
}

function resolveDate(
  date: WrittenDate | null,
  text: string,
  dateline: string,
): { publishedAt: IsoDate | null; warnings: IngestWarning[] } {
  if (date === null) return { publishedAt: null, warnings: [] };
  const year = date.year ?? findFirstYear(text.slice(0, YEAR_SEARCH_WINDOW));
  const publishedAt = year === null ? null : formatIsoDate(year, date.month, date.day);
  if (publishedAt !== null) return { publishedAt, warnings: [] };
  return {
    publishedAt: null,
    warnings: [
      {
        code: 'DATELINE_YEAR_MISSING',
        message:
          `the dateline ${JSON.stringify(dateline)} gives no year and no full date follows in the first lines, ` +
          'so publishedAt is left empty; add `publishedAt: YYYY-MM-DD` in front matter',
      },
    ],
  };
}

/** "(Interfax – Moscow, May 17, 2021)" */
function parseAgencyInParentheses(line: string): Found | null {
  const match = /^\(([^()\n]{3,160})\)/.exec(line);
  if (!match) return null;
  const inner = match[1]!;
  const dash = findSeparatingDash(inner);
  if (dash < 0) return null;
  const publisher = inner.slice(0, dash).trim();
  const rest = inner.slice(dash + 1).trim();
  if (!looksLikeName(publisher)) return null;
  const placeAndDate = splitPlaceAndDate(rest);
  if (!placeAndDate?.place) return null;
  return { publisher, ...placeAndDate, length: match[0].length, lines: 1 };
}

/** "MOSCOW, May 17 (Reuters) -", "NEW YORK (AP) —" */
function parseWireDateline(line: string): Found | null {
  const match = /^([^()\n]{2,80})\(([^()\n]{1,40})\)[\t ]{0,3}[-‐‑‒–—―]/.exec(line);
  if (!match) return null;
  const agency = match[2]!.trim();
  if (!looksLikeName(agency)) return null;
  const placeAndDate = splitPlaceAndDate(match[1]!.trim());
  if (!placeAndDate?.place) return null;
  return { publisher: agency, ...placeAndDate, length: match[0].length, lines: 1 };
}

/** "May 9, 2018" alone on the first line. */
function parseDateAlone(line: string): Found | null {
  const date = parseWrittenDate(line);
  if (date?.year == null) return null;
  return { publisher: null, place: null, date, length: line.length, lines: 1 };
}

/** "Office of the Spokesperson / May 19, 2021" */
function parseOrganisationSlashDate(line: string): Found | null {
  const slash = line.indexOf(' / ');
  if (slash < 0) return null;
  const publisher = line.slice(0, slash).trim();
  const date = parseWrittenDate(line.slice(slash + 3));
  if (date?.year == null || !looksLikeName(publisher)) return null;
  return { publisher, place: null, date, length: line.length, lines: 1 };
}

/** "WASHINGTON, May 19, 2021 —", "Moscow, 17 May 2021", "Cabinet Secretariat, Wednesday, May 9, 2018" */
function parsePlaceAndDate(line: string): Found | null {
  const dash = findSeparatingDash(line);
  const head = dash < 0 ? line : line.slice(0, dash);
  const placeAndDate = splitPlaceAndDate(head.trim());
  if (placeAndDate?.date == null || placeAndDate.place === null) return null;
  const length = dash < 0 ? line.length : dash + 1;
  if (isOrganisation(placeAndDate.place)) {
    return {
      publisher: placeAndDate.place,
      place: null,
      date: placeAndDate.date,
      length,
      lines: 1,
    };
  }
  return { publisher: null, ...placeAndDate, length, lines: 1 };
}

/** "Office of the Spokesperson" then "May 19, 2021"; "Readout" then "March 5, 2024" gives the date only. */
function parseOrganisationThenDateLine(first: string, second: string): Found | null {
  const date = parseWrittenDate(second);
  if (date?.year == null) return null;
  const publisher = looksLikeName(first) && isOrganisation(first) ? first : null;
  return { publisher, place: null, date, length: 0, lines: 2 };
}

/**
 * "MOSCOW, May 17" → place and date; "NEW YORK" → place only;
 * "WASHINGTON, D.C., May 19, 2021" → the region is dropped.
 * Null when the part after the comma is anything but a date.
 */
function splitPlaceAndDate(
  head: string,
): { place: string | null; date: WrittenDate | null } | null {
  const comma = head.indexOf(',');
  const place = (comma < 0 ? head : head.slice(0, comma)).trim();
  if (!looksLikePlace(place)) return null;
  if (comma < 0) return { place, date: null };
  const rest = head
    .slice(comma + 1)
    .trim()
    .replace(/^(?:(?:\p{Lu}\.){2,3}|\p{Lu}{2})(?:,\s*|$)/u, '');
  if (rest === '') return { place, date: null };
  const date = parseWrittenDate(rest);
  return date === null ? null : { place, date };
}

/** Index of the first dash that separates (an en/em dash, or a spaced hyphen), or -1. */
function findSeparatingDash(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '–' || char === '—' || char === '―' || char === '‒') return i;
    if ((char === '-' || char === '‐' || char === '‑') && i > 0 && /\s/.test(text[i - 1]!)) {
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) return i;
    }
  }
  return -1;
}

function looksLikePlace(text: string): boolean {
  if (text.length === 0 || text.length > 40) return false;
  const words = text.split(' ');
  if (words.length > 5) return false;
  if (NOT_PLACE_FIRST_WORDS.has(words[0]!.toLowerCase())) return false;
  return words.every((word, index) => {
    if (index > 0 && index < words.length - 1 && PLACE_PARTICLES.has(word)) return true;
    return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word);
  });
}

/** A publisher or agency: short, capitalised, not a sentence. */
function looksLikeName(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false;
  if (text.split(' ').length > 10) return false;
  return /^[\p{Lu}\d]/u.test(text) && !/[.!?:;,]$/.test(text);
}

function isOrganisation(text: string): boolean {
  return text
    .toLowerCase()
    .split(/\P{L}+/u)
    .some((word) => ORGANISATION_WORDS.has(word));
}

/** "NEW YORK" → "New York", "RIO DE JANEIRO" → "Rio de Janeiro"; mixed case is kept as written. */
export function titleCaseCapitals(place: string): string {
  if (/\p{Ll}/u.test(place)) return place;
  return place
    .split(' ')
    .map((word, index) => {
      if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
      return word
        .toLowerCase()
        .split('-')
        .map((part, partIndex) =>
          (index > 0 || partIndex > 0) && PLACE_PARTICLES.has(part) ? part : capitalise(part),
        )
        .join('-');
    })
    .join(' ');
}

function capitalise(word: string): string {
  return word.replace(
    /(^|['’])(\p{Ll})/gu,
    (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
  );
}

function firstLines(text: string, count: number): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lines.length < count && lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, Math.min(lineEnd, lineStart + LINE_PREFIX));
    const trimmed = raw.trim();
    if (trimmed !== '') {
      lines.push({ text: trimmed, start: lineStart + raw.indexOf(trimmed) });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}
