import { runUntil } from '../fixtures/run';

function mentions(text: string): string[] {
  const ctx = runUntil('mentions', text);
  return ctx.mentions.map((m) => `${m.id}=${text.slice(m.start, m.end)}`);
}

function named(text: string): string[] {
  const ctx = runUntil('mentions', text);
  return ctx.named.map(
    (m) => `${m.payloads.map((p) => p.type).join('+')}=${text.slice(m.start, m.end)}`,
  );
}

function topics(text: string): string[] {
  const ctx = runUntil('mentions', text);
  return ctx.topicMatches.map(
    (m) => `${m.payloads.map((p) => (p.type === 'topic' ? p.id : '')).join()}`,
  );
}

describe('mentions', () => {
  it.each<[string, string[]]>([
    ['Russia and the US', ['country:ru=Russia', 'country:us=US']],
    ['tell us more', []],
    ['the Russian side', ['country:ru=Russian']],
    ['Washington was familiar', ['country:us=Washington']],
    ['a meeting in Reykjavik', ['place:reykjavik=Reykjavik']],
    ['a press conference in Moscow', ['place:moscow=Moscow']],
    ['Moscow insists', ['country:ru=Moscow']],
    ['the Russians', []],
    ['(Interfax – Moscow, May 17)', ['org:interfax=Interfax', 'country:ru=Moscow']],
    ['the People’s Republic of China', ['country:cn=People’s Republic of China']],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Sergei Lavrov said', ['person=Sergei Lavrov', 'verb=said']],
    ['Lavrov pointed out', ['surname=Lavrov', 'verb=pointed out']],
    ['the lavrov files', []],
    ['Russian Foreign Minister', ['country=Russian', 'role=Foreign Minister']],
  ])('named %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['calls for normalisation', ['topic:normalisation-of-relations']],
    ['NORMALIZATION of ties', ['topic:normalisation-of-relations']],
    ['nuclear and non-nuclear weapons', ['topic:nuclear-weapons', 'topic:nuclear-weapons']],
    ['bilateral and global issues', ['topic:bilateral-relations', 'topic:international-security']],
    ['Palestinians', ['topic:middle-east']],
    ['strategic stability', ['topic:strategic-stability']],
    ['abnormalisation', []],
  ])('topics %j', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

/**
 * Stage 3's rules (src/extract/stages/03-mentions.ts, README "Dictionaries are compiled once"):
 * leftmost-longest matches, an alias written with capitals needs them in the text, a capital
 * that is also a place is the place after a locative preposition and the country otherwise.
 */
describe('mention rules', () => {
  it.each<[string, string[]]>([
    // case rules: capitals in the alias need capitals in the text
    ['the russian side', []],
    ['Us too, he said', []],
    ['RUSSIA AND CHINA', ['country:ru=RUSSIA', 'country:cn=CHINA']],
    ['the U.S. position', ['country:us=U.S.']],
    ['americans abroad', []],
    // demonyms and metonyms are the country
    ['Chinese and American officials', ['country:cn=Chinese', 'country:us=American']],
    ['the Kremlin said', ['country:ru=Kremlin']],
    ["the People's Republic of China", ["country:cn=People's Republic of China"]],
    // a capital: the place after a locative preposition, else the country
    ['talks in Washington', ['place:washington=Washington']],
    ['flew from Beijing', ['place:beijing=Beijing']],
    ['in [Moscow]', ['place:moscow=Moscow']],
    ['Beijing said', ['country:cn=Beijing']],
    ['Reykjavik agreed', ['country:is=Reykjavik']],
    // an alias only a place has is the place anywhere
    ['a Reykjavík hotel', ['place:reykjavik=Reykjavík']],
    // the longest alias wins
    ['Washington, D.C. hosted it', ['place:washington=Washington, D.C.']],
    ['the UN and the U.N.', ['org:un=UN', 'org:un=U.N.']],
    ['the Ruritanian capital', []],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Samantha Power said', ['person=Samantha Power', 'verb=said']],
    // "power" is never Samantha Power
    ['the power of words', []],
    ['Tony Blinken stated', ['person=Tony Blinken', 'verb=stated']],
    ['Sergey Viktorovich Lavrov', ['person=Sergey Viktorovich Lavrov']],
    // a surname two people bear carries both
    ['Wang noted', ['surname+surname=Wang', 'verb=noted']],
    // role phrases match in any case
    ['the foreign minister', ['role=foreign minister']],
    ['the Secretary of State', ['role=Secretary of State']],
    // a verb with a required context ends before it
    ['Lavrov shared the view that', ['surname=Lavrov', 'verb=shared']],
    ['Lavrov shared a meal', ['surname=Lavrov']],
  ])('named %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
