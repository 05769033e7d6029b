import fc from 'fast-check';
import { normaliseText } from '../../../src/ingest/normalise-text';

describe('normaliseText', () => {
  test.each<[string, string, string]>([
    ['drops a leading BOM', '\uFEFFHello', 'Hello'],
    ['keeps a BOM that is not leading', 'Hel\uFEFFlo', 'Hel\uFEFFlo'],
    ['turns CRLF into LF', 'a\r\nb\r\n\r\nc', 'a\nb\n\nc'],
    ['turns a lone CR into LF', 'a\rb', 'a\nb'],
    ['composes to NFC', 'Cafe\u0301', 'Caf\u00E9'],
    ['trims whitespace at the end of the file', 'text \n\n\t  ', 'text'],
    ['keeps leading whitespace', '\n\n  text', '\n\n  text'],
    ['keeps inner runs of spaces and blank lines', 'a  b\n\n\n\nc', 'a  b\n\n\n\nc'],
    ['keeps trailing spaces of inner lines', 'a  \nb', 'a  \nb'],
    ['keeps tabs and non-breaking spaces inside', 'a\tb\u00A0c', 'a\tb\u00A0c'],
    ['gives the empty string for whitespace only', ' \r\n\t', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test('leaves no CR, no leading BOM and no trailing whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const normalised = normaliseText(text);
        expect(normalised).not.toContain('\r');
        expect(normalised.startsWith('\uFEFF')).toBe(false);
        expect(normalised).toBe(normalised.trimEnd());
      }),
      { numRuns: 1000 },
    );
  });
});
