/**
 * The phrases the statement links look for (score-links.ts), kept apart from the scoring.
 * Each is matched case-insensitively on word boundaries in the later statement's text, its
 * reporting verb and the sentence around it in its document (`statementFrame`). A cue is
 * reported in the link's reason by the phrase it matched.
 */

/** The speaker says they are saying it again: REITERATES. */
export const REITERATION_CUES: readonly string[] = [
  'repeatedly stated',
  'repeatedly said',
  'repeatedly',
  'reiterated',
  'reiterates',
  'reiterating',
  'once again',
  'as we have said',
  'as i have said',
  'as i said',
  'as we said',
  'heard us say',
  'restated',
  'reaffirmed',
  'reaffirm',
];

/** The statement says it answers someone: RESPONDS_TO. */
export const RESPONSE_CUES: readonly string[] = [
  'in response to',
  'in response',
  'responding to',
  'responded to',
  'in reply to',
  'replying to',
  'commenting on',
  'asked about',
  'dismissed',
  'rejected the claims',
  'rebuffed',
  'hit back',
  'reacting to',
];

/** Words that turn a proposition round: one side has them, the other not → CONTRADICTS. */
export const NEGATION_WORDS: readonly string[] = [
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "wasn't",
  'deny',
  'denied',
  'denies',
  'false',
  'untrue',
  'baseless',
  'groundless',
  'unfounded',
];
