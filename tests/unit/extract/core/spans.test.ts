/** core/spans — binary searches over sorted spans (src/extract/core/spans.ts). */

import type { Quote } from '../../../../src/extract/core/context';
import { firstAtOrAfter, quoteAt } from '../../../../src/extract/core/spans';

const starts = (...xs: number[]): { start: number }[] => xs.map((start) => ({ start }));

const quote = (open: number, close: number): Quote => ({
  open,
  close,
  closed: true,
  start: open + 1,
  end: close,
  firstParagraph: 0,
  lastParagraph: 0,
  words: 1,
});

describe('firstAtOrAfter', () => {
  it.each<[number[], number, number]>([
    [[], 0, 0],
    [[], 5, 0],
    [[0, 5, 10], -1, 0],
    [[0, 5, 10], 0, 0],
    [[0, 5, 10], 1, 1],
    [[0, 5, 10], 5, 1],
    [[0, 5, 10], 6, 2],
    [[0, 5, 10], 10, 2],
    [[0, 5, 10], 11, 3],
    // equal starts: the first of them
    [[3, 3, 3, 7], 3, 0],
    [[3, 3, 3, 7], 4, 3],
  ])('%j at %d → %d', (xs, offset, expected) => {
    expect(firstAtOrAfter(starts(...xs), offset)).toBe(expected);
  });
});

describe('quoteAt', () => {
  const quotes = [quote(0, 4), quote(10, 20), quote(30, 31)];
  it.each<[number, number]>([
    [0, 0], // the opening mark
    [2, 0],
    [4, 0], // the closing mark
    [5, -1], // between quotes
    [9, -1],
    [10, 1],
    [15, 1],
    [20, 1],
    [25, -1],
    [30, 2],
    [31, 2],
    [32, -1], // after the last
    [-1, -1],
  ])('offset %d → %d', (at, expected) => {
    expect(quoteAt(quotes, at)).toBe(expected);
  });

  it('no quotes → -1', () => {
    expect(quoteAt([], 0)).toBe(-1);
  });
});
