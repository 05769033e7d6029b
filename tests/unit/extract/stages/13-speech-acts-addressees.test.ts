/**
 * Stage 13 — addressees (src/extract/stages/13-speech-acts/addressees.ts): who a statement
 * is directed at, resolved to the document's people, countries and organisations.
 */

import { extractDocument } from '../../../../src/extract';
import type { DocumentGraph } from '../../../../src/model';
import { makeDocument } from '../fixtures/make-document';
import { realDictionaries } from '../fixtures/real-dictionaries';

function graphOf(text: string): DocumentGraph {
  return extractDocument(makeDocument(text, { publishedAt: '2021-05-17' }), realDictionaries());
}

/** Addressees of each statement, in order. */
function addresseesOf(text: string): string[][] {
  return graphOf(text).statements.map((s) => s.addressees);
}

describe('addressees', () => {
  it.each<[string, string[][]]>([
    // An address verb and the name after it; capitals stand for their country.
    ['Lavrov urged Washington to lift the measures.', [['country:us']]],
    ['Blinken called on Moscow and Kyiv to talk.', [['country:ru', 'country:ua']]],
    ['Lavrov told Blinken that the talks matter.', [['person:antony-blinken']]],
    ['Lavrov asked the United States to explain its position.', [['country:us']]],
    ['Lavrov warned Berlin and Paris that the talks could fail.', [['country:de', 'country:fr']]],
    // In the speaker's own words.
    ['Lavrov said that we appeal to Beijing to help.', [['country:cn']]],
    ['Lavrov said that we call on the United States to act.', [['country:us']]],
    // A country and an address noun.
    ['Lavrov said that our American partners must listen.', [['country:us']]],
    ['Lavrov said that the US side must listen.', [['country:us']]],
    // The one other country a demand, condition or warning names.
    ['Lavrov said that US calls will be judged not by words but by deeds.', [['country:us']]],
    // Else the one other country of the document.
    [
      'Lavrov said that the United States is wrong. He said that everything must be on the table.',
      [[], ['country:us']],
    ],
  ])('%s', (text, expected) => {
    expect(addresseesOf(text)).toEqual(expected);
  });

  it.each<string>([
    // Naming is not addressing.
    'Lavrov said that Washington was familiar with the approach.',
    // Nobody the dictionaries know.
    'Lavrov told reporters that the talks matter.',
    'Lavrov warned the West that the talks could fail.',
    // The speaker's own country is never the fallback.
    'Lavrov said that Russia must be respected.',
    // An assertion gets no fallback.
    'Lavrov said that the United States held talks.',
    // Two other countries: no telling which.
    'Lavrov said that China and the United States must talk.',
  ])('none: %s', (text) => {
    expect(addresseesOf(text)).toEqual([[]]);
  });

  it('the other side of a meeting of two, unless the statement speaks of them', () => {
    const text =
      'Secretary Blinken met Foreign Minister Lavrov in Reykjavik on Thursday. ' +
      'The Secretary underscored the importance of dialogue. ' +
      'Blinken said that he held talks with Lavrov.';
    const graph = graphOf(text);
    const byText = Object.fromEntries(graph.statements.map((s) => [s.text, s.addressees]));
    expect(byText['the importance of dialogue']).toEqual(['person:sergei-lavrov']);
    expect(byText['he held talks with Lavrov']).toEqual([]);
  });

  it('a country named only by its people joins the graph, without mentions', () => {
    const graph = graphOf('Lavrov said that Blinken must act.');
    expect(graph.statements[0]?.addressees).toEqual(['country:us']);
    expect(graph.entities.find((e) => e.id === 'country:us')).toMatchObject({
      type: 'Country',
      iso2: 'US',
      mentions: [],
    });
  });

  it('is never the speaker', () => {
    expect(addresseesOf('Lavrov told Lavrov that the talks matter.')).toEqual([[]]);
  });
});
