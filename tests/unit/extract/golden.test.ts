/**
 * Golden documents (tests/golden/README.md): each hand-written
 * *.golden.json is compared with the extraction of its document, read the
 * way ingest reads it and extracted with the real dictionaries.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../../src/extract';
import { toSourceDocument } from '../../../src/ingest';
import type { Dictionaries, DocumentGraph, Statement } from '../../../src/model';
import { realDictionaries } from './fixtures/real-dictionaries';

const GOLDEN = join(__dirname, '../../golden');

interface GoldenStatement {
  speaker: string;
  kind: string;
  verb: string;
  text: string;
  date: string | null;
  topics?: string[];
  event?: { kind: string; place: string | null } | null;
  refersTo?: { speaker: string }[];
  /** Speech act, checked when present (issue #12). */
  act?: string;
  /** Ids it is directed at (exact set), checked when present. */
  addressees?: string[];
}

interface GoldenEvent {
  kind: string;
  place: string | null;
  date: string | null;
  status: string;
  participants: string[];
}

interface Golden {
  file: string;
  document: { publisher?: string | null; place?: string | null; publishedAt?: string | null };
  people: string[];
  mustMention: string[];
  offices: Record<string, string[]>;
  statements: GoldenStatement[];
  events: GoldenEvent[];
  topics?: string[];
}

const files = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.golden.json'))
  .sort();

function load(file: string): Golden {
  return JSON.parse(readFileSync(join(GOLDEN, file), 'utf8')) as Golden;
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

function eventKey(e: { kind: string; place: string | null; date: string | null }): string {
  return `${e.kind} @ ${e.place ?? '-'} on ${e.date ?? '-'}`;
}

/** What the comparison looks at, for readable diffs. */
function describeStatement(graph: DocumentGraph, s: Statement): GoldenStatement {
  const ev = s.event ? graph.events.find((e) => e.id === s.event) : undefined;
  return {
    speaker: s.speaker,
    kind: s.kind,
    verb: s.verb,
    text: s.text,
    date: s.date,
    topics: s.topics,
    event: ev ? { kind: ev.kind, place: ev.place } : null,
    refersTo: s.refersTo.map((id) => ({
      speaker: graph.statements.find((x) => x.id === id)?.speaker ?? id,
    })),
  };
}

/**
 * Checks that do not pass yet, per golden file, each with the reason
 * (tests/golden/known-gaps.json). They run as `it.failing`: when the extractor
 * gets one right, that test fails until its entry is removed, so the list only
 * ever shrinks and never hides a regression of a passing check.
 */
const knownGaps = JSON.parse(readFileSync(join(GOLDEN, 'known-gaps.json'), 'utf8')) as {
  gaps: Record<string, Record<string, string>>;
};

test('known-gaps.json names only golden files and checks that exist', () => {
  const checks = [
    'document',
    'people',
    'mustMention',
    'offices',
    'statements',
    'acts',
    'events',
    'topics',
  ];
  for (const [file, gaps] of Object.entries(knownGaps.gaps)) {
    expect(files).toContain(file);
    for (const check of Object.keys(gaps)) expect(checks).toContain(check);
  }
});

describe.each(files)('golden %s', (goldenFile) => {
  const golden = load(goldenFile);
  const gaps = knownGaps.gaps[goldenFile] ?? {};
  const check = (key: string, title: string, fn: () => void) =>
    key in gaps ? it.failing(`${title} — known gap: ${gaps[key]}`, fn) : it(title, fn);
  let graph: DocumentGraph;
  let dictionaries: Dictionaries;

  beforeAll(() => {
    dictionaries = realDictionaries();
    const raw = readFileSync(join(GOLDEN, 'docs', golden.file), 'utf8');
    const doc = toSourceDocument(raw, { source: golden.file, format: 'text' });
    graph = extractDocument(doc, dictionaries);
  });

  check('document', 'document fields', () => {
    const { publisher, place, publishedAt } = graph.document;
    expect({ publisher, place, publishedAt }).toEqual(expect.objectContaining(golden.document));
  });

  check('people', 'people (exact set)', () => {
    const people = graph.entities.filter((e) => e.type === 'Person').map((e) => e.id);
    expect(sorted(people)).toEqual(sorted(golden.people));
  });

  check('mustMention', 'mustMention (subset)', () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    expect(golden.mustMention.filter((id) => !ids.has(id))).toEqual([]);
  });

  check('offices', 'offices (subset)', () => {
    const missing: string[] = [];
    for (const [person, offices] of Object.entries(golden.offices)) {
      const entity = graph.entities.find((e) => e.id === person);
      const held = new Set(entity?.offices.map((o) => o.office) ?? []);
      for (const o of offices) if (!held.has(o)) missing.push(`${person} ${o}`);
    }
    expect(missing).toEqual([]);
  });

  check('statements', 'statements (exact set by text and speaker)', () => {
    const actual = graph.statements.map((s) => describeStatement(graph, s));
    const unmatched = [...actual];
    const problems: unknown[] = [];
    for (const g of golden.statements) {
      const i = unmatched.findIndex((a) => a.text === g.text && a.speaker === g.speaker);
      if (i < 0) {
        problems.push({ missing: g });
        continue;
      }
      const a = unmatched.splice(i, 1)[0]!;
      const diff: Record<string, unknown> = {};
      if (a.kind !== g.kind) diff['kind'] = [a.kind, g.kind];
      if (a.verb !== g.verb) diff['verb'] = [a.verb, g.verb];
      if (a.date !== g.date) diff['date'] = [a.date, g.date];
      const missingTopics = (g.topics ?? []).filter((x) => !a.topics!.includes(x));
      if (missingTopics.length > 0) diff['missingTopics'] = missingTopics;
      if (g.event !== undefined) {
        const ge = g.event ? `${g.event.kind} @ ${g.event.place ?? '-'}` : null;
        const ae = a.event ? `${a.event.kind} @ ${a.event.place ?? '-'}` : null;
        if (ge !== ae) diff['event'] = [ae, ge];
      }
      if (g.refersTo !== undefined) {
        const gr = sorted(g.refersTo.map((r) => r.speaker));
        const ar = sorted(a.refersTo!.map((r) => r.speaker));
        if (JSON.stringify(gr) !== JSON.stringify(ar)) diff['refersTo'] = [ar, gr];
      }
      if (Object.keys(diff).length > 0)
        problems.push({ text: g.text.slice(0, 60), speaker: g.speaker, diff });
    }
    for (const a of unmatched) problems.push({ unexpected: a });
    expect(problems).toEqual([]);
  });

  check('acts', 'speech acts and addressees (where the golden file gives them)', () => {
    const unmatched = [...graph.statements];
    const problems: unknown[] = [];
    for (const g of golden.statements) {
      const i = unmatched.findIndex((a) => a.text === g.text && a.speaker === g.speaker);
      const a = i < 0 ? undefined : unmatched.splice(i, 1)[0]!;
      if (g.act === undefined && g.addressees === undefined) continue;
      if (a === undefined) {
        problems.push({ missing: g.text.slice(0, 60), speaker: g.speaker });
        continue;
      }
      const diff: Record<string, unknown> = {};
      if (g.act !== undefined && a.act !== g.act) diff['act'] = [a.act, g.act];
      if (
        g.addressees !== undefined &&
        JSON.stringify(sorted(a.addressees)) !== JSON.stringify(sorted(g.addressees))
      )
        diff['addressees'] = [a.addressees, g.addressees];
      if (Object.keys(diff).length > 0)
        problems.push({ text: g.text.slice(0, 60), speaker: g.speaker, diff });
    }
    expect(problems).toEqual([]);
  });

  check('events', 'events (exact set by kind, place and date)', () => {
    const problems: unknown[] = [];
    const unmatched = [...graph.events];
    for (const g of golden.events) {
      const i = unmatched.findIndex((e) => eventKey(e) === eventKey(g));
      if (i < 0) {
        problems.push({ missing: g });
        continue;
      }
      const a = unmatched.splice(i, 1)[0]!;
      if (
        a.status !== g.status ||
        JSON.stringify(sorted(a.participants)) !== JSON.stringify(sorted(g.participants))
      ) {
        problems.push({
          event: eventKey(g),
          status: [a.status, g.status],
          participants: [a.participants, g.participants],
        });
      }
    }
    for (const a of unmatched) {
      problems.push({
        unexpected: {
          kind: a.kind,
          place: a.place,
          date: a.date,
          status: a.status,
          participants: a.participants,
        },
      });
    }
    expect(problems).toEqual([]);
  });

  check('topics', 'topics (subset over the document)', () => {
    const ids = new Set(graph.topics.map((t) => t.id));
    expect((golden.topics ?? []).filter((id) => !ids.has(id))).toEqual([]);
  });
});
