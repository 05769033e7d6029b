import { extract, statementsOf } from './fixtures/run';

const L = 'person:sergei-lavrov';
const B = 'person:antony-blinken';

describe('attribution', () => {
  it.each<[string, [string, string, string, string][]]>([
    // quotes, attribution after
    ['Sergei Lavrov spoke.\n\n“We will see,” he said.', [[L, 'direct', 'said', 'We will see']]],
    ['“We will see,” Lavrov said.', [[L, 'direct', 'said', 'We will see']]],
    ['“We will see,” said Sergei Lavrov.', [[L, 'direct', 'said', 'We will see']]],
    ['"We will see," the Russian Foreign Minister said.', [[L, 'direct', 'said', 'We will see']]],
    // broken quote
    [
      '“First part,” Lavrov said. “Second part.”',
      [
        [L, 'direct', 'said', 'First part'],
        [L, 'direct', 'said', 'Second part.'],
      ],
    ],
    // attribution before
    ['Sergei Lavrov said: “We will see.”', [[L, 'direct', 'said', 'We will see.']]],
    ['Sergei Lavrov said,\n“We will see.”', [[L, 'direct', 'said', 'We will see.']]],
    ['Lavrov stressed that “talks matter.”', [[L, 'direct', 'stressed', 'talks matter.']]],
    // quote spanning paragraphs
    [
      'Lavrov said: “One thing.\n\n“Another thing.”',
      [[L, 'direct', 'said', 'One thing.\n\n“Another thing.']],
    ],
    // reported speech
    [
      'Sergei Lavrov said on Monday that Russia will act.',
      [[L, 'indirect', 'said', 'Russia will act']],
    ],
    [
      'Russia will act, Sergei Lavrov said on Monday.',
      [[L, 'indirect', 'said', 'Russia will act']],
    ],
    ['According to Lavrov, Russia will act.', [[L, 'indirect', 'according to', 'Russia will act']]],
    [
      'Lavrov noted that he had mentioned this.',
      [[L, 'indirect', 'noted', 'he had mentioned this']],
    ],
    ['Lavrov told reporters that Russia will act.', [[L, 'indirect', 'told', 'Russia will act']]],
    ['Lavrov said Russia will act.', [[L, 'indirect', 'said', 'Russia will act']]],
    [
      'Secretary Blinken met Lavrov. The Secretary underscored the importance of dialogue.',
      [[B, 'indirect', 'underscored', 'the importance of dialogue']],
    ],
    // collective
    [
      'Antony Blinken and Sergei Lavrov spoke. They reiterated their commitment to talks.',
      [
        [B, 'indirect', 'reiterated', 'their commitment to talks'],
        [L, 'indirect', 'reiterated', 'their commitment to talks'],
      ],
    ],
    // speaker labels
    [
      'SERGEI LAVROV: Good afternoon.\n\nWe will see.\n\nQUESTION: Will you?\n\nMR BLINKEN: Yes.',
      [
        [L, 'direct', 'said', 'Good afternoon.'],
        [L, 'direct', 'said', 'We will see.'],
        [B, 'direct', 'said', 'Yes.'],
      ],
    ],
    // negatives
    ['The so-called “reset” failed.', []],
    ['Russia said it will act.', []],
    ['Someone said that Russia will act.', []],
    ['“We will see,” he said.', []],
    ['The below is attributable to Spokesperson Matthew Miller:\n\nThe talks went well.', []],
    ['He said.', []],
  ])('%j', (text, expected) => {
    expect(statementsOf(extract(text))).toEqual(expected);
  });

  it('pronouns follow the most recent compatible subject, not quoted names', () => {
    const text = 'Sergei Lavrov spoke. “I met Blinken,” he said. He added that talks matter.';
    expect(statementsOf(extract(text)).map((s) => s[0])).toEqual([L, L]);
  });

  it('confidence reflects how the speaker was resolved', () => {
    const text =
      'Sergei Lavrov said that talks matter. He added that time is short. The minister said that all is well.';
    expect(extract(text).statements.map((s) => s.confidence)).toEqual([0.95, 0.75, 0.85]);
  });

  it('bylined statements: each body paragraph is stated by the author', () => {
    const text =
      'Press Statement\nSamantha Power\nPermanent Representative\nNew York, NY\nJuly 14, 2015\n\n' +
      'Today the United States reached a historic deal that addresses our concerns.\n\n' +
      'I look forward to working with my colleagues in the Security Council on this.';
    const graph = extract(text, { publishedAt: '2015-07-14' });
    expect(statementsOf(graph).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['person:samantha-power', 'direct', 'stated'],
      ['person:samantha-power', 'direct', 'stated'],
    ]);
  });
});
