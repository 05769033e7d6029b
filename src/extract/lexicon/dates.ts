/** Date words worth handing to chrono, the words around them, and those that name no day. */

import { set } from './word-set';

/** Words that signal a relative or absolute date and are worth handing to chrono. */
export const DATE_TRIGGERS = set(`
  today yesterday tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  recent recently
`);

/** Words that may sit around a date word inside a date expression ("on Friday", "last week", "forty years ago"). */
export const DATE_CONTEXT_WORDS = set(`
  on in of the last next this past coming previous ago early late mid earlier later
  since until till by from to at before after
  morning afternoon evening night noon midnight local time
  a an one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
  few several
`);

/** Calendar units that make a date only with a modifier ("last week", "two days ago"). */
export const DATE_UNITS = set(`week month year weekend days weeks months years`);
export const DATE_UNIT_MODIFIERS = set(`last next this past coming previous ago`);

/** Date words that chrono cannot resolve to a day: they give a warning and a null date. */
export const VAGUE_DATE_WORDS = set(`recent recently earlier lately ago`);

/** Month names and their numbers, for a month named without a year ("President Biden's June trip"). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  `january february march april may june july august september october november december`
    .split(' ')
    .map((m, i) => [m, i + 1] as const),
);
