import path from 'node:path';
import { extractDocument } from '../../../src/extract';
import { prepareDocument } from '../../../src/load/bulk-import/prepare';
import { createExtractPool, createPreparePool } from '../../../src/load/extract-pool';
import type { Dictionaries } from '../../../src/model';
import { makeDocument } from '../extract/fixtures/make-document';
import { miniDictionaries } from '../extract/fixtures/mini-dictionaries';

const WORKER = path.join(__dirname, 'fixtures', 'ts-worker.js');

// A person only these dictionaries know, under an id no default dictionary or slug would give.
const dictionaries: Dictionaries = {
  ...miniDictionaries,
  actors: [
    ...miniDictionaries.actors,
    {
      id: 'person:only-in-the-test-dictionaries',
      name: 'Zorba Quixtrel',
      aliases: ['Quixtrel'],
      gender: 'male',
      offices: [],
      represents: [],
    },
  ],
};

const TEXT =
  'MOSCOW, May 17 (Reuters) - Zorba Quixtrel said on Monday that the talks were useful. ' +
  '"We will meet again," Quixtrel said.';

test('worker threads extract with the dictionaries the pool was given, not the defaults', async () => {
  const pool = createExtractPool(2, dictionaries, { workerFile: WORKER });
  try {
    const documents = [makeDocument(TEXT), makeDocument(`${TEXT}\n\nLavrov said so too.`)];
    const graphs = await Promise.all(documents.map((d) => pool.extract(d)));
    for (const [i, graph] of graphs.entries()) {
      expect(graph.entities.map((e) => e.id)).toContain('person:only-in-the-test-dictionaries');
      expect(graph.statements.map((s) => s.speaker)).toContain(
        'person:only-in-the-test-dictionaries',
      );
      // Byte for byte what this thread extracts with the same dictionaries.
      expect(JSON.stringify(graph)).toBe(
        JSON.stringify(extractDocument(documents[i]!, dictionaries)),
      );
    }
  } finally {
    await pool.close();
  }
}, 60_000);

test('an extraction that throws in a worker fails that document with EXTRACTION_FAILED', async () => {
  const pool = createExtractPool(1, dictionaries, { workerFile: WORKER });
  try {
    const broken = { ...makeDocument(TEXT), text: undefined as unknown as string };
    await expect(pool.extract(broken)).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
    // The thread survives: the next document extracts.
    await expect(pool.extract(makeDocument(TEXT))).resolves.toMatchObject({
      document: { text: TEXT },
    });
  } finally {
    await pool.close();
  }
}, 60_000);

test('a prepare pool replies with what prepareDocument gives in this thread', async () => {
  const pool = createPreparePool(1, dictionaries, { workerFile: WORKER });
  try {
    const document = makeDocument(TEXT);
    const prepared = await pool.extract(document);
    expect(prepared).toMatchObject({ ok: true });
    expect(JSON.stringify(prepared)).toBe(
      JSON.stringify(prepareDocument(extractDocument(document, dictionaries))),
    );
  } finally {
    await pool.close();
  }
}, 60_000);
