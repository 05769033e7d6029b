/** dictionaries/lookups — office holders on a date, a person's offices, publisher ids (src/extract/dictionaries/lookups.ts). */

import { compileDictionaries } from '../../../../src/extract/dictionaries/compile';
import { holdersOn, officesOn, publisherId } from '../../../../src/extract/dictionaries/lookups';
import type { Dictionaries } from '../../../../src/model';
import { compiledMini } from '../fixtures/compiled';
import { miniDictionaries } from '../fixtures/mini-dictionaries';

const dict = compiledMini();

const BLINKEN = 'person:antony-blinken';
const KERRY = 'person:john-kerry';
const LAVROV = 'person:sergei-lavrov';

describe('holdersOn', () => {
  it.each<[string, string | null, string[]]>([
    ['office:us-secretary-of-state', '2021-05-17', [BLINKEN]],
    ['office:us-secretary-of-state', '2015-01-01', [KERRY]],
    // terms include their first and last day
    ['office:us-secretary-of-state', '2021-01-26', [BLINKEN]],
    ['office:us-secretary-of-state', '2025-01-20', [BLINKEN]],
    ['office:us-secretary-of-state', '2017-01-20', [KERRY]],
    ['office:us-secretary-of-state', '2013-02-01', [KERRY]],
    // between two terms, before the first, after the last: nobody
    ['office:us-secretary-of-state', '2018-06-01', []],
    ['office:us-secretary-of-state', '2013-01-31', []],
    ['office:us-secretary-of-state', '2025-01-21', []],
    // an open term goes on
    ['office:russia-foreign-minister', '2030-01-01', [LAVROV]],
    ['office:russia-foreign-minister', '2004-03-08', []],
    // no date: every holder, sorted
    ['office:us-secretary-of-state', null, [BLINKEN, KERRY]],
    // two offices with one title stay apart
    ['office:us-state-spokesperson', '2024-01-01', ['person:matthew-miller']],
    ['office:china-mfa-spokesperson', '2024-01-01', ['person:wang-wenbin']],
    ['office:nowhere', null, []],
  ])('%s on %s', (office, date, expected) => {
    expect(holdersOn(dict, office, date)).toEqual(expected);
  });
});

describe('officesOn', () => {
  it.each<[string, string | null, string[]]>([
    [LAVROV, '2021-05-17', ['office:russia-foreign-minister']],
    [LAVROV, null, ['office:russia-foreign-minister']],
    [BLINKEN, '2015-01-01', []],
    [BLINKEN, null, ['office:us-secretary-of-state']],
    ['person:wang-yi', '2022-12-30', ['office:china-foreign-minister']],
    ['person:wang-yi', '2022-12-31', []],
    ['person:nobody', null, []],
  ])('%s on %s', (actor, date, expected) => {
    expect(officesOn(dict, actor, date).map((t) => t.office)).toEqual(expected);
  });
});

describe('publisherId', () => {
  const withAp: Dictionaries = {
    ...miniDictionaries,
    organizations: [
      ...miniDictionaries.organizations,
      {
        id: 'org:associated-press',
        name: 'Associated Press',
        aliases: ['AP', 'The Associated Press'],
        kind: 'news agency',
        country: 'country:us',
      },
    ],
  };
  const ap = compileDictionaries(withAp);

  it.each<[string | null, string | null]>([
    [null, null],
    ['Interfax', 'org:interfax'],
    // by slug: case, spacing and punctuation do not matter
    ['INTERFAX', 'org:interfax'],
    [' Interfax ', 'org:interfax'],
    ['United Nations', 'org:un'],
    ['UN', 'org:un'],
    ['U.N.', 'org:un'],
    ['AP', 'org:associated-press'],
    ['The Associated Press', 'org:associated-press'],
    ['associated press', 'org:associated-press'],
    // not in the dictionaries: org:<slug>
    ['Reuters', 'org:reuters'],
    ['Agence France-Presse', 'org:agence-france-presse'],
    ['Le Monde diplomatique', 'org:le-monde-diplomatique'],
    // no letter or digit: no id
    ['—', null],
  ])('%j', (publisher, expected) => {
    expect(publisherId(ap, publisher)).toBe(expected);
  });

  it('is per dictionaries: "AP" is no known organisation in the mini dictionaries', () => {
    expect(publisherId(dict, 'AP')).toBe('org:ap');
    expect(publisherId(ap, 'AP')).toBe('org:associated-press');
  });
});
