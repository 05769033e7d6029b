import { extractFrontMatter } from '../../../src/ingest/front-matter';

describe('extractFrontMatter', () => {
  test.each<[string, string, Record<string, string>, string]>([
    [
      'all fields, quoted and plain',
      '---\ntitle: "Talks in Beijing"\nurl: https://example.org/a\npublisher: State\npublishedAt: 2023-06-19\nlanguage: en-GB\nplace: Beijing\n---\nBody.',
      {
        title: 'Talks in Beijing',
        url: 'https://example.org/a',
        publisher: 'State',
        publishedAt: '2023-06-19',
        language: 'en',
        place: 'Beijing',
      },
      'Body.',
    ],
    ['other keys ignored', '---\nlicense: CC BY 4.0\nauthor: Someone\n---\nBody.', {}, 'Body.'],
    [
      'a written date',
      '---\npublishedAt: May 17, 2021\n---\nBody.',
      { publishedAt: '2021-05-17' },
      'Body.',
    ],
    [
      'a date-time keeps the date as written',
      '---\npublishedAt: "2021-05-17T23:30:00-04:00"\n---\nBody.',
      { publishedAt: '2021-05-17' },
      'Body.',
    ],
    [
      'a YAML 1.1 timestamp',
      '---\npublishedAt: 2021-05-17 10:00:00\n---\nBody.',
      { publishedAt: '2021-05-17' },
      'Body.',
    ],
    ['closed by "..."', '---\ntitle: T\n...\nBody.', { title: 'T' }, 'Body.'],
    ['an empty block', '---\n---\nBody.', {}, 'Body.'],
    [
      'a blank line after the block stays in the text',
      '---\ntitle: T\n---\n\nBody.',
      { title: 'T' },
      '\nBody.',
    ],
    ['a closing line at the very end', '---\ntitle: T\n---', { title: 'T' }, ''],
    ['a number as title', '---\ntitle: 1984\n---\nBody.', { title: '1984' }, 'Body.'],
    [
      'whitespace in values collapsed',
      '---\ntitle: >\n  Folded\n  title\n---\nBody.',
      { title: 'Folded title' },
      'Body.',
    ],
  ])('reads %s', (_name, input, metadata, text) => {
    const result = extractFrontMatter(input);
    expect(result.metadata).toEqual(metadata);
    expect(result.text).toBe(text);
    expect(result.warnings).toEqual([]);
  });

  test.each<[string, string]>([
    ['no front matter', 'Body.\n---\ntitle: no\n---'],
    ['a dash line not first', '\n---\ntitle: no\n---\nBody.'],
    ['four dashes', '----\ntitle: no\n---\nBody.'],
  ])('leaves text without front matter alone: %s', (_name, input) => {
    expect(extractFrontMatter(input)).toEqual({ text: input, metadata: {}, warnings: [] });
  });

  test.each<[string, string, string]>([
    ['unbalanced brackets', '---\ntitle: [unbalanced\n---\nBody.', 'Body.'],
    ['a duplicate key', '---\ntitle: A\ntitle: B\n---\nBody.', 'Body.'],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nBody.', 'Body.'],
    ['prose', '---\nJust some words here\n---\nBody.', 'Body.'],
  ])('warns FRONT_MATTER_INVALID and still removes the block: %s', (_name, input, text) => {
    const result = extractFrontMatter(input);
    expect(result.text).toBe(text);
    expect(result.metadata).toEqual({});
    expect(result.warnings.map((w) => w.code)).toEqual(['FRONT_MATTER_INVALID']);
  });

  test('warns FRONT_MATTER_UNCLOSED and keeps the text when no closing line follows', () => {
    const input = '---\ntitle: Never closed\n\nBody.';
    const result = extractFrontMatter(input);
    expect(result.text).toBe(input);
    expect(result.warnings.map((w) => w.code)).toEqual(['FRONT_MATTER_UNCLOSED']);
  });

  test.each<[string, string, string]>([
    ['a date that is not one', 'publishedAt: next week', 'publishedAt "next week" is not a date'],
    ['an impossible date', 'publishedAt: 2021-02-30', 'publishedAt'],
    ['a list as title', 'title: [a, b]', 'title (a list) is not text'],
    ['a mapping as publisher', 'publisher: {name: x}', 'publisher (object) is not text'],
  ])('warns METADATA_INVALID for %s and keeps the other fields', (_name, line, message) => {
    const result = extractFrontMatter(`---\n${line}\nlanguage: fr\n---\nBody.`);
    expect(result.metadata).toEqual({ language: 'fr' });
    expect(result.warnings.map((w) => w.code)).toEqual(['METADATA_INVALID']);
    expect(result.warnings[0]!.message).toContain(message);
  });
});
