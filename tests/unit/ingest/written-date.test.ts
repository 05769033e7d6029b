import { findFirstYear, parseWrittenDate, toIsoDate } from '../../../src/ingest/written-date';

describe('toIsoDate', () => {
  test.each<[unknown, string | null]>([
    ['2021-05-17', '2021-05-17'],
    ['2021-5-7', '2021-05-07'],
    ['2021-05-17T23:30:00-04:00', '2021-05-17'],
    ['2021-05-17 10:00', '2021-05-17'],
    ['2021/05/17', '2021-05-17'],
    ['May 17, 2021', '2021-05-17'],
    ['Monday, May 17, 2021', '2021-05-17'],
    ['17 May 2021', '2021-05-17'],
    ['17th May, 2021', '2021-05-17'],
    ['Sept. 3, 2020', '2020-09-03'],
    ['SEPTEMBER 3 2020', '2020-09-03'],
    ['2024-02-29', '2024-02-29'],
    [new Date(Date.UTC(2023, 5, 19)), '2023-06-19'],
    // not dates, or not whole dates
    ['May 17', null],
    ['2021-02-30', null],
    ['2023-02-29', null],
    ['2021-13-01', null],
    ['Marching 17, 2021', null],
    ['next week', null],
    ['', null],
    [20210517, null],
    [new Date(Number.NaN), null],
    [null, null],
  ])('%p → %p', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('parseWrittenDate', () => {
  test.each<[string, ReturnType<typeof parseWrittenDate>]>([
    ['May 17', { year: null, month: 5, day: 17 }],
    ['17 May', { year: null, month: 5, day: 17 }],
    ['Feb 29', { year: null, month: 2, day: 29 }],
    ['Wednesday, May 9, 2018', { year: 2018, month: 5, day: 9 }],
    ['May 32', null],
    ['May', null],
    ['Moscow', null],
    ['however, has refused', null],
  ])('%p', (input, expected) => {
    expect(parseWrittenDate(input)).toEqual(expected);
  });
});

describe('findFirstYear', () => {
  test.each<[string, number | null]>([
    ['He spoke on May 20, 2021 in Reykjavik.', 2021],
    ['Talks on 20 May 2022 and May 1, 2021.', 2022],
    ['Filed 2020-01-02; updated June 1, 2021.', 2020],
    ['In 2019 nothing happened on May 17.', null],
    ['Published Marching 17, 2021.', null],
  ])('%p → %p', (input, expected) => {
    expect(findFirstYear(input)).toBe(expected);
  });
});
