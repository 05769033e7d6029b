/** dictionaries/roles — role and group-noun fits (src/extract/dictionaries/roles.ts). */

import {
  fitsGroupNoun,
  officeHasRole,
  personHoldsRole,
} from '../../../../src/extract/dictionaries/roles';
import { compiledMini } from '../fixtures/compiled';

const dict = compiledMini();

describe('officeHasRole (whole words of a role phrase or the title)', () => {
  it.each<[string, string, boolean]>([
    ['office:russia-foreign-minister', 'minister', true],
    ['office:russia-foreign-minister', 'foreign minister', true],
    ['office:russia-foreign-minister', 'foreign', true],
    ['office:russia-foreign-minister', 'foreign affairs', true],
    // part of a word is not a role
    ['office:russia-foreign-minister', 'mini', false],
    ['office:russia-foreign-minister', 'ministers', false],
    ['office:russia-foreign-minister', 'president', false],
    ['office:us-secretary-of-state', 'secretary', true],
    ['office:us-secretary-of-state', 'secretary of state', true],
    ['office:us-president', 'president', true],
    // from the title "President of the United States"
    ['office:us-president', 'united states', true],
    ['office:us-president', 'vice president', false],
    ['office:china-foreign-minister', 'director', true],
    ['office:us-un-ambassador', 'permanent representative', true],
    ['office:us-un-ambassador', 'ambassador', false],
    ['office:nowhere', 'minister', false],
  ])('%s has %j → %s', (office, role, expected) => {
    expect(officeHasRole(dict, office, role)).toBe(expected);
  });
});

describe('fitsGroupNoun', () => {
  it.each<[string, string, string | null, boolean]>([
    ['person:vladimir-putin', 'presidents', '2021-05-17', true],
    ['person:joe-biden', 'presidents', '2021-05-17', true],
    ['person:sergei-lavrov', 'presidents', '2021-05-17', false],
    ['person:sergei-lavrov', 'ministers', '2021-05-17', true],
    // a Secretary of State is one of "the ministers"
    ['person:antony-blinken', 'ministers', '2021-05-17', true],
    ['person:antony-blinken', 'secretaries', '2021-05-17', true],
    // not in office on the date: no fit
    ['person:antony-blinken', 'ministers', '2015-01-01', false],
    ['person:john-kerry', 'secretaries', null, true],
    ['person:vladimir-putin', 'leaders', '2021-05-17', true],
    ['person:sergei-lavrov', 'leaders', '2021-05-17', false],
    ['person:wang-wenbin', 'ministers', '2021-05-17', false],
    ['person:samantha-power', 'secretaries', '2015-01-01', false],
    // people the dictionaries do not know fit any group
    ['person:ivan-petrov', 'presidents', '2021-05-17', true],
    // a noun with no roles: everyone fits
    ['person:wang-wenbin', 'officials', '2021-05-17', true],
  ])('%s among %s on %s → %s', (person, noun, date, expected) => {
    expect(fitsGroupNoun(dict, person, noun, date)).toBe(expected);
  });
});

describe('personHoldsRole', () => {
  it.each<[string, string, string | null, boolean]>([
    ['person:sergei-lavrov', 'minister', '2021-05-17', true],
    ['person:sergei-lavrov', 'secretary', '2021-05-17', false],
    ['person:antony-blinken', 'secretary', '2015-01-01', false],
    ['person:john-kerry', 'secretary', '2015-01-01', true],
    ['person:samantha-power', 'representative', '2015-01-01', true],
    ['person:wang-yi', 'director', '2023-01-01', false],
    ['person:wang-yi', 'director', null, true],
    ['person:ivan-petrov', 'minister', null, false],
  ])('%s holds %j on %s → %s', (person, role, date, expected) => {
    expect(personHoldsRole(dict, person, role, date)).toBe(expected);
  });
});
