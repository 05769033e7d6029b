/**
 * One id per name (src/model/ids.ts), and the same id for the same name in
 * every layer: a dictionary id ingest accepts, a new person extract makes,
 * the publisher organisation load writes.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDocument } from '../../../src/extract';
import { loadDictionaries } from '../../../src/ingest/dictionaries';
import { toRows } from '../../../src/load/rows';
import { orgId, personId, toSlug } from '../../../src/model';
import { makeDocument } from '../extract/fixtures/make-document';
import { realDictionaries } from '../extract/fixtures/real-dictionaries';

describe('toSlug', () => {
  test.each([
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['Jean-Noël Barrot', 'jean-noel-barrot'],
    ['António Guterres', 'antonio-guterres'],
    ['Binali Yıldırım', 'binali-yildirim'],
    ['Yıldırım', 'yildirim'],
    ["Robert O'Brien", 'robert-o-brien'],
    ['O’Brien', 'o-brien'],
    ['H. R. McMaster', 'h-r-mcmaster'],
    ['Łódź Times', 'lodz-times'],
    ['Lars Løkke Rasmussen', 'lars-lokke-rasmussen'],
    ['Straße', 'strasse'],
    ['Ægir Þórsson', 'aegir-thorsson'],
    ['Đorđe Đukić', 'dorde-dukic'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['İstanbul', 'istanbul'],
    [
      'U.S. Department of State, Office of the Spokesperson',
      'u-s-department-of-state-office-of-the-spokesperson',
    ],
    ['G20', 'g20'],
    // Other scripts keep their letters, lower-cased, with their marks.
    ['Сергей Лавров', 'сергей-лавров'],
    ['Αλέξης Τσίπρας', 'αλέξης-τσίπρας'],
    ['习近平', '习近平'],
    ['محمد جواد ظريف', 'محمد-جواد-ظريف'],
    ['Ayşe 李', 'ayse-李'],
    // Nothing but separators: no slug.
    ['  --  ', ''],
    ['’', ''],
  ])('%s → %s', (name, slug) => {
    expect(toSlug(name)).toBe(slug);
  });

  test('is stable: a slug is its own slug', () => {
    for (const name of ['Сергей Лавров', 'Łódź Times', 'O’Brien', '习近平']) {
      expect(toSlug(toSlug(name))).toBe(toSlug(name));
    }
  });

  test.each([
    ['Associated Press', 'person:associated-press', 'org:associated-press'],
    ['--', 'person:', null],
  ])('personId / orgId of %s', (name, person, org) => {
    expect(personId(name)).toBe(person);
    expect(orgId(name)).toBe(org);
  });
});

describe('the same name gives the same id in ingest, extract and load', () => {
  const REPO_DATA = resolve(__dirname, '..', '..', '..', 'data');
  const names = ['Zbigniew Łódzki', 'Emre Yıldırımoğlu', 'Seán O’Duffy', 'Сергей Петров'];
  // Dictionary ids are lower-case ASCII (a data rule of ingest), so names in data/ are Latin.
  const latinNames = names.slice(0, 3);

  test.each(latinNames)('ingest accepts person:<slug> for %s, and no other', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-ids-'));
    try {
      cpSync(REPO_DATA, dir, { recursive: true });
      const file = join(dir, 'actors.json');
      const original = readFileSync(file, 'utf8');
      const write = (id: string): void => {
        const root = JSON.parse(original) as { actors: unknown[] };
        root.actors.push({ id, name, aliases: [], gender: null, offices: [], represents: [] });
        writeFileSync(file, JSON.stringify(root));
      };
      write(personId(name));
      expect(loadDictionaries(dir).actors.map((a) => a.id)).toContain(personId(name));
      write(`person:${name.toLowerCase().replace(/ /g, '-')}x`);
      expect(() => loadDictionaries(dir)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The tokenizer ends a name word at an apostrophe ("Seán O’Duffy" → "Seán O"), so none here.
  const extractNames = names.filter((n) => !n.includes('’'));

  test.each(extractNames)('extract names a new person %s by personId', (name) => {
    const graph = extractDocument(
      makeDocument(`Foreign Minister ${name} said the talks were useful.`),
      realDictionaries(),
    );
    expect(graph.entities.map((e) => e.id)).toContain(personId(name));
  });

  test.each([
    ['AP', 'org:associated-press'],
    ['The Associated Press', 'org:associated-press'],
    ['Interfax', 'org:interfax'],
    ['Łódź Times', 'org:lodz-times'],
    [null, null],
  ])('publisher %s → %s in extract and load', (publisher, id) => {
    const graph = extractDocument(makeDocument('Nothing here.', { publisher }), realDictionaries());
    expect(graph.document.publisherId).toBe(id);
    expect(toRows([graph]).documents[0]!['publisherId']).toBe(id);
  });

  test('load falls back to orgId for a graph without publisherId', () => {
    const graph = extractDocument(
      makeDocument('Nothing here.', { publisher: 'Łódź Times' }),
      realDictionaries(),
    );
    const old: Partial<typeof graph.document> = { ...graph.document };
    delete old.publisherId;
    const rows = toRows([{ ...graph, document: old as typeof graph.document }]);
    expect(rows.documents[0]!['publisherId']).toBe(orgId('Łódź Times'));
  });
});
