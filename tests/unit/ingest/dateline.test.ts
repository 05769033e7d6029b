import { parseDateline, titleCaseCapitals } from '../../../src/ingest/dateline';

type Expected = { publisher: string | null; place: string | null; publishedAt: string | null };

describe('parseDateline', () => {
  test.each<[string, Expected, string]>([
    // [text, expected fields, the dateline's text (its span)]
    [
      '(Interfax – Moscow, May 17, 2021)\n\nRussia will judge…',
      { publisher: 'Interfax', place: 'Moscow', publishedAt: '2021-05-17' },
      '(Interfax – Moscow, May 17, 2021)',
    ],
    [
      '(Interfax-Ukraine - Kyiv, 3 March 2022) The ministry said',
      { publisher: 'Interfax-Ukraine', place: 'Kyiv', publishedAt: '2022-03-03' },
      '(Interfax-Ukraine - Kyiv, 3 March 2022)',
    ],
    [
      '(TASS — Beijing)\nText.',
      { publisher: 'TASS', place: 'Beijing', publishedAt: null },
      '(TASS — Beijing)',
    ],
    [
      'MOSCOW, May 17 (Reuters) - Russia said on May 17, 2021 that…',
      { publisher: 'Reuters', place: 'Moscow', publishedAt: '2021-05-17' },
      'MOSCOW, May 17 (Reuters) -',
    ],
    [
      'NEW YORK (AP) — The Security Council met.',
      { publisher: 'AP', place: 'New York', publishedAt: null },
      'NEW YORK (AP) —',
    ],
    [
      'WASHINGTON, May 19, 2021 — Secretary Blinken said…',
      { publisher: null, place: 'Washington', publishedAt: '2021-05-19' },
      'WASHINGTON, May 19, 2021 —',
    ],
    [
      'WASHINGTON, D.C., May 19, 2021 - Text',
      { publisher: null, place: 'Washington', publishedAt: '2021-05-19' },
      'WASHINGTON, D.C., May 19, 2021 -',
    ],
    [
      'Office of the Spokesperson / May 19, 2021\n\nText.',
      { publisher: 'Office of the Spokesperson', place: null, publishedAt: '2021-05-19' },
      'Office of the Spokesperson / May 19, 2021',
    ],
    [
      'Office of the Spokesperson\nMay 19, 2021\n\nText.',
      { publisher: 'Office of the Spokesperson', place: null, publishedAt: '2021-05-19' },
      'Office of the Spokesperson\nMay 19, 2021',
    ],
    [
      'Moscow, 17 May 2021\n\nText.',
      { publisher: null, place: 'Moscow', publishedAt: '2021-05-17' },
      'Moscow, 17 May 2021',
    ],
    [
      'Beijing, June 8, 2018\nText.',
      { publisher: null, place: 'Beijing', publishedAt: '2018-06-08' },
      'Beijing, June 8, 2018',
    ],
    [
      'UNITED NATIONS, July 14, 2015\n\nText.',
      { publisher: null, place: 'United Nations', publishedAt: '2015-07-14' },
      'UNITED NATIONS, July 14, 2015',
    ],
    [
      'RIO DE JANEIRO, 1 May 2020 — Text',
      { publisher: null, place: 'Rio de Janeiro', publishedAt: '2020-05-01' },
      'RIO DE JANEIRO, 1 May 2020 —',
    ],
    [
      'Cabinet Secretariat, Wednesday, May 9, 2018\n[Provisional Translation]',
      { publisher: 'Cabinet Secretariat', place: null, publishedAt: '2018-05-09' },
      'Cabinet Secretariat, Wednesday, May 9, 2018',
    ],
    [
      'May 9, 2018\n\nWe, the leaders of Japan…',
      { publisher: null, place: null, publishedAt: '2018-05-09' },
      'May 9, 2018',
    ],
    [
      'Readout\nMarch 5, 2024\nThe following is attributable…',
      { publisher: null, place: null, publishedAt: '2024-03-05' },
      'Readout\nMarch 5, 2024',
    ],
    [
      '\n\n   Moscow, 17 May 2021\nText.',
      { publisher: null, place: 'Moscow', publishedAt: '2021-05-17' },
      'Moscow, 17 May 2021',
    ],
    // byline blocks: heading, name and title lines, then place (with its region) and date
    [
      'Press Statement\nJohn Kerry\nSecretary of State\nWashington, DC\nSeptember 25, 2015\n\nClimate change is a defining challenge.',
      { publisher: null, place: 'Washington', publishedAt: '2015-09-25' },
      'Washington, DC\nSeptember 25, 2015',
    ],
    [
      'U.S. Mission to the United Nations: Statement on the Plan of Action\n\nSamantha Power\nU.S. Permanent Representative to the United Nations\nNew York, NY\nJuly 14, 2015\n\nToday, the United States reached a deal.',
      { publisher: null, place: 'New York', publishedAt: '2015-07-14' },
      'New York, NY\nJuly 14, 2015',
    ],
    [
      'Samantha Power\nNEW YORK, N.Y.\n14 July 2015\nText.',
      { publisher: null, place: 'New York', publishedAt: '2015-07-14' },
      'NEW YORK, N.Y.\n14 July 2015',
    ],
    [
      'Joint Statement\nGeneva, Switzerland\nJune 20, 2025\nText.',
      { publisher: null, place: 'Geneva', publishedAt: '2025-06-20' },
      'Geneva, Switzerland\nJune 20, 2025',
    ],
  ])('%p', (text, expected, span) => {
    const dateline = parseDateline(text);
    expect(dateline).not.toBeNull();
    const { publisher, place, publishedAt, start, end, warnings } = dateline!;
    expect({ publisher, place, publishedAt }).toEqual(expected);
    expect(text.slice(start, end)).toBe(span);
    expect(warnings).toEqual([]);
  });

  test.each<[string]>([
    ['Moscow, however, has refused to comment.'],
    ['Washington, which had hoped for more, said nothing.'],
    ['Beijing, June 8 was a busy day for the delegations.'],
    ['Moscow, May 17, 2021, was the day of the press conference.'],
    ['In Moscow, May 17, 2021 — talks went on.'],
    ['Russia will judge US calls for normalisation not by words but by deeds.'],
    ['Lavrov, speaking on May 17, 2021 — said nothing new.'],
    ['(This is an aside – not a dateline)'],
    ['The talks (held in Geneva) — were long.'],
    ['President Putin (pictured) - arrived.'],
    ['MOSCOW (Reuters) said the talks went well.'],
    ['Readout\nThe Secretary met Director Wang.'],
    // not byline blocks: a title line is no place, a place needs its region and a dated next line
    ['Press Statement\nJohn Kerry\nSecretary of State\nSeptember 25, 2015\nText.'],
    ['Press Statement\nJohn Kerry\nWashington\nSeptember 25, 2015\nText.'],
    ['John Kerry\nWashington, DC\nText follows here.'],
    ['John Kerry\nWashington, DC\nSeptember 25\nText.'],
    ['John Kerry\nState Department, DC\nSeptember 25, 2015\nText.'],
    ['The talks went well.\nWashington, DC\nSeptember 25, 2015'],
    ['A\nB\nC\nD\nE\nF\nG\nWashington, DC\nSeptember 25, 2015'],
    [''],
    ['\n\n'],
  ])('finds no dateline in %p', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  test('warns DATELINE_YEAR_MISSING when no full date gives the year', () => {
    const dateline = parseDateline('MOSCOW, May 17 (Reuters) - Russia said on Monday that…');
    expect(dateline).toMatchObject({ publisher: 'Reuters', place: 'Moscow', publishedAt: null });
    expect(dateline!.warnings.map((w) => w.code)).toEqual(['DATELINE_YEAR_MISSING']);
    expect(dateline!.warnings[0]!.message).toContain('MOSCOW, May 17 (Reuters) -');
  });

  test('takes the year only from the first lines', () => {
    const text = `MOSCOW, May 17 (Reuters) - Talks.\n${'filler '.repeat(400)}\nOn May 20, 2021 they met.`;
    expect(parseDateline(text)!.publishedAt).toBeNull();
  });

  test('copes with a long first line that is not a dateline', () => {
    const text = `${'Moscow, '.repeat(20000)}(`;
    expect(parseDateline(text)).toBeNull();
  });
});

describe('titleCaseCapitals', () => {
  test.each<[string, string]>([
    ['MOSCOW', 'Moscow'],
    ['NEW YORK', 'New York'],
    ['UNITED NATIONS', 'United Nations'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['PORT-AU-PRINCE', 'Port-au-Prince'],
    ["N'DJAMENA", "N'Djamena"],
    ['ST. PETERSBURG', 'St. Petersburg'],
    ['THE HAGUE', 'The Hague'],
    ['Moscow', 'Moscow'],
    ['McLean', 'McLean'],
  ])('%p → %p', (input, expected) => {
    expect(titleCaseCapitals(input)).toBe(expected);
  });
});
