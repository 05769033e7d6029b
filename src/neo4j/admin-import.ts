/**
 * `neo4j-admin database import full` for `diplograph import`: the arguments for the files
 * of src/load/bulk-import, run against the local server's database (stopped for the
 * import, started again after), or printed for a server this machine does not run.
 */
import { Neo4jSetupError } from '../model/errors';
import type { LocalServerConfig } from './config';
import { runAdminTool } from './local-server';

export interface AdminImportInput {
  nodes: readonly string[];
  relationships: readonly string[];
  reportFile: string;
  /** --max-off-heap-memory (the tool takes 90% of RAM by default). */
  maxOffHeapMemory?: string;
}

/** The arguments after `neo4j-admin`; the CSV conventions are those of src/load/bulk-import/csv.ts. */
export function adminImportArgs(input: AdminImportInput, database: string): string[] {
  return [
    'database',
    'import',
    'full',
    // The database name first: --nodes and --relationships take every word after them as a file.
    database,
    '--overwrite-destination=true',
    '--array-delimiter=U+001F',
    // Document and statement text hold newlines. The v2 reader (--multiline-fields-format=v2
    // with only those files) fails on a CR near a 4 MiB buffer boundary in 5.26.19 ("Weird
    // input data, found CR outside a text cell"), so every file is read the v1 way.
    '--multiline-fields=true',
    '--ignore-empty-strings=false',
    `--report-file=${input.reportFile}`,
    ...(input.maxOffHeapMemory === undefined
      ? []
      : [`--max-off-heap-memory=${input.maxOffHeapMemory}`]),
    ...input.nodes.map((f) => `--nodes=${f}`),
    ...input.relationships.map((f) => `--relationships=${f}`),
  ];
}

/** The command for a shell, each argument quoted where needed. */
export function shellCommand(words: readonly string[]): string {
  return words
    .map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`))
    .join(' ');
}

export class AdminImportError extends Neo4jSetupError {}

/** Runs the import on the local server's home; the server must be stopped. */
export async function runLocalAdminImport(
  config: LocalServerConfig,
  input: AdminImportInput,
  database: string,
  output: (chunk: string) => void,
): Promise<void> {
  let tail = '';
  const code = await runAdminTool(
    config,
    adminImportArgs(input, database),
    (chunk) => {
      tail = `${tail}${chunk}`.slice(-4000);
      output(chunk);
    },
    // The import tool's own heap; its caches are bounded by --max-off-heap-memory (90% of RAM by default).
    [`-Xmx${config.heap}`],
  );
  if (code !== 0) {
    throw new AdminImportError(
      'IMPORT_TOOL_FAILED',
      `neo4j-admin database import full exited ${code}. The CSV files are kept for inspection. ` +
        `Its last output:\n${tail.trim().split('\n').slice(-15).join('\n')}`,
    );
  }
}
