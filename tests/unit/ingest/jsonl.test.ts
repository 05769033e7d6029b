import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeJsonLines, readJsonLines } from '../../../src/ingest/jsonl';
import type { ReadResult } from '../../../src/ingest/read-result';

const FIXTURES = join(__dirname, '../../fixtures/ingest');

function summarise(results: Iterable<ReadResult>): string[] {
  return [...results].map((result) =>
    result.ok
      ? `ok ${result.document.source ?? 'null'}`
      : `fail ${result.source} ${result.error.code}`,
  );
}

describe('readJsonLines', () => {
  test('a bad line among good ones fails alone; the other lines give documents', () => {
    const path = 'tests/fixtures/ingest/mixed.jsonl';
    const results = [
      ...readJsonLines(readFileSync(join(FIXTURES, 'mixed.jsonl')), { source: path }),
    ];
    expect(summarise(results)).toEqual([
      `ok ${path}:1`,
      `fail ${path}:2 JSONL_LINE_INVALID`,
      `fail ${path}:3 JSONL_LINE_INVALID`,
      `ok ${path}:5`,
      `fail ${path}:6 JSONL_LINE_INVALID`,
    ]);
    const [first, badJson, noText, second, array] = results;
    expect(first).toMatchObject({
      ok: true,
      document: {
        title: 'First',
        publisher: 'Interfax',
        place: 'Moscow',
        publishedAt: '2021-05-17',
      },
    });
    expect(second).toMatchObject({
      ok: true,
      document: { publisher: 'State Department', place: 'Washington', publishedAt: '2021-05-19' },
    });
    if (badJson?.ok !== false || noText?.ok !== false || array?.ok !== false)
      throw new Error('expected failures');
    expect(badJson.error.message).toMatch(
      /^tests\/fixtures\/ingest\/mixed\.jsonl:2: the line is not valid JSON/,
    );
    expect(badJson.error.cause).toBeInstanceOf(SyntaxError);
    expect(noText.error.message).toContain('no `text` field');
    expect(array.error.message).toContain('an array, not a JSON object');
  });

  test.each<[string, string, string]>([
    ['text of the wrong type', '{"text": 42}', 'JSONL_LINE_INVALID'],
    ['null', 'null', 'JSONL_LINE_INVALID'],
    ['a blank text', '{"text": "  "}', 'EMPTY_DOCUMENT'],
  ])('fails a line with %s', (_name, line, code) => {
    const [result] = [...readJsonLines(line, { source: 'in.jsonl' })];
    expect(result).toMatchObject({ ok: false, source: 'in.jsonl:1', error: { code } });
  });

  test('record fields win over the dateline; wrong field types warn and are ignored', () => {
    const line = JSON.stringify({
      text: '(Interfax – Moscow, May 17, 2021)\n\nText.',
      publisher: 'Agency',
      publishedAt: 'someday',
      title: ['not', 'text'],
      language: 'ru',
    });
    const [result] = [...readJsonLines(`${line}\n`, { source: null })];
    expect(result).toMatchObject({
      ok: true,
      document: {
        source: '<stdin>:1',
        publisher: 'Agency',
        place: 'Moscow',
        publishedAt: '2021-05-17',
        title: null,
        language: 'ru',
      },
    });
    if (!result?.ok) throw new Error('expected a document');
    expect(result.document.warnings.map((w) => w.code)).toEqual([
      'METADATA_INVALID',
      'METADATA_INVALID',
    ]);
  });

  test('reads CRLF lines, a BOM and skips blank lines', () => {
    const input = Buffer.from('\uFEFF{"text": "one"}\r\n\r\n{"text": "two"}\r\n', 'utf8');
    expect(summarise(readJsonLines(input, { source: 'f.jsonl' }))).toEqual([
      'ok f.jsonl:1',
      'ok f.jsonl:3',
    ]);
  });

  test('reports invalid UTF-8 on the line it is on, with its offset in the file', () => {
    const input = Buffer.concat([
      Buffer.from('{"text": "ok"}\n{"text": "bad '),
      Buffer.from([0xff]),
      Buffer.from('"}\n'),
    ]);
    const results = [...readJsonLines(input, { source: 'f.jsonl' })];
    expect(results.map((r) => (r.ok ? r.document.warnings.map((w) => w.message) : []))).toEqual([
      [],
      [expect.stringContaining('byte offset 29')],
    ]);
  });

  test('refuses binary input as a whole', () => {
    let error: unknown;
    try {
      Array.from(readJsonLines(Buffer.from([0x7b, 0, 0x7d]), { source: 'f.jsonl' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'BINARY_INPUT', source: 'f.jsonl' });
  });
});

describe('looksLikeJsonLines', () => {
  test.each<[string, boolean]>([
    ['{"text": "a"}', true],
    ['{"text": "a"}\n\n{"text": "b", "title": "t"}\n', true],
    ['  {"text": "a"}', true],
    ['{"text": "a"}\nplain text', false],
    ['{"title": "no text"}', false],
    ['{"text": 1}', false],
    ['[{"text": "a"}]', false],
    ['Plain text {"text": "a"}', false],
    ['', false],
  ])('%p → %p', (input, expected) => {
    expect(looksLikeJsonLines(input)).toBe(expected);
  });
});
