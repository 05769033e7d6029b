/**
 * Neo4j Browser, end to end, in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): the Browser the local server serves at /browser/ connects to the
 * harness's database holding the Interfax seed, runs the commands neo4j.conf gives it on
 * connect (the Diplograph style, the tour), plays the tour from the explore routes, runs
 * its Reykjavik step and shows the meeting with both ministers. The graph it draws is
 * saved as docs/browser-seed-graph.png, the screenshot the README shows.
 *
 * The server is the harness's local Neo4j, or, when the harness uses an external NEO4J_URI or
 * testcontainers, a throwaway local one (tests/harness/local-server.ts): the post-connect
 * commands live in the neo4j.conf the project writes, so every harness mode runs every test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEFAULT_EXPLORE_URL } from '../../src/explore/browser-settings';
import { startExploreServer, type ExploreServer } from '../../src/explore/explore-server';
import { resetDatabase, type TestDatabase } from '../harness/database';
import { loadForTest } from '../harness/load';
import { localServerForTest, type LocalTestServer } from '../harness/local-server';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const ROOT = path.join(__dirname, '..', '..');
const SEED = path.join(ROOT, 'data', 'samples', 'interfax-2021-05-17-lavrov.txt');
const SCREENSHOT = path.join(ROOT, 'docs', 'browser-seed-graph.png');
const UI_TIMEOUT = 60_000;

let server: LocalTestServer;
let db: TestDatabase;
let explore: ExploreServer;
let userDataDir: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `The Browser test needs Debian's Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  server = await localServerForTest();
  db = server.open();
  await resetDatabase(db);
  const summary = await loadForTest(db, [SEED]);
  expect(summary.failed).toEqual([]);
  explore = await startExploreServer({ port: 0 });
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://localhost:${server.httpPort}/browser/`, {
    waitUntil: 'domcontentloaded',
  });
  await page.getByTestId('boltaddress').fill(`bolt://localhost:${server.boltPort}`);
  await page.getByTestId('username').fill('neo4j');
  await page.getByTestId('password').fill(server.password);
  await page.getByTestId('connect').click();
  await page
    .getByText(/You are connected as user/)
    .first()
    .waitFor();
}, 300_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir !== undefined) fs.rmSync(userDataDir, { recursive: true, force: true });
  await explore?.close();
  await db?.close();
  await server?.stop();
});

/** Types a command into Browser's editor and runs it, as an analyst does. */
async function runInEditor(command: string): Promise<void> {
  await page.getByTestId('activeEditor').click();
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').click();
}

function frameOf(command: string | RegExp): Locator {
  return page
    .getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').filter({ hasText: command }) })
    .first();
}

/** The caption of each node drawn (Browser splits captions into lines; joined with spaces). */
function nodeCaptions(frame: Locator): Promise<{ caption: string; fill: string | null }[]> {
  return frame.locator('svg.neod3viz g.node').evaluateAll((nodes) =>
    nodes.map((node) => ({
      caption: Array.from(node.querySelectorAll('text'), (t) => t.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      fill: node.querySelector('circle.b-outline')?.getAttribute('fill') ?? null,
    })),
  );
}

test('the explore routes serve the tour, the style and the saved queries to Browser (another origin)', async () => {
  const tour = await fetch(`${explore.url}/tour.html`, { headers: { pragma: 'no-cache' } });
  expect(tour.status).toBe(200);
  expect(tour.headers.get('content-type')).toMatch(/^text\/html/);
  expect(tour.headers.get('access-control-allow-origin')).toBe('*');
  const html = await tour.text();
  expect(html).toContain('<slide');
  expect(html).not.toContain('{{');
  expect(html).toContain(`:style ${explore.url}/diplograph.grass`);

  const preflight = await fetch(`${explore.url}/tour.html`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://localhost:7474',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'pragma,cache-control,sentry-trace,baggage',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-headers')).toBe(
    'pragma,cache-control,sentry-trace,baggage',
  );

  const grass = await fetch(`${explore.url}/diplograph.grass`);
  expect(await grass.text()).toBe(
    fs.readFileSync(path.join(ROOT, 'browser', 'diplograph.grass'), 'utf8'),
  );
  const query = await fetch(`${explore.url}/queries/event-participants.cypher`);
  expect(await query.text()).toBe(
    fs.readFileSync(path.join(ROOT, 'cypher', 'queries', 'event-participants.cypher'), 'utf8'),
  );
  for (const missing of ['nope.html', 'queries/nope.cypher', 'queries/..%2F..%2Fpackage.json'])
    expect((await fetch(`${explore.url}/${missing}`)).status).toBe(404);
});

test('on connect, Browser applies the Diplograph style and offers the tour (browser.post_connect_cmd)', async () => {
  const style = frameOf(':style {');
  await style.waitFor();
  // The style frame shows the style now in force.
  await expect(style.getByTestId('frameContents').textContent()).resolves.toContain('#4C8EDA');
  await frameOf(`:play ${DEFAULT_EXPLORE_URL}/tour.html`).waitFor();
});

test('the tour runs its Reykjavik step: the meeting, Lavrov and Blinken, drawn in the Diplograph style', async () => {
  // As the README says to, when the style did not come with the connection.
  await runInEditor(`:style ${explore.url}/diplograph.grass`);
  await frameOf(`:style ${explore.url}`).getByTestId('frameContents').waitFor();

  await runInEditor(`:play ${explore.url}/tour.html`);
  const guide = frameOf(`:play ${explore.url}/tour.html`);
  await guide.getByRole('heading', { name: /Diplograph: who said what/ }).waitFor();
  await guide.getByTestId('nextSlide').click();
  await guide.getByRole('heading', { name: '1. Who said what' }).waitFor();
  await guide.getByTestId('nextSlide').click();
  await guide
    .getByRole('heading', { name: '2. The Reykjavik meeting and who it involves' })
    .waitFor();
  const step = guide.locator('pre.runnable').first();
  expect(await step.textContent()).toContain("(place:Place {name: 'Reykjavik'})");
  await step.click();
  await page.getByTestId('editor-Run').click();

  const result = frameOf(/MATCH \(e:Event\)-\[held:HELD_IN\]/);
  await result.locator('svg.neod3viz g.node').first().waitFor();
  const expected = [
    'Sergei Lavrov',
    'Antony Blinken',
    'Reykjavik',
    'Meeting in Reykjavik on 2021-05-20',
    'Russia',
    'United States',
  ];
  // Nodes are drawn as the result arrives; wait until all of them are there.
  let nodes = await nodeCaptions(result);
  for (
    const began = Date.now();
    Date.now() - began < UI_TIMEOUT;
    nodes = await nodeCaptions(result)
  ) {
    if (expected.every((c) => nodes.some((n) => n.caption === c))) break;
    await page.waitForTimeout(250);
  }
  expect(nodes.map((n) => n.caption)).toEqual(expect.arrayContaining(expected));
  const fillOf = (caption: string) => nodes.find((n) => n.caption === caption)?.fill;
  expect(fillOf('Sergei Lavrov')).toBe('#4C8EDA');
  expect(fillOf('Antony Blinken')).toBe('#4C8EDA');
  expect(fillOf('Meeting in Reykjavik on 2021-05-20')).toBe('#DA7194');
  expect(fillOf('Russia')).toBe('#F79767');
  expect(
    // Statements are captioned by speech act, date and first words.
    nodes.some((n) => /^[A-Z]+ · 2021-05-17 · \[Ahead of my planned/.test(n.caption)),
  ).toBe(true);

  // The same answer in the table view.
  await result.getByTestId('cypherFrameSidebarTable').click();
  await result.locator('table').first().waitFor();
  const table = (await result.getByTestId('frameContents').textContent()) ?? '';
  expect(table).toContain('Antony Blinken');
  expect(table).toContain('Sergei Lavrov');
  await result.getByTestId('cypherFrameSidebarVisualization').click();
  await result.locator('svg.neod3viz g.node').first().waitFor();

  // The README's screenshot: the frame full screen, the graph fitted to it.
  await result.getByTitle('Fullscreen').click();
  await page.waitForTimeout(1500);
  await result.getByLabel('zoom-to-fit').click();
  await page.waitForTimeout(1500);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
});
