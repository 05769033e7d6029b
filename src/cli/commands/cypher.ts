import { parseArgs } from 'node:util';
import { readNeo4jConfig } from '../../neo4j/config';
import { connect } from '../../neo4j/connect';
import { EXIT, UsageError, writeLine, type Command } from '../context';
import { toPlain } from '../to-plain';

export const cypherCommand: Command = {
  name: 'cypher',
  summary: 'Run one Cypher query and print its rows',
  usage: `diplograph cypher QUERY [--param name=value]... [--json]

  --param name=value  A query parameter ($name). The value is parsed as JSON when it
                      is valid JSON (numbers, true, lists, objects), else taken as a string.
  --json              Print one JSON object per row (JSON Lines) instead of a table.

Runs against NEO4J_URI, or the local server (started if needed).`,
  async run({ args, env, stdout, stderr }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { param: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    });
    if (positionals.length !== 1)
      throw new UsageError('expected exactly one QUERY argument (quote it)');
    const params = parseParams(values.param ?? []);
    const connection = await connect(readNeo4jConfig(env), { log: (l) => writeLine(stderr, l) });
    try {
      // An auto-commit transaction, so that CALL { … } IN TRANSACTIONS works too.
      const session = connection.driver.session(
        connection.database === undefined ? {} : { database: connection.database },
      );
      let result;
      try {
        result = await session.run(positionals[0]!, params);
      } finally {
        await session.close();
      }
      const keys = (result.records[0]?.keys ?? []).map(String);
      const rows = result.records.map((r) =>
        Object.fromEntries(keys.map((k) => [k, toPlain(r.get(k))])),
      );
      if (values.json === true) {
        for (const row of rows) writeLine(stdout, JSON.stringify(row));
      } else {
        printTable(stdout, keys, rows);
        writeLine(stderr, `${rows.length} row${rows.length === 1 ? '' : 's'}`);
      }
      return EXIT.ok;
    } finally {
      await connection.close();
    }
  },
};

export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects name=value; found "${pair}"`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // not JSON: keep the string
    }
    params[pair.slice(0, eq)] = value;
  }
  return params;
}

function printTable(
  out: NodeJS.WritableStream,
  keys: string[],
  rows: Record<string, unknown>[],
): void {
  const cell = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const cells = rows.map((row) => keys.map((k) => cell(row[k]).replace(/\s+/g, ' ')));
  const widths = keys.map((k, i) =>
    Math.min(60, Math.max(k.length, ...cells.map((c) => c[i]!.length))),
  );
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  writeLine(out, keys.map((k, i) => fit(k, widths[i]!)).join(' | '));
  writeLine(out, widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of cells) writeLine(out, row.map((c, i) => fit(c, widths[i]!)).join(' | '));
}
