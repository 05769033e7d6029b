/** What `diplograph load` prints on stderr for failures and for corrections a re-load could not carry over. */
import { PassThrough } from 'node:stream';
import { printFailures } from '../../../src/cli/commands/load';
import type { LoadSummary } from '../../../src/load/load-pipeline';

function printed(summary: Partial<LoadSummary>): string {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  printFailures(out, {
    loaded: 0,
    unchanged: 0,
    replaced: 1,
    failed: [],
    statements: 0,
    seconds: 0,
    orphanedCorrections: [],
    ...summary,
  });
  return text;
}

test('a correction not carried over names the file, the correction, who made it and the span', () => {
  expect(
    printed({
      failed: [{ source: 'a.txt', code: 'EMPTY_DOCUMENT', reason: 'no text' }],
      orphanedCorrections: [
        {
          id: 'correction:1',
          kind: 'TOPICS',
          by: 'ana',
          at: '2026-12-03T10:00:00Z',
          why: 'lose me',
          documentId: 'doc:old',
          newDocumentId: 'doc:new',
          start: 264,
          end: 323,
          source: 'b.md',
        },
      ],
    }).split('\n'),
  ).toEqual([
    'failed: a.txt: [EMPTY_DOCUMENT] no text',
    'correction not carried over: b.md: correction:1 (TOPICS by ana, 2026-12-03T10:00:00Z): no statement at 264–323 with the same text; marked orphaned',
    '',
  ]);
});

test('nothing to report: nothing printed', () => {
  expect(printed({})).toBe('');
});
