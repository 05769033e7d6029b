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

/**
 * Policy 8 (tests/golden/README.md): the date the attribution gives, else the date of the held
 * event the statement was made at, else the document's publication date.
 */
describe('statement date rules', () => {
  it.each<[string, string | null, (string | null)[]]>([
    ['Lavrov said yesterday that time is short.', '2021-05-17', ['2021-05-16']],
    ['Yesterday, Lavrov said that time is short.', '2021-05-17', ['2021-05-16']],
    ['Lavrov said on 9 May 2018 that time is short.', '2021-05-17', ['2018-05-09']],
    // without a reference a weekday gives nothing; a full date does
    ['Lavrov said on Friday that time is short.', null, [null]],
    ['Lavrov said on 9 May 2018 that time is short.', null, ['2018-05-09']],
    // each statement its own attribution's date
    [
      'Lavrov said on Friday that time is short. He added yesterday that talks matter.',
      '2021-05-17',
      ['2021-05-14', '2021-05-16'],
    ],
    // a date inside the reported clause is not the statement's
    ['Lavrov said that the meeting on 20 May will matter.', '2021-05-17', ['2021-05-17']],
    ['Lavrov said that talks were held yesterday.', '2021-05-17', ['2021-05-17']],
    // the held event it was made at
    [
      'At the press conference on Friday, Lavrov said that time is short.',
      '2021-05-17',
      ['2021-05-14'],
    ],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });
});
