/**
 * Reads and validates the dictionaries under `data/` (actors, offices,
 * organisations, places, topics, speech verbs) and builds the country list
 * from the `world-countries` package merged with `data/countries.json`, which
 * holds only what the package lacks (display names, metonyms, extra demonyms).
 *
 * Every problem in every file is collected and thrown together as one
 * DictionaryError, so a broken data change is fixed in one pass, not one
 * error at a time. Reads are synchronous: this runs once, at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { DiplographError, personId, SPEECH_ACTS } from '../model';
import type {
  ActorEntry,
  CountryEntry,
  Dictionaries,
  OfficeEntry,
  OfficeTerm,
  OrganizationEntry,
  PlaceEntry,
  SpeechActsEntry,
  SpeechAct,
  SpeechVerbEntry,
  TopicEntry,
} from '../model';

/** The files read from the data directory. */
export const DICTIONARY_FILES = {
  actors: 'actors.json',
  offices: 'offices.json',
  countries: 'countries.json',
  organizations: 'organizations.json',
  places: 'places.json',
  topics: 'topics.json',
  speechVerbs: 'speech-verbs.json',
  speechActs: 'speech-acts.json',
} as const;

export const ORGANIZATION_KINDS = [
  'ministry',
  'agency',
  'news agency',
  'alliance',
  'international organization',
  'party',
  'armed group',
  'government body',
] as const;

/** One thing wrong in one file: where, what was expected, what was found, how to fix it. */
export interface DictionaryProblem {
  /** File name inside the data directory, e.g. "actors.json". */
  readonly file: string;
  /** Where in the file, e.g. `actors[12] (person:sergei-lavrov).offices[0].to`. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
  readonly fix: string;
}

export class DictionaryError extends DiplographError {
  override readonly code = 'DICTIONARY_INVALID' as const;
  readonly dataDir: string;
  readonly problems: readonly DictionaryProblem[];

  constructor(dataDir: string, problems: readonly DictionaryProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const lines = problems.map((p) => `  - ${formatProblem(p)}`);
    super(
      'DICTIONARY_INVALID',
      `Invalid dictionaries in ${dataDir} (${count}):\n${lines.join('\n')}\n` +
        'Fix the data files listed above; every problem is reported at once.',
    );
    this.dataDir = dataDir;
    this.problems = problems;
  }
}

export function formatProblem(p: DictionaryProblem): string {
  return `${p.file} ${p.path}: expected ${p.expected}, found ${p.found}. ${p.fix}`;
}

/**
 * The repository's `data/` folder. This file runs from `src/ingest` (ts-jest,
 * ts-node) and from `dist/ingest` (after the build): both sit two levels below
 * the repository root, but the search walks up to be safe.
 */
export function defaultDataDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (
      existsSync(join(dir, 'package.json')) &&
      existsSync(join(dir, 'data', DICTIONARY_FILES.actors))
    ) {
      return join(dir, 'data');
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(__dirname, '..', '..', 'data');
}

/** Reads, validates and merges every dictionary; throws one DictionaryError listing all problems. */
export function loadDictionaries(dataDir: string = defaultDataDir()): Dictionaries {
  const problems: DictionaryProblem[] = [];
  const raw = {
    actors: readJson(dataDir, DICTIONARY_FILES.actors, problems),
    offices: readJson(dataDir, DICTIONARY_FILES.offices, problems),
    countries: readJson(dataDir, DICTIONARY_FILES.countries, problems),
    organizations: readJson(dataDir, DICTIONARY_FILES.organizations, problems),
    places: readJson(dataDir, DICTIONARY_FILES.places, problems),
    topics: readJson(dataDir, DICTIONARY_FILES.topics, problems),
    speechVerbs: readJson(dataDir, DICTIONARY_FILES.speechVerbs, problems),
    speechActs: readJson(dataDir, DICTIONARY_FILES.speechActs, problems),
  };

  const countries = buildCountries(raw.countries, problems);
  const countryIds = new Set(countries.map((c) => c.id));
  const organizations = parseOrganizations(raw.organizations, countryIds, problems);
  const orgIds = new Set(organizations.map((o) => o.id));
  const offices = parseOffices(raw.offices, countryIds, orgIds, problems);
  const places = parsePlaces(raw.places, countryIds, problems);
  const actors = parseActors(
    raw.actors,
    new Map(offices.map((o) => [o.id, o])),
    countryIds,
    orgIds,
    problems,
  );
  const topics = parseTopics(raw.topics, problems);
  const speechVerbs = parseSpeechVerbs(raw.speechVerbs, problems);
  const speechActs = parseSpeechActs(raw.speechActs, problems);
  checkUniqueIds(
    [
      [DICTIONARY_FILES.actors, 'actors', actors],
      [DICTIONARY_FILES.offices, 'offices', offices],
      [DICTIONARY_FILES.organizations, 'organizations', organizations],
      [DICTIONARY_FILES.places, 'places', places],
      [DICTIONARY_FILES.topics, 'topics', topics],
    ],
    problems,
  );

  if (problems.length > 0) throw new DictionaryError(dataDir, problems);
  return { actors, offices, countries, organizations, places, topics, speechVerbs, speechActs };
}

// ---------------------------------------------------------------- reading

function readJson(dataDir: string, file: string, problems: DictionaryProblem[]): unknown {
  const path = join(dataDir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    problems.push({
      file,
      path: '(file)',
      expected: `a readable file at ${path}`,
      found: describeError(cause),
      fix: 'Restore the file or point loadDictionaries at the right data directory.',
    });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    problems.push({
      file,
      path: '(file)',
      expected: 'valid JSON',
      found: describeError(cause),
      fix: 'Fix the JSON syntax (a trailing comma or a missing quote is the usual cause).',
    });
    return undefined;
  }
}

function describeError(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Validation helpers bound to one file, so every problem names it. */
class Checker {
  constructor(
    readonly file: string,
    private readonly problems: DictionaryProblem[],
  ) {}

  report(path: string, expected: string, found: unknown, fix: string): void {
    this.problems.push({ file: this.file, path, expected, found: show(found), fix });
  }

  /** The array under `key` of the file's top-level object. */
  list(root: unknown, key: string): unknown[] {
    if (root === undefined) return []; // unreadable: already reported
    const value = isObject(root) ? root[key] : undefined;
    if (!Array.isArray(value)) {
      this.report(
        '(top level)',
        `an object with a "${key}" array`,
        isObject(root) ? Object.keys(root) : root,
        `Wrap the entries as { "${key}": [ ... ] }.`,
      );
      return [];
    }
    return value as unknown[];
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (isObject(value)) return value;
    this.report(path, 'an object', value, 'Each entry must be a JSON object.');
    return null;
  }

  text(value: unknown, path: string): string {
    if (typeof value === 'string' && value.trim().length > 0 && value.trim() === value)
      return value;
    this.report(path, 'a non-empty string without surrounding spaces', value, 'Fill in the field.');
    return typeof value === 'string' ? value : '';
  }

  texts(
    value: unknown,
    path: string,
    options: { fullNames?: boolean; nonEmpty?: boolean } = {},
  ): string[] {
    if (!Array.isArray(value)) {
      this.report(path, 'an array of strings', value, 'Use [] when there is nothing to list.');
      return [];
    }
    if (options.nonEmpty === true && value.length === 0) {
      this.report(path, 'at least one entry', value, 'List at least one phrase.');
    }
    const out: string[] = [];
    const seen = new Set<string>();
    value.forEach((item: unknown, i) => {
      const s = this.text(item, `${path}[${i}]`);
      if (s.length === 0) return;
      if (seen.has(s.toLowerCase())) {
        this.report(`${path}[${i}]`, 'no duplicates', s, 'Remove the repeated entry.');
        return;
      }
      if (options.fullNames === true && !/\s/u.test(s)) {
        this.report(
          `${path}[${i}]`,
          'a full name of two or more words',
          s,
          'Do not list bare surnames: the extractor derives them from the full names.',
        );
      }
      seen.add(s.toLowerCase());
      out.push(s);
    });
    return out;
  }

  id(value: unknown, path: string, prefix: string): string {
    const s = typeof value === 'string' ? value : '';
    if (!isWellFormedId(s, prefix)) {
      this.report(
        path,
        `an id of the form ${prefix}:<slug> (lower-case ASCII words joined by '-')`,
        value,
        'Correct the id.',
      );
    }
    return s;
  }

  date(value: unknown, path: string): string | null {
    if (value === null) return null;
    if (typeof value === 'string' && isIsoDate(value)) return value;
    this.report(
      path,
      'a calendar date YYYY-MM-DD or null',
      value,
      'Write the date as 2021-05-17; use the first of the month when only the month is known.',
    );
    return null;
  }

  /** A reference to a country or organisation id that must exist. */
  ref(value: unknown, path: string, known: ReadonlySet<string>, what: string): string {
    const s = typeof value === 'string' ? value : '';
    if (!known.has(s)) {
      this.report(
        path,
        `${what}`,
        value,
        'Use an existing id (country:<iso2> from world-countries, org:<slug> from organizations.json) or add the organisation.',
      );
    }
    return s;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWellFormedId(id: string, prefix: string): boolean {
  if (!id.startsWith(`${prefix}:`)) return false;
  const slug = id.slice(prefix.length + 1);
  return slug.length > 0 && slug.split('-').every((part) => /^[a-z0-9]+$/.test(part));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function label(key: string, index: number, entry: Record<string, unknown> | null): string {
  const id = entry && typeof entry['id'] === 'string' ? ` (${entry['id']})` : '';
  return `${key}[${index}]${id}`;
}

// ---------------------------------------------------------------- countries

interface CountryExtra {
  name?: string;
  aliases: string[];
  metonyms: string[];
  demonyms: string[];
  excludeAliases: string[];
}

function buildCountries(root: unknown, problems: DictionaryProblem[]): CountryEntry[] {
  const c = new Checker(DICTIONARY_FILES.countries, problems);
  const byIso2 = new Map<string, Country>(worldCountries.map((w) => [w.cca2, w]));
  const extras = new Map<string, CountryExtra>();
  if (root !== undefined) {
    const table = isObject(root) ? root['countries'] : undefined;
    if (!isObject(table)) {
      c.report(
        '(top level)',
        'an object with a "countries" object keyed by ISO 3166-1 alpha-2 code',
        root,
        'Write { "countries": { "US": { ... } } }.',
      );
    } else {
      for (const [iso2, value] of Object.entries(table)) {
        const path = `countries.${iso2}`;
        const country = byIso2.get(iso2);
        if (!country) {
          c.report(
            path,
            'an upper-case ISO 3166-1 alpha-2 code known to world-countries',
            iso2,
            'Use the two-letter code, e.g. "US", "RU", "KR".',
          );
          continue;
        }
        const entry = c.object(value, path);
        if (!entry) continue;
        const extra: CountryExtra = {
          aliases: optionalTexts(c, entry['aliases'], `${path}.aliases`),
          metonyms: optionalTexts(c, entry['metonyms'], `${path}.metonyms`),
          demonyms: optionalTexts(c, entry['demonyms'], `${path}.demonyms`),
          excludeAliases: optionalTexts(c, entry['excludeAliases'], `${path}.excludeAliases`),
        };
        if (entry['name'] !== undefined) extra.name = c.text(entry['name'], `${path}.name`);
        for (const [i, a] of extra.excludeAliases.entries()) {
          if (!country.altSpellings.includes(a)) {
            c.report(
              `${path}.excludeAliases[${i}]`,
              `one of the package's alt spellings for ${iso2}`,
              a,
              'Only package alt spellings can be excluded; remove the entry.',
            );
          }
        }
        extras.set(iso2, extra);
      }
    }
  }
  return worldCountries
    .map((w) => toCountryEntry(w, extras.get(w.cca2)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function optionalTexts(c: Checker, value: unknown, path: string): string[] {
  return value === undefined ? [] : c.texts(value, path);
}

function toCountryEntry(w: Country, extra: CountryExtra | undefined): CountryEntry {
  const name = extra?.name ?? w.name.common;
  const excluded = new Set(extra?.excludeAliases ?? []);
  const alt = w.altSpellings.filter(
    (a) => a !== w.cca2 && !a.includes(',') && isLatin(a) && !excluded.has(a),
  );
  const aliases = unique([
    w.name.common,
    w.name.official,
    ...alt,
    ...w.capital,
    ...(extra?.aliases ?? []),
    ...(extra?.metonyms ?? []),
  ]).filter((a) => a !== name);
  const eng = w.demonyms['eng'];
  const demonyms = unique([eng?.m ?? '', eng?.f ?? '', ...(extra?.demonyms ?? [])]);
  return {
    id: `country:${w.cca2.toLowerCase()}`,
    iso2: w.cca2,
    name,
    aliases,
    demonyms,
    capital: w.capital[0] ?? null,
  };
}

/** Latin-script text (with diacritics): the package also carries native scripts, useless for English text. */
function isLatin(s: string): boolean {
  for (const ch of s) {
    if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return false;
  }
  return true;
}

function unique(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) if (item.length > 0 && !out.includes(item)) out.push(item);
  return out;
}

// ---------------------------------------------------------------- organisations, places, offices

function parseOrganizations(
  root: unknown,
  countries: ReadonlySet<string>,
  problems: DictionaryProblem[],
): OrganizationEntry[] {
  const c = new Checker(DICTIONARY_FILES.organizations, problems);
  const kinds: ReadonlySet<string> = new Set(ORGANIZATION_KINDS);
  const out: OrganizationEntry[] = [];
  c.list(root, 'organizations').forEach((value, i) => {
    const e = c.object(value, `organizations[${i}]`);
    const at = label('organizations', i, e);
    if (!e) return;
    const kind = typeof e['kind'] === 'string' ? e['kind'] : '';
    if (!kinds.has(kind)) {
      c.report(
        `${at}.kind`,
        `one of ${ORGANIZATION_KINDS.join(', ')}`,
        e['kind'],
        'Pick the closest kind.',
      );
    }
    out.push({
      id: c.id(e['id'], `${at}.id`, 'org'),
      name: c.text(e['name'], `${at}.name`),
      aliases: c.texts(e['aliases'], `${at}.aliases`),
      kind,
      country:
        e['country'] === null
          ? null
          : c.ref(
              e['country'],
              `${at}.country`,
              countries,
              'a country id (country:<iso2>) or null',
            ),
    });
  });
  return out;
}

function parsePlaces(
  root: unknown,
  countries: ReadonlySet<string>,
  problems: DictionaryProblem[],
): PlaceEntry[] {
  const c = new Checker(DICTIONARY_FILES.places, problems);
  const out: PlaceEntry[] = [];
  c.list(root, 'places').forEach((value, i) => {
    const e = c.object(value, `places[${i}]`);
    const at = label('places', i, e);
    if (!e) return;
    out.push({
      id: c.id(e['id'], `${at}.id`, 'place'),
      name: c.text(e['name'], `${at}.name`),
      aliases: c.texts(e['aliases'], `${at}.aliases`),
      country:
        e['country'] === null
          ? null
          : c.ref(
              e['country'],
              `${at}.country`,
              countries,
              'a country id (country:<iso2>) or null',
            ),
    });
  });
  return out;
}

function parseOffices(
  root: unknown,
  countries: ReadonlySet<string>,
  orgs: ReadonlySet<string>,
  problems: DictionaryProblem[],
): OfficeEntry[] {
  const c = new Checker(DICTIONARY_FILES.offices, problems);
  const holders = new Set([...countries, ...orgs]);
  const out: OfficeEntry[] = [];
  c.list(root, 'offices').forEach((value, i) => {
    const e = c.object(value, `offices[${i}]`);
    const at = label('offices', i, e);
    if (!e) return;
    out.push({
      id: c.id(e['id'], `${at}.id`, 'office'),
      title: c.text(e['title'], `${at}.title`),
      of: c.ref(
        e['of'],
        `${at}.of`,
        holders,
        'a country id (country:<iso2>) or an organisation id from organizations.json',
      ),
      roles: c.texts(e['roles'], `${at}.roles`, { nonEmpty: true }),
    });
  });
  return out;
}

// ---------------------------------------------------------------- actors

const GENDERS: readonly unknown[] = ['male', 'female', null];

function parseActors(
  root: unknown,
  offices: ReadonlyMap<string, OfficeEntry>,
  countries: ReadonlySet<string>,
  orgs: ReadonlySet<string>,
  problems: DictionaryProblem[],
): ActorEntry[] {
  const c = new Checker(DICTIONARY_FILES.actors, problems);
  const represented = new Set([...countries, ...orgs]);
  const out: ActorEntry[] = [];
  c.list(root, 'actors').forEach((value, i) => {
    const e = c.object(value, `actors[${i}]`);
    const at = label('actors', i, e);
    if (!e) return;
    const id = c.id(e['id'], `${at}.id`, 'person');
    const name = c.text(e['name'], `${at}.name`);
    if (name.length > 0 && id !== personId(name)) {
      c.report(
        `${at}.id`,
        `${personId(name)} (the slug of the name)`,
        id,
        'Make the id the slug of the canonical name, or change the name.',
      );
    }
    const aliases = c.texts(e['aliases'], `${at}.aliases`, { fullNames: true });
    if (aliases.some((a) => a.toLowerCase() === name.toLowerCase())) {
      c.report(
        `${at}.aliases`,
        'aliases other than the name itself',
        name,
        'Remove the name from its aliases.',
      );
    }
    if (!GENDERS.includes(e['gender'])) {
      c.report(`${at}.gender`, '"male", "female" or null', e['gender'], 'Use null when unknown.');
    }
    const gender = e['gender'] === 'male' || e['gender'] === 'female' ? e['gender'] : null;
    const terms: OfficeTerm[] = [];
    if (!Array.isArray(e['offices'])) {
      c.report(
        `${at}.offices`,
        'an array of office terms',
        e['offices'],
        'Use [] for someone who held no listed office.',
      );
    } else {
      (e['offices'] as unknown[]).forEach((t, j) => {
        const term = parseTerm(c, t, `${at}.offices[${j}]`, offices);
        if (term) terms.push(term);
      });
    }
    const represents = c.texts(e['represents'], `${at}.represents`);
    represents.forEach((r, j) =>
      c.ref(
        r,
        `${at}.represents[${j}]`,
        represented,
        'a country id (country:<iso2>) or an organisation id from organizations.json',
      ),
    );
    out.push({ id, name, aliases, gender, offices: terms, represents });
  });
  return out;
}

function parseTerm(
  c: Checker,
  value: unknown,
  path: string,
  offices: ReadonlyMap<string, OfficeEntry>,
): OfficeTerm | null {
  const t = c.object(value, path);
  if (!t) return null;
  const officeId = typeof t['office'] === 'string' ? t['office'] : '';
  const office = offices.get(officeId);
  if (!office) {
    c.report(
      `${path}.office`,
      'an office id defined in offices.json',
      t['office'],
      'Add the office to offices.json or correct the id.',
    );
  }
  const title = c.text(t['title'], `${path}.title`);
  const of = typeof t['of'] === 'string' ? t['of'] : '';
  if (office && of !== office.of) {
    c.report(
      `${path}.of`,
      `"${office.of}", the "of" of ${office.id} in offices.json`,
      t['of'],
      'Make the term\'s "of" match its office.',
    );
  }
  const from = c.date(t['from'], `${path}.from`);
  const to = c.date(t['to'], `${path}.to`);
  if (from !== null && to !== null && from > to) {
    c.report(`${path}`, `from (${from}) on or before to`, to, 'Swap or correct the dates.');
  }
  return { office: officeId, title, of, from, to };
}

// ---------------------------------------------------------------- topics and speech verbs

function parseTopics(root: unknown, problems: DictionaryProblem[]): TopicEntry[] {
  const c = new Checker(DICTIONARY_FILES.topics, problems);
  const out: TopicEntry[] = [];
  c.list(root, 'topics').forEach((value, i) => {
    const e = c.object(value, `topics[${i}]`);
    const at = label('topics', i, e);
    if (!e) return;
    out.push({
      id: c.id(e['id'], `${at}.id`, 'topic'),
      name: c.text(e['name'], `${at}.name`),
      aliases: c.texts(e['aliases'], `${at}.aliases`),
    });
  });
  return out;
}

function parseSpeechVerbs(root: unknown, problems: DictionaryProblem[]): SpeechVerbEntry[] {
  const c = new Checker(DICTIONARY_FILES.speechVerbs, problems);
  const owner = new Map<string, string>();
  const out: SpeechVerbEntry[] = [];
  c.list(root, 'speechVerbs').forEach((value, i) => {
    const e = c.object(value, `speechVerbs[${i}]`);
    if (!e) return;
    const lemma = c.text(e['lemma'], `speechVerbs[${i}].lemma`);
    const forms = c.texts(e['forms'], `speechVerbs[${i}] (${lemma}).forms`, { nonEmpty: true });
    forms.forEach((f, j) => {
      const other = owner.get(f.toLowerCase());
      if (other !== undefined && other !== lemma) {
        c.report(
          `speechVerbs[${i}] (${lemma}).forms[${j}]`,
          'a form listed under one lemma only',
          `${f} (also under "${other}")`,
          'Keep the form under one lemma.',
        );
      }
      owner.set(f.toLowerCase(), lemma);
    });
    out.push({ lemma, forms });
  });
  return out;
}

// ---------------------------------------------------------------- speech acts

const SPEECH_ACT_LISTS = [
  'costWords',
  'negations',
  'cooperativeWords',
  'adversarialWords',
  'addressVerbs',
  'addressNouns',
] as const;

function parseSpeechActs(root: unknown, problems: DictionaryProblem[]): SpeechActsEntry {
  const c = new Checker(DICTIONARY_FILES.speechActs, problems);
  const out: SpeechActsEntry = {
    priority: [...SPEECH_ACTS],
    verbCues: {},
    textCues: {},
    costWords: [],
    negations: [],
    cooperativeWords: [],
    adversarialWords: [],
    addressVerbs: [],
    addressNouns: [],
  };
  if (root === undefined) return out; // unreadable: already reported
  if (!isObject(root)) {
    c.report('(top level)', 'an object', root, 'Write the file as { "priority": [...], ... }.');
    return out;
  }
  const priority = c.texts(root['priority'], 'priority', { nonEmpty: true });
  const acts = new Set<string>(SPEECH_ACTS);
  const unknown = priority.filter((a) => !acts.has(a));
  const missing = SPEECH_ACTS.filter((a) => !priority.includes(a));
  if (unknown.length > 0 || missing.length > 0 || priority.at(-1) !== 'ASSERTION') {
    c.report(
      'priority',
      `every speech act once (${SPEECH_ACTS.join(', ')}), ASSERTION last`,
      { unknown, missing, last: priority.at(-1) },
      'List each act of SpeechAct (src/model/document-graph.ts) once, in the order acts win, ending with ASSERTION.',
    );
  } else {
    out.priority = priority as SpeechAct[];
  }
  for (const key of ['verbCues', 'textCues'] as const) {
    const value = root[key];
    if (!isObject(value)) {
      c.report(
        key,
        'an object of phrase lists by speech act',
        value,
        `Write "${key}": { "WARNING": [...] }.`,
      );
      continue;
    }
    for (const [act, phrases] of Object.entries(value)) {
      if (!acts.has(act) || act === 'ASSERTION') {
        c.report(
          `${key}.${act}`,
          `a speech act other than ASSERTION (${SPEECH_ACTS.slice(1).join(', ')})`,
          act,
          'Use one of the acts of SpeechAct; ASSERTION is what no cue gives.',
        );
        continue;
      }
      const list = c.texts(phrases, `${key}.${act}`);
      list.forEach((phrase, i) => {
        const bad = speechActPhraseProblem(phrase, key === 'verbCues');
        if (bad !== null)
          c.report(
            `${key}.${act}[${i}]`,
            bad,
            phrase,
            "Rewrite the phrase as the file's $comment says.",
          );
      });
      out[key][act as SpeechAct] = list;
    }
  }
  for (const key of SPEECH_ACT_LISTS) out[key] = c.texts(root[key], key, { nonEmpty: true });
  return out;
}

/** What is wrong with a cue phrase, or null. */
function speechActPhraseProblem(phrase: string, verb: boolean): string | null {
  const body = phrase.startsWith('!') ? phrase.slice(1) : phrase;
  if (verb && body !== phrase) return 'a verb cue without "!" (only text cues can hide others)';
  if (verb && body.includes('…')) return 'a verb cue without gaps ("…")';
  for (const part of body.split('…')) {
    const words = part.trim();
    if (words.length === 0) return 'words on both sides of every "…"';
    if (words.split(/\s+/u)[0] === '*') return 'a part that starts with a word, not "*"';
  }
  return null;
}

// ---------------------------------------------------------------- cross-file checks

function checkUniqueIds(
  sections: readonly (readonly [string, string, readonly { id: string }[]])[],
  problems: DictionaryProblem[],
): void {
  const firstSeen = new Map<string, string>();
  for (const [file, key, entries] of sections) {
    entries.forEach((entry, i) => {
      if (entry.id.length === 0) return;
      const where = `${file} ${key}[${i}]`;
      const previous = firstSeen.get(entry.id);
      if (previous !== undefined) {
        problems.push({
          file,
          path: `${key}[${i}].id`,
          expected: 'an id used once across all dictionaries',
          found: `${show(entry.id)} (already used at ${previous})`,
          fix: 'Give one of the entries another id, or merge them.',
        });
      } else {
        firstSeen.set(entry.id, where);
      }
    });
  }
}
