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

/** Stage 1's rules (src/extract/stages/01-sentences.ts header): where a sentence ends, and where it must not. */
describe('sentence rules', () => {
  it.each<[string, string[]]>([
    // title abbreviations never end a sentence
    ['Mrs. Smith met Prof. Jones. They spoke.', ['Mrs. Smith met Prof. Jones.', 'They spoke.']],
    ['Amb. Power and Sen. Kerry spoke.', ['Amb. Power and Sen. Kerry spoke.']],
    // initials
    ['H.E. Mr. Li arrived.', ['H.E. Mr. Li arrived.']],
    // a dotted abbreviation before a word that opens no sentence
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['Washington, D.C. The talks began.', ['Washington, D.C.', 'The talks began.']],
    // other abbreviations end a sentence only before a sentence opener
    ['On Jan. 5 they met.', ['On Jan. 5 they met.']],
    ['They met in Jan. The talks failed.', ['They met in Jan.', 'The talks failed.']],
    ['See art. 5 of the Charter.', ['See art. 5 of the Charter.']],
    ['It was Acme Co. Ltd that signed.', ['It was Acme Co. Ltd that signed.']],
    // a lower-case word, or no space, after the period: no end
    ['He left. then he came back.', ['He left. then he came back.']],
    ['He left.She came.', ['He left.She came.']],
    // a number after a period, or a list number inside a paragraph, does end one
    ['We agreed on item 1. The rest waits.', ['We agreed on item 1.', 'The rest waits.']],
    ['He won 2.5 percent. 3 others lost.', ['He won 2.5 percent.', '3 others lost.']],
    // ellipses and runs of marks
    ['Wait... What?', ['Wait...', 'What?']],
    ['It ended… Then talks.', ['It ended…', 'Then talks.']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    // closing marks stay with their sentence; an opening mark starts the next
    ['He asked: "Why?" She replied.', ['He asked: "Why?"', 'She replied.']],
    ['Talks ended. “We will see,” he said.', ['Talks ended.', '“We will see,” he said.']],
    ['Talks ended. (Applause.) He left.', ['Talks ended.', '(Applause.)', 'He left.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Title\nThe text.', ['Title', 'The text.']],
    // a line that continues in upper case is a new paragraph
    ['The talks were held in\nMoscow today.', ['The talks were held in', 'Moscow today.']],
    // a line ending in a terminal mark is not continued, even in lower case
    ['He said:\nthe talks go on.', ['He said:', 'the talks go on.']],
    ['A.\r\nB.', ['A.', 'B.']],
    ['- first\n- second', ['- first', '- second']],
    // two long lines are no hard-wrapped block (three at least)
    [
      'This line is long enough to look like hard wrapping of prose\nA second line that is also long enough to be wrapped text.',
      [
        'This line is long enough to look like hard wrapping of prose',
        'A second line that is also long enough to be wrapped text.',
      ],
    ],
    // list items are never joined as a hard-wrapped block
    [
      '1. The first item of a list that is long enough to count as wrap\n2. The second item of a list that is long enough to count too\n3. The third item.',
      [
        '1. The first item of a list that is long enough to count as wrap',
        '2. The second item of a list that is long enough to count too',
        '3. The third item.',
      ],
    ],
  ])('paragraphs %j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });
});
