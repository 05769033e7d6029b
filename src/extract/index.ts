/**
 * src/extract — pure extraction: SourceDocument + Dictionaries → DocumentGraph.
 * No I/O. The pipeline is an ordered list of named stages (see README.md);
 * each reads what the earlier ones left in the Context and adds its part.
 */

import type { Dictionaries, DocumentGraph, SourceDocument } from '../model';
import { attributionStage } from './attribution';
import type { Context, DocumentShape } from './context';
import { datesStage } from './dates';
import { entitiesStage } from './entities';
import { eventsStage } from './events';
import { buildGraph } from './graph';
import { compileDictionaries } from './matcher';
import { mentionsStage } from './mentions';
import { quotesStage } from './quotes';
import { referencesStage } from './references';
import { sentencesStage } from './sentences';
import { tokenize } from './tokens';
import { topicsStage } from './topics';

export interface Stage {
  readonly name: string;
  readonly run: (ctx: Context) => void;
}

export const STAGES: readonly Stage[] = [
  { name: 'sentences', run: sentencesStage },
  { name: 'quotes', run: quotesStage },
  { name: 'mentions', run: mentionsStage },
  { name: 'entities', run: entitiesStage },
  { name: 'attribution', run: attributionStage },
  { name: 'references', run: referencesStage },
  { name: 'topics', run: topicsStage },
  { name: 'dates', run: datesStage },
  { name: 'events', run: eventsStage },
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
    triggers: null,
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

export function extractDocument(doc: SourceDocument, dictionaries: Dictionaries): DocumentGraph {
  const ctx = createContext(doc, dictionaries);
  for (const stage of STAGES) stage.run(ctx);
  return buildGraph(ctx);
}

export { buildGraph } from './graph';
export { StatementTable } from './statement-table';
export { compileDictionaries } from './matcher';
export type { Context } from './context';
