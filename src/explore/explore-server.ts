/**
 * The explore routes: what Neo4j Browser fetches from Diplograph. Browser can play a
 * guide and load a style only from a URL (of an allowlisted host: localhost is), and
 * the Neo4j server cannot serve files of its own, so Diplograph serves them:
 *
 *   GET /explore/tour.html               the guided tour (`:play`), saved queries filled in
 *   GET /explore/diplograph.grass        the style (`:style <url>`)
 *   GET /explore/queries/<name>.cypher   one saved analyst query
 *
 * Browser fetches them from its own page (another origin) with headers of its own
 * (`pragma`, `cache-control`, and Sentry's `sentry-trace` and `baggage` when crash
 * reporting is on), hence CORS, whose preflight allows whatever headers are asked for:
 * the routes serve public files, no credentials. Files are read on every
 * request, so edits show on the next `:play`.
 *
 * `createExploreHandler` is a plain node:http handler, so an HTTP server that does more
 * (the GraphQL API) can mount it; `startExploreServer` runs it alone.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GRASS_FILE } from './browser-settings';
import { readSavedQueries, renderTour, TOUR_FILE } from './saved-queries';

export const EXPLORE_PREFIX = '/explore/';

export interface ExploreFiles {
  tour: string;
  grass: string;
  queriesDir?: string;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'pragma, cache-control, content-type',
  'access-control-max-age': '600',
};

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/** Answers requests under /explore/ and returns true; returns false for any other path. */
export function createExploreHandler(
  files: ExploreFiles = { tour: TOUR_FILE, grass: GRASS_FILE },
): Handler {
  const routes: Record<string, (origin: string) => { type: string; body: string }> = {
    'tour.html': (origin) => ({
      type: 'text/html; charset=utf-8',
      body: renderTour(
        fs.readFileSync(files.tour, 'utf8'),
        readSavedQueries(files.queriesDir),
        `${origin}${EXPLORE_PREFIX.slice(0, -1)}`,
      ),
    }),
    'diplograph.grass': () => ({
      type: 'text/plain; charset=utf-8',
      body: fs.readFileSync(files.grass, 'utf8'),
    }),
  };
  const savedQuery = (name: string) => {
    const query = readSavedQueries(files.queriesDir).get(name);
    return query === undefined ? null : { type: 'text/plain; charset=utf-8', body: query.source };
  };
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith(EXPLORE_PREFIX)) return false;
    if (req.method === 'OPTIONS') {
      const asked = req.headers['access-control-request-headers'];
      res
        .writeHead(204, {
          ...CORS,
          ...(asked === undefined ? {} : { 'access-control-allow-headers': asked }),
        })
        .end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...CORS, allow: 'GET, HEAD, OPTIONS' }).end();
      return true;
    }
    const rest = pathname.slice(EXPLORE_PREFIX.length);
    const match = /^queries\/([a-z][a-z0-9-]*)\.cypher$/.exec(rest);
    let found: { type: string; body: string } | null;
    try {
      // The tour names the URL it was fetched from (the Host header: localhost:<port>).
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      found = match !== null ? savedQuery(match[1]!) : (routes[rest]?.(origin) ?? null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      res.writeHead(500, { ...CORS, 'content-type': 'text/plain; charset=utf-8' }).end(message);
      return true;
    }
    if (found === null) {
      res
        .writeHead(404, { ...CORS, 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${pathname}. Try ${EXPLORE_PREFIX}tour.html.`);
      return true;
    }
    res.writeHead(200, {
      ...CORS,
      'content-type': found.type,
      'cache-control': 'no-cache',
      'content-length': Buffer.byteLength(found.body),
    });
    res.end(req.method === 'HEAD' ? undefined : found.body);
    return true;
  };
}

export interface ExploreServer {
  /** e.g. http://localhost:4000/explore — what `:play` and `:style` take, plus a file name. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the explore routes alone on `host:port` (port 0: any free port). Browser must
 * reach it by the name `localhost`, the host its allowlist holds.
 */
export function startExploreServer(
  options: { port?: number; host?: string; files?: ExploreFiles } = {},
): Promise<ExploreServer> {
  const handle = createExploreHandler(options.files);
  const server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://localhost:${port}${EXPLORE_PREFIX.slice(0, -1)}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error === undefined ? done() : fail(error)));
          }),
      });
    });
  });
}
