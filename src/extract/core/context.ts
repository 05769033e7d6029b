/**
 * The state the pipeline stages fill in, in order. Each stage reads what the
 * earlier ones wrote and adds its own part; none of them performs I/O.
 */

import type {
  EventKind,
  EventStatus,
  ExtractionWarning,
  IsoDate,
  Polarity,
  SourceDocument,
  SpeechAct,
  StatementKind,
} from '../../model';
import type { CompiledDictionaries, Match } from '../dictionaries/compile';
import type { TokenTable } from './tokens';
import type { Trigger } from '../dictionaries/event-triggers';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

/** A quotation: its marks and its content span (trimmed as the policies say). */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the last paragraph when never closed. */
  close: number;
  closed: boolean;
  /** Content span, trimmed. */
  start: number;
  end: number;
  firstParagraph: number;
  lastParagraph: number;
  /** Number of words inside. */
  words: number;
}

export type EntityKindName = 'Country' | 'Organization' | 'Place';

export interface EntityMention {
  kind: EntityKindName;
  id: string;
  start: number;
  end: number;
  first: number;
  last: number;
}

export type ResolvedBy =
  | 'name'
  | 'surname'
  | 'title'
  | 'role'
  | 'label'
  | 'byline'
  | 'pronoun'
  | 'collective'
  | 'continuation';

/** A phrase that names or describes a person, resolved within the document. */
export interface PersonRef {
  start: number;
  end: number;
  first: number;
  last: number;
  /** The person id, or null when the phrase could not be resolved. */
  person: string | null;
  by: ResolvedBy;
  inQuote: boolean;
  /** The office the phrase names, when it names one ("Russian Foreign Minister"). */
  office: string | null;
  /** The role phrase used with the name ("prime minister" in "Prime Minister Abe"). */
  role: string | null;
}

/** A person who is not in the dictionaries but whom the text introduces by title. */
export interface NewPerson {
  id: string;
  name: string;
  office: string | null;
  officeTitle: string | null;
  officeOf: string | null;
}

/** A statement before ids are assigned. */
export interface DraftStatement {
  speaker: string;
  kind: StatementKind;
  verb: string;
  start: number;
  end: number;
  confidence: number;
  /** Attribution span (subject, verb and adjuncts) where dates and events are looked for. */
  cueStart: number;
  cueEnd: number;
  /**
   * Start of an adjunct opening the sentence before the attribution ("In his
   * greetings at the banquet, the Prime Minister said"), else cueStart: an
   * event named there is where the statement was made.
   */
  leadStart: number;
  /** Indexes into `statements` of the statements this one refers to. */
  refersTo: number[];
  /** True for a referenced statement ("recalling the words of X"). */
  referenced: boolean;
  date: IsoDate | null;
  /** Date given by the attribution itself ("said on Monday"). */
  cueDate: IsoDate | null;
  /** Index into `events`, or -1. */
  event: number;
  topics: string[];
  mentions: string[];
  /** The speech act (stage 13-speech-acts); unset before it runs, read as ASSERTION. */
  speechAct?: SpeechActDecision;
  /** Entity ids the statement is directed at (stage 13-speech-acts). */
  addressees?: string[];
}

/** A statement's speech act, its stance, the cue words that decided it and how sure it is. */
export interface SpeechActDecision {
  act: SpeechAct;
  polarity: Polarity;
  /** Offsets of the cue words (in the context's text); null for the default. */
  cue: { start: number; end: number } | null;
  confidence: number;
}

export interface DraftEvent {
  kind: EventKind;
  name: string;
  date: IsoDate | null;
  /** "YYYY-MM" when only the month is known: it keeps the event apart from other months' events. */
  month: string | null;
  /** Its date words name no day ("earlier this week"): the date stays null. */
  vague: boolean;
  /** Start of the time-of-day segment of a day log it belongs to ("In the afternoon, …"), or -1. */
  segment: number;
  place: string | null;
  status: EventStatus;
  participants: string[];
  evidence: { start: number; end: number }[];
  /** Statement that explicitly says it was made at this event ("said at a press conference"). */
  explicit: number[];
}

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  date: IsoDate | null;
  /** "YYYY-MM" when the expression names a month of a year but no day ("in November 2015"). */
  month: string | null;
  /** true when the expression points to the future of the reference date. */
  future: boolean;
}

/**
 * How the document names its speakers once for many paragraphs: what one
 * window of a large document hands to the next, so a byline found in the
 * first window, or a speaker's turn still open at a window's end, goes on.
 */
export interface DocumentShape {
  /** The author(s) of an authored body (byline or declaration), or null. */
  authors: string[] | null;
  /** A declaration's body is its prose paragraphs; a byline's, every paragraph after its header. */
  proseOnly: boolean;
  /** The labelled turn open at the end (its speaker null for "QUESTION:"), or null when there are no labels. */
  turn: { speaker: string | null } | null;
}

export interface Context {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly dict: CompiledDictionaries;
  /** The publication date, the reference for relative dates. */
  readonly date: IsoDate | null;
  tokens: TokenTable;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  named: Match[];
  topicMatches: Match[];
  mentions: EntityMention[];
  people: PersonRef[];
  newPeople: Map<string, NewPerson>;
  statements: DraftStatement[];
  events: DraftEvent[];
  dates: DateExpression[];
  /** A speaker-labelled transcript: its named speakers, first label and label statements. */
  transcript: { speakers: string[]; start: number; end: number; statements: number[] } | null;
  /** Event trigger phrases (stage 05-triggers), for attribution, dates and events. */
  triggers: Trigger[];
  warnings: ExtractionWarning[];
  /** The shape the window before found (a window of a large document), else null: find it here. */
  readonly carried: DocumentShape | null;
  /** The shape attribution found or carried on, for the next window. */
  shape: DocumentShape | null;
}
