/**
 * Joining the parts of a document read in windows (src/extract/window-merge.ts):
 * what the lead-in of a window shares with the window before comes out once.
 * Small windows, as in the property test, put the edges where the text wants.
 */

import { extractDocument, findWindows } from '../../../src/extract';
import type { DocumentGraph } from '../../../src/model';
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
