/** core/text — hashes and sorting (src/extract/core/text.ts). */

import { createHash } from 'node:crypto';
import { compareStrings, sha256Hex, uniqueSorted } from '../../../../src/extract/core/text';

describe('sha256Hex', () => {
  it.each<[string, string]>([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j', (s, expected) => {
    expect(sha256Hex(s)).toBe(expected);
  });

  it.each<[string]>([['Sergei Lavrov'], ['People’s Republic'], ['日本'], ['a\u0000b']])(
    '%j is the UTF-8 sha256 in hex',
    (s) => {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    },
  );
});

describe('compareStrings', () => {
  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['', 'a', -1],
    // code-unit order, not locale order: upper case before lower case
    ['Z', 'a', -1],
    ['a', 'B', 1],
    ['person:a', 'person:a-b', -1],
  ])('%j vs %j → %d', (a, b, expected) => {
    expect(compareStrings(a, b)).toBe(expected);
  });
});

describe('uniqueSorted', () => {
  it.each<[string[], string[]]>([
    [[], []],
    [['x'], ['x']],
    [
      ['b', 'a'],
      ['a', 'b'],
    ],
    [['a', 'a'], ['a']],
    [
      ['c', 'a', 'b', 'a', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      ['b', 'B', 'a', 'A'],
      ['A', 'B', 'a', 'b'],
    ],
  ])('%j → %j', (values, expected) => {
    expect(uniqueSorted(values)).toEqual(expected);
  });

  it('takes any iterable and returns a copy', () => {
    expect(uniqueSorted(new Set(['z', 'y']))).toEqual(['y', 'z']);
    const one = ['x'];
    expect(uniqueSorted(one)).not.toBe(one);
  });
});
