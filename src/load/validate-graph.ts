/**
 * Checks a DocumentGraph before it is written, so one malformed document fails
 * alone with a reason instead of writing half of itself or breaking its batch.
 */
import type { DocumentGraph } from '../model';
import { POLARITIES, SPEECH_ACTS } from '../model';
import { LoadError } from './load-error';

export class InvalidGraphError extends LoadError {
  constructor(source: string, problems: string[]) {
    super(
      'GRAPH_INVALID',
      `${source}: the extracted graph is inconsistent and was not written: ${problems.slice(0, 5).join('; ')}` +
        `${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`,
    );
  }
}

const ID = /^(?:doc|person|country|org|place|topic|event|stmt|office):\S+$/;

export function validateGraph(graph: DocumentGraph): void {
  const problems: string[] = [];
  const { document: doc } = graph;
  const length = doc.text.length;
  const entityIds = new Set(graph.entities.map((e) => e.id));
  const topicIds = new Set(graph.topics.map((t) => t.id));
  const eventIds = new Set(graph.events.map((e) => e.id));
  const statementIds = new Set(graph.statements.map((s) => s.id));
  const span = (what: string, start: number, end: number) => {
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= length
    )) {
      problems.push(`${what} has span ${start}–${end} outside the text (length ${length})`);
    }
  };
  if (!ID.test(doc.id)) problems.push(`document id "${doc.id}" is malformed`);
  if (doc.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(doc.publishedAt))
    problems.push(`publishedAt "${doc.publishedAt}" is not YYYY-MM-DD`);
  for (const e of graph.entities) {
    if (!ID.test(e.id)) problems.push(`entity id "${e.id}" is malformed`);
    for (const m of e.mentions) span(`a mention of ${e.id}`, m.start, m.end);
  }
  for (const ev of graph.events) {
    if (ev.place !== null && !entityIds.has(ev.place) && !ev.place.startsWith('place:'))
      problems.push(`event ${ev.id} has place ${ev.place}`);
    for (const p of ev.participants)
      if (!entityIds.has(p))
        problems.push(`event ${ev.id} involves ${p}, which is not among the entities`);
    for (const m of ev.evidence) span(`evidence of ${ev.id}`, m.start, m.end);
  }
  for (const s of graph.statements) {
    if (!ID.test(s.id)) problems.push(`statement id "${s.id}" is malformed`);
    if (!entityIds.has(s.speaker) || !s.speaker.startsWith('person:'))
      problems.push(
        `statement ${s.id} has speaker ${s.speaker}, which is not a person among the entities`,
      );
    span(`statement ${s.id}`, s.start, s.end);
    if (s.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(s.date))
      problems.push(`statement ${s.id} has date "${s.date}"`);
    for (const t of s.topics)
      if (!topicIds.has(t))
        problems.push(`statement ${s.id} is about ${t}, which is not among the topics`);
    if (s.event !== null && !eventIds.has(s.event))
      problems.push(`statement ${s.id} was made at ${s.event}, which is not among the events`);
    if (!SPEECH_ACTS.includes(s.act))
      problems.push(
        `statement ${s.id} has act ${String(s.act)}, not one of ${SPEECH_ACTS.join(', ')}`,
      );
    if (!POLARITIES.includes(s.polarity))
      problems.push(
        `statement ${s.id} has polarity ${String(s.polarity)}, not one of ${POLARITIES.join(', ')}`,
      );
    if (!(typeof s.actConfidence === 'number' && s.actConfidence >= 0 && s.actConfidence <= 1))
      problems.push(`statement ${s.id} has actConfidence ${String(s.actConfidence)}, not 0–1`);
    if (s.actCue !== null && s.actCue !== undefined)
      span(`the act cue of statement ${s.id}`, s.actCue.start, s.actCue.end);
    for (const a of s.addressees ?? [])
      if (!entityIds.has(a) || !/^(?:person|country|org):/.test(a))
        problems.push(
          `statement ${s.id} is addressed to ${a}, which is not a person, country or organisation among the entities`,
        );
    if (!Array.isArray(s.addressees)) problems.push(`statement ${s.id} has no addressees list`);
    for (const r of s.refersTo)
      if (!statementIds.has(r))
        problems.push(`statement ${s.id} refers to ${r}, which is not among the statements`);
  }
  if (problems.length > 0) throw new InvalidGraphError(doc.source ?? doc.id, problems);
}
