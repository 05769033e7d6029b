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
