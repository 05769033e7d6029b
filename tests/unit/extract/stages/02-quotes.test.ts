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
