/** Which new statement each correction follows on a re-load, and the values it ends with (pure). */
import {
  effectiveChanges,
  matchCorrections,
  type StoredCorrection,
  type WrittenStatement,
} from '../../../../src/load/review/carry-over';
import { textSha } from '../../../../src/load/review/corrections';

const correction = (
  id: string,
  kind: StoredCorrection['kind'],
  value: string[],
  span: [number, number, string],
  documentId = 'doc:old',
): StoredCorrection => ({
  id,
  kind,
  value,
  start: span[0],
  end: span[1],
  textSha: textSha(span[2]),
  documentId,
  by: 'ana',
  why: 'because',
  at: `2026-12-03T10:00:0${id.slice(-1)}Z`,
});

const statement = (
  id: string,
  start: number,
  text: string,
  documentId = 'doc:new',
): WrittenStatement => ({
  id,
  documentId,
  start,
  end: start + text.length,
  text,
});

describe('matchCorrections', () => {
  const replacements = [{ from: 'doc:old', to: 'doc:new' }];
  const written = [
    statement('stmt:n1', 0, 'We will respond'),
    statement('stmt:n2', 20, 'Talks must resume'),
  ];

  test.each([
    ['same span, same text', [0, 15, 'We will respond'], 'stmt:n1'],
    ['same span, other text', [20, 37, 'Talks will resume'], null],
    ['same text, other span', [21, 38, 'Talks must resume'], null],
    ['a span no statement has', [100, 115, 'We will respond'], null],
  ] as const)('%s', (_name, span, expected) => {
    const { attached, orphaned } = matchCorrections(
      [correction('c1', 'SPEAKER', ['person:b'], [...span])],
      written,
      replacements,
    );
    expect(attached.map((a) => a.statementId)).toEqual(expected === null ? [] : [expected]);
    expect(orphaned.map((o) => [o.id, o.newDocumentId])).toEqual(
      expected === null ? [['c1', 'doc:new']] : [],
    );
  });

  test('only corrections of a replaced document, matched within its new version', () => {
    const { attached, orphaned } = matchCorrections(
      [
        correction('c1', 'REJECT', ['REJECTED'], [0, 15, 'We will respond'], 'doc:elsewhere'),
        correction('c2', 'REJECT', ['REJECTED'], [0, 15, 'We will respond']),
      ],
      [statement('stmt:other', 0, 'We will respond', 'doc:third'), ...written],
      replacements,
    );
    expect(attached.map((a) => [a.correction.id, a.statementId, a.documentId])).toEqual([
      ['c2', 'stmt:n1', 'doc:new'],
    ]);
    expect(orphaned).toEqual([]);
  });
});

test('effectiveChanges: the last correction of each field wins', () => {
  const span: [number, number, string] = [0, 1, 'x'];
  const attach = (c: StoredCorrection, statementId: string) => ({
    correction: c,
    statementId,
    documentId: 'doc:new',
  });
  const changes = effectiveChanges([
    attach(correction('c1', 'SPEAKER', ['person:b'], span), 'stmt:1'),
    attach(correction('c2', 'REJECT', ['REJECTED'], span), 'stmt:1'),
    attach(correction('c3', 'MERGE', ['person:c'], span), 'stmt:1'),
    attach(correction('c4', 'ACCEPT', ['ACCEPTED'], span), 'stmt:1'),
    attach(correction('c5', 'TOPICS', ['topic:a'], span), 'stmt:2'),
    attach(correction('c6', 'TOPICS', [], span), 'stmt:2'),
    attach(correction('c7', 'SPLIT', ['person:d'], span), 'stmt:2'),
    attach(correction('c8', 'ACT', ['WARNING'], span), 'stmt:2'),
    attach(correction('c9', 'ACT', ['THREAT'], span), 'stmt:2'),
  ]);
  expect(changes).toEqual({
    speakers: [
      { id: 'stmt:1', speaker: 'person:c' },
      { id: 'stmt:2', speaker: 'person:d' },
    ],
    topics: [{ id: 'stmt:2', topics: [] }],
    acts: [{ id: 'stmt:2', act: 'THREAT' }],
    statuses: [{ id: 'stmt:1', status: 'ACCEPTED' }],
  });
});
