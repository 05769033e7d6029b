/** core/quote-marks — which mark opens, which closes, how content is trimmed (src/extract/core/quote-marks.ts). */

import type { Family } from '../../../../src/extract/core/quote-marks';
import { closes, opener, trimQuoteContent } from '../../../../src/extract/core/quote-marks';

describe('opener', () => {
  // `at` is the offset of the mark; the paragraph starts at 0.
  it.each<[string, number, Family | null]>([
    ['“a', 0, 'curly'],
    ['„a', 0, 'curly'],
    ['«a', 0, 'guillemet'],
    ['"a', 0, 'straight'],
    [' "a', 1, 'straight'],
    ['("a', 1, 'straight'],
    [':"a', 1, 'straight'],
    ['—"a', 1, 'straight'],
    ['a"b', 1, null],
    ['12"', 2, null],
    [' ‘a', 1, 'single'],
    ['“‘a', 1, 'single'],
    [' ‘ a', 1, null],
    ['a‘b', 1, null],
    ['”a', 0, null],
    ['»a', 0, null],
    ['’a', 0, null],
  ])('%j at %d → %s', (text, at, expected) => {
    expect(opener(text, at, 0)).toBe(expected);
  });

  it('the paragraph start counts as a space', () => {
    expect(opener('x"a', 1, 1)).toBe('straight');
    expect(opener('x"a', 1, 0)).toBeNull();
  });
});

describe('closes', () => {
  it.each<[Family, string, boolean]>([
    ['curly', '”', true],
    // „…“: the German closing mark
    ['curly', '“', true],
    ['curly', '"', false],
    ['guillemet', '»', true],
    ['guillemet', '”', false],
    ['straight', '"', true],
    ['straight', '”', false],
    ['single', '’ ', true],
    ['single', '’.', true],
    // an apostrophe inside a word closes nothing
    ['single', '’s', false],
  ])('%s closed by %j → %s', (family, text, expected) => {
    expect(closes(family, text, 0)).toBe(expected);
  });
});

describe('trimQuoteContent (policy 1)', () => {
  it.each<[string, string]>([
    ['Yes', 'Yes'],
    ['  Yes  ', 'Yes'],
    ['Yes,', 'Yes'],
    ['Yes ,; ', 'Yes'],
    ['Yes:', 'Yes'],
    ['Yes.', 'Yes.'],
    ['Yes?', 'Yes?'],
    ['a:b', 'a:b'],
    [' , ', ''],
    ['', ''],
  ])('%j → %j', (content, expected) => {
    const { start, end } = trimQuoteContent(content, 0, content.length);
    expect(content.slice(start, end)).toBe(expected);
  });
});
