/**
 * Typed links between two statements (REITERATES, RESPONDS_TO, CONTRADICTS), scored from
 * the pair alone: pure, no driver, so the loader, `diplograph import` and the labelled-pair
 * test (tests/unit/link/labelled-pairs.test.ts) score a pair identically, and a pair gets
 * the same edge whichever of its statements arrives first. Thresholds and the figures they
 * were chosen on: src/link/README.md.
 */
import { NEGATION_WORDS, REITERATION_CUES, RESPONSE_CUES } from './cues';
import { contentVector, vectorCosine, type ContentVector } from './similarity';

export type LinkType = 'REITERATES' | 'RESPONDS_TO' | 'CONTRADICTS';

export const LINK_TYPES: readonly LinkType[] = ['REITERATES', 'RESPONDS_TO', 'CONTRADICTS'];

/** What the scoring reads of a statement (cypher/link-candidates-*.cypher returns it). */
export interface LinkStatement {
  id: string;
  speaker: string;
  /** The timeline order (src/load/rows.ts): its first 10 characters are the statement's day. */
  sortKey: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
  verb: string;
  /** The sentence(s) around the statement in its document (`statementFrame`). */
  frame: string;
  topics: readonly string[];
  /** Entity ids the statement mentions. */
  mentions: readonly string[];
  /** Entity ids it is addressed to (ADDRESSED_TO). */
  addressees: readonly string[];
  /** Countries and organisations the speaker represents (REPRESENTS). */
  sides: readonly string[];
  act: string | null;
  polarity: string | null;
}

export interface LinkEdge {
  type: LinkType;
  /** The later statement. */
  from: string;
  to: string;
  score: number;
  reason: string;
}

/** Days either side within which a speaker's own statements are compared (REITERATES, CONTRADICTS). */
export const SAME_SPEAKER_WINDOW_DAYS = 365;
/** Days either side within which another speaker's statements are compared (RESPONDS_TO, CONTRADICTS). */
export const OTHER_SPEAKER_WINDOW_DAYS = 14;
/** At most this many candidates per statement and query (cypher/link-candidates-*.cypher), nearest first. */
export const CANDIDATES_PER_STATEMENT = 200;

/** The score a link needs; chosen on tests/fixtures/links/labelled-pairs.json (src/link/README.md). */
export const THRESHOLDS: Readonly<Record<LinkType, number>> = {
  REITERATES: 0.4,
  RESPONDS_TO: 0.5,
  CONTRADICTS: 0.75,
};

/** What a reiteration cue adds to the similarity, when the pair is at least MIN_CUE_SIMILARITY alike. */
export const REITERATION_CUE_BOOST = 0.25;
export const MIN_CUE_SIMILARITY = 0.15;
/** What a response cue adds to the RESPONDS_TO evidence sum. */
export const RESPONSE_CUE_WEIGHT = 0.45;
/** An answer shares words with what it answers: RESPONDS_TO needs at least this similarity. */
export const MIN_RESPONSE_SIMILARITY = 0.2;

/**
 * The least similarity (rounded to three decimals) any link can have, from the rules of
 * `scorePair`: REITERATES scores the similarity, plus REITERATION_CUE_BOOST only from
 * MIN_CUE_SIMILARITY up (0.15 + 0.25 = THRESHOLDS.REITERATES); RESPONDS_TO needs
 * MIN_RESPONSE_SIMILARITY (0.2); CONTRADICTS needs 0.25 (opposite stances: 0.55 + 0.4 · 0.25 / 0.5
 * = 0.75; a negation or denial 0.292). A pair less alike gets no link, so the link step drops
 * it before reading what else the scoring needs (src/link/statement-links.ts).
 */
export const MIN_LINK_SIMILARITY = 0.15;

const FRAME_BEFORE = 300;
const FRAME_AFTER = 200;

/**
 * The sentence a statement stands in: from the last sentence end before `start` to the
 * first after `end` (at most 300 characters before, 200 after), so attribution phrases on
 * either side of a quote ("…,” he said in response to …) are read with it.
 */
export function statementFrame(documentText: string, start: number, end: number): string {
  const from = Math.max(0, start - FRAME_BEFORE);
  return frameOf(
    documentText.slice(from, start),
    documentText.slice(start, end),
    documentText.slice(end, end + FRAME_AFTER),
  );
}

/** `statementFrame` from the text before the statement (≤ 300 characters), its own, and after (≤ 200). */
export function frameOf(before: string, own: string, after: string): string {
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const stop = after.search(/[.!?](?:\s|$)|\n/u);
  return (
    (cut >= 0 ? before.slice(cut + 1) : before) +
    own +
    (stop >= 0 ? after.slice(0, stop + 1) : after)
  ).trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseMatcher(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

const REITERATION = phraseMatcher(REITERATION_CUES);
const RESPONSE = phraseMatcher(RESPONSE_CUES);
const NEGATION = phraseMatcher(NEGATION_WORDS);

/** The first cue of `matcher` in the statement's verb, text or frame, lower-cased; null if none. */
function findCue(matcher: RegExp, s: LinkStatement): string | null {
  for (const text of [s.verb, s.text, s.frame]) {
    const m = matcher.exec(text.replace(/’/g, "'"));
    if (m !== null) return m[0].toLowerCase().replace(/\s+/g, ' ');
  }
  return null;
}

export function reiterationCue(s: LinkStatement): string | null {
  return findCue(REITERATION, s);
}

export function responseCue(s: LinkStatement): string | null {
  return findCue(RESPONSE, s);
}

/** Whether the statement's own words are negated ("not", "never", "denied"…). */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(/’/g, "'"));
}

const day = (s: LinkStatement) => s.sortKey.slice(0, 10);
const dayTime = (s: LinkStatement) => Date.parse(`${day(s)}T00:00:00Z`);

function daysFrom(later: number, earlier: number): number | null {
  if (Number.isNaN(later) || Number.isNaN(earlier)) return null;
  return Math.round((later - earlier) / 86_400_000);
}

/** Whole days from `earlier` to `later`; null when either has no day. */
export function daysBetween(later: LinkStatement, earlier: LinkStatement): number | null {
  return daysFrom(dayTime(later), dayTime(earlier));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Two statements that are one utterance, not two: the same span reported twice (a quote
 * and the paraphrase nested in it), or a joint statement's identical words per speaker.
 */
function sameUtterance(a: LinkStatement, b: LinkStatement): boolean {
  if (a.documentId !== b.documentId) return false;
  return (a.start < b.end && b.start < a.end) || a.text === b.text;
}

/** Whether `later` names or addresses the speaker of `earlier`, or a side they represent. */
function namesEarlierParty(later: LinkStatement, earlier: LinkStatement): string | null {
  const targets = new Set([...later.addressees, ...later.mentions]);
  if (targets.has(earlier.speaker)) return earlier.speaker;
  for (const side of earlier.sides) if (targets.has(side)) return side;
  return null;
}

const OPPOSED = new Set(['COOPERATIVE|ADVERSARIAL', 'ADVERSARIAL|COOPERATIVE']);

/**
 * The links from the later of `a` and `b` to the earlier one that reach their threshold
 * (at most one of REITERATES and CONTRADICTS; RESPONDS_TO beside either). Only pairs that
 * share a topic are linked: the topic is what candidates are found by.
 */
export function scorePair(a: LinkStatement, b: LinkStatement): LinkEdge[] {
  return scoreFeatures(featuresOf(a), featuresOf(b));
}

/**
 * What scoring reads of one statement beyond its fields, worked out once: a statement is
 * scored against up to 400 candidates, and the same candidate serves many statements.
 * Derived from the statement alone, so scoring with them is scoring without them.
 */
interface Features {
  s: LinkStatement;
  time: number;
  vector: ContentVector;
  negated: boolean;
  /** The cues, looked for when first needed (`false`: not yet). */
  reiteration: string | null | false;
  response: string | null | false;
}

function featuresOf(s: LinkStatement): Features {
  return {
    s,
    time: dayTime(s),
    vector: contentVector(s.text),
    negated: isNegated(s.text),
    reiteration: false,
    response: false,
  };
}

function reiterationCueOf(f: Features): string | null {
  if (f.reiteration === false) f.reiteration = reiterationCue(f.s);
  return f.reiteration;
}

function responseCueOf(f: Features): string | null {
  if (f.response === false) f.response = responseCue(f.s);
  return f.response;
}

function scoreFeatures(fa: Features, fb: Features): LinkEdge[] {
  const { s: a } = fa;
  const { s: b } = fb;
  if (a.id === b.id || a.sortKey === b.sortKey) return [];
  const [fl, fe] = a.sortKey > b.sortKey ? [fa, fb] : [fb, fa];
  const { s: later } = fl;
  const { s: earlier } = fe;
  if (sameUtterance(later, earlier)) return [];
  const shared = later.topics.filter((t) => earlier.topics.includes(t)).sort();
  if (shared.length === 0) return [];
  const days = daysFrom(fl.time, fe.time);
  if (days === null) return [];
  const sameSpeaker = later.speaker === earlier.speaker;
  if (days > (sameSpeaker ? SAME_SPEAKER_WINDOW_DAYS : OTHER_SPEAKER_WINDOW_DAYS)) return [];

  const similarity = round3(vectorCosine(fl.vector, fe.vector));
  if (similarity < MIN_LINK_SIMILARITY) return [];
  const topicReason = shared.map((t) => `topic:${t}`).join('; ');
  const edges: LinkEdge[] = [];
  const edge = (type: LinkType, score: number, reasons: (string | null)[]) => {
    const rounded = round3(Math.min(1, score));
    if (rounded >= THRESHOLDS[type])
      edges.push({
        type,
        from: later.id,
        to: earlier.id,
        score: rounded,
        reason: [
          ...reasons.filter((r): r is string => r !== null),
          topicReason,
          `similarity:${similarity}`,
        ].join('; '),
      });
  };

  // CONTRADICTS: the same proposition with one side negated or denied, or opposite stances
  // between the same parties on a shared topic.
  const negation = fl.negated !== fe.negated;
  const denial = (later.act === 'DENIAL') !== (earlier.act === 'DENIAL');
  const stance = OPPOSED.has(`${later.polarity ?? ''}|${earlier.polarity ?? ''}`);
  const party = namesEarlierParty(later, earlier);
  const sameParties =
    sameSpeaker || party !== null || later.addressees.some((x) => earlier.addressees.includes(x));
  let contradiction = 0;
  if (negation || denial)
    contradiction = 0.3 + 0.6 * Math.min(1, similarity / 0.5) + (denial ? 0.1 : 0);
  if (stance && sameParties)
    contradiction = Math.max(contradiction, 0.55 + 0.4 * Math.min(1, similarity / 0.5));
  const contradicts = round3(Math.min(1, contradiction)) >= THRESHOLDS.CONTRADICTS;
  if (contradicts)
    edge('CONTRADICTS', contradiction, [
      negation ? 'negation' : null,
      denial ? 'act:DENIAL' : null,
      stance && sameParties ? `polarity:${later.polarity}/${earlier.polarity}` : null,
    ]);

  // REITERATES: the speaker's own position again, the more alike the words the surer; a cue
  // ("as I said", "repeatedly stated") adds REITERATION_CUE_BOOST.
  if (sameSpeaker && !contradicts) {
    const cue = similarity >= MIN_CUE_SIMILARITY ? reiterationCueOf(fl) : null;
    edge('REITERATES', similarity + (cue !== null ? REITERATION_CUE_BOOST : 0), [
      cue !== null ? `cue:${cue}` : null,
    ]);
  }

  // RESPONDS_TO: another party's earlier statement, on a shared topic, answered.
  const otherSide = !sameSpeaker && !later.sides.some((s) => earlier.sides.includes(s));
  if (otherSide && days >= 0 && similarity >= MIN_RESPONSE_SIMILARITY) {
    const cue = responseCueOf(fl);
    const score =
      (cue !== null ? RESPONSE_CUE_WEIGHT : 0) +
      0.1 * Math.min(2, shared.length) +
      0.3 * Math.min(1, similarity / 0.4) +
      (party !== null ? 0.2 : 0);
    edge('RESPONDS_TO', score, [
      cue !== null ? `cue:${cue}` : null,
      party !== null ? `names:${party}` : null,
    ]);
  }
  return edges;
}

/** Whether two statements are alike enough for any link (`MIN_LINK_SIMILARITY`); `scorePair` agrees. */
export function alikeEnough(a: ContentVector, b: ContentVector): boolean {
  return round3(vectorCosine(a, b)) >= MIN_LINK_SIMILARITY;
}

/**
 * Every link among `statements` and their `candidates` (each statement scored against its
 * own candidates), one edge per type and pair, in a stable order.
 */
export function scoreCandidates(
  pairs: Iterable<{ statement: LinkStatement; candidates: readonly LinkStatement[] }>,
): LinkEdge[] {
  const edges = new Map<string, LinkEdge>();
  const features = new Map<LinkStatement, Features>();
  const of = (s: LinkStatement) => {
    let f = features.get(s);
    if (f === undefined) features.set(s, (f = featuresOf(s)));
    return f;
  };
  for (const { statement, candidates } of pairs) {
    const fs = of(statement);
    for (const c of candidates)
      for (const e of scoreFeatures(fs, of(c)))
        edges.set(`${e.type}\u0000${e.from}\u0000${e.to}`, e);
  }
  return [...edges.values()].sort(
    (x, y) =>
      x.type.localeCompare(y.type) || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
  );
}
