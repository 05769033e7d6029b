import { findParagraphs, findSentences } from '../../../../src/extract/stages/01-sentences';

function sentences(text: string): string[] {
  return findSentences(text, findParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

function paragraphs(text: string): string[] {
  return findParagraphs(text).map((p) => text.slice(p.start, p.end));
}

describe('sentences', () => {
  it.each<[string, string[]]>([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Lavrov spoke. He left.', ['Mr. Lavrov spoke.', 'He left.']],
    ['Gen. Smith and Dr. Jones met.', ['Gen. Smith and Dr. Jones met.']],
    ['The U.S. Secretary of State arrived.', ['The U.S. Secretary of State arrived.']],
    ['He met the U.S. envoy. The talks began.', ['He met the U.S. envoy.', 'The talks began.']],
    ['It was sent to the U.S. The reply came.', ['It was sent to the U.S.', 'The reply came.']],
    ['Secretary Antony J. Blinken met Wang Yi.', ['Secretary Antony J. Blinken met Wang Yi.']],
    ['At 12:10 p.m. for 45 minutes. Then lunch.', ['At 12:10 p.m. for 45 minutes.', 'Then lunch.']],
    ['At 2 p.m. The meeting ended.', ['At 2 p.m.', 'The meeting ended.']],
    [
      'He said "no breakthrough today." Talks go on.',
      ['He said "no breakthrough today."', 'Talks go on.'],
    ],
    ['Why? Because. Really!', ['Why?', 'Because.', 'Really!']],
    ['  1. The two leaders met. They talked.', ['1. The two leaders met.', 'They talked.']],
    ['Joseph R. Biden, Jr. spoke with him.', ['Joseph R. Biden, Jr. spoke with him.']],
    ['version 2.5 is out', ['version 2.5 is out']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['A.\n\nB.', ['A.', 'B.']],
    ['A.\nB.', ['A.', 'B.']],
    [
      'Press Statement\nJohn Kerry\nSecretary of State',
      ['Press Statement', 'John Kerry', 'Secretary of State'],
    ],
    ['the talks were\ncontinued later.', ['the talks were\ncontinued later.']],
    [
      'This line is long enough to look like hard wrapping of prose\ntext that continues on the next line in the same way as\nthe previous ones did, ending here.',
      [
        'This line is long enough to look like hard wrapping of prose\ntext that continues on the next line in the same way as\nthe previous ones did, ending here.',
      ],
    ],
    ['\n\n  \n', []],
  ])('paragraphs %j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  it('offsets point into the text', () => {
    const text = 'First one.  Second one!\n\nThird?';
    for (const s of findSentences(text, findParagraphs(text))) {
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    }
  });
});
