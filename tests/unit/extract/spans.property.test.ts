/**
 * For any text: extraction does not throw, every span is within the text,
 * and text.slice(start, end) is the recorded text of each statement.
 */

import fc from 'fast-check';
import { extractDocument } from '../../../src/extract';
import type { DocumentGraph } from '../../../src/model';
import { makeDocument } from './fixtures/make-document';
import { miniDictionaries } from './fixtures/mini-dictionaries';

const WORDS = [
  // Speech-act cues and addressees (stage 13-speech-acts).
  'warned',
  'urged',
  'Washington',
  'if',
  'must',
  'red lines',
  'not',
  'we',
  'Russia',
  'will',
  'judge',
  'US',
  'calls',
  'for',
  'normalisation',
  'Sergei',
  'Lavrov',
  'said',
  'on',
  'Monday',
  '[17 May]',
  'Russian',
  'Foreign',
  'Minister',
  'the',
  'minister',
  'he',
  'He',
  'she',
  'they',
  'stressed',
  'noted',
  'that',
  'According',
  'to',
  'recalling',
  'words',
  'of',
  'President',
  'Vladimir',
  'Putin',
  'Blinken',
  'Secretary',
  'State',
  'meeting',
  'in',
  'Reykjavik',
  'Moscow',
  'press',
  'conference',
  'telephone',
  'conversation',
  'with',
  'today',
  'yesterday',
  'recent',
  'strategic',
  'stability',
  'Mr.',
  'U.S.',
  'p.m.',
  'Gen.',
  'MR MILLER:',
  'QUESTION:',
  'Vladimir Putin:',
  'talks',
  'met',
  'upcoming',
  'planned',
  '20 May',
  'this topic',
  '🙂',
  'é',
  'Xi’s',
];
const MARKS = [
  '“',
  '”',
  '"',
  '«',
  '»',
  '‘',
  '’',
  "'",
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const date = fc.constantFrom<string | null>('2021-05-17', '2014-07-13', null);

function inBounds(t: string, s: { start: number; end: number }): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    0 <= s.start &&
    s.start <= s.end &&
    s.end <= t.length
  );
}

/** Every span in bounds, statements exact slices (the graph of text `t`). */
function spansHold(t: string, graph: DocumentGraph): boolean {
  for (const s of graph.statements) {
    if (!inBounds(t, s) || t.slice(s.start, s.end) !== s.text) return false;
    if (s.confidence < 0 || s.confidence > 1) return false;
    if (s.actConfidence < 0 || s.actConfidence > 1) return false;
    if (s.actCue !== null && !inBounds(t, s.actCue)) return false;
    if (!s.addressees.every((id) => graph.entities.some((e) => e.id === id))) return false;
  }
  for (const e of graph.entities) if (!e.mentions.every((m) => inBounds(t, m))) return false;
  for (const e of graph.events) if (!e.evidence.every((m) => inBounds(t, m))) return false;
  for (const w of graph.warnings) {
    if (w.start !== undefined && !inBounds(t, { start: w.start, end: w.end ?? w.start }))
      return false;
  }
  return true;
}

describe('spans (property)', () => {
  it('never throws; every span is in bounds; statements are exact slices', () => {
    fc.assert(
      fc.property(text, date, (t, publishedAt) =>
        spansHold(t, extractDocument(makeDocument(t, { publishedAt }), miniDictionaries)),
      ),
      { numRuns: 10_000, seed: 20210517 },
    );
  }, 120_000);

  it('holds as well when the text is read in small windows, as large documents are', () => {
    fc.assert(
      fc.property(text, date, fc.integer({ min: 8, max: 120 }), (t, publishedAt, windowChars) => {
        const doc = makeDocument(t, { publishedAt });
        const options = { largeDocumentChars: 0, windowChars, leadInChars: windowChars >> 1 };
        const graph = extractDocument(doc, miniDictionaries, options);
        const ids = new Set(graph.statements.map((s) => s.id));
        // An event told on both sides of a window edge is one event: no span is evidence twice.
        const evidence = graph.events.flatMap((e) =>
          e.evidence.map((x) => `${x.start}:${x.end}:${e.kind}`),
        );
        return (
          spansHold(t, graph) &&
          ids.size === graph.statements.length &&
          new Set(evidence).size === evidence.length
        );
      }),
      { numRuns: 3_000, seed: 20210517 },
    );
  }, 120_000);
});
