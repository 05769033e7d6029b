import { hasGlobMagic, matchSegment, splitGlob } from '../../../src/ingest/glob';

describe('matchSegment', () => {
  test.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', '.txt', false],
    ['*.txt', 'a.txt.bak', false],
    ['*', 'anything', true],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b', 'xxaxxbxxc', false],
    ['report-*-2021.md', 'report-may-2021.md', true],
    ['exact.md', 'exact.md', true],
    ['exact.md', 'Exact.md', false],
    ['**', 'a', true],
    [`${'*a'.repeat(20)}b`, 'a'.repeat(60), false],
  ])('%p against %p → %p', (pattern, name, expected) => {
    expect(matchSegment(pattern, name)).toBe(expected);
  });
});

describe('splitGlob', () => {
  test.each<[string, { base: string; segments: string[] }]>([
    ['*.txt', { base: '.', segments: ['*.txt'] }],
    ['docs/*.txt', { base: 'docs', segments: ['*.txt'] }],
    ['docs/**/*.md', { base: 'docs', segments: ['**', '*.md'] }],
    ['docs/**/**/*.md', { base: 'docs', segments: ['**', '*.md'] }],
    ['/abs/dir/?.txt', { base: '/abs/dir', segments: ['?.txt'] }],
    ['/*.txt', { base: '/', segments: ['*.txt'] }],
    ['a\\b\\*.txt', { base: 'a/b', segments: ['*.txt'] }],
    ['a/*/c/*.txt', { base: 'a', segments: ['*', 'c', '*.txt'] }],
  ])('%p', (pattern, expected) => {
    expect(splitGlob(pattern)).toEqual(expected);
  });
});

describe('hasGlobMagic', () => {
  test.each<[string, boolean]>([
    ['docs/*.txt', true],
    ['doc?.txt', true],
    ['docs/file.txt', false],
    ['-', false],
  ])('%p → %p', (path, expected) => {
    expect(hasGlobMagic(path)).toBe(expected);
  });
});
