/**
 * The analyst questions of `cypher/queries/*.cypher` (one parameterised statement per
 * file, header comment first) and the guided tour `browser/tour.html` that shows them.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
export const QUERIES_DIR = path.join(ROOT, 'cypher', 'queries');
export const TOUR_FILE = path.join(ROOT, 'browser', 'tour.html');

export interface SavedQuery {
  /** File name without `.cypher`, e.g. `speaker-timeline-on-topic`. */
  name: string;
  /** The whole file: header comment and statement. */
  source: string;
  /** The header's `// In Browser: …` line: the `:params` command that sets example values. */
  params: string | null;
}

export class TourError extends Error {
  readonly code = 'TOUR_INVALID';
}

const NAME = /^[a-z][a-z0-9-]*$/;

export function readSavedQueries(dir: string = QUERIES_DIR): Map<string, SavedQuery> {
  const queries = new Map<string, SavedQuery>();
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.cypher')) continue;
    const name = file.slice(0, -'.cypher'.length);
    if (!NAME.test(name)) continue;
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const params = /^\/\/ In Browser: (:params? .+)$/m.exec(source)?.[1]?.trim() ?? null;
    queries.set(name, { name, source, params });
  }
  return queries;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The tour with its placeholders filled: `{{url}}` becomes `exploreUrl` (where the tour is
 * served from), `{{params NAME}}` the `:params` line of `cypher/queries/NAME.cypher` and
 * `{{query NAME}}` its statement (header comment included, so Browser's editor shows what
 * the parameters mean). The saved queries are the one source, so the tour never drifts
 * from them. The template's leading comment, for maintainers, is dropped.
 */
export function renderTour(
  template: string,
  queries: Map<string, SavedQuery>,
  exploreUrl: string,
): string {
  const trimmed = template.trimStart();
  const body = trimmed.startsWith('<!--')
    ? trimmed.slice(trimmed.indexOf('-->') + 3).trimStart()
    : template;
  return body.replace(
    /\{\{(?:url|(query|params) ([a-z][a-z0-9-]*))\}\}/g,
    (_, kind: string | undefined, name: string | undefined) => {
      if (kind === undefined || name === undefined) return escapeHtml(exploreUrl);
      const query = queries.get(name);
      if (query === undefined)
        throw new TourError(
          `The tour names the saved query "${name}", but there is no cypher/queries/${name}.cypher.`,
        );
      if (kind === 'query') return escapeHtml(query.source.trim());
      if (query.params === null)
        throw new TourError(
          `cypher/queries/${name}.cypher has no "// In Browser: :params {…}" header line for the tour.`,
        );
      return escapeHtml(query.params);
    },
  );
}
