/**
 * Joining the parts of a document read in windows (src/extract/window-merge.ts):
 * what the lead-in of a window shares with the window before comes out once.
 * Small windows, as in the property test, put the edges where the text wants.
 */

import { compileDictionaries, extractDocument, findWindows } from '../../../src/extract';
import { documentInfo, statementId } from '../../../src/extract/graph';
import { ownPart, WindowMerger } from '../../../src/extract/large/window-merge';
import type { DocumentGraph, Statement } from '../../../src/model';
import { makeDocument } from './fixtures/make-document';
import { realDictionaries } from './fixtures/real-dictionaries';

const filler = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} says nothing of note here.`).join('\n\n');

function danglingIds(graph: DocumentGraph): string[] {
  const ids = new Set([...graph.entities, ...graph.events, ...graph.statements].map((x) => x.id));
  const out: string[] = [];
  for (const s of graph.statements) {
    if (s.event !== null && !ids.has(s.event)) out.push(s.event);
    for (const id of [...s.mentions, ...s.refersTo]) if (!ids.has(id)) out.push(id);
  }
  return out;
}

describe('an event named before the lead-in and again in it', () => {
  // The meeting is named in the first paragraph, told again in the lead-in of the
  // second window ("the upcoming meeting with Blinken in Reykjavik"), and the
  // second window's own paragraph refers back to it.
  const text = [
    'Russian Foreign Minister Sergei Lavrov will hold a meeting with Antony Blinken in Reykjavik on 19 May.',
    filler(3),
    'The upcoming meeting with Blinken in Reykjavik will be the first.',
    'Lavrov said: "The upcoming meeting will be difficult."',
    filler(3),
  ].join('\n\n');
  const options = { largeDocumentChars: 0, windowChars: 320, leadInChars: 100 };
  const doc = makeDocument(text);

  it('is read in two windows, the lead-in of the second holding the second mention', () => {
    const windows = findWindows(text, options.windowChars, options.leadInChars);
    const second = text.indexOf('The upcoming meeting with');
    expect(windows).toHaveLength(2);
    expect(windows[1]!.leadStart).toBeLessThanOrEqual(second);
    expect(windows[1]!.start).toBe(text.indexOf('Lavrov said'));
  });

  it('gets one id, and the statements after the edge point at it', () => {
    const graph = extractDocument(doc, realDictionaries(), options);
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const e of graph.events) {
      for (const x of e.evidence) {
        const key = `${x.start}:${x.end}:${e.kind}`;
        const other = seen.get(key);
        if (other !== undefined && other !== e.id) shared.push(`${key} ${other} ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(shared).toEqual([]);
    expect(graph.events).toEqual(extractDocument(doc, realDictionaries()).events);
    expect(danglingIds(graph)).toEqual([]);
    const [meeting] = graph.events;
    const said = graph.statements.find((s) => s.text.includes('difficult'));
    expect(said?.mentions).toContain(meeting!.id);
  });
});

describe('a reference into the lead-in', () => {
  // No stage refers back across a paragraph today (a referenced statement shares
  // its referrer's span, a nested one lies inside it), so the parts are made by hand.
  const text = 'Aaaa said this. Bbbb said that.';
  const doc = makeDocument(text);
  const statement = (start: number, end: number, speaker: string, refersTo: string[] = []) => ({
    id: statementId(doc.sha256, start, end, speaker),
    speaker,
    kind: 'direct' as const,
    verb: 'said',
    text: text.slice(start, end),
    date: null,
    start,
    end,
    topics: [],
    mentions: [],
    event: null,
    refersTo,
    confidence: 0.9,
    act: 'ASSERTION' as const,
    polarity: 'NEUTRAL' as const,
    actCue: null,
    actConfidence: 0.5,
    addressees: [],
  });
  const graphOf = (statements: Statement[]): DocumentGraph => ({
    document: documentInfo(doc, text, compileDictionaries(realDictionaries())),
    entities: [],
    topics: [],
    events: [],
    statements,
    warnings: [],
  });

  it('is kept when the window before made that statement, else dropped', () => {
    const a = statement(0, 15, 'person:a');
    // The lead-in of the second window also finds a statement the first did not make.
    const c = statement(0, 15, 'person:c');
    const b = statement(16, 31, 'person:b', [a.id, c.id].sort());
    const merger = new WindowMerger(doc, compileDictionaries(realDictionaries()));
    merger.add(ownPart(graphOf([a]), 0), 0);
    merger.add(ownPart(graphOf([a, c, b]), 16), 0);
    const statements = [...merger.result().statements];
    expect(statements.map((s) => [s.speaker, s.refersTo])).toEqual([
      ['person:a', []],
      ['person:b', [a.id]],
    ]);
  });
});
