import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../../../src/ingest/ingest-error';
import type { DocumentFormat } from '../../../src/ingest/to-source-document';
import { toSourceDocument } from '../../../src/ingest/to-source-document';

const REPO = join(__dirname, '../../..');
const SEED = join(REPO, 'tests/golden/docs/interfax-2021-05-17-lavrov.txt');

describe('toSourceDocument', () => {
  test('reads the Interfax seed: publisher, place and date from its dateline', () => {
    const document = toSourceDocument(readFileSync(SEED), { source: SEED, format: 'text' });
    expect(document).toMatchObject({
      source: SEED,
      publisher: 'Interfax',
      place: 'Moscow',
      publishedAt: '2021-05-17',
      title: null,
      url: null,
      language: 'en',
      warnings: [],
    });
    expect(document.text.startsWith('(Interfax – Moscow, May 17, 2021)\n\nRussia will judge')).toBe(
      true,
    );
    expect(document.id).toBe(`doc:${document.sha256.slice(0, 16)}`);
  });

  test('reads front matter, removes it, and hashes the text that remains', () => {
    const path = join(REPO, 'tests/fixtures/ingest/blinken-wangyi-beijing-2023.txt');
    const document = toSourceDocument(readFileSync(path), { source: path, format: 'text' });
    expect(document).toMatchObject({
      title:
        'Secretary Blinken’s Meeting with Director of the CCP Central Foreign Affairs Office Wang Yi',
      url: 'https://www.state.gov/secretary-blinkens-meeting-with-director-of-the-ccp-central-foreign-affairs-office-wang-yi/',
      publisher: 'U.S. Department of State, Office of the Spokesperson',
      publishedAt: '2023-06-19',
      place: null,
      language: 'en',
      warnings: [],
    });
    expect(
      document.text.startsWith('The below is attributable to Spokesperson Matthew Miller:'),
    ).toBe(true);
    expect(document).toEqual(
      toSourceDocument(document.text, { source: path, format: 'text', metadata: document }),
    );
  });

  test.each<
    [
      string,
      string,
      Partial<Record<'publisher' | 'place' | 'publishedAt' | 'title', string | null>>,
    ]
  >([
    [
      'front matter wins over the dateline, the dateline fills the rest',
      '---\npublisher: Ministry\n---\n(Interfax – Moscow, May 17, 2021)\nText.',
      { publisher: 'Ministry', place: 'Moscow', publishedAt: '2021-05-17' },
    ],
    [
      'the dateline alone',
      'MOSCOW, May 17 (Reuters) - On May 17, 2021 Lavrov said…',
      { publisher: 'Reuters', place: 'Moscow', publishedAt: '2021-05-17' },
    ],
    [
      'nothing',
      'Lavrov said nothing.',
      { publisher: null, place: null, publishedAt: null, title: null },
    ],
  ])('metadata: %s', (_name, text, expected) => {
    expect(toSourceDocument(text, { source: 'in.txt', format: 'text' })).toMatchObject(expected);
  });

  test('container metadata wins over front matter; defaults fill only what nothing gives', () => {
    const document = toSourceDocument('---\ntitle: From front matter\nlanguage: de\n---\nText.', {
      source: 'in.jsonl:1',
      format: 'text',
      metadata: { title: 'From the record' },
      defaults: { title: 'Default', publisher: 'Default publisher', language: 'fr' },
    });
    expect(document).toMatchObject({
      title: 'From the record',
      publisher: 'Default publisher',
      language: 'de',
    });
  });

  test('keeps the year-missing warning only when the date is still needed', () => {
    const text = 'MOSCOW, May 17 (Reuters) - Text.';
    expect(
      toSourceDocument(text, { source: 'a', format: 'text' }).warnings.map((w) => w.code),
    ).toEqual(['DATELINE_YEAR_MISSING']);
    const dated = `---\npublishedAt: 2021-05-17\n---\n${text}`;
    expect(toSourceDocument(dated, { source: 'a', format: 'text' }).warnings).toEqual([]);
  });

  test('normalises: BOM, CRLF, NFC, trailing whitespace', () => {
    const document = toSourceDocument(
      Buffer.from('\uFEFFCafe\u0301, 17 May\r\nline\r\n\r\n  ', 'utf8'),
      { source: 'a', format: 'text' },
    );
    expect(document.text).toBe('Caf\u00E9, 17 May\nline');
  });

  test('HTML: text from the body, metadata from the head, dateline from the text', () => {
    const document = toSourceDocument(
      '<html><head><title>T</title></head><body><p>(Interfax – Moscow, May 17, 2021)</p><p>Lavrov said.</p></body></html>',
      { source: 'a.html', format: 'html' },
    );
    expect(document).toMatchObject({
      text: '(Interfax – Moscow, May 17, 2021)\n\nLavrov said.',
      title: 'T',
      publisher: 'Interfax',
      place: 'Moscow',
      publishedAt: '2021-05-17',
    });
  });

  test.each<[string, string | Buffer]>([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['only front matter', '---\ntitle: T\n---\n\n'],
    ['HTML without text', '<html><script>x()</script><nav>menu</nav></html>'],
  ])('refuses %s as EMPTY_DOCUMENT', (_name, raw) => {
    const format: DocumentFormat = typeof raw === 'string' && raw.startsWith('<') ? 'html' : 'text';
    expect(() => toSourceDocument(raw, { source: 'in.txt', format })).toThrow(IngestError);
    try {
      toSourceDocument(raw, { source: 'in.txt', format });
    } catch (error) {
      expect(error).toMatchObject({ code: 'EMPTY_DOCUMENT', source: 'in.txt' });
    }
  });

  test('never throws on any string but EMPTY_DOCUMENT, and is deterministic', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '---',
        '...',
        'title: [x',
        'publishedAt: 2021-02-30',
        '(Interfax – Moscow, May 17, 2021)',
        'MOSCOW, May 17 (Reuters) -',
        'Office of the Spokesperson / May 19, 2021',
        '<p>',
        '<script>',
        '\r',
        '\uFEFF',
        '{"text": "x"}',
      ),
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n')),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom<DocumentFormat>('text', 'markdown', 'html'),
        (raw, format) => {
          let first;
          try {
            first = toSourceDocument(raw, { source: 'prop.txt', format });
          } catch (error) {
            expect(error).toBeInstanceOf(IngestError);
            expect((error as IngestError).code).toBe('EMPTY_DOCUMENT');
            return;
          }
          const second = toSourceDocument(raw, { source: 'prop.txt', format });
          expect(second).toEqual(first);
          expect(first.id).toBe(`doc:${first.sha256.slice(0, 16)}`);
          expect(first.text.trim()).not.toBe('');
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('never throws on any bytes but BINARY_INPUT and EMPTY_DOCUMENT', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          toSourceDocument(bytes, { source: 'prop.bin', format: 'text' });
        } catch (error) {
          expect(['BINARY_INPUT', 'EMPTY_DOCUMENT']).toContain((error as IngestError).code);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
