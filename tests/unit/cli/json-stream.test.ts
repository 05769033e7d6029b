/**
 * Streamed JSON (src/cli/json-stream.ts) is byte for byte what
 * JSON.stringify gives, compact and indented, for the golden documents'
 * graphs and for the awkward values; the writer respects backpressure.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { jsonChunks, StreamedArray, writeChunks } from '../../../src/cli/json-stream';
import { extractDocument } from '../../../src/extract';
import { toSourceDocument } from '../../../src/ingest';
import { realDictionaries } from '../extract/fixtures/real-dictionaries';

const DOCS = join(__dirname, '../../golden/docs');

const streamed = (value: unknown, space: number): string => [...jsonChunks(value, space)].join('');

describe('jsonChunks', () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith('.txt'));

  it.each(files)('writes the graph of %s as JSON.stringify does (compact and indented)', (file) => {
    const doc = toSourceDocument(readFileSync(join(DOCS, file), 'utf8'), {
      source: file,
      format: 'text',
    });
    const graph = extractDocument(doc, realDictionaries());
    expect(streamed(graph, 0)).toBe(JSON.stringify(graph));
    expect(streamed(graph, 2)).toBe(JSON.stringify(graph, null, 2));
  });

  // Slices are 65,536 code units: a pair whose high half is the last unit of a
  // slice (index 65,535) moves the edge back one, and so does the next one
  // (slices then start at 65,535, so the second edge is at 131,071).
  const escapes = '“quoted” é\n\t\\ '.repeat(4000);
  const long =
    `${escapes}${'x'.repeat(65_535 - escapes.length)}🙂` +
    `${'y'.repeat(131_070 - 65_537)}🙂${'z'.repeat(70_000)}"`;
  it('puts surrogate pairs at the slice edges of the long string', () => {
    expect(long.charCodeAt(65_535)).toBe(0xd83d);
    expect(long.charCodeAt(131_070)).toBe(0xd83d);
  });

  const values: [string, unknown][] = [
    ['empty object and array', { a: {}, b: [], c: [[]], d: [{}] }],
    ['scalars', [null, true, false, 0, -1.5, 1e21, 'x', '']],
    ['undefined, functions and symbols', { a: undefined, b: [undefined, () => 1], c: Symbol('s') }],
    ['an object with only omitted members', { a: { b: undefined } }],
    ['nesting deeper than the streamed levels', { a: [{ b: [{ c: [1, { d: 'e' }] }] }] }],
    ['a long string with escapes and surrogate pairs at slice edges', { document: { text: long } }],
    ['a long string at the top', long],
    ['a value with toJSON', { when: new Date(0) }],
  ];
  it.each(values)('writes %s as JSON.stringify does', (_what, value) => {
    expect(streamed(value, 0)).toBe(JSON.stringify(value));
    expect(streamed(value, 2)).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a StreamedArray as the array of its items', () => {
    const items = [{ a: 1 }, undefined, 'b'];
    const value = { before: 1, list: new StreamedArray(items), empty: new StreamedArray([]) };
    const plain = { before: 1, list: items, empty: [] };
    expect(streamed(value, 0)).toBe(JSON.stringify(plain));
    expect(streamed(value, 2)).toBe(JSON.stringify(plain, null, 2));
  });
});

describe('writeChunks', () => {
  it('writes every chunk in order, waiting for the stream to drain', async () => {
    const received: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done): void {
        received.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    slow.on('drain', () => (waits += 1));
    const chunks = Array.from({ length: 5000 }, (_, i) => `${i}é,`);
    await writeChunks(slow, chunks);
    expect(received.join('')).toBe(chunks.join(''));
    expect(waits).toBeGreaterThan(0);
  });
});
