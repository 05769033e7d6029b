/**
 * The interchange format between extraction and loading (DESIGN.md,
 * "Interchange format"). `diplograph extract --json` prints one
 * DocumentGraph per document; `src/load` writes exactly this into Neo4j.
 *
 * Offsets are UTF-16 code-unit offsets into the document text as read,
 * after front matter is removed: `text.slice(start, end)` is the source.
 * Dates are ISO calendar dates (YYYY-MM-DD) or null when unknown.
 */

export type IsoDate = string;

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'Person' | 'Country' | 'Organization' | 'Place';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Country', 'Organization', 'Place'];

export type EventKind = 'Meeting' | 'PhoneCall' | 'PressConference' | 'Summit' | 'Visit' | 'Talks';

export const EVENT_KINDS: readonly EventKind[] = [
  'Meeting',
  'PhoneCall',
  'PressConference',
  'Summit',
  'Visit',
  'Talks',
];

export type EventStatus = 'planned' | 'held';

export type StatementKind = 'direct' | 'indirect';

/**
 * What a statement does (issue #12): the speech act its verb or its words
 * show. ASSERTION when nothing marks another act. src/extract/stages/
 * 13-speech-acts and data/speech-acts.json decide it.
 */
export type SpeechAct =
  | 'ASSERTION'
  | 'DEMAND'
  | 'PROPOSAL'
  | 'COMMITMENT'
  | 'CONDITION'
  | 'WARNING'
  | 'THREAT'
  | 'DENIAL'
  | 'CONCERN'
  | 'WELCOME'
  | 'CONDEMNATION'
  | 'QUESTION';

export const SPEECH_ACTS: readonly SpeechAct[] = [
  'ASSERTION',
  'DEMAND',
  'PROPOSAL',
  'COMMITMENT',
  'CONDITION',
  'WARNING',
  'THREAT',
  'DENIAL',
  'CONCERN',
  'WELCOME',
  'CONDEMNATION',
  'QUESTION',
];

/** A statement's stance toward its addressee, from its act and words (src/extract/README.md). */
export type Polarity = 'COOPERATIVE' | 'NEUTRAL' | 'ADVERSARIAL';

export const POLARITIES: readonly Polarity[] = ['COOPERATIVE', 'NEUTRAL', 'ADVERSARIAL'];

export interface DocumentInfo {
  /** `doc:` + the first 16 hex digits of the sha256 of the normalised text. */
  id: string;
  sha256: string;
  /** Path or URL the document came from; null for stdin. */
  source: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /**
   * The publisher's organisation: the dictionary's whose name or alias the
   * publisher is ("AP" → `org:associated-press`), else `org:<slug>`; null
   * without a publisher.
   */
  publisherId: string | null;
  place: string | null;
  publishedAt: IsoDate | null;
  language: string;
  /** The normalised text every offset points into. */
  text: string;
}

export interface OfficeHeld {
  /** `office:<slug>` */
  office: string;
  title: string;
  /** The Country or Organization id the office belongs to. */
  of: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Organisation kind ("ministry", "news agency"…) where known. */
  kind?: string;
  /** ISO 3166 alpha-2 for countries. */
  iso2?: string;
  offices: OfficeHeld[];
  /** Countries or organisations a person represents. */
  represents: string[];
  mentions: Span[];
}

export interface Topic {
  id: string;
  name: string;
  aliases: string[];
}

export interface DiplomaticEvent {
  id: string;
  kind: EventKind;
  name: string;
  date: IsoDate | null;
  /** `place:<slug>` or null. */
  place: string | null;
  status: EventStatus;
  participants: string[];
  evidence: Span[];
}

export interface Statement {
  id: string;
  speaker: string;
  kind: StatementKind;
  verb: string;
  text: string;
  date: IsoDate | null;
  start: number;
  end: number;
  topics: string[];
  mentions: string[];
  event: string | null;
  refersTo: string[];
  confidence: number;
  /** The speech act (ASSERTION when nothing marks another). */
  act: SpeechAct;
  /** Stance toward the addressee. */
  polarity: Polarity;
  /** Document offsets of the cue words that decided the act; null for the default. */
  actCue: Span | null;
  /** How sure the act is (0–1): a speech-verb cue is surer than words in the text. */
  actConfidence: number;
  /** Person, Country or Organization ids (of this graph's entities) it is directed at. */
  addressees: string[];
}

/**
 * What an extraction warning is about: `no-document-date` (no publication
 * date, relative dates stay null), `date-unresolved` (a statement's date
 * expression names no day), `event-date-unresolved` (no day for an event).
 */
export type ExtractionWarningCode =
  'no-document-date' | 'date-unresolved' | 'event-date-unresolved';

export interface ExtractionWarning {
  code: ExtractionWarningCode;
  message: string;
  start?: number;
  end?: number;
}

export interface DocumentGraph {
  document: DocumentInfo;
  entities: Entity[];
  topics: Topic[];
  events: DiplomaticEvent[];
  statements: Statement[];
  warnings: ExtractionWarning[];
}
