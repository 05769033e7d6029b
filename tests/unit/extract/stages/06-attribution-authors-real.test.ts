import { extractDocument } from '../../../../src/extract';
import { makeDocument } from '../fixtures/make-document';
import { realDictionaries } from '../fixtures/real-dictionaries';

const BODY =
  'We welcome the agreement reached today and we urge all parties to implement it fully.';

/** Issue #10 with the project's dictionaries: an office holder on the document date. */
describe('author statements (real dictionaries)', () => {
  it.each<[string, string, string | null, string, string[]]>([
    [
      'Statement by Secretary Antony J. Blinken',
      'U.S. Department of State',
      null,
      '2023-06-19',
      ['person:antony-blinken'],
    ],
    [
      'Statement by the Secretary of State',
      'U.S. Department of State',
      null,
      '2023-06-19',
      ['person:antony-blinken'],
    ],
    [
      'Statement by the Secretary-General',
      'United Nations',
      null,
      '2022-03-01',
      ['person:antonio-guterres'],
    ],
    [
      'Joint statement by President Juncker, President Tusk and Prime Minister Turnbull',
      'European Commission',
      null,
      '2015-11-15',
      ['person:donald-tusk', 'person:jean-claude-juncker', 'person:malcolm-turnbull'],
    ],
    [
      'Statement by the Prime Minister',
      'UK Cabinet Office',
      null,
      '2023-06-19',
      ['person:rishi-sunak'],
    ],
    [
      'Statement by the Prime Minister',
      'UK Cabinet Office',
      null,
      '2025-06-19',
      ['person:keir-starmer'],
    ],
    [
      'Statement from National Security Council Spokesperson Adrienne Watson',
      'The White House',
      null,
      '2023-06-19',
      ['person:adrienne-watson'],
    ],
    [
      'Statement by the Special Envoy of the Secretary-General for Syria',
      'United Nations',
      null,
      '2016-02-01',
      ['person:staffan-de-mistura'],
    ],
    [
      'Statement by the UN Special Envoy for Yemen',
      'United Nations',
      null,
      '2023-06-19',
      ['person:hans-grundberg'],
    ],
    ['Lavrov says Russia will study the statement', 'Interfax', null, '2021-05-17', []],
  ])('%j (%s)', (title, publisher, _place, publishedAt, speakers) => {
    const doc = makeDocument(BODY, { title, publisher, publishedAt });
    const graph = extractDocument(doc, realDictionaries());
    expect(graph.statements.map((s) => s.speaker).sort()).toEqual(speakers);
  });
});
