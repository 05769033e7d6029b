import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DICTIONARY_FILES,
  DictionaryError,
  defaultDataDir,
  loadDictionaries,
} from '../../../src/ingest/dictionaries';
import type { CountryEntry, Dictionaries } from '../../../src/model';

const REPO_DATA = resolve(__dirname, '..', '..', '..', 'data');

let d: Dictionaries;
beforeAll(() => {
  d = loadDictionaries(REPO_DATA);
});

/** Actors holding `office` on `date`, both ends inclusive (as the extractor reads terms). */
function holders(office: string, date: string): string[] {
  return d.actors
    .filter((a) =>
      a.offices.some(
        (t) =>
          t.office === office &&
          (t.from === null || t.from <= date) &&
          (t.to === null || date <= t.to),
      ),
    )
    .map((a) => a.id)
    .sort();
}

/** Countries a phrase names, by display name or alias; a leading "the" is ignored. */
function resolveCountry(phrase: string): string[] {
  const key = phrase.replace(/^the\s+/i, '').toLowerCase();
  return d.countries
    .filter((c: CountryEntry) => [c.name, ...c.aliases].some((a) => a.toLowerCase() === key))
    .map((c) => c.id);
}

describe('defaultDataDir', () => {
  test('is the repository data folder', () => {
    expect(defaultDataDir()).toBe(REPO_DATA);
  });
});

describe('the real dictionaries', () => {
  test('load and are not empty', () => {
    expect(d.actors.length).toBeGreaterThan(300);
    expect(d.offices.length).toBeGreaterThan(100);
    expect(d.organizations.length).toBeGreaterThan(50);
    expect(d.places.length).toBeGreaterThan(50);
    expect(d.countries.length).toBeGreaterThan(200);
    expect(d.topics.length).toBeGreaterThan(0);
    expect(d.speechVerbs.length).toBeGreaterThan(0);
  });

  test('Lavrov is Russian Foreign Minister on 2021-05-17', () => {
    expect(holders('office:russia-foreign-minister', '2021-05-17')).toEqual([
      'person:sergei-lavrov',
    ]);
    const lavrov = d.actors.find((a) => a.id === 'person:sergei-lavrov')!;
    expect(lavrov.aliases).toContain('Sergey Lavrov');
    expect(lavrov.represents).toEqual(['country:ru']);
  });

  test('Blinken, and nobody else, is US Secretary of State on 2021-05-17', () => {
    expect(holders('office:us-secretary-of-state', '2021-05-17')).toEqual([
      'person:antony-blinken',
    ]);
  });

  test.each([
    ['office:us-president', '2018-06-14', ['person:donald-trump']],
    ['office:china-foreign-affairs-commission-director', '2023-06-19', ['person:wang-yi']],
    ['office:israel-war-cabinet-minister', '2024-03-05', ['person:benny-gantz']],
    ['office:us-state-department-spokesperson', '2023-11-21', ['person:matthew-miller']],
    ['office:uk-foreign-secretary', '2014-07-13', ['person:william-hague']],
    ['office:iran-foreign-minister', '2014-07-13', ['person:mohammad-javad-zarif']],
    ['office:japan-foreign-minister', '2018-06-07', ['person:taro-kono']],
    ['office:eu-high-representative', '2025-06-20', ['person:kaja-kallas']],
    ['office:un-secretary-general', '2017-07-14', ['person:antonio-guterres']],
  ])('%s on %s is held by %j', (office, date, expected) => {
    expect(holders(office, date)).toEqual(expected);
  });

  test('every office an actor holds exists, and every office is named by at least one role', () => {
    const offices = new Set(d.offices.map((o) => o.id));
    for (const a of d.actors) for (const t of a.offices) expect(offices).toContain(t.office);
    for (const o of d.offices) expect(o.roles.length).toBeGreaterThan(0);
  });

  test('metonyms and official names resolve to one country', () => {
    expect(resolveCountry('Washington')).toEqual(['country:us']);
    expect(resolveCountry('the White House')).toEqual(['country:us']);
    expect(resolveCountry('Russian Federation')).toEqual(['country:ru']);
    expect(resolveCountry('the Kremlin')).toEqual(['country:ru']);
    expect(resolveCountry('DPRK')).toEqual(['country:kp']);
    expect(resolveCountry("People's Republic of China")).toEqual(['country:cn']);
  });

  test('countries merge the package with countries.json', () => {
    const us = d.countries.find((c) => c.id === 'country:us')!;
    expect(us).toMatchObject({ iso2: 'US', name: 'United States', capital: 'Washington D.C.' });
    expect(us.demonyms).toEqual(expect.arrayContaining(['American', 'US', 'U.S.']));
    const kr = d.countries.find((c) => c.id === 'country:kr')!;
    expect(kr.demonyms).toEqual(expect.arrayContaining(['South Korean', 'ROK']));
    const tr = d.countries.find((c) => c.id === 'country:tr')!;
    expect(tr.name).toBe('Turkey');
    expect(tr.aliases).toContain('Türkiye');
    // Two-letter codes and native scripts are not aliases: "IN", "IT" or "NO" would match English words.
    const aliasesOf = (id: string): string[] => d.countries.find((c) => c.id === id)!.aliases;
    expect(aliasesOf('country:in')).not.toContain('IN');
    expect(aliasesOf('country:ru')).not.toContain('Российская Федерация');
    expect(aliasesOf('country:is')).not.toContain('Island');
  });
});

/**
 * Head of state or government, and foreign minister, of every G20 member country and
 * permanent member of the Security Council, for every day of the period.
 */
const FROM = '2015-01-01';
const TO = '2026-06-30';
const COVERAGE: Record<string, { leaders: string[]; foreignMinister: string[] }> = {
  'country:us': {
    leaders: ['office:us-president'],
    foreignMinister: ['office:us-secretary-of-state'],
  },
  'country:ru': {
    leaders: ['office:russia-president', 'office:russia-prime-minister'],
    foreignMinister: ['office:russia-foreign-minister'],
  },
  'country:cn': {
    leaders: ['office:china-president', 'office:china-premier'],
    foreignMinister: ['office:china-foreign-minister'],
  },
  'country:gb': {
    leaders: ['office:uk-monarch', 'office:uk-prime-minister'],
    foreignMinister: ['office:uk-foreign-secretary'],
  },
  'country:fr': {
    leaders: ['office:france-president', 'office:france-prime-minister'],
    foreignMinister: ['office:france-foreign-minister'],
  },
  'country:de': {
    leaders: ['office:germany-president', 'office:germany-chancellor'],
    foreignMinister: ['office:germany-foreign-minister'],
  },
  'country:jp': {
    leaders: ['office:japan-emperor', 'office:japan-prime-minister'],
    foreignMinister: ['office:japan-foreign-minister'],
  },
  'country:kr': {
    leaders: ['office:south-korea-president', 'office:south-korea-prime-minister'],
    foreignMinister: ['office:south-korea-foreign-minister'],
  },
  'country:in': {
    leaders: ['office:india-president', 'office:india-prime-minister'],
    foreignMinister: ['office:india-foreign-minister'],
  },
  'country:it': {
    leaders: ['office:italy-president', 'office:italy-prime-minister'],
    foreignMinister: ['office:italy-foreign-minister'],
  },
  'country:ca': {
    leaders: ['office:canada-monarch', 'office:canada-prime-minister'],
    foreignMinister: ['office:canada-foreign-minister'],
  },
  'country:au': {
    leaders: ['office:australia-monarch', 'office:australia-prime-minister'],
    foreignMinister: ['office:australia-foreign-minister'],
  },
  'country:br': {
    leaders: ['office:brazil-president'],
    foreignMinister: ['office:brazil-foreign-minister'],
  },
  'country:ar': {
    leaders: ['office:argentina-president'],
    foreignMinister: ['office:argentina-foreign-minister'],
  },
  'country:id': {
    leaders: ['office:indonesia-president'],
    foreignMinister: ['office:indonesia-foreign-minister'],
  },
  'country:mx': {
    leaders: ['office:mexico-president'],
    foreignMinister: ['office:mexico-foreign-minister'],
  },
  'country:sa': {
    leaders: ['office:saudi-arabia-king', 'office:saudi-arabia-prime-minister'],
    foreignMinister: ['office:saudi-arabia-foreign-minister'],
  },
  'country:za': {
    leaders: ['office:south-africa-president'],
    foreignMinister: ['office:south-africa-foreign-minister'],
  },
  'country:tr': {
    leaders: ['office:turkey-president', 'office:turkey-prime-minister'],
    foreignMinister: ['office:turkey-foreign-minister'],
  },
};

/**
 * Real vacancies: days between one minister's departure and the next one's taking office,
 * when the interim (a vice-minister or secretary-general acting) is not recorded.
 */
const KNOWN_VACANCIES: { office: string; from: string; to: string; why: string }[] = [
  {
    office: 'office:canada-foreign-minister',
    from: '2015-02-04',
    to: '2015-02-08',
    why: 'Baird resigned 3 Feb 2015, Nicholson sworn in 9 Feb',
  },
  {
    office: 'office:brazil-foreign-minister',
    from: '2017-02-23',
    to: '2017-03-06',
    why: 'Serra resigned 22 Feb 2017, Nunes took office 7 Mar',
  },
  {
    office: 'office:brazil-foreign-minister',
    from: '2021-03-30',
    to: '2021-04-05',
    why: 'Araújo resigned 29 Mar 2021, França took office 6 Apr',
  },
  {
    office: 'office:south-korea-foreign-minister',
    from: '2022-05-11',
    to: '2022-05-11',
    why: 'Chung left with the Moon government, Park Jin appointed 12 May 2022',
  },
];

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Uncovered [from, to] day ranges of the union of `offices`' terms within [FROM, TO]. */
function gaps(offices: readonly string[]): [string, string][] {
  const terms = d.actors
    .flatMap((a) => a.offices)
    .filter((t) => offices.includes(t.office))
    .map((t) => [t.from ?? '0000-01-01', t.to ?? '9999-12-31'] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [string, string][] = [];
  let next = FROM; // first day not yet covered
  for (const [from, to] of terms) {
    if (next > TO) break;
    if (from > next) out.push([next, from > TO ? TO : addDays(from, -1)]);
    if (to >= next) next = to >= TO ? '9999-12-31' : addDays(to, 1);
  }
  if (next <= TO) out.push([next, TO]);
  return out;
}

describe(`G20 and P5 coverage ${FROM}..${TO}`, () => {
  test('every country has a head of state or government every day', () => {
    const report = Object.entries(COVERAGE).flatMap(([country, { leaders }]) =>
      gaps(leaders).map(
        ([from, to]) =>
          `${country}: no head of state or government (${leaders.join(' or ')}) from ${from} to ${to}`,
      ),
    );
    expect(report).toEqual([]);
  });

  test('every country has a foreign minister every day, apart from known vacancies', () => {
    const report = Object.entries(COVERAGE).flatMap(([country, { foreignMinister }]) =>
      gaps(foreignMinister)
        .filter(
          ([from, to]) =>
            !KNOWN_VACANCIES.some(
              (v) => foreignMinister.includes(v.office) && v.from === from && v.to === to,
            ),
        )
        .map(
          ([from, to]) =>
            `${country}: no foreign minister (${foreignMinister.join(' or ')}) from ${from} to ${to}`,
        ),
    );
    expect(report).toEqual([]);
  });

  test('the known vacancies are still real gaps (remove them once the interim is recorded)', () => {
    for (const v of KNOWN_VACANCIES) expect(gaps([v.office])).toContainEqual([v.from, v.to]);
  });
});

describe('validation of a broken data directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diplograph-dictionaries-'));
    cpSync(REPO_DATA, dir, { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const edit = (file: string, change: (json: Record<string, unknown[]>) => void): void => {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
    change(json);
    writeFileSync(path, JSON.stringify(json));
  };

  function loadError(): DictionaryError {
    try {
      loadDictionaries(dir);
    } catch (e) {
      if (e instanceof DictionaryError) return e;
      throw e;
    }
    throw new Error('expected loadDictionaries to throw');
  }

  test('loads the copy unchanged', () => {
    expect(loadDictionaries(dir).actors).toHaveLength(d.actors.length);
  });

  test('reports every problem at once, naming the file and the reason', () => {
    edit(DICTIONARY_FILES.actors, (json) => {
      const actors = json['actors'] as Record<string, unknown>[];
      const [first, second] = actors;
      (first!['offices'] as Record<string, unknown>[])[0]!['office'] = 'office:atlantis-king';
      (second!['offices'] as Record<string, unknown>[])[0]!['to'] = '1900-13-01';
      second!['represents'] = ['country:zz'];
      actors.push({ ...first!, aliases: ['Kennedy'] }); // duplicate id, bare surname
    });
    edit(DICTIONARY_FILES.offices, (json) => {
      (json['offices'] as Record<string, unknown>[])[0]!['of'] = 'org:nowhere';
    });
    writeFileSync(join(dir, DICTIONARY_FILES.places), '{ "places": [ }');

    const error = loadError();
    expect(error.code).toBe('DICTIONARY_INVALID');
    expect(error).toBeInstanceOf(Error);
    const found = error.problems.map((p) => `${p.file} ${p.expected}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'actors.json an office id defined in offices.json',
        'actors.json a calendar date YYYY-MM-DD or null',
        'actors.json a country id (country:<iso2>) or an organisation id from organizations.json',
        'actors.json an id used once across all dictionaries',
        'actors.json a full name of two or more words',
        'offices.json a country id (country:<iso2>) or an organisation id from organizations.json',
        'places.json valid JSON',
      ]),
    );
    expect(error.message).toContain(
      'actors.json actors[0] (person:john-f-kennedy).offices[0].office',
    );
    expect(error.message).toContain('found "office:atlantis-king"');
    expect(error.message).toContain('Add the office to offices.json');
  });

  test('reports a date range running backwards and an id that is not the slug of the name', () => {
    edit(DICTIONARY_FILES.actors, (json) => {
      const lavrov = (json['actors'] as Record<string, unknown>[]).find(
        (a) => a['id'] === 'person:sergei-lavrov',
      )!;
      lavrov['name'] = 'Sergey Lavrov';
      lavrov['aliases'] = [];
      (lavrov['offices'] as Record<string, unknown>[])[0]!['to'] = '2000-01-01';
    });
    const messages = loadError().problems.map((p) => `${p.path}: ${p.expected}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /\(person:sergei-lavrov\)\.offices\[0\]: from \(2004-03-09\) on or before to$/,
        ),
        expect.stringMatching(
          /\(person:sergei-lavrov\)\.id: person:sergey-lavrov \(the slug of the name\)$/,
        ),
      ]),
    );
  });

  test('reports bad speech-act data: an unknown act, a missing priority, a malformed phrase', () => {
    edit(DICTIONARY_FILES.speechActs, (json) => {
      const root = json as unknown as Record<string, unknown>;
      root['priority'] = (root['priority'] as string[]).filter((a) => a !== 'WARNING');
      (root['textCues'] as Record<string, string[]>)['SCOLDING'] = ['tut tut'];
      (root['verbCues'] as Record<string, string[]>)['DEMAND']!.push('!urged');
      (root['textCues'] as Record<string, string[]>)['CONDITION']!.push('if …');
      root['negations'] = [];
    });
    const problems = loadError().problems.filter((p) => p.file === 'speech-acts.json');
    expect(problems.map((p) => `${p.path}: ${p.expected}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^priority: every speech act once .*ASSERTION last$/),
        expect.stringMatching(/^textCues\.SCOLDING: a speech act other than ASSERTION/),
        expect.stringMatching(/^verbCues\.DEMAND\[\d+\]: a verb cue without "!"/),
        expect.stringMatching(/^textCues\.CONDITION\[\d+\]: words on both sides of every "…"$/),
        'negations: at least one entry',
      ]),
    );
    expect(problems.find((p) => p.path === 'priority')?.found).toContain('WARNING');
  });

  test('reports a missing file and an unknown country code', () => {
    rmSync(join(dir, DICTIONARY_FILES.topics));
    edit(DICTIONARY_FILES.countries, (json) => {
      (json['countries'] as unknown as Record<string, unknown>)['XX'] = { name: 'Nowhere' };
    });
    const problems = loadError().problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'topics.json', path: '(file)' }),
        expect.objectContaining({ file: 'countries.json', path: 'countries.XX' }),
      ]),
    );
  });
});
