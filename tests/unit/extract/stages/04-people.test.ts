import { STAGES, createContext } from '../../../../src/extract';
import type { Dictionaries } from '../../../../src/model';
import { makeDocument } from '../fixtures/make-document';
import { miniDictionaries } from '../fixtures/mini-dictionaries';
import { runUntil } from '../fixtures/run';

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
    // plural role phrases: one reference per country's office-holder, same span
    [
      'The Foreign Ministers of Russia and China met.',
      [
        'The Foreign Ministers of Russia and China=person:sergei-lavrov/role',
        'The Foreign Ministers of Russia and China=person:wang-yi/role',
      ],
    ],
    [
      'the Russian and Chinese foreign ministers met',
      [
        'the Russian and Chinese foreign ministers=person:sergei-lavrov/role',
        'the Russian and Chinese foreign ministers=person:wang-yi/role',
      ],
    ],
    ['The two Ministers met.', []],
    // counterparts: the other country's office sharing a role with the possessor's
    [
      'Wang Yi met his Russian counterpart.',
      ['Wang Yi=person:wang-yi/name', 'his Russian counterpart=person:sergei-lavrov/role'],
    ],
    ['He met his Russian counterpart.', []],
    // a role with its of-phrase keeps the whole span
    ['the President of Russia spoke', ['the President of Russia=person:vladimir-putin/role']],
    // military title abbreviations before a name the dictionaries lack (issue #10)
    ['Gen. Ivan Petrov said', ['Gen. Ivan Petrov=person:ivan-petrov/title']],
    [
      'the Minister of the Russian Armed Forces Adm. Ivan Petrov said',
      ['the Minister of the Russian Armed Forces Adm. Ivan Petrov=person:ivan-petrov/title'],
    ],
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

  it('"the leaders of X and Y": each country’s head of government, else its head of state', () => {
    const dictionaries: Dictionaries = {
      ...miniDictionaries,
      offices: miniDictionaries.offices.map((o) =>
        o.id === 'office:us-president'
          ? { ...o, roles: [...o.roles, 'head of government'] }
          : o.id === 'office:russia-president'
            ? { ...o, roles: [...o.roles, 'head of state'] }
            : o,
      ),
    };
    const text = 'We, the leaders of the United States and Russia, met today.';
    const ctx = createContext(makeDocument(text), dictionaries);
    for (const stage of STAGES) {
      stage.run(ctx);
      if (stage.name === 'entities') break;
    }
    expect(ctx.people.map((r) => `${text.slice(r.start, r.end)}=${r.person}`)).toEqual([
      'the leaders of the United States and Russia=person:joe-biden',
      'the leaders of the United States and Russia=person:vladimir-putin',
    ]);
  });

  it('does not take a month for a surname', () => {
    expect(people('On 20 May Lavrov spoke.')).toEqual(['Lavrov=person:sergei-lavrov/surname']);
  });
});

/** Stage 4's rules (src/extract/stages/04-people/index.ts header), with the document date. */
describe('people rules', () => {
  it.each<[string, string, string[]]>([
    // full names and aliases
    ['Sergey Lavrov arrived.', '2021-05-17', ['Sergey Lavrov=person:sergei-lavrov/name']],
    ['Antony J. Blinken spoke.', '2021-05-17', ['Antony J. Blinken=person:antony-blinken/name']],
    // a surname alone: the only bearer in the dictionary …
    ['Kerry said so.', '2015-01-01', ['Kerry=person:john-kerry/surname']],
    ['He met Kerry.', '2015-01-01', ['Kerry=person:john-kerry/surname']],
    // … but opening a sentence only when speech follows ("Power is …" is no person) …
    ['Kerry spoke.', '2015-01-01', ['Kerry=null/surname']],
    ['Power is the key.', '2015-01-01', ['Power=null/surname']],
    // … and with two bearers, none named: nobody
    ['Wang spoke.', '2021-05-17', ['Wang=null/surname']],
    ['He met Wang.', '2021-05-17', ['Wang=null/surname']],
    // a name the dictionaries do not know, with no title, is no person
    ['Ivan Petrov spoke.', '2021-05-17', []],
    ['Moscow said so.', '2021-05-17', []],
    // title + name
    ['President Putin said', '2021-05-17', ['President Putin=person:vladimir-putin/title']],
    [
      'Foreign Minister Lavrov said',
      '2021-05-17',
      ['Foreign Minister Lavrov=person:sergei-lavrov/title'],
    ],
    [
      'Minister of Foreign Affairs Ivan Petrov said',
      '2021-05-17',
      ['Minister of Foreign Affairs Ivan Petrov=person:ivan-petrov/title'],
    ],
    // a role with a country: the holder on the document date
    ['the US President said', '2021-05-17', ['the US President=person:joe-biden/role']],
    [
      'the Chinese Foreign Minister said',
      '2021-05-17',
      ['the Chinese Foreign Minister=person:wang-yi/role'],
    ],
    // nobody holds it on that date
    ['the Chinese Foreign Minister said', '2023-06-01', ['the Chinese Foreign Minister=null/role']],
    // a role alone: the person most recently named holding an office with that role
    [
      'Sergei Lavrov met Wang Yi. The minister said',
      '2021-05-17',
      [
        'Sergei Lavrov=person:sergei-lavrov/name',
        'Wang Yi=person:wang-yi/name',
        'The minister=person:wang-yi/role',
      ],
    ],
    // a Secretary of State is no "minister"
    [
      'Sergei Lavrov met Antony Blinken. The minister said',
      '2021-05-17',
      [
        'Sergei Lavrov=person:sergei-lavrov/name',
        'Antony Blinken=person:antony-blinken/name',
        'The minister=person:sergei-lavrov/role',
      ],
    ],
    // counterparts share a role with the possessor's office
    [
      'Sergei Lavrov met his Chinese counterpart.',
      '2021-05-17',
      ['Sergei Lavrov=person:sergei-lavrov/name', 'his Chinese counterpart=person:wang-yi/role'],
    ],
    // a Secretary of State shares no role with a Foreign Minister in these dictionaries
    [
      'Sergei Lavrov met his American counterpart.',
      '2021-05-17',
      ['Sergei Lavrov=person:sergei-lavrov/name'],
    ],
  ])('%j (published %s)', (text, publishedAt, expected) => {
    expect(people(text, publishedAt)).toEqual(expected);
  });
});
