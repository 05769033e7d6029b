import { findQuotes } from '../../../../src/extract/stages/02-quotes';
import { findParagraphs } from '../../../../src/extract/stages/01-sentences';

function quotes(text: string): [string, boolean][] {
  return findQuotes(text, findParagraphs(text)).map((q) => [text.slice(q.start, q.end), q.closed]);
}

describe('quotes', () => {
  it.each<[string, [string, boolean][]]>([
    ['“Yes,” he said.', [['Yes', true]]],
    ['"Yes," he said.', [['Yes', true]]],
    ['«Oui», dit-il.', [['Oui', true]]],
    [
      '“A,” he said. “B.”',
      [
        ['A', true],
        ['B.', true],
      ],
    ],
    ['He said: “We will see;”', [['We will see', true]]],
    ['It’s Xi’s view.', []],
    ['She called it ‘unworkable’ today.', [['unworkable', true]]],
    ['Its "unworkable and inadequate" positions', [['unworkable and inadequate', true]]],
    ['“Open quote never closed', [['Open quote never closed', false]]],
    ['no quotes at all', []],
    ['“First part\n\n“second part,” he said.', [['First part\n\n“second part', true]]],
    [
      '“First part\n\nA new paragraph. “Other,” he said.',
      [
        ['First part', false],
        ['Other', true],
      ],
    ],
    ['“”', []],
  ])('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('bounds a quote to MAX_QUOTE_PARAGRAPHS paragraphs', () => {
    const text = Array.from({ length: 20 }, () => '“open').join('\n\n');
    const found = findQuotes(text, findParagraphs(text));
    for (const q of found) expect(q.lastParagraph - q.firstParagraph).toBeLessThan(6);
  });
});

/** Stage 2's rules (src/extract/stages/02-quotes.ts, core/quote-marks.ts): which marks open and close a quote, and which must not. */
describe('quote rules', () => {
  it.each<[string, [string, boolean][]]>([
    ['„Ja“, sagte er.', [['Ja', true]]],
    [
      '«Non» et «Oui».',
      [
        ['Non', true],
        ['Oui', true],
      ],
    ],
    ['(“Yes”)', [['Yes', true]]],
    ['He said—"Yes," and left.', [['Yes', true]]],
    // a straight mark after a letter or digit opens nothing
    ['a 12" screen and 15" one', []],
    ['word" quoted', []],
    // ‘ opens only a word after a space or a mark; apostrophes are never quotes
    ['She said ‘no’.', [['no', true]]],
    ['the people‘s choice', []],
    ['rock ’n’ roll', []],
    ['the ‘ sign', []],
    // content trimmed: spaces and a trailing , ; : — a final period stays
    ['“ Yes ” he said.', [['Yes', true]]],
    ['“We will, ” and he left.', [['We will', true]]],
    ['“Yes:”', [['Yes', true]]],
    ['“Yes.”', [['Yes.', true]]],
    ['“,”', []],
    // a quote inside a quote is part of it
    ['“He said ‘no’ twice,” she said.', [['He said ‘no’ twice', true]]],
    // a quote left open continues only into a paragraph reopening with its family
    ['"First part\n\n"second part," he said.', [['First part\n\n"second part', true]]],
    [
      '“First part\n\n«second»',
      [
        ['First part', false],
        ['second', true],
      ],
    ],
    // at most MAX_QUOTE_PARAGRAPHS (6) paragraphs
    [
      '“p1\n\n“p2\n\n“p3\n\n“p4\n\n“p5\n\n“p6\n\n“p7”',
      [
        ['p1\n\n“p2\n\n“p3\n\n“p4\n\n“p5\n\n“p6', false],
        ['p7', true],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string, number[]]>([
    ['“Yes,” he said.', [1]],
    ['“We will see what happens,” he said.', [5]],
    ['“Non-nuclear states”', [3]],
  ])('words in %j', (text, expected) => {
    expect(findQuotes(text, findParagraphs(text)).map((q) => q.words)).toEqual(expected);
  });
});
