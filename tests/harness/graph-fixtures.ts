/**
 * Small hand-written DocumentGraphs for loader tests: each names its statements
 * by the text they quote, and spans point into the document text it builds.
 */
import { createHash } from 'node:crypto';
import type { DiplomaticEvent, DocumentGraph, Entity, SpeechAct, Statement } from '../../src/model';

export interface FixtureStatement {
  speaker: string;
  text: string;
  date?: string | null;
  topics?: string[];
  event?: string | null;
  /** Default ASSERTION. */
  act?: SpeechAct;
  /** Entity ids it is directed at (each becomes a Country entity unless it is a speaker). */
  addressees?: string[];
}

export interface FixtureEvent {
  key: string;
  kind: DiplomaticEvent['kind'];
  place: string | null;
  date: string | null;
  status: DiplomaticEvent['status'];
  participants: string[];
}

export interface FixtureDocument {
  publishedAt: string;
  url?: string | null;
  statements: FixtureStatement[];
  events?: FixtureEvent[];
  /** Extra text, to make a new version of a document with the same url. */
  salt?: string;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

const PEOPLE: Record<string, string> = {
  'person:sergei-lavrov': 'Sergei Lavrov',
  'person:antony-blinken': 'Antony Blinken',
  'person:vladimir-putin': 'Vladimir Putin',
};

export function fixtureGraph(doc: FixtureDocument): DocumentGraph {
  const text = `${doc.salt ?? ''}${doc.statements.map((s) => `"${s.text}," ${PEOPLE[s.speaker] ?? s.speaker} said.`).join('\n\n')}\n`;
  const sha256 = hash(text);
  const docId = `doc:${sha256.slice(0, 16)}`;
  const events: DiplomaticEvent[] = (doc.events ?? []).map((e) => ({
    id: `event:${hash(docId + e.key).slice(0, 16)}`,
    kind: e.kind,
    name: `${e.kind} ${e.key}`,
    date: e.date,
    place: e.place,
    status: e.status,
    participants: e.participants,
    evidence: [{ start: 0, end: 1 }],
  }));
  const eventId = (key: string | null | undefined) =>
    key == null ? null : events[(doc.events ?? []).findIndex((e) => e.key === key)]!.id;
  let cursor = 0;
  const statements: Statement[] = doc.statements.map((s) => {
    const start = text.indexOf(s.text, cursor);
    cursor = start + s.text.length;
    return {
      id: `stmt:${hash(`${sha256}:${start}:${s.speaker}`).slice(0, 16)}`,
      speaker: s.speaker,
      kind: 'direct',
      verb: 'said',
      text: s.text,
      date: s.date === undefined ? doc.publishedAt : s.date,
      start,
      end: start + s.text.length,
      topics: s.topics ?? [],
      mentions: [],
      event: eventId(s.event),
      refersTo: [],
      confidence: 0.95,
      act: s.act ?? 'ASSERTION',
      polarity: s.act === 'WARNING' || s.act === 'THREAT' ? 'ADVERSARIAL' : 'NEUTRAL',
      actCue: null,
      actConfidence: s.act === undefined ? 0.5 : 0.9,
      addressees: s.addressees ?? [],
    };
  });
  const ids = new Set([
    ...statements.map((s) => s.speaker),
    ...events.flatMap((e) => e.participants),
    ...statements.flatMap((s) => s.addressees.filter((a) => a.startsWith('person:'))),
  ]);
  const entities: Entity[] = [...ids].sort().map((id) => ({
    id,
    type: 'Person',
    name: PEOPLE[id] ?? id,
    aliases: [],
    offices: [],
    represents: [],
    mentions: [],
  }));
  for (const place of new Set(events.map((e) => e.place).filter((p): p is string => p !== null))) {
    entities.push({
      id: place,
      type: 'Place',
      name: place.slice(6),
      aliases: [],
      offices: [],
      represents: [],
      mentions: [],
    });
  }
  for (const id of new Set(statements.flatMap((s) => s.addressees))) {
    if (ids.has(id)) continue;
    entities.push({
      id,
      type: id.startsWith('org:') ? 'Organization' : 'Country',
      name: id.replace(/^\w+:/, ''),
      aliases: [],
      offices: [],
      represents: [],
      mentions: [],
    });
  }
  const topicIds = [...new Set(statements.flatMap((s) => s.topics))].sort();
  return {
    document: {
      id: docId,
      sha256,
      source: `fixture-${docId}`,
      title: null,
      url: doc.url ?? null,
      publisher: 'Fixture Agency',
      publisherId: 'org:fixture-agency',
      place: null,
      publishedAt: doc.publishedAt,
      language: 'en',
      text,
    },
    entities,
    topics: topicIds.map((id) => ({ id, name: id.slice(6).replace(/-/g, ' '), aliases: [] })),
    events,
    statements,
    warnings: [],
  };
}
