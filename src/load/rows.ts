/**
 * DocumentGraph → the parameter rows of the `cypher/upsert-*.cypher`
 * statements. Pure: no driver here, so it is unit-tested in isolation.
 */
import type { DocumentGraph, DocumentInfo, Entity, Statement } from '../model';
import { ENTITY_TYPES, orgId } from '../model';

const NO_DATE = '0000-00-00';

/** `text` cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * The order of a speaker's timeline: statement date, then document date, then
 * document, then offset. Plain string comparison sorts it.
 */
export function sortKey(statement: Statement, graph: DocumentGraph): string {
  const docDate = graph.document.publishedAt ?? NO_DATE;
  return [
    statement.date ?? docDate,
    docDate,
    graph.document.id,
    String(statement.start).padStart(10, '0'),
    statement.id,
  ].join('|');
}

/** A document as written: its info, caption, and where each entity is mentioned in it. */
export type DocumentRow = DocumentInfo & {
  caption: string;
  mentions: { id: string; starts: number[]; ends: number[] }[];
};

export interface DocumentRows {
  documents: DocumentRow[];
  entities: Record<string, unknown>[];
  offices: Record<string, unknown>[];
  represents: Record<string, unknown>[];
  topics: Record<string, unknown>[];
  events: EventRow[];
  statements: StatementRow[];
  /** Only statements that refer to others (written once every statement of the batch exists). */
  references: ReferenceRow[];
}

export interface EventRow {
  id: string;
  kind: string;
  name: string;
  date: string | null;
  status: string;
  place: string | null;
  placeName: string | null;
  participants: string[];
  documentId: string;
  starts: number[];
  ends: number[];
}

export interface StatementRow {
  id: string;
  /** What Neo4j Browser shows on the node: date and the first words. */
  caption: string;
  speaker: string;
  kind: string;
  verb: string;
  text: string;
  date: string | null;
  start: number;
  end: number;
  confidence: number;
  documentId: string;
  sortKey: string;
  topics: string[];
  /** Entity ids (people, countries, organisations, places). */
  mentions: string[];
  mentionedEvents: string[];
  event: string | null;
  /** Speech act and stance (issue #12); the cue as two offsets, null without one. */
  act: string;
  polarity: string;
  actCueStart: number | null;
  actCueEnd: number | null;
  actConfidence: number;
  /** Entity ids it is directed at (ADDRESSED_TO). */
  addressees: string[];
}

export interface ReferenceRow {
  id: string;
  refersTo: string[];
}

interface EntityRow {
  id: string;
  label: Entity['type'];
  name: string;
  aliases: string[];
  kind: string | null;
  iso2: string | null;
}

/** One row per entity per batch, with the aliases of all its documents. */
function addEntity(rows: Map<string, EntityRow>, entity: Entity): void {
  if (!ENTITY_TYPES.includes(entity.type)) {
    throw new Error(`unknown entity type ${String(entity.type)}`);
  }
  const row = rows.get(entity.id);
  if (row === undefined) {
    rows.set(entity.id, {
      id: entity.id,
      label: entity.type,
      name: entity.name,
      aliases: [...new Set(entity.aliases)],
      kind: entity.kind ?? null,
      iso2: entity.iso2 ?? null,
    });
    return;
  }
  for (const alias of entity.aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
}

export function toRows(graphs: readonly DocumentGraph[]): DocumentRows {
  const rows: DocumentRows = {
    documents: [],
    entities: [],
    offices: [],
    represents: [],
    topics: [],
    events: [],
    statements: [],
    references: [],
  };
  const topicSeen = new Set<string>();
  const entities = new Map<string, EntityRow>();
  const offices = new Set<string>();
  const represents = new Set<string>();
  for (const graph of graphs) {
    const doc = graph.document;
    const { id, sha256, source, title, url, publisher, place, publishedAt, language, text } = doc;
    rows.documents.push({
      ...{ id, sha256, source, title, url, publisher, place, publishedAt, language, text },
      // Graphs written before publisherId existed name the publisher only.
      publisherId: doc.publisherId ?? (publisher === null ? null : orgId(publisher)),
      caption: [publisher === null ? 'Document' : shorten(publisher, 32), publishedAt]
        .filter(Boolean)
        .join(' · '),
      mentions: graph.entities
        .filter((entity) => entity.mentions.length > 0)
        .map((entity) => ({
          id: entity.id,
          starts: entity.mentions.map((m) => m.start),
          ends: entity.mentions.map((m) => m.end),
        })),
    });
    const names = new Map(graph.entities.map((e) => [e.id, e.name]));
    for (const entity of graph.entities) {
      addEntity(entities, entity);
      for (const office of entity.offices) {
        const key = `${entity.id} ${office.office}`;
        if (offices.has(key)) continue;
        offices.add(key);
        rows.offices.push({
          personId: entity.id,
          office: office.office,
          title: office.title,
          of: office.of,
          from: office.from,
          to: office.to,
        });
      }
      for (const of of entity.represents) {
        if (represents.has(`${entity.id} ${of}`)) continue;
        represents.add(`${entity.id} ${of}`);
        rows.represents.push({ personId: entity.id, of });
      }
    }
    for (const topic of graph.topics) {
      if (topicSeen.has(topic.id)) continue;
      topicSeen.add(topic.id);
      rows.topics.push({ id: topic.id, name: topic.name, aliases: topic.aliases });
    }
    for (const event of graph.events) {
      rows.events.push({
        id: event.id,
        kind: event.kind,
        name: event.name,
        date: event.date,
        status: event.status,
        place: event.place,
        placeName:
          event.place === null
            ? null
            : (names.get(event.place) ?? event.place.replace(/^place:/, '')),
        participants: event.participants,
        documentId: doc.id,
        starts: event.evidence.map((e) => e.start),
        ends: event.evidence.map((e) => e.end),
      });
    }
    for (const s of graph.statements) {
      rows.statements.push({
        id: s.id,
        caption: `${s.date ?? doc.publishedAt ?? 'undated'} · ${shorten(s.text, 60)}`,
        speaker: s.speaker,
        kind: s.kind,
        verb: s.verb,
        text: s.text,
        date: s.date,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
        documentId: doc.id,
        sortKey: sortKey(s, graph),
        topics: s.topics,
        mentions: s.mentions.filter((m) => !m.startsWith('event:')),
        mentionedEvents: s.mentions.filter((m) => m.startsWith('event:')),
        event: s.event,
        act: s.act,
        polarity: s.polarity,
        actCueStart: s.actCue?.start ?? null,
        actCueEnd: s.actCue?.end ?? null,
        actConfidence: s.actConfidence,
        addressees: s.addressees,
      });
      if (s.refersTo.length > 0) rows.references.push({ id: s.id, refersTo: s.refersTo });
    }
  }
  rows.entities = [...entities.values()] as unknown as Record<string, unknown>[];
  return rows;
}

/** Rewrites event ids after merging with events already in the graph (incoming id → existing id). */
export function applyEventMerges(rows: DocumentRows, merges: ReadonlyMap<string, string>): void {
  if (merges.size === 0) return;
  for (const event of rows.events) event.id = merges.get(event.id) ?? event.id;
  for (const statement of rows.statements) {
    if (statement.event !== null) statement.event = merges.get(statement.event) ?? statement.event;
    statement.mentionedEvents = statement.mentionedEvents.map((id) => merges.get(id) ?? id);
  }
}
