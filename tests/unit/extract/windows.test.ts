/**
 * Windows of a large document (src/extract/windows.ts): where cuts fall,
 * and that the windows cover the text exactly once.
 */

import fc from 'fast-check';
import { quoteAt } from '../../../src/extract/core/spans';
import { findQuotes } from '../../../src/extract/stages/02-quotes';
import { findParagraphs } from '../../../src/extract/stages/01-sentences';
import { findCut, findWindows } from '../../../src/extract/large/windows';

describe('findCut', () => {
  const cases: [string, string, number, number, number][] = [
    // [what, text, lo, hi, expected cut]
    ['the latest paragraph after a blank line', 'Aa.\n\nBb.\n\nCc.\n\nDd.', 2, 13, 10],
    ['a blank line of spaces counts', 'Aa.\n  \nBb.', 1, 9, 7],
    ['not before a paragraph that reopens a quote', 'Aa.\n\nBb.\n\n“Cc.', 2, 12, 5],
    ['a line that starts a paragraph of its own', 'Aa.\nBb.\nCc.', 1, 9, 8],
    ['not a line that continues in lower case', 'Aa.\nBb,\ncc.', 1, 10, 4],
    ['in one long line, a word after a sentence end', 'Aa bb. Cc dd ee', 2, 14, 7],
    ['else after any space', 'aa bb cc dd', 1, 10, 9],
    ['not before an opening quote mark', 'aa bb “cc dd', 1, 8, 3],
    ['else the limit itself', 'aaaaaaaaaa', 1, 6, 6],
    ['never inside a surrogate pair', 'aaaaa🙂aaaa', 1, 6, 5],
  ];
  it.each(cases)('%s', (_what, text, lo, hi, expected) => {
    expect(findCut(text, lo, hi)).toBe(expected);
  });
});

describe('findWindows', () => {
  it('keeps a text no longer than one window whole', () => {
    expect(findWindows('One.\n\nTwo.', 100, 10)).toEqual([{ leadStart: 0, start: 0, end: 10 }]);
  });

  it('cuts at paragraphs, with the paragraphs before as lead-in', () => {
    const p = (c: string): string => `${c.repeat(9)}.`;
    const text = [p('a'), p('b'), p('c'), p('d'), p('e')].join('\n\n');
    const windows = findWindows(text, 30, 15);
    expect(windows).toEqual([
      { leadStart: 0, start: 0, end: 24 },
      { leadStart: 12, start: 24, end: 48 },
      { leadStart: 36, start: 48, end: 58 },
    ]);
    expect(text.slice(24, 34)).toBe(p('c'));
  });

  it('never starts a window or its lead-in where a quote continues', () => {
    const text = 'He said: “One.\n\n“Two.\n\n“Three.”\n\nFour.\n\nFive.';
    const windows = findWindows(text, 40, 40);
    expect(windows.map((w) => w.start)).toEqual([0, 33]);
    for (const w of windows) {
      expect(text.charAt(w.start)).not.toBe('“');
      expect(text.charAt(w.leadStart)).not.toBe('“');
    }
  });

  const paragraph = fc
    .array(fc.constantFrom('Word', 'word', '.', ',', ' ', '“', '”', '🙂', '\n'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((xs) => xs.join(''));
  const text = fc
    .array(fc.tuple(paragraph, fc.constantFrom('\n\n', '\n', ' \n \n', '')), { maxLength: 40 })
    .map((ps) => ps.map(([p, sep]) => p + sep).join(''));

  it('covers the text exactly once, in windows of at most the size asked (property)', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 2, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (t, size, lead) => {
          const windows = findWindows(t, size, lead);
          let at = 0;
          for (const w of windows) {
            if (w.start !== at || w.end <= w.start || w.end - w.start > size) return false;
            if (w.leadStart > w.start || w.start - w.leadStart > lead) return false;
            // No window starts between the halves of a surrogate pair.
            const code = t.charCodeAt(w.start);
            if (code >= 0xdc00 && code <= 0xdfff) return false;
            at = w.end;
          }
          return at === t.length;
        },
      ),
      { numRuns: 2_000, seed: 17 },
    );
  });
});

describe('findWindows on texts without blank lines', () => {
  // A wire story wrapped at 72 columns: one block, which findParagraphs reads as one
  // paragraph; a line ending in "." inside the quote is followed by a capitalised one.
  const stanza = (i: number): string[] => [
    `MOSCOW, May ${i} (Wire) - Russian Foreign Minister Sergei Lavrov said`,
    'on Monday that the talks with Washington would go on. He told the',
    'press: "We are ready for a dialogue with the United States of America.',
    'We expect the same from them, and we shall judge them by their deeds.',
    'Nothing else will count for us in these talks," the minister added.',
  ];
  const wire = `${Array.from({ length: 30 }, (_, i) => stanza(i + 1).join('\n')).join('\n')}\n`;

  it('never cuts a hard-wrapped paragraph at a line break inside a quote', () => {
    const paragraphs = findParagraphs(wire);
    expect(paragraphs).toHaveLength(1);
    const quotes = findQuotes(wire, paragraphs);
    expect(quotes).toHaveLength(30);
    // Each quote is about 190 characters: the half of a window searched for a cut is longer.
    for (let size = 420; size <= 1200; size += 37) {
      const windows = findWindows(wire, size, size >> 2);
      expect(windows.length).toBeGreaterThan(1);
      for (const w of windows.slice(1)) {
        expect([size, w.start, quoteAt(quotes, w.start)]).toEqual([size, w.start, -1]);
        // A cut inside the paragraph falls after a sentence end.
        expect(wire.slice(w.start - 2, w.start)).toMatch(/^[.!?]\s$/u);
      }
    }
  });

  // One paragraph per line, lines of very different lengths (not hard-wrapped).
  const lines = Array.from({ length: 40 }, (_, i) =>
    i % 3 === 0
      ? `Item ${i}: the ministers met again.`
      : `Paragraph ${i} tells at some length, and without any quotation, what the two delegations discussed over the day.`,
  );
  const perLine = `${lines.join('\n')}\n`;

  it('cuts one-paragraph-per-line text at paragraph starts, each window with a lead-in', () => {
    const starts = new Set(findParagraphs(perLine).map((p) => p.start));
    expect(starts.size).toBe(40);
    const windows = findWindows(perLine, 600, 200);
    expect(windows.length).toBeGreaterThan(3);
    for (const w of windows.slice(1)) {
      expect(starts.has(w.start)).toBe(true);
      expect(starts.has(w.leadStart)).toBe(true);
      expect(w.leadStart).toBeLessThan(w.start);
    }
  });
});
