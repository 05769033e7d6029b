/**
 * One document's share of the import, computed where it is extracted (a worker thread of
 * ../extract-pool.ts): the graph validated, its rows (`toRows`), and the lines of every
 * file that depends on this document alone already formatted as CSV text. Only this
 * crosses back to the writing thread (import-files.ts), which keeps what depends on the
 * documents before it: entities, events and their merging, timelines (the statement links are made after the import, by finish-import.ts).
 */
import type { DocumentGraph } from '../../model';
import { toRows, type EventRow } from '../rows';
import { validateGraph } from '../validate-graph';
import { csvLine, type CsvColumn, type CsvValue } from './csv';

export const col = (
  name: string,
  type: CsvColumn['type'] = 'string',
  idSpace?: string,
): CsvColumn => (idSpace === undefined ? { name, type } : { name, type, idSpace });
export const rel = (from: string, to: string, ...props: CsvColumn[]): CsvColumn[] => [
  col('', 'START_ID', from),
  col('', 'END_ID', to),
  col('', 'TYPE'),
  ...props,
];

/** The files written a document at a time, and their columns. */
export const STREAMED = {
  documents: {
    name: 'nodes-documents.csv',
    columns: [
      col('id', 'ID', 'Document'),
      col('', 'LABEL'),
      col('caption'),
      col('sha256'),
      col('source'),
      col('title'),
      col('url'),
      col('publisher'),
      col('place'),
      col('publishedAt', 'date'),
      col('language'),
      col('text'),
      col('linked', 'boolean'),
    ],
  },
  statements: {
    name: 'nodes-statements.csv',
    columns: [
      col('id', 'ID', 'Statement'),
      col('', 'LABEL'),
      col('caption'),
      col('text'),
      col('kind'),
      col('verb'),
      col('date', 'date'),
      col('start', 'long'),
      col('end', 'long'),
      col('confidence', 'double'),
      col('documentId'),
      col('speakerId'),
      col('sortKey'),
      col('act'),
      col('polarity'),
      col('actCueStart', 'long'),
      col('actCueEnd', 'long'),
      col('actConfidence', 'double'),
    ],
  },
  said: { name: 'rels-said.csv', columns: rel('Entity', 'Statement') },
  reportedIn: {
    name: 'rels-statement-reported-in.csv',
    columns: rel('Statement', 'Document', col('start', 'long'), col('end', 'long')),
  },
  about: { name: 'rels-about.csv', columns: rel('Statement', 'Topic') },
  // Addressees are entities of the same graph (validateGraph): no need to wait for the others.
  addressedTo: { name: 'rels-addressed-to.csv', columns: rel('Statement', 'Entity') },
  refersTo: { name: 'rels-refers-to.csv', columns: rel('Statement', 'Statement') },
  mentionedIn: {
    name: 'rels-mentioned-in.csv',
    columns: rel('Entity', 'Document', col('starts', 'long[]'), col('ends', 'long[]')),
  },
  publishedBy: { name: 'rels-published-by.csv', columns: rel('Document', 'Entity') },
} as const satisfies Record<string, { name: string; columns: readonly CsvColumn[] }>;

export type StreamedFile = keyof typeof STREAMED;

/** CSV text of one streamed file for one document, and how many lines it holds. */
export interface CsvChunk {
  text: string;
  rows: number;
}

export interface PreparedStatement {
  id: string;
  speaker: string;
  text: string;
  sortKey: string;
  topics: string[];
  mentions: string[];
  mentionedEvents: string[];
  event: string | null;
}

export interface PreparedDocument {
  id: string;
  sha256: string;
  entities: {
    id: string;
    type: string;
    name: string;
    aliases: string[];
    kind: string | null;
    iso2: string | null;
  }[];
  offices: {
    personId: string;
    office: string;
    title: string;
    of: string | null;
    from: string | null;
    to: string | null;
  }[];
  represents: { personId: string; of: string }[];
  topics: { id: string; name: string; aliases: string[] }[];
  publisherId: string | null;
  publisher: string | null;
  events: EventRow[];
  /** Ids of the document's own events. */
  ownEvents: string[];
  statements: PreparedStatement[];
  csv: Record<StreamedFile, CsvChunk>;
}

/** A prepared document, or why its graph cannot be written. */
export type Prepared =
  { ok: true; document: PreparedDocument } | { ok: false; code: string; reason: string };

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'GRAPH_INVALID';

class Chunk {
  private readonly lines: string[] = [];
  constructor(private readonly columns: readonly CsvColumn[]) {}
  add(values: readonly CsvValue[]): void {
    this.lines.push(csvLine(this.columns, values));
  }
  done(): CsvChunk {
    return { text: this.lines.join(''), rows: this.lines.length };
  }
}

/** Validates `graph` and prepares it for import-files.ts; never throws. */
export function prepareDocument(graph: DocumentGraph): Prepared {
  try {
    validateGraph(graph);
    return { ok: true, document: prepare(graph) };
  } catch (error) {
    return {
      ok: false,
      code: codeOf(error),
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

function prepare(graph: DocumentGraph): PreparedDocument {
  const rows = toRows([graph]);
  const chunk = (file: StreamedFile) => new Chunk(STREAMED[file].columns);
  const files = {
    documents: chunk('documents'),
    statements: chunk('statements'),
    said: chunk('said'),
    reportedIn: chunk('reportedIn'),
    about: chunk('about'),
    addressedTo: chunk('addressedTo'),
    refersTo: chunk('refersTo'),
    mentionedIn: chunk('mentionedIn'),
    publishedBy: chunk('publishedBy'),
  };
  const d = rows.documents[0]!;

  files.documents.add([
    d.id,
    'Document',
    d.caption,
    d.sha256,
    d.source,
    d.title,
    d.url,
    d.publisher,
    d.place,
    d.publishedAt,
    d.language,
    d.text,
    // Timelines are in these files too, and finish-import.ts adds the statement links: linked from the start.
    true,
  ]);
  if (d.publisherId !== null) files.publishedBy.add([d.id, d.publisherId, 'PUBLISHED_BY']);
  for (const m of d.mentions) files.mentionedIn.add([m.id, d.id, 'MENTIONED_IN', m.starts, m.ends]);
  const statements: PreparedStatement[] = [];
  for (const s of rows.statements) {
    files.statements.add([
      s.id,
      'Statement',
      s.caption,
      s.text,
      s.kind,
      s.verb,
      s.date,
      s.start,
      s.end,
      s.confidence,
      s.documentId,
      s.speaker,
      s.sortKey,
      s.act,
      s.polarity,
      s.actCueStart,
      s.actCueEnd,
      s.actConfidence,
    ]);
    files.said.add([s.speaker, s.id, 'SAID']);
    files.reportedIn.add([s.id, s.documentId, 'REPORTED_IN', s.start, s.end]);
    for (const t of s.topics) files.about.add([s.id, t, 'ABOUT']);
    for (const a of s.addressees) files.addressedTo.add([s.id, a, 'ADDRESSED_TO']);
    statements.push({
      id: s.id,
      speaker: s.speaker,
      text: s.text,
      sortKey: s.sortKey,
      topics: s.topics,
      mentions: s.mentions,
      mentionedEvents: s.mentionedEvents,
      event: s.event,
    });
  }
  for (const r of rows.references)
    for (const other of r.refersTo) files.refersTo.add([r.id, other, 'REFERS_TO']);
  return {
    id: d.id,
    sha256: d.sha256,
    entities: graph.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      kind: e.kind ?? null,
      iso2: e.iso2 ?? null,
    })),
    offices: rows.offices as PreparedDocument['offices'],
    represents: rows.represents as PreparedDocument['represents'],
    topics: rows.topics as PreparedDocument['topics'],
    publisherId: d.publisherId,
    publisher: d.publisher,
    events: rows.events,
    ownEvents: graph.events.map((e) => e.id),
    statements,
    csv: {
      documents: files.documents.done(),
      statements: files.statements.done(),
      said: files.said.done(),
      reportedIn: files.reportedIn.done(),
      about: files.about.done(),
      addressedTo: files.addressedTo.done(),
      refersTo: files.refersTo.done(),
      mentionedIn: files.mentionedIn.done(),
      publishedBy: files.publishedBy.done(),
    },
  };
}
