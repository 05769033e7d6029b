/**
 * The compact statement store of large documents gives back, for every
 * statement, exactly the object `buildGraph` made (same JSON, key order included).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, StatementTable } from '../../../src/extract';
import { toSourceDocument } from '../../../src/ingest';
import type { Statement } from '../../../src/model';
import { makeDocument } from './fixtures/make-document';
import { realDictionaries } from './fixtures/real-dictionaries';

const DOCS = join(__dirname, '../../golden/docs');

function tableOf(text: string, sha: string, statements: readonly Statement[]): StatementTable {
  const table = new StatementTable(text, sha);
  for (const s of statements) table.push(s);
  return table;
}

describe('StatementTable', () => {
  it.each(readdirSync(DOCS).filter((f) => f.endsWith('.txt')))(
    'gives back the statements of %s',
    (file) => {
      const doc = toSourceDocument(readFileSync(join(DOCS, file), 'utf8'), {
        source: file,
        format: 'text',
      });
      const graph = extractDocument(doc, realDictionaries());
      const table = tableOf(doc.text, doc.sha256, graph.statements);
      expect(table.length).toBe(graph.statements.length);
      expect(JSON.stringify(table.toArray())).toBe(JSON.stringify(graph.statements));
      expect(JSON.stringify([...table])).toBe(JSON.stringify(graph.statements));
    },
  );

  it('keeps null dates and events, lists of any length, and grows past its first size', () => {
    const doc = makeDocument('Sergei Lavrov said that the talks went well.\n\n'.repeat(40));
    const graph = extractDocument(doc, realDictionaries());
    const many: Statement[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = graph.statements[i % graph.statements.length]!;
      many.push({
        ...s,
        date: i % 2 === 0 ? null : s.date,
        event: i % 3 === 0 ? null : `event:${i}`,
        topics: i % 5 === 0 ? [] : ['topic:a', 'topic:b'],
        refersTo: Array.from({ length: i % 4 }, (_, k) => `stmt:${k}`),
        confidence: i % 2 === 0 ? 0.75 : 0.95,
      });
    }
    const table = tableOf(doc.text, doc.sha256, many);
    expect(JSON.stringify(table.toArray())).toBe(JSON.stringify(many));
  });
});
