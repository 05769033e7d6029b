import fc from 'fast-check';
import {
  ARRAY_DELIMITER,
  csvField,
  csvLine,
  headerLine,
  type CsvColumn,
} from '../../../../src/load/bulk-import/csv';

const s: CsvColumn = { name: 'text', type: 'string' };

test.each<[CsvColumn, Parameters<typeof csvField>[0], string]>([
  [s, 'plain', '"plain"'],
  [s, 'she said "no"', '"she said ""no"""'],
  [s, 'line one\nline two\r\n', '"line one\nline two\r\n"'],
  [s, 'a, b', '"a, b"'],
  [s, '', '""'],
  [s, 'back\\slash', '"back\\slash"'],
  [s, null, ''],
  [s, undefined, ''],
  [{ name: 'n', type: 'long' }, 42, '42'],
  [{ name: 'n', type: 'long' }, null, ''],
  [{ name: 'x', type: 'double' }, 0.8500000000000001, '0.8500000000000001'],
  [{ name: 'b', type: 'boolean' }, false, 'false'],
  [{ name: 'd', type: 'date' }, '2021-05-17', '2021-05-17'],
  [
    { name: 'a', type: 'string[]' },
    ['Lavrov', 'Sergey "S." Lavrov'],
    `"Lavrov${ARRAY_DELIMITER}Sergey ""S."" Lavrov"`,
  ],
  [{ name: 'a', type: 'string[]' }, [], '""'],
  [{ name: 'a', type: 'long[]' }, [3, 14], `"3${ARRAY_DELIMITER}14"`],
  [{ name: '', type: 'LABEL' }, ['Entity', 'Person'], `"Entity${ARRAY_DELIMITER}Person"`],
  [{ name: '', type: 'LABEL' }, 'Statement', '"Statement"'],
  [{ name: 'id', type: 'ID', idSpace: 'Entity' }, 'person:sergei-lavrov', '"person:sergei-lavrov"'],
])('csvField(%j, %j) = %j', (column, value, expected) => {
  expect(csvField(value, column)).toBe(expected);
});

test.each<[CsvColumn, Parameters<typeof csvField>[0]]>([
  [{ name: 'n', type: 'long' }, 1.5],
  [{ name: 'n', type: 'double' }, Number.NaN],
  [{ name: 'd', type: 'date' }, '17 May 2021'],
  [{ name: 'a', type: 'string[]' }, [`a${ARRAY_DELIMITER}b`]],
  [s, ['an', 'array']],
])('csvField refuses %j %j', (column, value) => {
  expect(() => csvField(value, column)).toThrow();
});

test('header layout: ids with their space, :LABEL, typed properties, relationship ends and :TYPE', () => {
  expect(
    headerLine([
      { name: 'id', type: 'ID', idSpace: 'Document' },
      { name: '', type: 'LABEL' },
      { name: 'title', type: 'string' },
      { name: 'publishedAt', type: 'date' },
      { name: 'aliases', type: 'string[]' },
      { name: 'linked', type: 'boolean' },
    ]),
  ).toBe('id:ID(Document),:LABEL,title,publishedAt:date,aliases:string[],linked:boolean\n');
  expect(
    headerLine([
      { name: '', type: 'START_ID', idSpace: 'Statement' },
      { name: '', type: 'END_ID', idSpace: 'Document' },
      { name: '', type: 'TYPE' },
      { name: 'start', type: 'long' },
    ]),
  ).toBe(':START_ID(Statement),:END_ID(Document),:TYPE,start:long\n');
});

test('csvLine: one line per row, the field count checked', () => {
  const columns: CsvColumn[] = [s, { name: 'n', type: 'long' }];
  expect(csvLine(columns, ['a\nb', null])).toBe('"a\nb",\n');
  expect(() => csvLine(columns, ['only one'])).toThrow(/expected 2 fields/);
});

/** A minimal RFC 4180 reader, as the import tool reads quoted fields. */
function parseQuoted(field: string): string {
  expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
  const inner = field.slice(1, -1);
  expect(inner.replace(/""/g, '')).not.toContain('"');
  return inner.replace(/""/g, '"');
}

test('any string survives quoting', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(parseQuoted(csvField(text, s))).toBe(text);
    }),
  );
});
