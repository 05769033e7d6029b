/** Stage 5 — event triggers (src/extract/stages/05-triggers.ts). */

import { runUntil } from '../fixtures/run';

function triggers(text: string): string[] {
  const ctx = runUntil('triggers', text);
  return ctx.triggers.map(
    (t) => `${text.slice(t.start, t.end)}=${t.kind}${t.verbal ? '/verbal' : ''}`,
  );
}

describe('triggers', () => {
  it.each<[string, string[]]>([
    ['Lavrov spoke at a press conference in Moscow.', ['press conference=PressConference']],
    ['Blinken met with Lavrov.', ['met=Meeting/verbal']],
    ['The meeting was useful.', ['meeting=Meeting']],
    ['The cabinet is meeting right now.', ['meeting=Meeting/verbal']],
    // "conversation" names an event only when definite.
    ['We discussed this in our conversation.', ['conversation=Meeting']],
    ['They were in close conversation.', []],
    // A generic adverb makes a verb no event.
    ['The first time a President has ever met a leader.', []],
    ['Nothing happened.', []],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

/** Stage 5's rules (lexicon/events.ts EVENT_TRIGGERS, EVENT_VERBS): the longest trigger phrase, verbs marked verbal. */
describe('trigger rules', () => {
  it.each<[string, string[]]>([
    ['They had a telephone conversation.', ['telephone conversation=PhoneCall']],
    ['They held a video call.', ['video call=PhoneCall']],
    ['It was a joint press conference.', ['joint press conference=PressConference']],
    ['It was a summit meeting.', ['summit meeting=Summit']],
    ['The state visit was short.', ['state visit=Visit']],
    ['Biden spoke with Putin.', ['spoke with=PhoneCall/verbal']],
    ['Biden spoke about Putin.', []],
    ['They never met.', []],
    // "conversation" only when definite
    ['It was a conversation.', []],
    ['That conversation was useful.', ['conversation=Meeting']],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});
