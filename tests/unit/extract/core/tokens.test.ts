/** core/tokens — the token table (src/extract/core/tokens.ts). */

import {
  ALL_CAPS,
  CAPITALISED,
  NEWLINE_BEFORE,
  NUMBER,
  PUNCT,
  SPACE_BEFORE,
  WORD,
  foldChar,
  has,
  lowerAt,
  phraseTokens,
  textAt,
  tokenAtOrAfter,
  tokenize,
} from '../../../../src/extract/core/tokens';

const FLAG_NAMES: [number, string][] = [
  [WORD, 'W'],
  [NUMBER, 'N'],
  [PUNCT, 'P'],
  [CAPITALISED, 'C'],
  [ALL_CAPS, 'A'],
  [SPACE_BEFORE, 's'],
  [NEWLINE_BEFORE, 'n'],
];

/** Each token as text/flags, flags as letters (W word, N number, P punct, C capitalised, A all caps, s space before, n newline before). */
function tokens(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const f = FLAG_NAMES.filter(([flag]) => has(t, i, flag))
      .map(([, name]) => name)
      .join('');
    out.push(`${textAt(t, i)}/${f}`);
  }
  return out;
}

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['Lavrov said', ['Lavrov/WC', 'said/Ws']],
    ['US MILLER', ['US/WCA', 'MILLER/WCAs']],
    // one capital letter is capitalised, not all caps
    ['I A', ['I/WC', 'A/WCs']],
    ['McDonald', ['McDonald/WC']],
    ['2021 5th', ['2021/N', '5th/Ns']],
    ['U.S.', ['U/WC', './P', 'S/WC', './P']],
    ['Hi,\nyou', ['Hi/WC', ',/P', 'you/Wsn']],
    ['People’s', ['People/WC', '’/P', 's/W']],
    ['Reykjavík Ёлка', ['Reykjavík/WC', 'Ёлка/WCs']],
    ['ÉTAT', ['ÉTAT/WCA']],
    ['non-nuclear', ['non/W', '-/P', 'nuclear/W']],
    // a non-breaking space is a space
    ['a\u00a0b', ['a/W', 'b/Ws']],
    // a surrogate pair is one token
    ['a 😀 b', ['a/W', '😀/Ps', 'b/Ws']],
  ])('%j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('offsets are UTF-16 code units and lower forms are folded', () => {
    const t = tokenize('The People’s 😀 X');
    expect([...t.start.subarray(0, t.count)]).toEqual([0, 4, 10, 11, 13, 16]);
    expect([...t.end.subarray(0, t.count)]).toEqual([3, 10, 11, 12, 15, 17]);
    expect(t.lower).toEqual(['the', 'people', "'", 's', '😀', 'x']);
    expect(lowerAt(t, 99)).toBe('');
    expect(has(t, -1, WORD)).toBe(false);
    expect(has(t, t.count, WORD)).toBe(false);
  });
});

describe('foldChar', () => {
  it.each<[string, string]>([
    ['\u2019', "'"],
    ['\u2018', "'"],
    ['\u02bc', "'"],
    ['\u2010', '-'],
    ['\u2011', '-'],
    // an en dash and typographic double quotes are not folded
    ['\u2013', '\u2013'],
    ['“', '“'],
    ['a', 'a'],
  ])('%j → %j', (ch, expected) => {
    expect(foldChar(ch)).toBe(expected);
  });
});

describe('tokenAtOrAfter', () => {
  const t = tokenize('ab cd  ef');
  it.each<[number, number]>([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [7, 2],
    [8, 3],
    [100, 3],
  ])('offset %d → token %d', (offset, expected) => {
    expect(tokenAtOrAfter(t, offset)).toBe(expected);
  });
});

describe('phraseTokens', () => {
  it.each<[string, string[]]>([
    ['Foreign Minister', ['foreign', 'minister']],
    ['People’s Republic', ['people', "'", 's', 'republic']],
    ["People's Republic", ['people', "'", 's', 'republic']],
    ['U.S.', ['u', '.', 's', '.']],
    ['', []],
  ])('%j', (phrase, expected) => {
    expect(phraseTokens(phrase)).toEqual(expected);
  });
});
