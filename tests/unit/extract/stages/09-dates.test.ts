import { extract, runUntil } from '../fixtures/run';

function dates(text: string, publishedAt: string | null = '2021-05-17'): [string, string | null][] {
  const ctx = runUntil('dates', text, { publishedAt });
  return ctx.dates.map((d) => [d.text, d.date]);
}

describe('dates', () => {
  it.each<[string, string | null, [string, string | null][]]>([
    [
      'said on Monday [17 May].',
      '2021-05-17',
      [
        ['on Monday', '2021-05-17'],
        ['17 May', '2021-05-17'],
      ],
    ],
    ['the meeting on 20 May', '2021-05-17', [['on 20 May', '2021-05-20']]],
    ['he said today', '2021-05-17', [['today', '2021-05-17']]],
    ['he said yesterday', '2021-05-17', [['yesterday', '2021-05-16']]],
    ['talks last week', '2021-05-17', [['last week', '2021-05-10']]],
    ['said on Sunday', '2014-07-13', [['on Sunday', '2014-07-13']]],
    ['said on Friday', '2021-05-17', [['on Friday', '2021-05-14']]],
    ['a recent call', '2021-05-17', [['recent', null]]],
    ['in November 2014', '2021-05-17', [['November 2014', null]]],
    ['on May 9, 2018', null, [['May 9, 2018', '2018-05-09']]],
    ['he said today', null, [['today', null]]],
    ['no date here', '2021-05-17', []],
  ])('%j (reference %s)', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });

  it.each<[string, string | null]>([
    ['Russia will act, Sergei Lavrov said on Monday [17 May].', '2021-05-17'],
    ['Sergei Lavrov said yesterday that Russia will act.', '2021-05-16'],
    ['Sergei Lavrov said that Russia will act.', '2021-05-17'],
  ])('statement date of %j', (text, expected) => {
    expect(extract(text).statements.map((s) => s.date)).toEqual([expected]);
  });

  it('keeps the month of a date that names no day', () => {
    const ctx = runUntil('dates', 'the summit in November 2015 in Seoul', {
      publishedAt: '2018-05-09',
    });
    expect(ctx.dates.map((d) => [d.text, d.date, d.month])).toEqual([
      ['November 2015', null, '2015-11'],
    ]);
  });

  it('reads only the date words around a date word', () => {
    expect(dates('They met in Geneva on Friday, 20 June 2025 to talk.', '2025-06-20')).toEqual([
      ['on Friday, 20 June 2025', '2025-06-20'],
    ]);
  });

  it('an unresolvable date stays null with a warning', () => {
    const graph = extract('Sergei Lavrov said that Russia will act.', { publishedAt: null });
    expect(graph.statements[0]!.date).toBeNull();
    expect(graph.warnings.map((w) => w.code)).toContain('no-document-date');
  });
});

/**
 * Stage 9's rules (src/extract/stages/09-dates/index.ts header, README "Dates"): a day-precise
 * result is an ISO date; a weekday alone is the last such day on or before the reference, the
 * next one after "next"; month-only and vague expressions stay null; without a reference only
 * expressions with a year resolve; a word that is no date word gives no date.
 */
describe('date rules', () => {
  it.each<[string, string | null, [string, string | null][]]>([
    // 2021-05-17 is a Monday: the weekday of the reference is the reference
    ['said on Monday', '2021-05-17', [['on Monday', '2021-05-17']]],
    ['said on Tuesday', '2021-05-17', [['on Tuesday', '2021-05-11']]],
    ['will meet next Friday', '2021-05-17', [['next Friday', '2021-05-21']]],
    ['will meet tomorrow', '2021-05-17', [['tomorrow', '2021-05-18']]],
    ['met on 2 June 2021', '2021-05-17', [['on 2 June 2021', '2021-06-02']]],
    ['met on June 2, 2021', '2021-05-17', [['June 2, 2021', '2021-06-02']]],
    // month-only, vague
    ['met last November', '2021-05-17', [['November', null]]],
    // "last November 5": the one before the reference
    ['met last November 5', '2021-05-17', [['November 5', '2020-11-05']]],
    ['met last November 5', '2021-12-01', [['November 5', '2021-11-05']]],
    ['met recently', '2021-05-17', [['recently', null]]],
    // without a reference only expressions with a year resolve
    ['met on 9 May 2018', null, [['on 9 May 2018', '2018-05-09']]],
    ['said on Friday', null, [['on Friday', null]]],
    // a month name alone never resolves ("Theresa May" is no day)
    ['Theresa May said so', '2021-05-17', [['May', null]]],
    // words that are no dates
    ['we may meet', '2021-05-17', []],
    ['they march on', '2021-05-17', []],
    ['the second round', '2021-05-17', []],
  ])('%j (reference %s)', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });

  const monthOf = (text: string, publishedAt: string): (string | null)[] =>
    runUntil('dates', text, { publishedAt }).dates.map((d) => d.month);

  it.each<[string, string, string | null]>([
    ['the summit in November 2014', '2021-05-17', '2014-11'],
    ['the summit in May 2020', '2021-05-17', '2020-05'],
    // a day-precise date has no month of its own
    ['the summit on 20 May 2020', '2021-05-17', null],
  ])('month of %j (reference %s)', (text, publishedAt, month) => {
    expect(monthOf(text, publishedAt)).toEqual([month]);
  });

  // "last November" is the November before the reference (README "Dates"): it keeps that month.
  it.each<[string, string, string | null]>([
    ['met last November', '2021-05-17', '2020-11'],
    ['met last November', '2021-12-01', '2021-11'],
    ['met last November', '2021-11-20', '2020-11'],
    // without "last" a month with no year keeps none
    ['met in November', '2021-05-17', null],
  ])('month of %j (reference %s)', (text, publishedAt, month) => {
    expect(monthOf(text, publishedAt)).toEqual([month]);
  });
});
