/**
 * Issue #10, classes 1–4 (name variants and unknown people, roles as subjects,
 * author statements, group authors): one table per rule, negative cases included.
 */

import { extractDocument } from '../../../../src/extract';
import type { DocumentGraph, SourceDocument } from '../../../../src/model';
import { foldName } from '../../../../src/extract/dictionaries/fold';
import { tokenize, textAt } from '../../../../src/extract/core/tokens';
import { makeDocument } from '../fixtures/make-document';
import { realDictionaries } from '../fixtures/real-dictionaries';
import { extract, statementsOf } from '../fixtures/run';

function real(text: string, overrides: Partial<SourceDocument> = {}): DocumentGraph {
  return extractDocument(makeDocument(text, overrides), realDictionaries());
}

function peopleOf(graph: DocumentGraph): string[] {
  return graph.entities
    .filter((e) => e.type === 'Person')
    .map((e) => e.id)
    .sort();
}

function speakersOf(graph: DocumentGraph): string[] {
  return graph.statements.map((s) => s.speaker);
}

describe('an invented diplomat (no dictionary knows him)', () => {
  const text =
    'Ambassador Karel Vondrasek met the press in New York on Monday. ' +
    '“We will not accept any delay,” Vondrasek said. ' +
    'He said that his country would present a draft resolution. ' +
    'The ambassador added that the vote should take place next week.';

  it('is one person with a stable id, quoted, reported and referred to by "he" and "the ambassador"', () => {
    const graph = extract(text);
    expect(peopleOf(graph)).toEqual(['person:karel-vondrasek']);
    expect(statementsOf(graph)).toEqual([
      ['person:karel-vondrasek', 'direct', 'said', 'We will not accept any delay'],
      [
        'person:karel-vondrasek',
        'indirect',
        'said',
        'his country would present a draft resolution',
      ],
      ['person:karel-vondrasek', 'indirect', 'added', 'the vote should take place next week'],
    ]);
  });

  it('keeps the same id in another document', () => {
    const other = extract('Ambassador Karel Vondrasek said that talks will resume.');
    expect(speakersOf(other)).toEqual(['person:karel-vondrasek']);
  });
});

describe('name variants (transliteration folding)', () => {
  it.each<[string, string]>([
    ['Sergey', 'sergei'],
    ['Aleksey', 'alexei'],
    ['Alexei', 'alexei'],
    ['Zelenskyy', 'zelenski'],
    ['Zelensky', 'zelenski'],
    ['François', 'francois'],
    ['Dmitry', 'dmitri'],
  ])('%s folds to %s', (word, folded) => {
    expect(foldName(word)).toBe(folded);
  });

  it.each<[string, string[]]>([
    ['Sergej Lavrov said that Russia would decide.', ['person:sergei-lavrov']],
    ['Zelenskiy said that Ukraine is ready for talks.', ['person:volodymyr-zelenskyy']],
    ['President Zelenskyi said that the war must stop.', ['person:volodymyr-zelenskyy']],
    ['Francois Hollande said that France would help.', ['person:francois-hollande']],
    ['Antony J. Blinken said that talks matter.', ['person:antony-blinken']],
    // A person the text introduces wins over a dictionary surname that folds alike.
    [
      'General Mark Milley arrived. General Milley said that the forces are ready.',
      ['person:mark-milley'],
    ],
  ])('%j', (text, speakers) => {
    expect(speakersOf(real(text, { publishedAt: '2022-03-10' }))).toEqual(speakers);
  });

  it('makes no malformed second person', () => {
    const graph = real('Sergey Lavrov spoke. Then Lavrov said that Russia would decide.', {
      publishedAt: '2022-03-10',
    });
    expect(peopleOf(graph)).toEqual(['person:sergei-lavrov']);
  });
});

describe('names with an apostrophe', () => {
  it.each<[string, string[]]>([
    ['Seán O’Duffy', ['Seán', 'O’Duffy']],
    ["D'Alema", ["D'Alema"]],
    ['Lavrov’s', ['Lavrov', '’', 's']],
  ])('%j tokenises as %j', (text, words) => {
    const t = tokenize(text);
    const out: string[] = [];
    for (let i = 0; i < t.count; i++) out.push(textAt(t, i));
    expect(out).toEqual(words);
  });

  it('keeps the whole surname in the id', () => {
    const graph = extract('Ambassador Seán O’Duffy said that Ireland supports the talks.');
    expect(speakersOf(graph)).toEqual(['person:sean-o-duffy']);
  });
});

describe('unknown people with their titles', () => {
  it.each<[string, string[]]>([
    [
      'The Special Envoy of the Secretary-General for Yemen, Martin Griffiths, arrived. ' +
        'Mr. Griffiths said that a political solution is the only way.',
      ['person:martin-griffiths'],
    ],
    [
      'The Hon Alexander Downer MP, Australian Minister for Foreign Affairs, and the Hon Phil Goff, ' +
        'New Zealand Minister of Foreign Affairs and Trade, met in Adelaide. ' +
        'Mr Downer said that Australia would help. Mr Goff noted the contribution of New Zealand.',
      ['person:alexander-downer', 'person:phil-goff'],
    ],
  ])('%j', (text, speakers) => {
    expect(speakersOf(real(text, { publishedAt: '2002-03-04' }))).toEqual(speakers);
  });

  it('reads the byline of an author the dictionaries do not know', () => {
    const text =
      'MEDIA RELEASE\n\nAlexander Downer\nMinister for Foreign Affairs\n\n' +
      'I met New Zealand Foreign Minister Phil Goff in Adelaide today for our regular talks.\n\n' +
      'We discussed the Pacific Islands Forum and the situation in the Solomon Islands.';
    const graph = real(text, {
      publishedAt: '2002-03-04',
      publisher: 'Department of Foreign Affairs and Trade',
    });
    expect(graph.statements.filter((s) => s.verb === 'stated').map((s) => s.speaker)).toEqual([
      'person:alexander-downer',
      'person:alexander-downer',
    ]);
  });
});

describe('roles as subjects', () => {
  it.each<[string, string, string, string[]]>([
    // Nobody in the text holds the role: the one such office of the publisher or of what the text names.
    [
      'The Secretary-General said that the war must end.',
      'United Nations',
      '2022-02-24',
      ['person:antonio-guterres'],
    ],
    [
      'The United Nations is concerned. The Secretary-General said that the war must end.',
      'Some Newspaper',
      '2022-02-24',
      ['person:antonio-guterres'],
    ],
    // Several such offices and nothing to choose between them: nobody, never a made-up person.
    ['The Secretary-General said that the war must end.', 'Some Newspaper', '2022-02-24', []],
  ])('%j (%s)', (text, publisher, publishedAt, speakers) => {
    expect(speakersOf(real(text, { publisher, publishedAt }))).toEqual(speakers);
  });

  it.each<[string, [string, string, string, string][]]>([
    [
      "Sergei Lavrov met Antony Blinken. The Secretary welcomed the Foreign Minister's statement that Russia is ready.",
      [
        [
          'person:antony-blinken',
          'indirect',
          'welcomed',
          "the Foreign Minister's statement that Russia is ready",
        ],
        ['person:sergei-lavrov', 'indirect', 'statement', 'Russia is ready'],
      ],
    ],
    // Without a possessive, "statement that" is a relative clause.
    ['The joint statement that was issued later was short.', []],
  ])('%j', (text, expected) => {
    expect(statementsOf(real(text, { publishedAt: '2021-05-17' }))).toEqual(expected);
  });

  it("an unknown name after a title is never the publisher's office holder", () => {
    const text =
      'SECRETARY AUSTIN: Good afternoon. We continue to support Ukraine.\n\nQ: What next?';
    const graph = real(text, {
      publisher: 'U.S. Department of Defense',
      publishedAt: '2022-03-29',
    });
    expect(speakersOf(graph)).toEqual([]);
  });

  it('"the U.S. officials" and "the Ukrainian side" are each country\'s people', () => {
    const text =
      'Today, National Security Advisor Jake Sullivan and Secretary of State Antony Blinken spoke with ' +
      'Foreign Minister Dmytro Kuleba. The U.S. officials reaffirmed their support for Ukraine. ' +
      'The Ukrainian side stressed the need for air defence.';
    expect(statementsOf(real(text, { publishedAt: '2022-03-29' })).sort()).toEqual([
      ['person:antony-blinken', 'indirect', 'reaffirmed', 'their support for Ukraine'],
      ['person:dmytro-kuleba', 'indirect', 'stressed', 'the need for air defence'],
      ['person:jake-sullivan', 'indirect', 'reaffirmed', 'their support for Ukraine'],
    ]);
  });
});

describe('group authors', () => {
  const g7 =
    'We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and ' +
    'the United States of America, and the High Representative of the European Union, condemn the ' +
    'fighting in Sudan.\n\nWe call on the parties to end hostilities immediately.\n\n' +
    'We urge all actors to renounce violence and to return to talks.';

  it('"We, the G7 Foreign Ministers of …, and the High Representative …" is every member, each paragraph once', () => {
    const graph = real(g7, {
      publishedAt: '2023-04-18',
      title: "G7 Foreign Ministers' Statement on Sudan",
    });
    const members = [
      'person:annalena-baerbock',
      'person:antonio-tajani',
      'person:antony-blinken',
      'person:catherine-colonna',
      'person:james-cleverly',
      'person:josep-borrell',
      'person:melanie-joly',
      'person:yoshimasa-hayashi',
    ];
    expect([...new Set(speakersOf(graph))].sort()).toEqual(members);
    // Three paragraphs, one statement each per member: "condemn" is the paragraph, not a second one.
    expect(graph.statements).toHaveLength(3 * members.length);
    expect(graph.statements.every((s) => s.kind === 'direct' && s.verb === 'stated')).toBe(true);
  });
});
