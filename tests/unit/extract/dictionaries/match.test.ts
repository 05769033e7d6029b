/**
 * dictionaries/match — leftmost-longest trie matching with per-token case rules
 * (src/extract/dictionaries/match.ts, README "Dictionaries are compiled once").
 */

import { matchTrie } from '../../../../src/extract/dictionaries/match';
import { tokenize } from '../../../../src/extract/core/tokens';
import { compiledMini } from '../fixtures/compiled';

const dict = compiledMini();

/** Each match as its payload types (joined, de-duplicated) = its text. */
function named(text: string, from?: number, to?: number): string[] {
  const t = tokenize(text);
  return matchTrie(t, dict.named, from, to).map(
    (m) => `${[...new Set(m.payloads.map((p) => p.type))].join('+')}=${text.slice(m.start, m.end)}`,
  );
}

function topics(text: string, plurals: boolean): string[] {
  const t = tokenize(text);
  return matchTrie(t, dict.topics, 0, t.count, plurals).map((m) => text.slice(m.start, m.end));
}

describe('matchTrie over the named trie', () => {
  it.each<[string, string[]]>([
    ['Sergei Lavrov', ['person=Sergei Lavrov']],
    // an alias written with capitals needs capitals in the text
    ['sergei lavrov', []],
    ['SERGEI LAVROV', ['person=SERGEI LAVROV']],
    ['US', ['country=US']],
    ['us', []],
    ['Us', []],
    ['the power of words', []],
    // roles match in any case
    ['the Foreign Minister', ['role=Foreign Minister']],
    ['FOREIGN MINISTER', ['role=FOREIGN MINISTER']],
    // leftmost-longest
    ['Sergey Viktorovich Lavrov', ['person=Sergey Viktorovich Lavrov']],
    ['Washington, D.C.', ['place=Washington, D.C.']],
    ['Interfax (Interfax)', ['org=Interfax', 'org=Interfax']],
    // typographic apostrophes are folded
    ['People’s Republic of China', ['country=People’s Republic of China']],
    // a bracketed particle is part of the match, a parenthesised context is not
    ['called for talks', ['verb=called for']],
    ['shared the view', ['verb=shared']],
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each<[string, number | undefined, number | undefined, string[]]>([
    ['Sergei Lavrov said', 1, undefined, ['surname=Lavrov', 'verb=said']],
    ['Sergei Lavrov said', 0, 1, []],
    ['Sergei Lavrov said', 0, 2, ['person=Sergei Lavrov']],
  ])('%j over tokens [%s, %s)', (text, from, to, expected) => {
    expect(named(text, from, to)).toEqual(expected);
  });
});

describe('matchTrie over the topics trie', () => {
  it.each<[string, boolean, string[]]>([
    // topic mode: a plural matches a singular alias …
    ['embargos', true, ['embargos']],
    ['embargos', false, []],
    // … and matches may overlap
    ['bilateral and global issues', true, ['bilateral and global issues', 'global issues']],
    ['bilateral and global issues', false, ['bilateral and global issues']],
    ['abnormalisation', true, []],
  ])('%j (plurals %s)', (text, plurals, expected) => {
    expect(topics(text, plurals)).toEqual(expected);
  });
});
