/**
 * What an `asOf` argument accepts: a calendar date written `YYYY-MM-DD`. The Date scalar of
 * @neo4j/graphql reads anything JavaScript's `Date` parses ("2021", "May 19, 2021") and
 * rolls impossible days over ("2021-02-30" becomes 2 March), which is no way to ask "as of
 * when"; `asOf` values are checked here first (src/api/as-of/use-as-of-dates.ts).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not an asOf date, or null when it is one (null itself: no asOf). */
export function asOfDateProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return `expected a date string "YYYY-MM-DD", got ${typeof value}`;
  const match = ISO_DATE.exec(value);
  if (match === null)
    return `expected a date "YYYY-MM-DD" (e.g. "2021-05-19"), got ${JSON.stringify(value)}`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 19xx
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return `${JSON.stringify(value)} is not a day of the calendar`;
  return null;
}
