import { runUntil } from './fixtures/run';

function people(text: string, publishedAt = '2021-05-17'): string[] {
  const ctx = runUntil('entities', text, { publishedAt });
  return ctx.people.map((r) => `${text.slice(r.start, r.end)}=${r.person ?? 'null'}/${r.by}`);
}

describe('entities', () => {
  it.each<[string, string[]]>([
    ['Sergei Lavrov spoke.', ['Sergei Lavrov=person:sergei-lavrov/name']],
    [
      'Sergei Lavrov spoke. Then Lavrov left.',
      ['Sergei Lavrov=person:sergei-lavrov/name', 'Lavrov=person:sergei-lavrov/surname'],
    ],
    [
      'Secretary of State Antony J. Blinken met him.',
      ['Secretary of State Antony J. Blinken=person:antony-blinken/name'],
    ],
    [
      'Russian Foreign Minister Sergei Lavrov said',
      ['Russian Foreign Minister Sergei Lavrov=person:sergei-lavrov/name'],
    ],
    ['the US Secretary of State arrived', ['the US Secretary of State=person:antony-blinken/role']],
    [
      'the Russian Foreign Minister said',
      ['the Russian Foreign Minister=person:sergei-lavrov/role'],
    ],
    [
      'Sergei Lavrov spoke. The minister said',
      ['Sergei Lavrov=person:sergei-lavrov/name', 'The minister=person:sergei-lavrov/role'],
    ],
    [
      'Wang Yi spoke. Director Wang said',
      ['Wang Yi=person:wang-yi/name', 'Director Wang=person:wang-yi/title'],
    ],
    [
      'Foreign Minister Ivan Petrov said',
      ['Foreign Minister Ivan Petrov=person:ivan-petrov/title'],
    ],
    [
      'He met Ivan Petrov, the Ruritanian minister, today',
      ['Ivan Petrov=person:ivan-petrov/title', 'the Ruritanian minister=person:ivan-petrov/title'],
    ],
    ['spokesperson Jane Roe said', ['spokesperson Jane Roe=person:jane-roe/title']],
    [
      'President of Russia Vladimir Putin:',
      ['President of Russia Vladimir Putin=person:vladimir-putin/name'],
    ],
    ['the minister said', ['the minister=null/role']],
    ['Ministers met.', []],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keeps two people with one surname apart', () => {
    expect(
      people('Wang Yi met Wang Wenbin. Later Wang Yi left, and Wang spoke.', '2021-05-17'),
    ).toEqual([
      'Wang Yi=person:wang-yi/name',
      'Wang Wenbin=person:wang-wenbin/name',
      'Wang Yi=person:wang-yi/name',
      'Wang=person:wang-yi/surname',
    ]);
  });

  it('resolves a role by the office held on the document date', () => {
    expect(people('the US Secretary of State arrived', '2015-01-01')).toEqual([
      'the US Secretary of State=person:john-kerry/role',
    ]);
  });

  it('does not take a month for a surname', () => {
    expect(people('On 20 May Lavrov spoke.')).toEqual(['Lavrov=person:sergei-lavrov/surname']);
  });
});
