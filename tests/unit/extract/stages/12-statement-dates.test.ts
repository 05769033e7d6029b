/** Stage 12 — statement dates, policy 8 (src/extract/stages/12-statement-dates.ts). */

import { extract } from '../fixtures/run';

function dates(text: string, publishedAt: string | null = '2021-05-17'): (string | null)[] {
  return extract(text, { publishedAt }).statements.map((s) => s.date);
}

describe('statement dates', () => {
  it.each<[string, string | null, (string | null)[]]>([
    // No date in the attribution, no event: the document's date.
    ['Lavrov said that time is short.', '2021-05-17', ['2021-05-17']],
    // The attribution's own date.
    ['On Friday, Lavrov said that time is short.', '2021-05-17', ['2021-05-14']],
    // Without a document date, nothing to fall back on.
    ['Lavrov said that time is short.', null, [null]],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });
});
