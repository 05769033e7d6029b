/**
 * Final step — the DocumentGraph: stable ids, entities with their mentions,
 * and every array sorted so the same text gives byte-identical JSON.
 */

import type {
  DiplomaticEvent,
  DocumentGraph,
  DocumentInfo,
  Entity,
  ExtractionWarning,
  OfficeHeld,
  SourceDocument,
  Span,
  Statement,
  Topic,
} from '../model';
import type { Context } from './core/context';
import { firstAtOrAfter } from './core/spans';
import type { CompiledDictionaries } from './dictionaries/compile';
import { officesOn, publisherId } from './dictionaries/lookups';
import { DEFAULT_SPEECH_ACT } from './dictionaries/speech-acts';
import { compareStrings, sha256Hex, uniqueSorted } from './core/text';

/** Sorted aliases per dictionary list, computed once; each graph gets its own copy. */
const sortedAliases = new WeakMap<readonly string[], readonly string[]>();

function aliasesOf(list: readonly string[] | undefined): string[] {
  if (!list || list.length === 0) return [];
  let sorted = sortedAliases.get(list);
  if (!sorted) {
    sorted = uniqueSorted(list);
    sortedAliases.set(list, sorted);
  }
  return sorted.slice();
}

export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export function uniqueSpans(spans: Span[]): Span[] {
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) ordered = bySpan(spans[i - 1]!, spans[i]!) < 0;
  if (ordered) return spans;
  spans.sort(bySpan);
  return spans.filter(
    (s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end,
  );
}

export function statementId(docSha: string, start: number, end: number, speaker: string): string {
  return `stmt:${sha256Hex(`${docSha}:${start}:${end}:${speaker}`).slice(0, 16)}`;
}

export function eventId(docSha: string, kind: string, firstEvidenceStart: number): string {
  return `event:${sha256Hex(`${docSha}${kind}${firstEvidenceStart}`).slice(0, 16)}`;
}

function people(ctx: Context): Entity[] {
  const { dict, date } = ctx;
  const spans = new Map<string, Span[]>();
  const namedOffices = new Map<string, Set<string>>();
  for (const r of ctx.people) {
    if (!r.person) continue;
    const list = spans.get(r.person) ?? [];
    list.push({ start: r.start, end: r.end });
    spans.set(r.person, list);
    if (r.office)
      namedOffices.set(r.person, (namedOffices.get(r.person) ?? new Set()).add(r.office));
  }
  for (const s of ctx.statements) if (!spans.has(s.speaker)) spans.set(s.speaker, []);
  const out: Entity[] = [];
  for (const [id, mentions] of spans) {
    const actor = dict.actors.get(id);
    const offices: OfficeHeld[] = [];
    if (actor) {
      for (const term of officesOn(dict, id, date)) {
        offices.push({
          office: term.office,
          title: term.title,
          of: term.of,
          from: term.from,
          to: term.to,
        });
      }
    }
    const np = ctx.newPeople.get(id);
    if (np?.office && !offices.some((o) => o.office === np.office)) {
      offices.push({
        office: np.office,
        title: np.officeTitle ?? np.office,
        of: np.officeOf,
        from: null,
        to: null,
      });
    }
    for (const office of namedOffices.get(id) ?? []) {
      if (offices.some((o) => o.office === office)) continue;
      const entry = dict.offices.get(office);
      if (entry && !actor)
        offices.push({ office, title: entry.title, of: entry.of, from: null, to: null });
    }
    offices.sort(
      (a, b) => compareStrings(a.office, b.office) || compareStrings(a.from ?? '', b.from ?? ''),
    );
    out.push({
      id,
      type: 'Person',
      name: actor?.name ?? np?.name ?? id,
      aliases: aliasesOf(actor?.aliases),
      offices,
      represents: uniqueSorted(actor?.represents ?? (np?.officeOf ? [np.officeOf] : [])),
      mentions: uniqueSpans(mentions),
    });
  }
  return out;
}

function things(ctx: Context): Entity[] {
  const { dict } = ctx;
  const byId = new Map<string, Entity>();
  for (const m of ctx.mentions) {
    let e = byId.get(m.id);
    if (!e) {
      const name = dict.names.get(m.id) ?? m.id;
      if (m.kind === 'Country') {
        const c = dict.countries.get(m.id);
        e = entity(m.id, m.kind, name, aliasesOf(c?.aliases));
        if (c) e.iso2 = c.iso2;
      } else if (m.kind === 'Organization') {
        const o = dict.organizations.get(m.id);
        e = entity(m.id, m.kind, name, aliasesOf(o?.aliases));
        if (o) e.kind = o.kind;
      } else {
        e = entity(m.id, m.kind, name, aliasesOf(dict.places.get(m.id)?.aliases));
      }
      byId.set(m.id, e);
    }
    e.mentions.push({ start: m.start, end: m.end });
  }
  for (const e of byId.values()) e.mentions = uniqueSpans(e.mentions);
  // A statement addressed to a country the text names only by a place ("urged Kyiv") or
  // its people: the country joins the graph without mentions, as a speaker does, named
  // as a mention would name it.
  for (const s of ctx.statements) {
    for (const id of s.addressees ?? []) {
      if (byId.has(id) || id.startsWith('person:')) continue;
      const c = dict.countries.get(id);
      const o = dict.organizations.get(id);
      if (c) {
        const e = entity(id, 'Country', dict.names.get(id) ?? id, aliasesOf(c.aliases));
        e.iso2 = c.iso2;
        byId.set(id, e);
      } else if (o) {
        const e = entity(id, 'Organization', dict.names.get(id) ?? id, aliasesOf(o.aliases));
        e.kind = o.kind;
        byId.set(id, e);
      }
    }
  }
  return [...byId.values()];
}

function entity(id: string, type: Entity['type'], name: string, aliases: string[]): Entity {
  return { id, type, name, offices: [], represents: [], mentions: [], aliases };
}

// The orders of the graph's arrays, shared with the merge of a large document's windows.

export function compareEvents(a: DiplomaticEvent, b: DiplomaticEvent): number {
  return a.evidence[0]!.start - b.evidence[0]!.start || compareStrings(a.id, b.id);
}

export function compareStatements(a: Statement, b: Statement): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.speaker, b.speaker) ||
    compareStrings(a.verb, b.verb)
  );
}

export function compareWarnings(a: ExtractionWarning, b: ExtractionWarning): number {
  return (
    (a.start ?? -1) - (b.start ?? -1) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export function documentInfo(
  doc: SourceDocument,
  text: string,
  dict: CompiledDictionaries,
): DocumentInfo {
  return {
    id: doc.id,
    sha256: doc.sha256,
    source: doc.source,
    title: doc.title,
    url: doc.url,
    publisher: doc.publisher,
    publisherId: publisherId(dict, doc.publisher),
    place: doc.place,
    publishedAt: doc.publishedAt,
    language: doc.language,
    text,
  };
}

export function buildGraph(ctx: Context): DocumentGraph {
  const { doc, text, dict } = ctx;
  const sha = doc.sha256;
  const entities = [...people(ctx), ...things(ctx)].sort((a, b) => compareStrings(a.id, b.id));

  const eventIds = ctx.events.map((e) => eventId(sha, e.kind, e.evidence[0]!.start));
  const events: DiplomaticEvent[] = ctx.events
    .map((e, i) => ({
      id: eventIds[i]!,
      kind: e.kind,
      name: e.name,
      date: e.date,
      place: e.place,
      status: e.status,
      participants: uniqueSorted(e.participants),
      evidence: uniqueSpans(e.evidence.map((x) => ({ start: x.start, end: x.end }))),
    }))
    .sort(compareEvents);

  // Mentions inside a statement: people, countries, organisations, places, events.
  const spans: { start: number; end: number; id: string }[] = [];
  for (const r of ctx.people)
    if (r.person) spans.push({ start: r.start, end: r.end, id: r.person });
  for (const m of ctx.mentions) spans.push({ start: m.start, end: m.end, id: m.id });
  ctx.events.forEach((e, i) => {
    for (const ev of e.evidence) spans.push({ start: ev.start, end: ev.end, id: eventIds[i]! });
  });
  spans.sort(bySpan);

  const ids = ctx.statements.map((s) => statementId(sha, s.start, s.end, s.speaker));
  const statements: Statement[] = ctx.statements.map((s, i) => {
    const act = s.speechAct ?? DEFAULT_SPEECH_ACT;
    const mentions: string[] = [];
    for (let k = firstAtOrAfter(spans, s.start); k < spans.length && spans[k]!.start < s.end; k++) {
      if (spans[k]!.end <= s.end) mentions.push(spans[k]!.id);
    }
    return {
      id: ids[i]!,
      speaker: s.speaker,
      kind: s.kind,
      verb: s.verb,
      text: text.slice(s.start, s.end),
      date: s.date,
      start: s.start,
      end: s.end,
      topics: uniqueSorted(s.topics),
      mentions: uniqueSorted(mentions),
      event: s.event >= 0 ? eventIds[s.event]! : null,
      refersTo: uniqueSorted(s.refersTo.map((r) => ids[r]!)),
      confidence: s.confidence,
      act: act.act,
      polarity: act.polarity,
      actCue: act.cue === null ? null : { start: act.cue.start, end: act.cue.end },
      actConfidence: act.confidence,
      addressees: uniqueSorted(s.addressees ?? []),
    };
  });
  statements.sort(compareStatements);

  const topicIds = new Set<string>();
  for (const m of ctx.topicMatches)
    for (const p of m.payloads) if (p.type === 'topic') topicIds.add(p.id);
  for (const s of ctx.statements) for (const id of s.topics) topicIds.add(id);
  const topics: Topic[] = uniqueSorted(topicIds).map((id) => {
    const entry = dict.topicEntries.get(id);
    return { id, name: entry?.name ?? id, aliases: aliasesOf(entry?.aliases) };
  });

  const warnings = [...ctx.warnings].sort(compareWarnings);

  return {
    document: documentInfo(doc, text, dict),
    entities,
    topics,
    events,
    statements,
    warnings,
  };
}
