import { extract, statementsOf } from '../fixtures/run';

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
    // readout verbs, object phrases and collective subjects
    [
      'Antony Blinken met Sergei Lavrov. They addressed a range of issues that affect people.',
      [
        [B, 'indirect', 'addressed', 'a range of issues that affect people'],
        [L, 'indirect', 'addressed', 'a range of issues that affect people'],
      ],
    ],
    [
      'Joe Biden spoke with Vladimir Putin. The leaders discussed arms control.',
      [
        ['person:joe-biden', 'indirect', 'discussed', 'arms control'],
        ['person:vladimir-putin', 'indirect', 'discussed', 'arms control'],
      ],
    ],
    [
      'Joe Biden met Vladimir Putin. The two Presidents reaffirm their commitment to talks.',
      [
        ['person:joe-biden', 'indirect', 'reaffirm', 'their commitment to talks'],
        ['person:vladimir-putin', 'indirect', 'reaffirm', 'their commitment to talks'],
      ],
    ],
    [
      'Antony Blinken and Sergei Lavrov met. The two leaders coordinated closely and shared the view that talks matter.',
      [
        [B, 'indirect', 'shared', 'talks matter'],
        [L, 'indirect', 'shared', 'talks matter'],
      ],
    ],
    [
      'Lavrov expressed his view that talks matter.',
      [[L, 'indirect', 'expressed', 'talks matter']],
    ],
    [
      'Lavrov reaffirmed his conviction that talks matter.',
      [[L, 'indirect', 'reaffirmed', 'his conviction that talks matter']],
    ],
    [
      'Lavrov called for good faith on both sides.',
      [[L, 'indirect', 'called', 'good faith on both sides']],
    ],
    [
      'Lavrov conceded that "significant gaps" remain before a deal.',
      [[L, 'indirect', 'conceded', '"significant gaps" remain before a deal']],
    ],
    [
      'Lavrov expressed gratitude to Blinken, and he explained the background of the issue.',
      [
        [
          L,
          'indirect',
          'expressed',
          'gratitude to Blinken, and he explained the background of the issue',
        ],
      ],
    ],
    [
      'Sergei Lavrov made a remark indicating that he will raise the issue.',
      [[L, 'indirect', 'indicating', 'he will raise the issue']],
    ],
    ['Their shared conviction matters.', []],
    ['Lavrov shared a meal with Blinken.', []],
    ['Lavrov discussed.', []],
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

  it('a quote that opens with its verb is its speaker’s', () => {
    const text =
      'In the statement, Sergei Lavrov, quote, "reaffirmed his commitment to dialogue." Talks go on.';
    expect(statementsOf(extract(text))).toEqual([
      [L, 'direct', 'reaffirmed', 'reaffirmed his commitment to dialogue.'],
    ]);
  });

  it('first-person remarks without byline: the author is the one person named by office only', () => {
    const text =
      'Speaking as the Russian Foreign Minister, I want to be clear about the course we have chosen.\n\n' +
      'During our talks, I emphasized that dialogue matters. We reaffirm our commitment to it here.';
    const graph = extract(text);
    expect(statementsOf(graph).map((s) => [s[0], s[1], s[2], s[3].slice(0, 20)])).toEqual([
      [L, 'direct', 'stated', 'Speaking as the Russ'],
      [L, 'direct', 'stated', 'During our talks, I '],
      [L, 'indirect', 'emphasized', 'dialogue matters'],
    ]);
    // The paragraph refers to the author's earlier words it reports.
    const [, paragraph, reported] = graph.statements;
    expect(paragraph!.refersTo).toEqual([reported!.id]);
  });

  it('first-person remarks: the title names the author', () => {
    const text =
      'I spoke with my colleagues today about the situation in the region and our plans.\n\n' +
      'We will continue to work for peace, and I am sure that we will succeed in the end.';
    const graph = extract(text, { title: 'Remarks by Sergei Lavrov on the situation' });
    expect(statementsOf(graph).map((s) => [s[0], s[2]])).toEqual([
      [L, 'stated'],
      [L, 'stated'],
    ]);
  });

  it('a joint declaration: "We, the Foreign Ministers of …" speak in every paragraph', () => {
    const text =
      'We, the Foreign Ministers of Russia and China, met in Moscow on 17 May 2021.\n\n' +
      'We reaffirm our commitment to strategic stability and to the dialogue between us.';
    const graph = extract(text);
    expect(statementsOf(graph).map((s) => [s[0], s[2], s[3].slice(0, 12)])).toEqual([
      [L, 'stated', 'We, the Fore'],
      ['person:wang-yi', 'stated', 'We, the Fore'],
      [L, 'stated', 'We reaffirm '],
      ['person:wang-yi', 'stated', 'We reaffirm '],
    ]);
  });

  it('third-person text is not a declaration', () => {
    const text =
      'Sergei Lavrov met the press in Moscow and spoke about the talks at some length today.\n\n' +
      'Russia will judge the United States by deeds, not words, the minister said to reporters.';
    expect(statementsOf(extract(text)).map((s) => s[2])).toEqual(['said']);
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

/** Stage 6's rules (src/extract/stages/06-attribution/index.ts header, README "Statements"). */
describe('attribution rules', () => {
  const P = 'person:samantha-power';
  it.each<[string, [string, string, string, string][]]>([
    ['Talks will continue, Lavrov said.', [[L, 'indirect', 'said', 'Talks will continue']]],
    ['“We will see,” said the Russian Foreign Minister.', [[L, 'direct', 'said', 'We will see']]],
    [
      'According to the Russian Foreign Minister, talks matter.',
      [[L, 'indirect', 'according to', 'talks matter']],
    ],
    [
      'Sergei Lavrov left Moscow, saying that time is short.',
      [[L, 'indirect', 'saying', 'time is short']],
    ],
    // pronouns: the most recent compatible subject
    ['Samantha Power spoke.\n\n“We will see,” she said.', [[P, 'direct', 'said', 'We will see']]],
    [
      'Wang Wenbin said that China will act. Wang added that talks matter.',
      [
        ['person:wang-wenbin', 'indirect', 'said', 'China will act'],
        ['person:wang-wenbin', 'indirect', 'added', 'talks matter'],
      ],
    ],
    ['MR MILLER: Thank you.', [['person:matthew-miller', 'direct', 'said', 'Thank you.']]],
    // negatives: no speaker to attribute to
    ['Sergei Lavrov spoke.\n\n“We will see,” she said.', []],
    ['The talks, he said, went well.', []],
    ['According to reports, talks matter.', []],
    ['The Kremlin said that Russia will act.', []],
    ['QUESTION: Will you?', []],
    ['The word “reset” was used by Lavrov.', []],
    ['Lavrov spoke about the “reset” at length.', []],
  ])('%j', (text, expected) => {
    expect(statementsOf(extract(text))).toEqual(expected);
  });

  // README "Confidence": how the speaker was resolved (core/confidence.ts).
  it.each<[string, number[]]>([
    ['Sergei Lavrov said that Russia will act.', [0.95]],
    ['SERGEI LAVROV: Good afternoon.', [0.95]],
    ['Sergei Lavrov spoke. Later Lavrov said that Russia will act.', [0.9]],
    ['Wang Yi spoke. Director Wang said that talks matter.', [0.9]],
    ['The Russian Foreign Minister said that Russia will act.', [0.85]],
    ['Sergei Lavrov spoke.\n\n“We will see,” he said.', [0.75]],
    [
      'Antony Blinken and Sergei Lavrov spoke. They reiterated their commitment to talks.',
      [0.7, 0.7],
    ],
    [
      'Press Statement\nSamantha Power\nPermanent Representative\nNew York, NY\nJuly 14, 2015\n\n' +
        'Today the United States reached a historic deal that addresses our concerns.',
      [0.9],
    ],
  ])('confidence of %j', (text, expected) => {
    expect(
      extract(text, { publishedAt: '2021-05-17' }).statements.map((s) => s.confidence),
    ).toEqual(expected);
  });

  // BUG: README "Confidence" gives 0.8 to the continuation of a quote broken by its
  // attribution, but no stage ever resolves a speaker `by: 'continuation'` (the value is
  // only declared in core/context.ts and core/confidence.ts): the second half takes the
  // first half's confidence (0.95 here).
  it.failing.each<[string, number[]]>([
    ['“First part,” Sergei Lavrov said. “Second part.”', [0.95, 0.8]],
  ])('confidence of %j (continuation 0.8)', (text, expected) => {
    expect(extract(text).statements.map((s) => s.confidence)).toEqual(expected);
  });

  // BUG: a clause that opens with the determiner "that" loses it, taken for the
  // complementiser: the statement's text is "issue is urgent" (README: "X said (that) …",
  // "According to X, …" report the clause as it stands).
  it.failing.each<[string, [string, string, string, string][]]>([
    [
      'According to Lavrov, that issue is urgent.',
      [[L, 'indirect', 'according to', 'that issue is urgent']],
    ],
    ['Lavrov added that that issue is urgent.', [[L, 'indirect', 'added', 'that issue is urgent']]],
  ])('%j (determiner "that")', (text, expected) => {
    expect(statementsOf(extract(text))).toEqual(expected);
  });

  // "X said (that) …" with a lower-case phrase set off by commas between the speaker and the
  // verb (a participle, a relative clause).
  it.each<[string, [string, string, string, string][]]>([
    [
      'Lavrov, speaking in Moscow, said that Russia will decide.',
      [[L, 'indirect', 'said', 'Russia will decide']],
    ],
    [
      'Lavrov, who was in Moscow, said that Russia will decide.',
      [[L, 'indirect', 'said', 'Russia will decide']],
    ],
  ])('%j (a parenthetical before the verb)', (text, expected) => {
    expect(statementsOf(extract(text))).toEqual(expected);
  });
});
