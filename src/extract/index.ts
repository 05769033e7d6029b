/**
 * src/extract — pure extraction: SourceDocument + Dictionaries → DocumentGraph.
 * No I/O. The pipeline is an ordered list of named stages (see README.md);
 * each reads what the earlier ones left in the Context and adds its part.
 */

import type { Dictionaries, DocumentGraph, SourceDocument, Statement } from '../model';
import { attributionStage } from './stages/06-attribution';
import type { Context, DocumentShape } from './core/context';
import { datesStage } from './stages/09-dates';
import { entitiesStage } from './stages/04-people';
import { eventsStage } from './stages/10-events';
import { buildGraph } from './graph';
import { compileDictionaries } from './dictionaries/compile';
import { mentionsStage } from './stages/03-mentions';
import { quotesStage } from './stages/02-quotes';
import { referencesStage } from './stages/07-references';
import { sentencesStage } from './stages/01-sentences';
import type { StatementTable } from './large/statement-table';
import { tokenize } from './core/tokens';
import { topicsStage } from './stages/08-topics';
import { statementEventsStage } from './stages/11-statement-events';
import { statementDatesStage } from './stages/12-statement-dates';
import { speechActsStage } from './stages/13-speech-acts';
import { triggersStage } from './stages/05-triggers';
import { ownPart, toDocumentOffsets, WindowMerger } from './large/window-merge';
import { findWindows, LARGE_DOCUMENT_CHARS } from './large/windows';

export interface Stage {
  readonly name: string;
  readonly run: (ctx: Context) => void;
}

export const STAGES: readonly Stage[] = [
  { name: 'sentences', run: sentencesStage },
  { name: 'quotes', run: quotesStage },
  { name: 'mentions', run: mentionsStage },
  { name: 'entities', run: entitiesStage },
  { name: 'triggers', run: triggersStage },
  { name: 'attribution', run: attributionStage },
  { name: 'references', run: referencesStage },
  { name: 'topics', run: topicsStage },
  { name: 'dates', run: datesStage },
  { name: 'events', run: eventsStage },
  { name: 'statement-events', run: statementEventsStage },
  { name: 'statement-dates', run: statementDatesStage },
  { name: 'speech-acts', run: speechActsStage },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A fresh context: the dictionaries compiled (cached), the text tokenised.
 * `carried` is the shape the window before found, for a window of a large document.
 */
export function createContext(
  doc: SourceDocument,
  dictionaries: Dictionaries,
  carried: DocumentShape | null = null,
): Context {
  const date = doc.publishedAt && ISO_DATE.test(doc.publishedAt) ? doc.publishedAt : null;
  const ctx: Context = {
    doc,
    text: doc.text,
    dict: compileDictionaries(dictionaries),
    date,
    tokens: tokenize(doc.text),
    paragraphs: [],
    sentences: [],
    quotes: [],
    named: [],
    topicMatches: [],
    mentions: [],
    people: [],
    newPeople: new Map(),
    statements: [],
    events: [],
    dates: [],
    triggers: [],
    transcript: null,
    warnings: [],
    carried,
    shape: null,
  };
  if (!date) {
    ctx.warnings.push({
      code: 'no-document-date',
      message:
        'The document has no publication date (front matter publishedAt or a dateline); relative dates stay null.',
    });
  }
  return ctx;
}

export interface ExtractOptions {
  /** Longer texts are extracted window by window (default LARGE_DOCUMENT_CHARS). */
  largeDocumentChars?: number;
  /** The longest window (default WINDOW_CHARS). */
  windowChars?: number;
  /** The longest lead-in read again before a window (default LEAD_IN_CHARS). */
  leadInChars?: number;
}

/** A graph with its statements apart, for writers that read them one at a time. */
export interface DocumentGraphParts {
  /** The graph, `statements` empty. */
  graph: DocumentGraph;
  /** In the graph's order; for a large document made one at a time as they are read. */
  statements: Iterable<Statement> & { readonly length: number };
}

function isLarge(doc: SourceDocument, options: ExtractOptions): boolean {
  return doc.text.length > (options.largeDocumentChars ?? LARGE_DOCUMENT_CHARS);
}

function extractWhole(doc: SourceDocument, dictionaries: Dictionaries): DocumentGraph {
  const ctx = createContext(doc, dictionaries);
  for (const stage of STAGES) stage.run(ctx);
  return buildGraph(ctx);
}

export function extractDocument(
  doc: SourceDocument,
  dictionaries: Dictionaries,
  options: ExtractOptions = {},
): DocumentGraph {
  if (!isLarge(doc, options)) return extractWhole(doc, dictionaries);
  const { graph, statements } = extractInWindows(doc, dictionaries, options);
  return { ...graph, statements: statements.toArray() };
}

/**
 * The same graph as `extractDocument`, its statements apart: a large
 * document's are kept compactly (statement-table.ts) until written, so a
 * writer never holds them all as objects.
 */
export function extractDocumentParts(
  doc: SourceDocument,
  dictionaries: Dictionaries,
  options: ExtractOptions = {},
): DocumentGraphParts {
  if (isLarge(doc, options)) return extractInWindows(doc, dictionaries, options);
  const graph = extractWhole(doc, dictionaries);
  return { graph: { ...graph, statements: [] }, statements: graph.statements };
}

/**
 * A large document, one window at a time (windows.ts): memory stays bounded
 * by the window, not the document, and the cost is linear in its length.
 * Each window reads its lead-in again and takes over the document shape
 * (byline, open speaker turn) the window before found; its context is
 * dropped before the next one is read, only its part of the graph is kept.
 */
function extractInWindows(
  doc: SourceDocument,
  dictionaries: Dictionaries,
  options: ExtractOptions,
): { graph: DocumentGraph; statements: StatementTable } {
  const merger = new WindowMerger(doc, compileDictionaries(dictionaries));
  let shape: DocumentShape | null = null;
  for (const w of findWindows(doc.text, options.windowChars, options.leadInChars)) {
    const windowDoc: SourceDocument = { ...doc, text: doc.text.slice(w.leadStart, w.end) };
    const ctx = createContext(windowDoc, dictionaries, shape);
    for (const stage of STAGES) stage.run(ctx);
    shape = ctx.shape;
    merger.add(ownPart(buildGraph(toDocumentOffsets(ctx, doc, w.leadStart)), w.start), w.leadStart);
  }
  return merger.result();
}

export { buildGraph } from './graph';
export { StatementTable } from './large/statement-table';
export { compileDictionaries } from './dictionaries/compile';
export type { Context, DocumentShape } from './core/context';
export { LARGE_DOCUMENT_CHARS, LEAD_IN_CHARS, WINDOW_CHARS, findWindows } from './large/windows';
export type { TextWindow } from './large/windows';
