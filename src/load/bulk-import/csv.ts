/**
 * CSV in the layout `neo4j-admin database import full` reads: a header line naming each
 * column with its type (`id:ID(Entity)`, `:LABEL`, `publishedAt:date`, `aliases:string[]`,
 * `:START_ID(Statement)`, `:END_ID(Document)`, `:TYPE`), then one line per node or
 * relationship. Pure formatting here; the file handling is in import-files.ts.
 *
 * Conventions the import command is run with (admin-import-args.ts):
 *   - `,` between fields, `"` quotes, a quote inside a field doubled (the tool's default);
 *   - every string is quoted, so newlines inside text stay inside the field
 *     (`--multiline-fields=true`) and an empty string stays an empty string
 *     (`--ignore-empty-strings=false`, the default);
 *   - null is an empty, unquoted field: the tool then writes no property, as Cypher does
 *     for a null value;
 *   - array elements are separated by ARRAY_DELIMITER, a control character that extracted
 *     text does not contain (a value that does is refused rather than split).
 */

export const ARRAY_DELIMITER = '\u001f';

export type CsvType =
  | 'string'
  | 'long'
  | 'double'
  | 'boolean'
  | 'date'
  | 'string[]'
  | 'long[]'
  | 'ID'
  | 'LABEL'
  | 'START_ID'
  | 'END_ID'
  | 'TYPE';

export interface CsvColumn {
  /** Property name; empty for `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`. */
  name: string;
  type: CsvType;
  /** The id space of ID, START_ID and END_ID columns. */
  idSpace?: string;
}

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The header field of a column: `name:type`, `name:ID(space)`, `:START_ID(space)`, `:LABEL`. */
export function headerField(column: CsvColumn): string {
  const space = column.idSpace === undefined ? '' : `(${column.idSpace})`;
  switch (column.type) {
    case 'ID':
    case 'START_ID':
    case 'END_ID':
      return `${column.name}:${column.type}${space}`;
    case 'LABEL':
    case 'TYPE':
      return `:${column.type}`;
    case 'string':
      return column.name;
    default:
      return `${column.name}:${column.type}`;
  }
}

export function headerLine(columns: readonly CsvColumn[]): string {
  return `${columns.map(headerField).join(',')}\n`;
}

export function quote(text: string): string {
  // Most fields hold no quote: no regex pass for them.
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}

function arrayElement(value: string | number, column: CsvColumn): string {
  const text = String(value);
  if (text.includes(ARRAY_DELIMITER))
    throw new Error(
      `${column.name}: an array element contains the array delimiter U+001F: ${JSON.stringify(text)}`,
    );
  return text;
}

/** One field: null/undefined → empty (no property); strings quoted; arrays joined and quoted. */
export function csvField(value: CsvValue, column: CsvColumn): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'long':
    case 'double': {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new Error(`${column.name}: ${String(value)} is not a number`);
      if (column.type === 'long' && !Number.isInteger(n))
        throw new Error(`${column.name}: ${n} is not an integer`);
      return String(n);
    }
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw new Error(`${column.name}: ${String(value)} is not a YYYY-MM-DD date`);
      return value;
    case 'string[]':
    case 'long[]':
    case 'LABEL': {
      const items: readonly (string | number)[] =
        typeof value === 'object' ? value : [value as string | number];
      return quote(items.map((item) => arrayElement(item, column)).join(ARRAY_DELIMITER));
    }
    default:
      if (typeof value === 'object')
        throw new Error(`${column.name}: an array in a ${column.type} column`);
      return quote(String(value));
  }
}

export function csvLine(columns: readonly CsvColumn[], values: readonly CsvValue[]): string {
  if (values.length !== columns.length)
    throw new Error(`expected ${columns.length} fields, found ${values.length}`);
  let line = csvField(values[0], columns[0]!);
  for (let i = 1; i < columns.length; i++) line += `,${csvField(values[i], columns[i]!)}`;
  return `${line}\n`;
}
