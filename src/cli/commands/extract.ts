import { parseArgs } from 'node:util';
import { extractDocumentParts, type DocumentGraphParts } from '../../extract';
import { loadDictionaries } from '../../ingest/dictionaries';
import { readDocuments } from '../../ingest/read-documents';
import { EXIT, UsageError, writeLine, type Command } from '../context';
import { jsonChunks, OutputClosedError, StreamedArray, writeChunks } from '../json-stream';

/**
 * One document's output: a line of JSON, or indented JSON and a blank line.
 * Written in pieces, so a large document's graph is never one string, and
 * its statements are made one at a time as they are written.
 */
function* graphLines(
  { graph, statements }: DocumentGraphParts,
  pretty: boolean,
): Generator<string> {
  yield* jsonChunks({ ...graph, statements: new StreamedArray(statements) }, pretty ? 2 : 0);
  yield pretty ? '\n\n' : '\n';
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Print the DocumentGraph (interchange format) of each document',
  usage: `diplograph extract PATH... [--json | --pretty] [--recursive]

  PATH         files (.txt .md .html .jsonl), directories, globs ("corpus/*.txt"), or - for stdin
  --json       one JSON object per document, one per line (the default)
  --pretty     indented JSON, documents separated by a blank line
  --recursive  descend into subdirectories

The same input always gives byte-identical output. A document that cannot be read is
reported on stderr with its file and the reason; the others are still printed (exit 1).`,
  async run({ args, stdout, stderr, stdin }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        pretty: { type: 'boolean' },
        recursive: { type: 'boolean', short: 'r' },
      },
    });
    if (positionals.length === 0)
      throw new UsageError('expected at least one PATH (or - for stdin)');
    if (values.json === true && values.pretty === true)
      throw new UsageError('choose one of --json and --pretty');
    const dictionaries = loadDictionaries();
    let failed = 0;
    for await (const result of readDocuments(positionals, {
      recursive: values.recursive === true,
      stdin,
    })) {
      if (!result.ok) {
        failed += 1;
        writeLine(stderr, `diplograph extract: [${result.error.code}] ${result.error.message}`);
        continue;
      }
      for (const warning of result.document.warnings) {
        writeLine(
          stderr,
          `diplograph extract: warning [${warning.code}] ${result.document.source ?? '<stdin>'}: ${warning.message}`,
        );
      }
      const parts = extractDocumentParts(result.document, dictionaries);
      try {
        await writeChunks(stdout, graphLines(parts, values.pretty === true));
      } catch (error) {
        // `diplograph extract … | head`: the reader has what it wanted; stop quietly.
        if (error instanceof OutputClosedError) return failed > 0 ? EXIT.failed : EXIT.ok;
        throw error;
      }
    }
    return failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
