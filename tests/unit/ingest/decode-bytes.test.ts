import fc from 'fast-check';
import {
  decodeBytes,
  decodeUtf8,
  findFirstInvalidUtf8Offset,
} from '../../../src/ingest/decode-bytes';
import { IngestError } from '../../../src/ingest/ingest-error';

const bytes = (...values: number[]): Buffer => Buffer.from(values);

function thrown(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('decodeBytes', () => {
  test.each<[string, Buffer, string]>([
    ['plain ASCII', Buffer.from('Moscow, 17 May 2021'), 'Moscow, 17 May 2021'],
    ['UTF-8 with accents', Buffer.from('Café – “quoted”'), 'Café – “quoted”'],
    ['drops the UTF-8 BOM', Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('text')]), 'text'],
    ['keeps tabs, form feeds and ESC', Buffer.from('a\tb\fc\u001bd'), 'a\tb\fc\u001bd'],
  ])('decodes %s without warnings', (_name, input, expected) => {
    expect(decodeBytes(input, 'in.txt')).toEqual({ text: expected, warnings: [] });
  });

  test('replaces invalid UTF-8 and warns with the count and first byte offset', () => {
    // "ok " then 0xFF 0xFE (two invalid bytes), a truncated 0xC3, and a U+FFFD written correctly.
    const input = Buffer.concat([
      Buffer.from('ok '),
      bytes(0xff, 0xfe),
      Buffer.from(' then '),
      bytes(0xc3),
      Buffer.from(' and \uFFFD'),
    ]);
    const { text, warnings } = decodeBytes(input, 'in.txt');
    expect(text).toBe('ok \uFFFD\uFFFD then \uFFFD and \uFFFD');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('INVALID_UTF8');
    expect(warnings[0]!.message).toMatch(/^3 invalid UTF-8 byte sequence\(s\)/);
    expect(warnings[0]!.message).toContain('byte offset 3');
  });

  test('does not warn about a U+FFFD that was in the input', () => {
    expect(decodeBytes(Buffer.from('a \uFFFD b'), 'in.txt').warnings).toEqual([]);
  });

  test('reports offsets relative to the whole file when given a slice offset', () => {
    const { warnings } = decodeUtf8(bytes(0x61, 0x80), 100);
    expect(warnings[0]!.message).toContain('byte offset 101');
  });

  test.each<[string, Buffer, RegExp]>([
    [
      'a NUL byte',
      Buffer.concat([Buffer.from('text'), bytes(0), Buffer.from('more')]),
      /NUL byte at offset 4/,
    ],
    ['mostly control characters', bytes(1, 2, 3, 4, 5, 6, 0x41, 0x42, 0x43), /control characters/],
    ['UTF-16 with a BOM', Buffer.from('\uFEFFhello', 'utf16le'), /UTF-16/],
  ])('refuses %s as BINARY_INPUT', (_name, input, message) => {
    const error = thrown(() => decodeBytes(input, 'docs/file.txt'));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.source).toBe('docs/file.txt');
    expect(error.message).toMatch(/^docs\/file\.txt: /);
    expect(error.message).toMatch(message);
  });

  test('looks only at the first 8 KB for control characters', () => {
    const input = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.alloc(100, 0x01)]);
    expect(() => decodeBytes(input, 'in.txt')).not.toThrow();
  });

  test.each<[string, Buffer]>([
    ['empty', Buffer.alloc(0)],
    ['whitespace only', Buffer.from(' \n\t\r\n ')],
    ['a BOM only', bytes(0xef, 0xbb, 0xbf)],
  ])('refuses %s input as EMPTY_DOCUMENT', (_name, input) => {
    const error = thrown(() => decodeBytes(input, null));
    expect(error.code).toBe('EMPTY_DOCUMENT');
    expect(error.source).toBe('<stdin>');
    expect(error.message).toMatch(/^<stdin>: the document .+\. .+/);
  });

  test('round-trips any valid UTF-8 without warnings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
        expect(decodeUtf8(Buffer.from(withoutBom, 'utf8'))).toEqual({
          text: withoutBom,
          warnings: [],
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('findFirstInvalidUtf8Offset', () => {
  test.each<[string, number[], number]>([
    ['valid ASCII', [0x61, 0x62], -1],
    [
      'valid 2-, 3- and 4-byte sequences',
      [0xc3, 0xa9, 0xe2, 0x80, 0x93, 0xf0, 0x9f, 0x98, 0x80],
      -1,
    ],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong 2-byte form', [0xc0, 0xaf], 0],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x61, 0x62, 0xe2, 0x80], 2],
    ['0xFF', [0x61, 0xff], 1],
  ])('%s', (_name, input, expected) => {
    expect(findFirstInvalidUtf8Offset(Uint8Array.from(input))).toBe(expected);
  });
});
