/**
 * DocumentGraphs → the CSV files of `neo4j-admin database import full`, holding exactly
 * the nodes, relationships and properties `diplograph load` writes for the same
 * documents loaded in one batch into an empty database (src/load/write-documents.ts,
 * src/link and the cypher/ files they run):
 *   - rows come from `toRows` (captions, sort keys, event place names as the loader makes them);
 *   - events are merged with the loader's rule, in document order (event-merger.ts);
 *   - an entity keeps the label and kind of its first document, its aliases are the
 *     aliases of all its documents in first-seen order, `aliasText` only when it has some
 *     (upsert-entities.cypher); a publisher or an event's place that is no entity becomes
 *     an Organization / Place of its first document (create-documents, upsert-events);
 *   - a merged event takes its first report's kind, name and status, the first date and
 *     place any report gives, `held` when one report says so (upsert-events.cypher);
 *   - a document already written (same sha256) is skipped, as the loader reports it unchanged.
 *   - NEXT_BY_SPEAKER chains each speaker's statements by sortKey; documents are therefore
 *     `linked` from the start. The statement links (REITERATES, RESPONDS_TO, CONTRADICTS) are
 *     not in the files: finish-import.ts runs the loader's own link step over every statement.
 * Statements, documents and their relationships stream to disk; entities, topics, events
 * and offices (small, and changed by later documents) are written by `finish`.
 * Empty lists cannot be written in CSV (the tool stores no property): finish-import.ts sets
 * them after the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentGraph } from '../../model';
import type { EventRow } from '../rows';
import { csvLine, headerLine, type CsvColumn, type CsvValue } from './csv';
import { createEventMerger } from './event-merger';
import {
  col,
  prepareDocument,
  rel,
  STREAMED,
  type CsvChunk,
  type PreparedDocument,
  type StreamedFile,
} from './prepare';

const FLUSH_CHARS = 1 << 20;

class CsvFile {
  readonly file: string;
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    dir: string,
    name: string,
    private readonly columns: readonly CsvColumn[],
  ) {
    this.file = path.join(dir, name);
    this.fd = fs.openSync(this.file, 'w');
    this.write(headerLine(columns));
  }

  add(values: readonly CsvValue[]): void {
    this.rows += 1;
    this.write(csvLine(this.columns, values));
  }

  /** Lines formatted elsewhere (prepare.ts) with these columns. */
  addChunk(chunk: CsvChunk): void {
    if (chunk.rows === 0) return;
    this.rows += chunk.rows;
    this.write(chunk.text);
  }

  private write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.chunks.length > 0) fs.writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

export interface ImportFiles {
  dir: string;
  /** Absolute paths of the node files, each with its header line. */
  nodes: string[];
  relationships: string[];
  /** The files whose fields may span lines (document and statement text). */
  multiline: string[];
  counts: { documents: number; statements: number; nodes: number; relationships: number };
}

export interface ImportWriter {
  /**
   * Adds one document's graph; false when a document with the same text was added before.
   * Throws when the graph is invalid (validateGraph), having added nothing.
   */
  add(graph: DocumentGraph): boolean;
  /** `add` for a document prepared by prepareDocument (in a worker thread). */
  addPrepared(document: PreparedDocument): boolean;
  /** Ids of the documents added, in order. */
  readonly documentIds: readonly string[];
  /** Writes the remaining nodes and relationships and closes every file. */
  finish(): ImportFiles;
}

interface EntityNode {
  label: string;
  name: string;
  aliases: string[];
  kind: string | null;
  iso2: string | null;
}

interface EventNode {
  kind: string;
  name: string;
  status: string;
  date: string | null;
  placeId: string | null;
}

interface TimelineStatement {
  id: string;
  sortKey: string;
}

export function createImportWriter(dir: string): ImportWriter {
  fs.mkdirSync(dir, { recursive: true });
  const streamed = (file: StreamedFile) =>
    new CsvFile(dir, STREAMED[file].name, STREAMED[file].columns);
  const files = {
    documents: streamed('documents'),
    statements: streamed('statements'),
    said: streamed('said'),
    reportedIn: streamed('reportedIn'),
    about: streamed('about'),
    addressedTo: streamed('addressedTo'),
    mentionsEntity: new CsvFile(dir, 'rels-mentions-entity.csv', rel('Statement', 'Entity')),
    mentionsEvent: new CsvFile(dir, 'rels-mentions-event.csv', rel('Statement', 'Event')),
    madeAt: new CsvFile(dir, 'rels-made-at.csv', rel('Statement', 'Event')),
    refersTo: streamed('refersTo'),
    mentionedIn: streamed('mentionedIn'),
    publishedBy: streamed('publishedBy'),
  };

  const seenSha = new Set<string>();
  const documentIds: string[] = [];
  const entities = new Map<string, EntityNode>();
  const publishers = new Map<string, string>(); // id → name of the first document's publisher
  const places = new Map<string, string | null>(); // event place id → first placeName
  const topics = new Map<string, { name: string; aliases: string[] }>();
  const offices = new Map<string, { title: string }>();
  const holds: { personId: string; office: string; from: string | null; to: string | null }[] = [];
  const holdsSeen = new Set<string>();
  const officeOf: { office: string; of: string }[] = [];
  const represents: { personId: string; of: string }[] = [];
  const representsSeen = new Set<string>();
  const events = new Map<string, EventNode>();
  const eventReports = new Map<string, { starts: number[]; ends: number[] }>();
  const heldIn = new Set<string>();
  const involves = new Set<string>();
  /** Statement mentions of ids that are no entity yet: decided once every entity is known. */
  const pendingMentions: { statement: string; id: string }[] = [];
  const merger = createEventMerger();
  let statements = 0;
  /** Each speaker's statements (sorted by `finish`). */
  const timelineOf = new Map<string, TimelineStatement[]>();

  const isEntity = (id: string) => entities.has(id) || publishers.has(id) || places.has(id);

  function addEvents(rows: EventRow[]): Map<string, string> {
    const merges = new Map<string, string>();
    for (const row of rows) {
      const into = merger.merge(row);
      if (into !== null) merges.set(row.id, into);
    }
    for (const row of rows) {
      const id = merges.get(row.id) ?? row.id;
      const node = events.get(id);
      if (node === undefined) {
        events.set(id, {
          kind: row.kind,
          name: row.name,
          status: row.status,
          date: row.date,
          placeId: row.place,
        });
      } else {
        node.date ??= row.date;
        node.placeId ??= row.place;
        if (row.status === 'held') node.status = 'held';
      }
      const report = `${id}\u0000${row.documentId}`;
      eventReports.delete(report); // the last report of a document sets the spans
      eventReports.set(report, { starts: row.starts, ends: row.ends });
      if (row.place !== null) {
        if (!entities.has(row.place) && !publishers.has(row.place) && !places.has(row.place))
          places.set(row.place, row.placeName);
        heldIn.add(`${id}\u0000${row.place}`);
      }
      for (const p of row.participants) involves.add(`${id}\u0000${p}`);
    }
    return merges;
  }

  return {
    documentIds,
    add(graph) {
      const prepared = prepareDocument(graph);
      if (!prepared.ok) throw Object.assign(new Error(prepared.reason), { code: prepared.code });
      return this.addPrepared(prepared.document);
    },

    addPrepared(doc) {
      if (seenSha.has(doc.sha256)) return false;
      seenSha.add(doc.sha256);
      documentIds.push(doc.id);

      // Entities of this document (the loader writes a batch's entities first).
      for (const entity of doc.entities) {
        const node = entities.get(entity.id);
        if (node === undefined) {
          entities.set(entity.id, {
            label: entity.type,
            name: entity.name,
            aliases: [...new Set(entity.aliases)],
            kind: entity.kind,
            iso2: entity.iso2,
          });
          // An id first seen as an event's place is an entity after all.
          places.delete(entity.id);
          publishers.delete(entity.id);
        } else {
          for (const alias of entity.aliases)
            if (!node.aliases.includes(alias)) node.aliases.push(alias);
        }
      }
      for (const office of doc.offices) {
        if (!offices.has(office.office)) offices.set(office.office, { title: office.title });
        const key = `${office.personId}\u0000${office.office}`;
        if (!holdsSeen.has(key)) {
          holdsSeen.add(key);
          holds.push(office);
          if (office.of !== null) officeOf.push({ office: office.office, of: office.of });
        }
      }
      for (const r of doc.represents) {
        const key = `${r.personId}\u0000${r.of}`;
        if (representsSeen.has(key)) continue;
        representsSeen.add(key);
        represents.push(r);
      }
      for (const t of doc.topics)
        if (!topics.has(t.id)) topics.set(t.id, { name: t.name, aliases: t.aliases });

      files.documents.addChunk(doc.csv.documents);
      if (doc.publisherId !== null && !isEntity(doc.publisherId))
        publishers.set(doc.publisherId, doc.publisher!);
      files.publishedBy.addChunk(doc.csv.publishedBy);
      files.mentionedIn.addChunk(doc.csv.mentionedIn);

      const merges = addEvents(doc.events);
      const ownEvents = new Set(doc.ownEvents);
      files.statements.addChunk(doc.csv.statements);
      files.said.addChunk(doc.csv.said);
      files.reportedIn.addChunk(doc.csv.reportedIn);
      files.about.addChunk(doc.csv.about);
      files.addressedTo.addChunk(doc.csv.addressedTo);
      for (const s of doc.statements) {
        statements += 1;
        let timeline = timelineOf.get(s.speaker);
        if (timeline === undefined) timelineOf.set(s.speaker, (timeline = []));
        timeline.push({ id: s.id, sortKey: s.sortKey });
        for (const m of s.mentions) {
          if (isEntity(m)) files.mentionsEntity.add([s.id, m, 'MENTIONS']);
          else pendingMentions.push({ statement: s.id, id: m });
        }
        // Event ids include the document's sha256: an event not of this document exists nowhere.
        for (const e of s.mentionedEvents)
          if (ownEvents.has(e)) files.mentionsEvent.add([s.id, merges.get(e) ?? e, 'MENTIONS']);
        if (s.event !== null) files.madeAt.add([s.id, merges.get(s.event) ?? s.event, 'MADE_AT']);
      }
      files.refersTo.addChunk(doc.csv.refersTo);
      return true;
    },

    finish() {
      for (const { statement, id } of pendingMentions)
        if (isEntity(id)) files.mentionsEntity.add([statement, id, 'MENTIONS']);
      const entityFile = new CsvFile(dir, 'nodes-entities.csv', [
        col('id', 'ID', 'Entity'),
        col('', 'LABEL'),
        col('name'),
        col('aliases', 'string[]'),
        col('aliasText'),
        col('kind'),
        col('iso2'),
      ]);
      for (const [id, e] of entities) {
        const aliasText = e.aliases.length === 0 ? null : e.aliases.map((a) => ` | ${a}`).join('');
        entityFile.add([id, ['Entity', e.label], e.name, e.aliases, aliasText, e.kind, e.iso2]);
      }
      for (const [id, name] of publishers)
        entityFile.add([id, ['Entity', 'Organization'], name, [], '', 'news agency', null]);
      for (const [id, name] of places)
        entityFile.add([id, ['Entity', 'Place'], name, [], '', null, null]);

      const topicFile = new CsvFile(dir, 'nodes-topics.csv', [
        col('id', 'ID', 'Topic'),
        col('', 'LABEL'),
        col('name'),
        col('aliases', 'string[]'),
        col('aliasText'),
      ]);
      for (const [id, t] of topics)
        topicFile.add([id, 'Topic', t.name, t.aliases, t.aliases.map((a) => ` | ${a}`).join('')]);

      const eventFile = new CsvFile(dir, 'nodes-events.csv', [
        col('id', 'ID', 'Event'),
        col('', 'LABEL'),
        col('kind'),
        col('name'),
        col('status'),
        col('date', 'date'),
        col('placeId'),
      ]);
      for (const [id, e] of events)
        eventFile.add([id, 'Event', e.kind, e.name, e.status, e.date, e.placeId]);
      const eventReportFile = new CsvFile(
        dir,
        'rels-event-reported-in.csv',
        rel('Event', 'Document', col('starts', 'long[]'), col('ends', 'long[]')),
      );
      for (const [key, r] of eventReports) {
        const [event, doc] = key.split('\u0000') as [string, string];
        eventReportFile.add([event, doc, 'REPORTED_IN', r.starts, r.ends]);
      }
      const heldInFile = new CsvFile(dir, 'rels-held-in.csv', rel('Event', 'Entity'));
      for (const key of heldIn) heldInFile.add([...key.split('\u0000'), 'HELD_IN']);
      // An edge to a person carries the keys cypher/match-events.cypher seeks by, as
      // cypher/upsert-events.cypher writes them.
      const involvesFile = new CsvFile(
        dir,
        'rels-involves.csv',
        rel(
          'Event',
          'Entity',
          col('matchKey'),
          col('date', 'date'),
          col('plannedKey'),
          col('undatedPlannedKey'),
        ),
      );
      for (const key of involves) {
        const [eventId, entityId] = key.split('\u0000') as [string, string];
        if (!isEntity(entityId)) continue;
        const event = events.get(eventId);
        if (event === undefined || entities.get(entityId)?.label !== 'Person') {
          involvesFile.add([eventId, entityId, 'INVOLVES', null, null, null, null]);
          continue;
        }
        const matchKey = `${event.kind}|${entityId}`;
        const planned = event.status === 'planned';
        involvesFile.add([
          eventId,
          entityId,
          'INVOLVES',
          matchKey,
          event.date,
          planned ? matchKey : null,
          planned && event.date === null ? matchKey : null,
        ]);
      }

      const officeFile = new CsvFile(dir, 'nodes-offices.csv', [
        col('id', 'ID', 'Office'),
        col('', 'LABEL'),
        col('title'),
      ]);
      for (const [id, o] of offices) officeFile.add([id, 'Office', o.title]);
      const isPerson = (id: string) => entities.get(id)?.label === 'Person';
      const holdsFile = new CsvFile(
        dir,
        'rels-holds.csv',
        rel('Entity', 'Office', col('from', 'date'), col('to', 'date')),
      );
      for (const h of holds)
        if (isPerson(h.personId)) holdsFile.add([h.personId, h.office, 'HOLDS', h.from, h.to]);
      const ofFile = new CsvFile(dir, 'rels-of.csv', rel('Office', 'Entity'));
      const officeHasOf = new Set<string>();
      for (const { office, of } of officeOf) {
        if (officeHasOf.has(office) || !isEntity(of)) continue;
        officeHasOf.add(office);
        ofFile.add([office, of, 'OF']);
      }
      const representsFile = new CsvFile(dir, 'rels-represents.csv', rel('Entity', 'Entity'));
      for (const r of represents)
        if (isPerson(r.personId) && isEntity(r.of))
          representsFile.add([r.personId, r.of, 'REPRESENTS']);

      const nextFile = new CsvFile(dir, 'rels-next-by-speaker.csv', rel('Statement', 'Statement'));
      for (const timeline of timelineOf.values()) {
        timeline.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
        timeline.forEach((entry, i) => {
          if (i > 0) nextFile.add([timeline[i - 1]!.id, entry.id, 'NEXT_BY_SPEAKER']);
        });
      }

      const all = [
        ...Object.values(files),
        nextFile,
        entityFile,
        topicFile,
        eventFile,
        eventReportFile,
        heldInFile,
        involvesFile,
        officeFile,
        holdsFile,
        ofFile,
        representsFile,
      ];
      for (const f of all) f.close();
      const nodeFiles = all.filter((f) => path.basename(f.file).startsWith('nodes-'));
      const relFiles = all.filter((f) => path.basename(f.file).startsWith('rels-'));
      return {
        dir,
        nodes: nodeFiles.map((f) => f.file),
        relationships: relFiles.map((f) => f.file),
        multiline: [files.documents.file, files.statements.file],
        counts: {
          documents: documentIds.length,
          statements,
          nodes: nodeFiles.reduce((n, f) => n + f.rows, 0),
          relationships: relFiles.reduce((n, f) => n + f.rows, 0),
        },
      };
    },
  };
}
