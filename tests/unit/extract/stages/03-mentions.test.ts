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
