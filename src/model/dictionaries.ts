/**
 * The shape of the dictionaries under `data/`. Extraction receives them as a
 * value (it never reads files); `src/ingest/dictionaries.ts` reads and
 * validates them. Adding a person, an office or a topic is a data change.
 */

import type { IsoDate, SpeechAct } from './document-graph';

export interface OfficeTerm {
  /** `office:<slug>`, e.g. `office:russia-foreign-minister`. */
  office: string;
  /** Display title, e.g. "Minister of Foreign Affairs". */
  title: string;
  /** Country (`country:<iso2>`) or organisation (`org:<slug>`) id. */
  of: string;
  from: IsoDate | null;
  /** null while still in office. */
  to: IsoDate | null;
}

export interface ActorEntry {
  /** `person:<slug>` of the canonical name. */
  id: string;
  name: string;
  /** Other full names and transliterations ("Sergey Lavrov"); surname-only forms are derived. */
  aliases: string[];
  /** Masculine/feminine pronoun resolution: "he" | "she" | null when unknown. */
  gender: 'male' | 'female' | null;
  offices: OfficeTerm[];
  /** Country or organisation ids represented. */
  represents: string[];
}

export interface OfficeEntry {
  id: string;
  title: string;
  of: string;
  /**
   * Role phrases that name the holder, without nationality
   * ("Foreign Minister", "Minister of Foreign Affairs", "Secretary of State").
   */
  roles: string[];
}

export interface CountryEntry {
  /** `country:<iso2 lower>` */
  id: string;
  iso2: string;
  name: string;
  /** Official and common names, demonyms, capitals as metonyms, institutions as metonyms. */
  aliases: string[];
  /** Adjectival forms ("Russian", "American", "US") used in titles like "Russian Foreign Minister". */
  demonyms: string[];
  capital: string | null;
}

export interface OrganizationEntry {
  /** `org:<slug>` */
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  /** Country id for national institutions (ministries, agencies); null for international ones. */
  country: string | null;
}

export interface PlaceEntry {
  /** `place:<slug>` */
  id: string;
  name: string;
  aliases: string[];
  /** Country id where known. */
  country: string | null;
}

export interface TopicEntry {
  /** `topic:<slug>` */
  id: string;
  name: string;
  /** Alternative phrases and word forms ("normalization", "normalise"). */
  aliases: string[];
}

export interface SpeechVerbEntry {
  /** Lemma, as stored on statements ("say"); forms list the inflections matched. */
  lemma: string;
  forms: string[];
}

/**
 * Cues of speech acts and stance (data/speech-acts.json; its `$comment` says how phrases
 * are written). Read by src/extract/stages/13-speech-acts.
 */
export interface SpeechActsEntry {
  /** Every act once, ASSERTION last: the first act with a cue wins. */
  priority: SpeechAct[];
  /** Phrases starting with the statement's speech verb ("warned", "called on"). */
  verbCues: Partial<Record<SpeechAct, string[]>>;
  /** Phrases in the statement's words ("red lines", "must", "?"). */
  textCues: Partial<Record<SpeechAct, string[]>>;
  /** Words that make a CONDITION a WARNING ("sanctions"). */
  costWords: string[];
  /** Words that cancel a cue right after them ("not", "never"). */
  negations: string[];
  cooperativeWords: string[];
  adversarialWords: string[];
  /** Phrases followed by the one addressed ("urged", "told", "called on"). */
  addressVerbs: string[];
  /** Nouns after a country that stand for its government ("side", "partners"). */
  addressNouns: string[];
}

export interface Dictionaries {
  actors: ActorEntry[];
  offices: OfficeEntry[];
  countries: CountryEntry[];
  organizations: OrganizationEntry[];
  places: PlaceEntry[];
  topics: TopicEntry[];
  speechVerbs: SpeechVerbEntry[];
  speechActs: SpeechActsEntry;
}
