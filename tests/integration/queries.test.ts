/**
 * The saved analyst questions of cypher/queries/ and the queries of the Browser tour,
 * run against the sample documents (the Interfax seed and the development corpus)
 * loaded by the real loader. Answers are checked against what the texts say.
 */
import path from 'node:path';
import { toPlain } from '../../src/cli/to-plain';
import { readGraphStyle } from '../../src/explore/browser-settings';
import { readSavedQueries, renderTour, TOUR_FILE } from '../../src/explore/saved-queries';
import fs from 'node:fs';
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';
import { loadForTest } from '../harness/load';

type Row = Record<string, unknown>;

const SAMPLES = path.join(__dirname, '..', '..', 'data', 'samples');
const queries = readSavedQueries();
const tested = new Set<string>();
let db: TestDatabase;

beforeAll(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
  const summary = await loadForTest(db, [SAMPLES]);
  expect(summary.failed).toEqual([]);
  expect(summary.loaded).toBe(15);
}, 600_000);

afterAll(() => db.close());

async function cypher(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { records } = await db.driver.executeQuery(query, params, {
    routing: 'READ',
    ...(db.database === undefined ? {} : { database: db.database }),
  });
  return records.map((r) => toPlain(r.toObject()) as Row);
}

/** Runs cypher/queries/<name>.cypher, the file as it is (header comment included). */
function run(name: string, params: Record<string, unknown>): Promise<Row[]> {
  const query = queries.get(name);
  if (query === undefined) throw new Error(`no cypher/queries/${name}.cypher`);
  tested.add(name);
  return cypher(query.source, params);
}

/** The example values of a `// In Browser: :params {…}` line, as Browser would set them. */
function browserParams(line: string): Record<string, unknown> {
  const object = line.replace(/^:params?\s+/, '');
  // The headers use one small, fixed form: {key: 'text', key: 80}.
  const json = object
    .replace(/([{,]\s*)(\w+):/g, '$1"$2":')
    .replace(/'([^']*)'/g, (_, s: string) => JSON.stringify(s));
  return JSON.parse(json) as Record<string, unknown>;
}

const LAVROV = 'Sergei Lavrov';
const BLINKEN = 'Antony Blinken';

describe('every saved query', () => {
  test.each([...queries.keys()])(
    '%s: a header naming its parameters, usable with :params in Browser',
    async (name) => {
      const query = queries.get(name)!;
      const header = query.source
        .split('\n')
        .filter((l) => l.startsWith('//'))
        .join('\n');
      expect(header).toMatch(/^\/\/ Parameters: /m);
      expect(header).toMatch(/^\/\/ Returns: /m);
      expect(query.params).not.toBeNull();
      const statement = query.source
        .split('\n')
        .filter((l) => !l.startsWith('//'))
        .join('\n');
      const used = new Set([...statement.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      const params = browserParams(query.params!);
      expect(new Set(Object.keys(params))).toEqual(used);
      for (const p of used) expect(header).toContain(`$${p}`);
      // The example values give an answer on the samples.
      expect((await cypher(query.source, params)).length).toBeGreaterThan(0);
    },
  );
});

describe('statements-by-speaker', () => {
  test('who said what: Lavrov, in the order of the Interfax report', async () => {
    const rows = await run('statements-by-speaker', { speaker: LAVROV });
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.every((r) => r.speaker === LAVROV && r.publisher === 'Interfax')).toBe(true);
    expect(rows.every((r) => r.date === '2021-05-17')).toBe(true);
    expect(rows[0]!.text).toMatch(
      /^Russia will judge US calls for normalisation not by words but by deeds/,
    );
    expect(rows.at(-1)!.text).toMatch(/^I look forward to a professional conversation/);
    expect(rows.at(-1)!.verb).toBe('stressed');
    const texts = rows.map((r) => r.text as string);
    expect(texts.findIndex((t) => t.startsWith('And the red lines'))).toBeLessThan(
      texts.findIndex((t) => t.startsWith('Everything that in one way or another')),
    );
    const redLines = rows.find((r) => (r.text as string).startsWith('And the red lines'))!;
    expect(redLines.kind).toBe('direct');
    expect(redLines.topics).toContain('strategic stability');
    expect(redLines.event).toBe('Press conference in Moscow on 2021-05-17');
  });

  test('by alias or id, the same person', async () => {
    const byName = await run('statements-by-speaker', { speaker: BLINKEN });
    expect(await run('statements-by-speaker', { speaker: 'Tony Blinken' })).toEqual(byName);
    expect(await run('statements-by-speaker', { speaker: 'person:antony-blinken' })).toEqual(
      byName,
    );
    // Blinken speaks in the 2023 Beijing and 2024 Washington readouts, in that order.
    const dates = byName.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates)).toEqual(new Set(['2023-06-19', '2024-03-05']));
    expect(
      byName.every((r) => (r.publisher as string).startsWith('U.S. Department of State')),
    ).toBe(true);
  });

  test('nobody by that name: no rows', async () => {
    expect(await run('statements-by-speaker', { speaker: 'Lavrov' })).toEqual([]);
  });
});

describe('speaker-timeline-on-topic', () => {
  test("Lavrov's timeline on strategic stability", async () => {
    const rows = await run('speaker-timeline-on-topic', {
      speaker: LAVROV,
      topic: 'strategic stability',
    });
    expect(rows.map((r) => r.step)).toEqual(rows.map((_, i) => i + 1));
    const texts = rows.map((r) => r.text as string);
    expect(texts[0]).toMatch(
      /^And the red lines.*This fully applies to issues of strategic stability$/,
    );
    expect(texts.at(-1)).toMatch(
      /^Everything that in one way or another affects strategic stability/,
    );
    expect(rows.every((r) => r.date === '2021-05-17' && r.publisher === 'Interfax')).toBe(true);
    expect(
      await run('speaker-timeline-on-topic', {
        speaker: 'person:sergei-lavrov',
        topic: 'topic:strategic-stability',
      }),
    ).toEqual(rows);
  });

  test('a topic the speaker never spoke about: no rows', async () => {
    expect(await run('speaker-timeline-on-topic', { speaker: LAVROV, topic: 'climate' })).toEqual(
      [],
    );
  });
});

describe('event-participants', () => {
  test('the Reykjavik meeting: planned for 20 May 2021, Lavrov and Blinken, reported by Interfax', async () => {
    const rows = await run('event-participants', { place: 'Reykjavik' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'Meeting in Reykjavik on 2021-05-20',
      kind: 'Meeting',
      date: '2021-05-20',
      status: 'planned',
      reportedIn: ['Interfax'],
    });
    expect(rows[0]!.participants).toEqual(expect.arrayContaining([BLINKEN, LAVROV]));
    expect(rows[0]!.statements).toBeGreaterThanOrEqual(1);
  });

  test("Beijing, corpus: Blinken's 2023 meeting with Wang Yi", async () => {
    const rows = await run('event-participants', { place: 'place:beijing' });
    const meeting = rows.find((r) => r.date === '2023-06-19');
    expect(meeting).toMatchObject({ kind: 'Meeting', status: 'held' });
    expect(meeting!.participants).toEqual(expect.arrayContaining([BLINKEN, 'Wang Yi']));
  });
});

describe('statement-sources', () => {
  test.each([LAVROV, BLINKEN, 'Xi Jinping', 'Samantha Power'])(
    "%s: every statement's span in its document is its text",
    async (speaker) => {
      const rows = await run('statement-sources', { speaker, contains: '', context: 60 });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.excerpt).toBe(r.text);
        expect(r.inContext).toContain(`«${r.text as string}»`);
        expect((r.inContext as string).length).toBeLessThanOrEqual(
          (r.text as string).length + 2 + 120,
        );
        expect((r.end as number) - (r.start as number)).toBe((r.text as string).length);
      }
    },
  );

  test('the red lines quote, with the words around it in the Interfax report', async () => {
    const rows = await run('statement-sources', {
      speaker: LAVROV,
      contains: 'red lines',
      context: 80,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.publisher).toBe('Interfax');
    expect(rows[0]!.inContext).toMatch(
      /«And the red lines[^»]+»,” the Russian Foreign Minister said/,
    );
  });
});

describe('speakers-on-topic', () => {
  test('climate, corpus: Obama, Xi (November 2014 and September 2015) and Kerry', async () => {
    const rows = await run('speakers-on-topic', { topic: 'climate' });
    const speakers = rows.map((r) => r.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['Barack Obama', 'Xi Jinping', 'John Kerry']));
    const counts = rows.map((r) => r.statements as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(rows.find((r) => r.speaker === 'Barack Obama')).toMatchObject({
      represents: ['United States'],
      // The joint statement recalls their commitment in Beijing on 12 November 2014 (golden 11).
      first: '2014-11-12',
      last: '2015-09-25',
    });
    expect(rows.find((r) => r.speaker === 'Xi Jinping')!.represents).toEqual(['China']);
  });

  test('strategic stability: Lavrov alone, in one document', async () => {
    const rows = await run('speakers-on-topic', { topic: 'topic:strategic-stability' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ speaker: LAVROV, represents: ['Russia'], documents: 1 });
    expect(rows[0]!.statements).toBeGreaterThanOrEqual(2);
  });
});

describe('statements-mentioning', () => {
  test('who talked about Blinken: Lavrov, of Reykjavik and of their telephone conversation', async () => {
    const rows = await run('statements-mentioning', { entity: BLINKEN });
    const lavrov = rows.filter((r) => r.speaker === LAVROV);
    expect(lavrov.map((r) => r.text as string)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/in Reykjavik with the US Secretary of State/),
        expect.stringMatching(/telephone conversation with Blinken/),
      ]),
    );
    expect(lavrov.every((r) => r.mentioned === BLINKEN && r.date === '2021-05-17')).toBe(true);
  });

  test('a country by its capital, as the texts say it: "Washington"', async () => {
    const rows = await run('statements-mentioning', { entity: 'Washington' });
    expect(rows.every((r) => r.mentioned === 'United States')).toBe(true);
    expect(rows.map((r) => r.text as string)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Washington was familiar with the approach/)]),
    );
  });
});

describe('events-between', () => {
  test('May 2021: the Moscow press conference, then the planned Reykjavik meeting', async () => {
    const rows = await run('events-between', { from: '2021-05-01', to: '2021-05-31' });
    expect(rows.map((r) => [r.date, r.kind, r.place, r.status])).toEqual([
      ['2021-05-17', 'PressConference', 'Moscow', 'held'],
      ['2021-05-20', 'Meeting', 'Reykjavik', 'planned'],
    ]);
    expect(rows[1]!.participants).toEqual(expect.arrayContaining([BLINKEN, LAVROV]));
  });

  test('both days included, nothing outside', async () => {
    const rows = await run('events-between', { from: '2018-06-07', to: '2018-06-08' });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set(['2018-06-07', '2018-06-08']));
    const talks = rows.find((r) => r.kind === 'Talks' && r.date === '2018-06-08');
    expect(talks!.participants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
  });
});

describe('statements-by-country', () => {
  test('Russia (or "Moscow"): Lavrov as foreign minister, Putin as president', async () => {
    const rows = await run('statements-by-country', { country: 'Russia' });
    expect(await run('statements-by-country', { country: 'Moscow' })).toEqual(rows);
    expect(await run('statements-by-country', { country: 'country:ru' })).toEqual(rows);
    expect(new Set(rows.map((r) => r.speaker))).toEqual(new Set([LAVROV, 'Vladimir Putin']));
    for (const r of rows.filter((x) => x.speaker === LAVROV))
      expect(r.office).toEqual(['Minister of Foreign Affairs']);
    for (const r of rows.filter((x) => x.speaker === 'Vladimir Putin'))
      expect(r.office).toEqual(['President of the Russian Federation']);
    // Putin at the 2018 Kremlin talks comes before the 2021 Interfax report.
    expect(rows[0]).toMatchObject({ speaker: 'Vladimir Putin', date: '2018-06-08' });
  });

  test('an office is shown only while it was held: Blinken, Secretary of State from 2021', async () => {
    const rows = await run('statements-by-country', { country: 'United States' });
    const blinken = rows.filter((r) => r.speaker === BLINKEN);
    expect(blinken.length).toBeGreaterThan(0);
    for (const r of blinken) expect(r.office).toEqual(['Secretary of State']);
  });
});

describe('statement-links', () => {
  test('Trump answers Abe on the abductions issue: RESPONDS_TO, cue "in response"', async () => {
    const rows = await run('statement-links', { speaker: 'Donald Trump' });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          direction: 'later → earlier',
          link: 'RESPONDS_TO',
          reason: expect.stringMatching(
            /^cue:in response; topic:topic:korean-peninsula; similarity:/,
          ),
          otherSpeaker: 'Shinzo Abe',
          text: expect.stringMatching(/^he will raise the abductions issue/),
        }),
      ]),
    );
    for (const r of rows) expect(r.score as number).toBeGreaterThanOrEqual(0.4);
  });

  test('Miller restating "not there yet" ("as I said at the outset"): REITERATES both ways', async () => {
    const rows = await run('statement-links', { speaker: 'Matthew Miller' });
    const reiterates = rows.filter((r) => r.link === 'REITERATES');
    expect(reiterates.map((r) => r.direction).sort()).toEqual([
      'earlier ← later',
      'later → earlier',
    ]);
    expect(reiterates[0]!.reason).toMatch(/^cue:as i said; topic:topic:hostages; similarity:/);
  });
});

describe('statements-by-act', () => {
  test('assertions, each with its act, stance, addressees and answers', async () => {
    const rows = await run('statements-by-act', { act: 'ASSERTION' });
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.act).toBe('ASSERTION');
      expect(['COOPERATIVE', 'NEUTRAL', 'ADVERSARIAL']).toContain(r.polarity);
      expect(Array.isArray(r.addressedTo) && Array.isArray(r.respondsTo)).toBe(true);
    }
  });

  test('an act nobody used: no rows', async () => {
    expect(await run('statements-by-act', { act: 'NO_SUCH_ACT' })).toEqual([]);
  });
});

test('every saved query has a test here', () => {
  expect([...tested].sort()).toEqual([...queries.keys()].sort());
});

describe('the Browser tour', () => {
  const html = renderTour(
    fs.readFileSync(TOUR_FILE, 'utf8'),
    queries,
    'http://localhost:4000/explore',
  );
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const blocks = [...html.matchAll(/<pre class="code runnable">([\s\S]*?)<\/pre\s*>/g)].map((m) =>
    unescape(m[1]!).trim(),
  );

  test('every step has queries, all placeholders filled', () => {
    expect(html).not.toMatch(/\{\{/);
    const slides = html.split('<slide').slice(1);
    expect(slides.length).toBeGreaterThanOrEqual(5);
    for (const slide of slides) expect(slide).toContain('class="code runnable"');
  });

  test('every runnable query of the tour answers on the samples', async () => {
    let params: Record<string, unknown> = {};
    let ran = 0;
    for (const block of blocks) {
      if (block.startsWith(':params')) {
        params = browserParams(block);
        continue;
      }
      expect(block.startsWith(':')).toBe(false);
      const rows = await cypher(block, params);
      if (rows.length === 0) throw new Error(`The tour query returned no rows:\n${block}`);
      ran += 1;
    }
    expect(ran).toBeGreaterThanOrEqual(10);
  });

  test('the Reykjavik step shows the meeting, the place and both ministers', async () => {
    const step = blocks.find((b) => b.includes("{name: 'Reykjavik'}"))!;
    const names = await cypher(
      `CALL () { ${step} } WITH * UNWIND [e, place] + nodes(involves) + coalesce(nodes(office), []) AS n RETURN DISTINCT coalesce(n.name, n.title) AS name`,
    );
    expect(names.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Meeting in Reykjavik on 2021-05-20',
        'Reykjavik',
        LAVROV,
        BLINKEN,
        'Minister of Foreign Affairs',
        'Secretary of State',
      ]),
    );
  });
});

test('the style covers every label and relationship type the samples produce', async () => {
  const style = readGraphStyle();
  // Labels and types in use (db.labels() also lists tokens of nodes other tests deleted).
  const labels = await cypher('MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label');
  const types = await cypher('MATCH ()-[r]->() RETURN DISTINCT type(r) AS relationshipType');
  // Entity is a second label of people, countries…; GraphVersion is the loader's bookkeeping.
  for (const { label } of labels)
    if (label !== 'Entity' && label !== 'GraphVersion')
      expect(style[`node.${label as string}`]).toBeDefined();
  for (const { relationshipType } of types)
    expect(style[`relationship.${relationshipType as string}`]).toBeDefined();
});
