/**
 * What Neo4j Browser does when an analyst connects to the local server: the
 * `browser.post_connect_cmd` line src/neo4j/local-server.ts writes into neo4j.conf.
 *
 * Browser runs each `;`-separated command after connecting:
 *   `style {…}`       the Diplograph style, inline (JSON form of browser/diplograph.grass),
 *                     so it applies even when nothing else of Diplograph is running;
 *   `play <url>`      the guided tour, fetched from the explore routes (explore-server.ts)
 *                     at http://localhost:4000/explore/ — Browser fetches guides only from
 *                     hosts on `browser.remote_content_hostname_allowlist`, whose default
 *                     (guides.neo4j.com, localhost) already holds localhost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseGrass, type GraphStyle } from './grass';

/** Where the tour is served by default: the Diplograph API's port, under /explore. */
export const DEFAULT_EXPLORE_URL = 'http://localhost:4000/explore';

const ROOT = path.join(__dirname, '..', '..');
export const GRASS_FILE = path.join(ROOT, 'browser', 'diplograph.grass');

export function readGraphStyle(file: string = GRASS_FILE): GraphStyle {
  return parseGrass(fs.readFileSync(file, 'utf8'));
}

/** The commands Browser runs after connecting, as one `browser.post_connect_cmd` value. */
export function postConnectCommand(
  style: GraphStyle | null,
  exploreUrl: string = DEFAULT_EXPLORE_URL,
): string {
  // JSON holds no ";" (Browser's separator) and needs no quoting in neo4j.conf.
  const commands = style === null ? [] : [`style ${JSON.stringify(style)}`];
  commands.push(`play ${exploreUrl}/tour.html`);
  return commands.join('; ');
}

/** Lines for neo4j.conf. A missing or broken style file leaves only the tour (Neo4j still starts). */
export function browserConfigurationLines(): string[] {
  let style: GraphStyle | null = null;
  try {
    style = readGraphStyle();
  } catch {
    style = null;
  }
  return [
    `browser.post_connect_cmd=${postConnectCommand(style)}`,
    // Diplomatic material stays on the analyst's machine: no usage reports from Browser.
    'client.allow_telemetry=false',
  ];
}
