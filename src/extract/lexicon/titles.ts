/** Title and role words: titles before a name, role heads, group nouns, leaders, counterparts. */

import { set } from './word-set';

/** Generic title words that may precede a personal name ("Director Wang", "Premier Li"). */
export const TITLE_WORDS = [
  'president',
  'vice president',
  'prime minister',
  'premier',
  'vice premier',
  'chancellor',
  'minister',
  'foreign minister',
  'deputy foreign minister',
  'deputy minister',
  'secretary',
  'secretary of state',
  'secretary-general',
  'deputy secretary-general',
  'under secretary',
  'assistant secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'press secretary',
  'director',
  'director general',
  'director-general',
  'chairman',
  'chairwoman',
  'chair',
  'general secretary',
  'ambassador',
  'envoy',
  'special envoy',
  'representative',
  'high representative',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'crown prince',
  'prince',
  'emir',
  'sheikh',
  'general',
  'gen.',
  'lt. gen.',
  'maj. gen.',
  'brig. gen.',
  'admiral',
  'adm.',
  'commissioner',
  'adviser',
  'advisor',
  'national security adviser',
  'national security advisor',
  'counselor',
  'member',
  'war cabinet member',
  'leader',
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'h.e',
  'hon',
  'hon.',
] as const;

/** Title words that name an office-holder's role (not mere honorifics). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'h . e .',
  'h . e',
  'honorable',
  'honourable',
  'hon',
  'hon.',
  'hon .',
]);

/** Words a role phrase may use as head when it stands alone ("the minister", "The Secretary"). */
export const ROLE_HEADS = set(`
  president premier chancellor minister secretary spokesperson spokesman spokeswoman director
  chairman ambassador envoy representative senator governor king queen leader
`);

/** Plural role nouns that name a group ("the two Presidents", "the leaders"). */
export const GROUP_NOUNS = set(`
  presidents leaders ministers sides parties secretaries premiers chancellors delegations
`);

/** Nouns for one country's people in a meeting ("the U.S. officials", "the Ukrainian side"). */
export const SIDE_NOUNS = set(`officials side delegation delegations`);

/** Numerals and quantifiers inside group phrases ("the two leaders", "both sides"). */
export const GROUP_QUANTIFIERS = set(`two three four five both all`);

/** Group sizes the quantifiers give ("the two leaders" is a group of two). */
export const GROUP_SIZES: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['both', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/**
 * The leader of a country, as summit declarations mean it ("We, the leaders
 * of Japan, China and Korea"): the holder of the office with the first of
 * these role phrases the country has.
 */
export const LEADER_OFFICE_ROLES = ['head of government', 'head of state'];

/** Role words that make someone a "leader" (of a country or an organisation). */
export const LEADER_ROLES = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'supreme leader',
  'head of state',
  'head of government',
  'chairman',
];

/**
 * Roles every member of a group noun holds ("the two Presidents" are
 * presidents): `exact` compares whole role phrases (a Vice President is no
 * president), otherwise a role phrase containing the word is enough (a
 * Foreign Minister is a minister).
 */
export const GROUP_NOUN_ROLES: ReadonlyMap<string, { roles: readonly string[]; exact: boolean }> =
  new Map([
    ['presidents', { roles: ['president', 'head of state'], exact: true }],
    ['leaders', { roles: LEADER_ROLES, exact: true }],
    ['premiers', { roles: ['premier', 'prime minister'], exact: true }],
    ['chancellors', { roles: ['chancellor'], exact: true }],
    ['ministers', { roles: ['minister', 'secretary', 'high representative'], exact: false }],
    ['secretaries', { roles: ['secretary'], exact: false }],
  ]);

/** Determiners of "counterpart" ("his Iranian counterpart"). */
export const COUNTERPART_DETERMINERS = set(`his her their its our my the`);
