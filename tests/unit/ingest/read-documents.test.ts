import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadDocumentsOptions } from '../../../src/ingest/read-documents';
import { readDocuments } from '../../../src/ingest/read-documents';
import type { ReadResult } from '../../../src/ingest/read-result';

const REPO = join(__dirname, '../../..');
const FIXTURES = 'tests/fixtures/ingest';
const SEED = 'tests/golden/docs/interfax-2021-05-17-lavrov.txt';

async function readAll(inputs: string[], options?: ReadDocumentsOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readDocuments(inputs, options)) results.push(result);
  return results;
}

/** "ok <source>" or "fail <source> <code>", sources relative to the repository. */
async function outcomes(inputs: string[], options?: ReadDocumentsOptions): Promise<string[]> {
  return (await readAll(inputs, options)).map((result) =>
    result.ok
      ? `ok ${result.document.source ?? 'null'}`
      : `fail ${result.source} ${result.error.code}`,
  );
}

const stdinOf = (text: string | Buffer): Readable => Readable.from([Buffer.from(text)]);

let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
  process.chdir(REPO);
});
afterAll(() => process.chdir(cwd));

describe('readDocuments: files', () => {
  test('reads the Interfax seed', async () => {
    const [result] = await readAll([SEED]);
    expect(result).toMatchObject({
      ok: true,
      document: { source: SEED, publisher: 'Interfax', place: 'Moscow', publishedAt: '2021-05-17' },
    });
  });

  test.each<[string, string, Record<string, unknown>]>([
    [
      'BOM and CRLF',
      'bom-crlf.txt',
      { text: 'MOSCOW, May 17 (Reuters) - Line one.\nLine two.\nLine three.', place: 'Moscow' },
    ],
    [
      'a front-matter copy of a golden document',
      'blinken-wangyi-beijing-2023.txt',
      { publishedAt: '2023-06-19' },
    ],
    [
      'HTML',
      'page.html',
      { title: 'Lavrov & Blinken to meet in Reykjavik', publisher: 'Example News' },
    ],
  ])('reads %s', async (_name, file, expected) => {
    const [result] = await readAll([`${FIXTURES}/${file}`]);
    expect(result).toMatchObject({ ok: true, document: expected });
  });

  test('reads invalid UTF-8 with a warning, not a failure', async () => {
    const [result] = await readAll([`${FIXTURES}/invalid-utf8.txt`]);
    if (!result?.ok) throw new Error('expected a document');
    expect(result.document.text).toBe(
      'Café in Moscow \uFFFD\uFFFD and \uFFFD broken, a real \uFFFD stays.',
    );
    expect(result.document.warnings).toEqual([
      { code: 'INVALID_UTF8', message: expect.stringMatching(/^3 invalid .* byte offset 16;/) },
    ]);
  });

  test.each<[string, string, string]>([
    ['an empty file', 'empty.txt', 'EMPTY_DOCUMENT'],
    ['a whitespace-only file', 'whitespace-only.txt', 'EMPTY_DOCUMENT'],
    ['a binary file', 'binary.txt', 'BINARY_INPUT'],
    ['a missing file', 'no-such-file.txt', 'INPUT_NOT_FOUND'],
  ])('reports %s as a failure', async (_name, file, code) => {
    const source = `${FIXTURES}/${file}`;
    const [result] = await readAll([source]);
    expect(result).toMatchObject({ ok: false, source, error: { code, source } });
    if (result?.ok !== false) throw new Error('expected a failure');
    expect(result.error.message.startsWith(`${source}: `)).toBe(true);
  });

  test('unbalanced front matter: unclosed is kept as text, malformed is removed; both warn', async () => {
    const results = await readAll([
      `${FIXTURES}/unclosed-front-matter.md`,
      `${FIXTURES}/malformed-front-matter.md`,
    ]);
    const documents = results.map((r) => (r.ok ? r.document : null));
    expect(documents[0]).toMatchObject({ title: null, publishedAt: null });
    expect(documents[0]!.text.startsWith('---\ntitle: Never closed')).toBe(true);
    expect(documents[0]!.warnings.map((w) => w.code)).toEqual(['FRONT_MATTER_UNCLOSED']);
    expect(documents[1]).toMatchObject({
      text: 'Beijing, June 8, 2018\n\nThe body survives.',
      place: 'Beijing',
      publishedAt: '2018-06-08',
    });
    expect(documents[1]!.warnings.map((w) => w.code)).toEqual(['FRONT_MATTER_INVALID']);
  });

  test('JSON Lines: a bad line among good ones fails alone', async () => {
    const file = `${FIXTURES}/mixed.jsonl`;
    expect(await outcomes([file])).toEqual([
      `ok ${file}:1`,
      `fail ${file}:2 JSONL_LINE_INVALID`,
      `fail ${file}:3 JSONL_LINE_INVALID`,
      `ok ${file}:5`,
      `fail ${file}:6 JSONL_LINE_INVALID`,
    ]);
  });

  test('keeps going after failures, in the order the inputs were given', async () => {
    expect(
      await outcomes([`${FIXTURES}/binary.txt`, 'missing.txt', `${FIXTURES}/tree/alpha.txt`]),
    ).toEqual([
      `fail ${FIXTURES}/binary.txt BINARY_INPUT`,
      'fail missing.txt INPUT_NOT_FOUND',
      `ok ${FIXTURES}/tree/alpha.txt`,
    ]);
  });
});

describe('readDocuments: directories and globs', () => {
  const tree = `${FIXTURES}/tree`;

  test('a directory: its top-level files with known extensions, sorted, hidden files skipped', async () => {
    expect(await outcomes([tree])).toEqual([`ok ${tree}/alpha.txt`, `ok ${tree}/beta.md`]);
  });

  test('a directory, recursively: depth first, sorted by name', async () => {
    expect(await outcomes([tree], { recursive: true })).toEqual([
      `ok ${tree}/alpha.txt`,
      `ok ${tree}/beta.md`,
      `ok ${tree}/nested/deeper/delta.jsonl:1`,
      `ok ${tree}/nested/deeper/delta.jsonl:2`,
      `ok ${tree}/nested/gamma.html`,
      `ok ${tree}/nested/zeta.txt`,
    ]);
  });

  test.each<[string, string[]]>([
    [`${tree}/*.txt`, [`${tree}/alpha.txt`]],
    [`${tree}/**/*.txt`, [`${tree}/alpha.txt`, `${tree}/nested/zeta.txt`]],
    [
      `${tree}/**/*`,
      [
        `${tree}/alpha.txt`,
        `${tree}/beta.md`,
        `${tree}/nested/deeper/delta.jsonl:1`,
        `${tree}/nested/deeper/delta.jsonl:2`,
        `${tree}/nested/gamma.html`,
        `${tree}/nested/zeta.txt`,
      ],
    ],
    [`${tree}/*/g?mma.*`, [`${tree}/nested/gamma.html`]],
    [`${tree}/.*.txt`, [`${tree}/.hidden.txt`]],
  ])('a glob: %s', async (pattern, expected) => {
    expect(await outcomes([pattern])).toEqual(expected.map((source) => `ok ${source}`));
  });

  test('a glob that matches nothing is INPUT_NOT_FOUND', async () => {
    expect(await outcomes([`${tree}/*.pdf`])).toEqual([`fail ${tree}/*.pdf INPUT_NOT_FOUND`]);
  });

  test('the same inputs always give the same documents in the same order', async () => {
    const read = async (): Promise<string[]> =>
      (await readAll([tree, SEED, `${FIXTURES}/page.html`], { recursive: true })).map((r) =>
        r.ok ? `${r.document.source ?? ''} ${r.document.id}` : r.source,
      );
    expect(await read()).toEqual(await read());
  });
});

describe('readDocuments: temporary inputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = relative(REPO, mkdtempSync(join(tmpdir(), 'diplograph-ingest-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a directory with nothing to read is reported', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Text.');
    const [result] = await readAll([dir]);
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT_NOT_FOUND' } });
    if (result?.ok !== false) throw new Error('expected a failure');
    expect(result.error.message).toContain('recursive');
  });

  test('a file over the size limit is INPUT_TOO_LARGE, without stopping the others', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(join(dir, 'small.txt'), 'Small.');
    const results = await readAll([dir], { maxBytes: 1000 });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['INPUT_TOO_LARGE', 'ok']);
    if (results[0]?.ok !== false) throw new Error('expected a failure');
    expect(results[0].error.message).toMatch(
      /big\.txt: the input is larger than 1000 bytes.*Split it/,
    );
  });

  test('a file with an unknown extension, named explicitly, is UNSUPPORTED_FORMAT', async () => {
    const file = join(dir, 'notes.pdf');
    writeFileSync(file, '%PDF-1.4');
    expect(await outcomes([file])).toEqual([`fail ${file} UNSUPPORTED_FORMAT`]);
  });
});

describe('readDocuments: stdin', () => {
  test.each<[string, string, Record<string, unknown>]>([
    [
      'plain text',
      '(Interfax – Moscow, May 17, 2021)\r\n\r\nLavrov said.',
      { source: null, place: 'Moscow', text: '(Interfax – Moscow, May 17, 2021)\n\nLavrov said.' },
    ],
    [
      'HTML when it starts with "<"',
      '  <title>T</title><p>Body.</p>',
      { source: null, title: 'T', text: 'Body.' },
    ],
  ])('reads %s', async (_name, input, expected) => {
    expect(await readAll(['-'], { stdin: stdinOf(input) })).toEqual([
      { ok: true, document: expect.objectContaining(expected) },
    ]);
  });

  test('reads JSON Lines when every line is a record with text', async () => {
    const input = '{"text": "One."}\n\n{"text": "Two.", "title": "2"}\n';
    expect(await outcomes(['-'], { stdin: stdinOf(input) })).toEqual([
      'ok <stdin>:1',
      'ok <stdin>:3',
    ]);
  });

  test('reads text when a line is not a record', async () => {
    const input = '{"text": "One."}\nnot json';
    expect(await outcomes(['-'], { stdin: stdinOf(input) })).toEqual(['ok null']);
  });

  test.each<[string, Buffer, string]>([
    ['empty', Buffer.alloc(0), 'EMPTY_DOCUMENT'],
    ['binary', Buffer.from([0x50, 0x4b, 0, 0]), 'BINARY_INPUT'],
    ['too large', Buffer.alloc(2000, 0x61), 'INPUT_TOO_LARGE'],
  ])('reports %s stdin as a failure', async (_name, input, code) => {
    expect(await outcomes(['-'], { stdin: stdinOf(input), maxBytes: 1000 })).toEqual([
      `fail <stdin> ${code}`,
    ]);
  });

  test('reads stdin among files, in order', async () => {
    expect(
      await outcomes([`${FIXTURES}/tree/alpha.txt`, '-', `${FIXTURES}/tree/beta.md`], {
        stdin: stdinOf('From stdin.'),
      }),
    ).toEqual([`ok ${FIXTURES}/tree/alpha.txt`, 'ok null', `ok ${FIXTURES}/tree/beta.md`]);
  });
});
