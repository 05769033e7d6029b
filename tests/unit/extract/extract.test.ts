import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDictionaries, extractDocument } from '../../../src/extract';
import { sha256Hex } from '../../../src/extract/core/text';
import { makeDocument } from './fixtures/make-document';
import { miniDictionaries } from './fixtures/mini-dictionaries';

const SEED = readFileSync(
  join(__dirname, '../../golden/docs/interfax-2021-05-17-lavrov.txt'),
  'utf8',
);

describe('extractDocument', () => {
  it('is deterministic: the same text gives byte-identical JSON', () => {
    const a = JSON.stringify(extractDocument(makeDocument(SEED), miniDictionaries));
    const b = JSON.stringify(
      extractDocument(makeDocument(SEED), structuredClone(miniDictionaries)),
    );
    expect(a).toBe(b);
  });

  it('gives statements and events stable ids from document, span and speaker', () => {
    const doc = makeDocument(SEED);
    const graph = extractDocument(doc, miniDictionaries);
    for (const s of graph.statements) {
      expect(s.id).toBe(
        `stmt:${sha256Hex(`${doc.sha256}:${s.start}:${s.end}:${s.speaker}`).slice(0, 16)}`,
      );
      expect(SEED.slice(s.start, s.end)).toBe(s.text);
    }
    for (const e of graph.events) {
      expect(e.id).toBe(
        `event:${sha256Hex(`${doc.sha256}${e.kind}${e.evidence[0]!.start}`).slice(0, 16)}`,
      );
    }
  });

  it('sorts every array', () => {
    const graph = extractDocument(makeDocument(SEED), miniDictionaries);
    const ids = graph.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const starts = graph.statements.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    for (const e of graph.entities) {
      const ms = e.mentions.map((m) => m.start);
      expect(ms).toEqual([...ms].sort((x, y) => x - y));
    }
  });

  it('compiles the dictionaries once per Dictionaries object', () => {
    expect(compileDictionaries(miniDictionaries)).toBe(compileDictionaries(miniDictionaries));
  });

  it('handles text with no statements, unbalanced quotes and an empty string', () => {
    for (const text of [
      '',
      'Nothing to see.',
      '“Open and never closed.\n\n“Still open',
      '"""',
      '« »',
    ]) {
      const graph = extractDocument(makeDocument(text), miniDictionaries);
      expect(graph.document.text).toBe(text);
    }
  });
});
