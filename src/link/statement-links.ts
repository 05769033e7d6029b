import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, type CypherName } from '../load/cypher-files';
import { contentVector, type ContentVector } from './similarity';
import {
  alikeEnough,
  CANDIDATES_PER_STATEMENT,
  frameOf,
  OTHER_SPEAKER_WINDOW_DAYS,
  SAME_SPEAKER_WINDOW_DAYS,
  scoreCandidates,
  type LinkEdge,
  type LinkStatement,
  type LinkType,
} from './score-links';

/** Statements per query of the link step's reads (link-keys, link-statements) and rows per MERGE. */
const LINK_CHUNK = 5000;

const UPSERT: Record<LinkType, CypherName> = {
  REITERATES: 'upsert-reiterates',
  RESPONDS_TO: 'upsert-responds-to',
  CONTRADICTS: 'upsert-contradicts',
};

const DAY_MS = 86_400_000;
const NO_DAY = '0000-00-00';

/** What finding candidates reads of a statement (cypher/link-keys.cypher, link-window-*.cypher). */
export interface LinkKey {
  id: string;
  speaker: string | null;
  sortKey: string;
  /** The statement's own date, 'YYYY-MM-DD', or null. */
  date: string | null;
  text: string;
  topics: string[];
}

interface StatementMap {
  id: string;
  speaker: string;
  sortKey: string;
  documentId: string;
  start: unknown;
  end: unknown;
  text: string;
  verb: string;
  act: string | null;
  polarity: string | null;
  before: string;
  own: string;
  after: string;
  mentions: string[];
  addressees: string[];
  sides: string[];
}

const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayText = (epoch: number) => new Date(epoch * DAY_MS).toISOString().slice(0, 10);

function shareTopic(a: readonly string[], b: readonly string[]): boolean {
  for (const t of a) if (b.includes(t)) return true;
  return false;
}

/** Ranges merged into disjoint ones (sorted by `from`; `touches(previous, next)` joins them). */
function merge<R extends { from: string; to: string }>(
  ranges: R[],
  touches: (previous: R, next: R) => boolean,
): R[] {
  ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: R[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && touches(last, r)) {
      if (r.to > last.to) last.to = r.to;
    } else out.push({ ...r });
  }
  return out;
}

/** The first index of `sorted` whose `key` is ≥ `value` (binary search). */
function lowerBound<T>(sorted: readonly T[], key: (t: T) => string, value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `cap` nearest, then by sortKey (what `ORDER BY distance, c.sortKey LIMIT $cap` kept). */
function nearest(found: { key: LinkKey; distance: number }[], cap: number): LinkKey[] {
  found.sort(
    (a, b) =>
      a.distance - b.distance ||
      (a.key.sortKey < b.key.sortKey ? -1 : a.key.sortKey > b.key.sortKey ? 1 : 0),
  );
  return found.slice(0, cap).map((f) => f.key);
}

/**
 * Each statement's candidates, from the statements of the windows (pure):
 * - its speaker's other statements whose sortKey day is within SAME_SPEAKER_WINDOW_DAYS of its
 *   own (statements without a day have none);
 * - other speakers' statements whose date is within OTHER_SPEAKER_WINDOW_DAYS of its date
 *   (statements without a date of their own have none);
 * in both, only statements sharing a topic with it, at most CANDIDATES_PER_STATEMENT of each,
 * nearest in time first, then by sortKey. The same choice the per-statement index seeks of
 * the earlier version made (cypher/link-window-*.cypher say how the rows are read).
 */
export function chooseCandidates(
  statements: readonly LinkKey[],
  windowRows: Iterable<LinkKey>,
  cap = CANDIDATES_PER_STATEMENT,
): { statement: LinkKey; candidates: LinkKey[] }[] {
  const byDate: LinkKey[] = [];
  const bySpeaker = new Map<string, LinkKey[]>();
  for (const row of windowRows) {
    if (row.topics.length === 0) continue;
    if (row.date !== null) byDate.push(row);
    if (row.speaker !== null) {
      const own = bySpeaker.get(row.speaker);
      if (own === undefined) bySpeaker.set(row.speaker, [row]);
      else own.push(row);
    }
  }
  const byDateKey = (r: LinkKey) => r.date!;
  byDate.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  for (const own of bySpeaker.values())
    own.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

  const out: { statement: LinkKey; candidates: LinkKey[] }[] = [];
  for (const s of statements) {
    if (s.topics.length === 0 || s.speaker === null) continue;
    const candidates: LinkKey[] = [];
    const day = s.sortKey.slice(0, 10);
    if (day !== NO_DAY) {
      const centre = epochDay(day);
      const from = dayText(centre - SAME_SPEAKER_WINDOW_DAYS);
      const to = dayText(centre + SAME_SPEAKER_WINDOW_DAYS + 1);
      const own = bySpeaker.get(s.speaker) ?? [];
      const found: { key: LinkKey; distance: number }[] = [];
      for (let i = lowerBound(own, (r) => r.sortKey, from); i < own.length; i++) {
        const c = own[i]!;
        if (c.sortKey >= to) break;
        if (c.id === s.id || !shareTopic(c.topics, s.topics)) continue;
        found.push({ key: c, distance: Math.abs(epochDay(c.sortKey.slice(0, 10)) - centre) });
      }
      candidates.push(...nearest(found, cap));
    }
    if (s.date !== null) {
      const centre = epochDay(s.date);
      const from = dayText(centre - OTHER_SPEAKER_WINDOW_DAYS);
      const to = dayText(centre + OTHER_SPEAKER_WINDOW_DAYS);
      const found: { key: LinkKey; distance: number }[] = [];
      for (let i = lowerBound(byDate, byDateKey, from); i < byDate.length; i++) {
        const c = byDate[i]!;
        if (c.date! > to) break;
        if (c.speaker === null || c.speaker === s.speaker || !shareTopic(c.topics, s.topics))
          continue;
        found.push({ key: c, distance: Math.abs(epochDay(c.date!) - centre) });
      }
      candidates.push(...nearest(found, cap));
    }
    if (candidates.length > 0) out.push({ statement: s, candidates });
  }
  return out;
}

/** The date and sortKey ranges the windows of `statements` cover, merged (cypher/link-window-*.cypher). */
export function windowRanges(statements: readonly LinkKey[]): {
  byDate: { from: string; to: string }[];
  bySpeaker: { speaker: string; from: string; to: string }[];
} {
  const dates: { from: string; to: string }[] = [];
  const speakers = new Map<string, { speaker: string; from: string; to: string }[]>();
  for (const s of statements) {
    if (s.topics.length === 0 || s.speaker === null) continue;
    const day = s.sortKey.slice(0, 10);
    if (day !== NO_DAY) {
      const centre = epochDay(day);
      const range = {
        speaker: s.speaker,
        from: dayText(centre - SAME_SPEAKER_WINDOW_DAYS),
        to: dayText(centre + SAME_SPEAKER_WINDOW_DAYS + 1),
      };
      const own = speakers.get(s.speaker);
      if (own === undefined) speakers.set(s.speaker, [range]);
      else own.push(range);
    }
    if (s.date !== null) {
      const centre = epochDay(s.date);
      dates.push({
        from: dayText(centre - OTHER_SPEAKER_WINDOW_DAYS),
        to: dayText(centre + OTHER_SPEAKER_WINDOW_DAYS),
      });
    }
  }
  return {
    // Inclusive days: the next range joins when it starts by the day after this one ends.
    byDate: merge(dates, (a, b) => epochDay(b.from) <= epochDay(a.to) + 1),
    // sortKey prefixes, `to` exclusive.
    bySpeaker: [...speakers.values()].flatMap((ranges) => merge(ranges, (a, b) => b.from <= a.to)),
  };
}

function toKey(r: { get(key: string): unknown }): LinkKey {
  return {
    id: r.get('id') as string,
    speaker: (r.get('speaker') as string | null) ?? null,
    sortKey: r.get('sortKey') as string,
    date: (r.get('date') as string | null) ?? null,
    text: r.get('text') as string,
    topics: r.get('topics') as string[],
  };
}

function toLinkStatement(m: StatementMap, topics: string[]): LinkStatement {
  return {
    id: m.id,
    speaker: m.speaker,
    sortKey: m.sortKey,
    documentId: m.documentId,
    start: Number(m.start),
    end: Number(m.end),
    text: m.text,
    verb: m.verb,
    frame: frameOf(m.before, m.own, m.after),
    topics,
    mentions: m.mentions,
    addressees: m.addressees ?? [],
    sides: m.sides,
    act: m.act ?? null,
    polarity: m.polarity ?? null,
  };
}

async function readChunked<T>(
  ids: readonly string[],
  read: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += LINK_CHUNK)
    out.push(...(await read(ids.slice(i, i + LINK_CHUNK))));
  return out;
}

export interface LinkOptions {
  /**
   * No link touching `ids` exists yet (statements the caller created in this very
   * transaction, or in one whose links never committed): links are CREATEd, all types in one
   * query grouped by statement, rather than MERGEd one type at a time. Every link the step
   * writes touches one of `ids`, so none can be there already. Only the loader's batches set it.
   */
  fresh?: boolean;
}

/**
 * Links statements to earlier ones (REITERATES, RESPONDS_TO, CONTRADICTS, scored by
 * score-links.ts), each against its candidates on both sides in time, so a document that
 * arrives late is linked to what was said after it too. For all the statements at once:
 * their keys (link-keys), the statements of their windows merged into disjoint ranges —
 * read once each, by range seeks on the (speakerId, sortKey) and date indexes
 * (link-window-by-speaker, link-window-by-date) — each statement's candidates chosen from
 * those (`chooseCandidates`), the pairs too unlike for any link dropped (MIN_LINK_SIMILARITY),
 * what the scoring reads of every statement left, once (link-statements), then one MERGE per
 * link type (or, `fresh`, one CREATE for all). Since a pair's links depend on the pair
 * alone, linking in any order or batching gives the same edges (while no statement has more
 * than 200 candidates in its window). Idempotent unless `fresh`. Returns the edges written.
 */
export async function linkStatements(
  tx: ManagedTransaction,
  ids: readonly string[],
  options: LinkOptions = {},
): Promise<LinkEdge[]> {
  if (ids.length === 0) return [];
  const keys = await readChunked(ids, async (chunk) =>
    (await tx.run(cypher('link-keys'), { ids: chunk })).records.map(toKey),
  );
  const ranges = windowRanges(keys);
  if (ranges.byDate.length === 0 && ranges.bySpeaker.length === 0) return [];
  const rows = new Map<string, LinkKey>();
  for (const [name, list] of [
    ['link-window-by-speaker', ranges.bySpeaker],
    ['link-window-by-date', ranges.byDate],
  ] as const) {
    if (list.length === 0) continue;
    for (const r of (await tx.run(cypher(name), { ranges: list })).records) {
      const key = toKey(r);
      if (!rows.has(key.id)) rows.set(key.id, key);
    }
  }
  // Pairs too unlike for any link are dropped here, before their details are read.
  const vectors = new Map<string, ContentVector>();
  const vectorOf = (k: LinkKey) => {
    let v = vectors.get(k.id);
    if (v === undefined) vectors.set(k.id, (v = contentVector(k.text)));
    return v;
  };
  const chosen = chooseCandidates(keys, rows.values()).flatMap(({ statement, candidates }) => {
    const v = vectorOf(statement);
    const alike = candidates.filter((c) => alikeEnough(v, vectorOf(c)));
    return alike.length === 0 ? [] : [{ statement, candidates: alike }];
  });
  if (chosen.length === 0) return [];

  const topics = new Map<string, string[]>();
  for (const { statement, candidates } of chosen) {
    topics.set(statement.id, statement.topics);
    for (const c of candidates) topics.set(c.id, c.topics);
  }
  const read = await readChunked([...topics.keys()], async (chunk) =>
    (await tx.run(cypher('link-statements'), { ids: chunk })).records.map((r) => {
      const m = r.get('statement') as StatementMap;
      return toLinkStatement(m, topics.get(m.id)!);
    }),
  );
  const statements = new Map(read.map((s) => [s.id, s]));
  const pairs = chosen.flatMap(({ statement, candidates }) => {
    const s = statements.get(statement.id);
    if (s === undefined) return [];
    return [
      {
        statement: s,
        candidates: candidates.flatMap((c) => statements.get(c.id) ?? []),
      },
    ];
  });
  const edges = scoreCandidates(pairs);
  if (options.fresh === true) await createLinks(tx, edges);
  else await mergeLinks(tx, edges);
  return edges;
}

/** One MERGE per link type (cypher/upsert-*.cypher): linking again changes nothing. */
async function mergeLinks(tx: ManagedTransaction, edges: readonly LinkEdge[]): Promise<void> {
  for (const type of Object.keys(UPSERT) as LinkType[]) {
    const typed = edges
      .filter((e) => e.type === type)
      .map(({ from, to, score, reason }) => ({ from, to, score, reason }));
    for (let i = 0; i < typed.length; i += LINK_CHUNK)
      await tx.run(cypher(UPSERT[type]), { rows: typed.slice(i, i + LINK_CHUNK) });
  }
}

const GROUP: Record<LinkType, 'reiterates' | 'respondsTo' | 'contradicts'> = {
  REITERATES: 'reiterates',
  RESPONDS_TO: 'respondsTo',
  CONTRADICTS: 'contradicts',
};

interface LinkGroup {
  from: string;
  reiterates: { to: string; score: number; reason: string }[];
  respondsTo: { to: string; score: number; reason: string }[];
  contradicts: { to: string; score: number; reason: string }[];
}

/**
 * Every link type at once, grouped by the later statement (cypher/create-links.cypher), about
 * LINK_CHUNK links a query: for links no earlier transaction can have written.
 */
async function createLinks(tx: ManagedTransaction, edges: readonly LinkEdge[]): Promise<void> {
  const groups = new Map<string, LinkGroup>();
  for (const { type, from, to, score, reason } of edges) {
    let g = groups.get(from);
    if (g === undefined)
      groups.set(from, (g = { from, reiterates: [], respondsTo: [], contradicts: [] }));
    g[GROUP[type]].push({ to, score, reason });
  }
  let rows: LinkGroup[] = [];
  let links = 0;
  for (const g of groups.values()) {
    rows.push(g);
    links += g.reiterates.length + g.respondsTo.length + g.contradicts.length;
    if (links >= LINK_CHUNK) {
      await tx.run(cypher('create-links'), { rows });
      rows = [];
      links = 0;
    }
  }
  if (rows.length > 0) await tx.run(cypher('create-links'), { rows });
}
