/**
 * One DocumentGraph from the windows of a large document (windows.ts).
 *
 * Each window's pipeline works in the window's own offsets; `toDocumentOffsets`
 * moves its results into the document's before the graph is built, so ids
 * (hashes of the document and absolute spans) come out as for any document.
 * `ownPart` drops what the lead-in yielded, and `WindowMerger` joins the
 * parts: entities, topics and events by id, statements and warnings in order.
 */

import type {
  DiplomaticEvent,
  DocumentGraph,
  Entity,
  ExtractionWarning,
  SourceDocument,
  Statement,
  Topic,
} from '../../model';
import type { CompiledDictionaries } from '../dictionaries/compile';
import type { Context } from '../core/context';
import { compareEvents, compareWarnings, documentInfo, uniqueSpans } from '../graph';
import { StatementTable } from './statement-table';
import { compareStrings, uniqueSorted } from '../core/text';

function shifted<T extends { start: number; end: number }>(x: T, offset: number): T {
  return { ...x, start: x.start + offset, end: x.end + offset };
}

/**
 * The window's results in document offsets, over the whole document's text,
 * ready for `buildGraph`. Copies, never edits in place: draft objects may be
 * shared between the context's lists.
 */
export function toDocumentOffsets(ctx: Context, doc: SourceDocument, offset: number): Context {
  return {
    ...ctx,
    doc,
    text: doc.text,
    people: ctx.people.map((r) => shifted(r, offset)),
    mentions: ctx.mentions.map((m) => shifted(m, offset)),
    statements: ctx.statements.map((s) => ({
      ...shifted(s, offset),
      cueStart: s.cueStart + offset,
      cueEnd: s.cueEnd + offset,
      leadStart: s.leadStart + offset,
      ...(s.speechAct?.cue
        ? { speechAct: { ...s.speechAct, cue: shifted(s.speechAct.cue, offset) } }
        : {}),
    })),
    events: ctx.events.map((e) => ({ ...e, evidence: e.evidence.map((x) => shifted(x, offset)) })),
    warnings: ctx.warnings.map((w) => {
      if (w.start === undefined) return w;
      const moved = { ...w, start: w.start + offset };
      if (w.end !== undefined) moved.end = w.end + offset;
      return moved;
    }),
  };
}

/**
 * What a window reports: statements from `from` on (their references to
 * statements of the lead-in kept, for the merger to check), with the events and
 * entities they name (an event or a person met in the lead-in keeps its id,
 * so the merge joins it with the previous window's), and mentions and
 * warnings from `from` on.
 */
export function ownPart(graph: DocumentGraph, from: number): DocumentGraph {
  const statements = graph.statements.filter((s) => s.start >= from);
  const usedEvents = new Set<string>();
  const used = new Set<string>();
  for (const s of statements) {
    // A reference into the lead-in stays: `WindowMerger.add` keeps it if the window before made that statement.
    if (s.event) usedEvents.add(s.event);
    used.add(s.speaker);
    for (const id of s.mentions) used.add(id);
    for (const id of s.addressees) used.add(id);
  }
  const events = graph.events.filter(
    (e) => usedEvents.has(e.id) || e.evidence.some((x) => x.start >= from),
  );
  for (const e of events) {
    for (const p of e.participants) used.add(p);
    if (e.place) used.add(e.place);
  }
  const entities: Entity[] = [];
  for (const e of graph.entities) {
    const mentions = e.mentions.filter((m) => m.start >= from);
    if (mentions.length > 0 || used.has(e.id)) entities.push({ ...e, mentions });
  }
  return {
    document: graph.document,
    entities,
    topics: graph.topics,
    events,
    statements,
    warnings: graph.warnings.filter((w) => w.start === undefined || w.start >= from),
  };
}

function mergeEntity(into: Entity, part: Entity): void {
  for (const m of part.mentions) into.mentions.push(m);
  into.mentions = uniqueSpans(into.mentions);
  // A person new to the dictionaries may get an office only in a later window.
  for (const o of part.offices) {
    if (!into.offices.some((x) => x.office === o.office && x.from === o.from)) into.offices.push(o);
  }
  into.offices.sort(
    (a, b) => compareStrings(a.office, b.office) || compareStrings(a.from ?? '', b.from ?? ''),
  );
  into.represents = uniqueSorted([...into.represents, ...part.represents]);
}

function mergeEvent(into: DiplomaticEvent, part: DiplomaticEvent): void {
  into.evidence = uniqueSpans([...into.evidence, ...part.evidence]);
  into.participants = uniqueSorted([...into.participants, ...part.participants]);
  into.date ??= part.date;
  into.place ??= part.place;
}

function spanKey(x: { start: number; end: number }, kind: string): string {
  return `${x.start}:${x.end}:${kind}`;
}

/** `s` with the events of `renamed` under their new ids (a copy when any is named). */
function withEventsRenamed(s: Statement, renamed: ReadonlyMap<string, string>): Statement {
  const event = s.event === null ? null : (renamed.get(s.event) ?? s.event);
  if (event === s.event && !s.mentions.some((id) => renamed.has(id))) return s;
  const mentions = uniqueSorted(s.mentions.map((id) => renamed.get(id) ?? id));
  return { ...s, event, mentions };
}

/** Joins the windows' own parts, in document order, into one graph. */
export class WindowMerger {
  private readonly entities = new Map<string, Entity>();
  private readonly topics = new Map<string, Topic>();
  private readonly events = new Map<string, DiplomaticEvent>();
  /** `start:end:kind` of every evidence span merged so far, to the id of its event. */
  private readonly eventSpans = new Map<string, string>();
  /** Statements added, in order, from the latest lead-in on: those a reference may name. */
  private recent: { start: number; id: string }[] = [];
  private readonly statements: StatementTable;
  private readonly warnings: ExtractionWarning[] = [];
  /** Warnings about the whole document ("no-document-date"), once each. */
  private readonly documentWarnings = new Set<string>();

  constructor(
    private readonly doc: SourceDocument,
    private readonly dict: CompiledDictionaries,
  ) {
    this.statements = new StatementTable(doc.text, doc.sha256);
  }

  /**
   * Adds the next window's own part (`ownPart`); `leadStart` is where its
   * lead-in starts: references to statements from there on that an earlier
   * part made are kept, others dropped. Ids of statements from the latest
   * `leadStart` on are remembered for that, so about one window's.
   */
  add(part: DocumentGraph, leadStart: number): void {
    for (const e of part.entities) {
      const known = this.entities.get(e.id);
      if (known) mergeEntity(known, e);
      else this.entities.set(e.id, e);
    }
    for (const t of part.topics) if (!this.topics.has(t.id)) this.topics.set(t.id, t);
    // An event told before a window's lead-in and again in it has there another first
    // evidence, so another id: it takes the id it already has, found by a shared span.
    const renamed = new Map<string, string>();
    for (const partEvent of part.events) {
      let e = partEvent;
      if (!this.events.has(e.id)) {
        for (const x of e.evidence) {
          const id = this.eventSpans.get(spanKey(x, e.kind));
          if (id !== undefined) {
            renamed.set(e.id, id);
            e = { ...e, id };
            break;
          }
        }
      }
      const known = this.events.get(e.id);
      if (known) mergeEvent(known, e);
      else this.events.set(e.id, e);
      for (const x of e.evidence) this.eventSpans.set(spanKey(x, e.kind), e.id);
    }
    // A reference into the lead-in holds when the window before made that statement too.
    const fresh = this.recent.findIndex((r) => r.start >= leadStart);
    this.recent = fresh < 0 ? [] : this.recent.slice(fresh);
    const known = new Set(this.recent.map((r) => r.id));
    for (const s of part.statements) known.add(s.id);
    // Windows come in document order and each one's statements are sorted: so are all of them.
    for (let s of part.statements) {
      if (renamed.size > 0) s = withEventsRenamed(s, renamed);
      if (!s.refersTo.every((id) => known.has(id)))
        s = { ...s, refersTo: s.refersTo.filter((id) => known.has(id)) };
      this.statements.push(s);
      this.recent.push({ start: s.start, id: s.id });
    }
    for (const w of part.warnings) {
      if (w.start === undefined) {
        const key = `${w.code}\n${w.message}`;
        if (this.documentWarnings.has(key)) continue;
        this.documentWarnings.add(key);
      }
      this.warnings.push(w);
    }
  }

  /**
   * The graph, every array in the order `buildGraph` gives, its statements
   * apart (compact, made one at a time as they are read).
   */
  result(): { graph: DocumentGraph; statements: StatementTable } {
    const byId = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);
    const graph: DocumentGraph = {
      document: documentInfo(this.doc, this.doc.text, this.dict),
      entities: [...this.entities.values()].sort(byId),
      topics: [...this.topics.values()].sort(byId),
      events: [...this.events.values()].sort(compareEvents),
      statements: [],
      warnings: this.warnings.sort(compareWarnings),
    };
    return { graph, statements: this.statements };
  }
}
