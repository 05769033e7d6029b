/** Event words: triggers and their kinds, definiteness, planned and held markers, the words read around a trigger. */

import { set } from './word-set';

/** Event trigger phrases (lower case) and the event kind they denote. */
export const EVENT_TRIGGERS: readonly (readonly [string, EventKindName])[] = [
  ['meeting', 'Meeting'],
  ['meetings', 'Meeting'],
  ['summit meeting', 'Summit'],
  ['trilateral summit meeting', 'Summit'],
  ['one-on-one meeting', 'Meeting'],
  ['working lunch', 'Meeting'],
  ['banquet', 'Meeting'],
  ['luncheon', 'Meeting'],
  ['luncheon meeting', 'Meeting'],
  ['talks', 'Talks'],
  ['negotiations', 'Talks'],
  ['consultations', 'Talks'],
  ['telephone conversation', 'PhoneCall'],
  ['telephone call', 'PhoneCall'],
  ['telephone talks', 'PhoneCall'],
  ['phone conversation', 'PhoneCall'],
  ['phone call', 'PhoneCall'],
  ['phone talks', 'PhoneCall'],
  ['video call', 'PhoneCall'],
  ['video conference', 'PhoneCall'],
  ['videoconference', 'PhoneCall'],
  ['video link', 'PhoneCall'],
  ['video conference call', 'PhoneCall'],
  ['telephone talk', 'PhoneCall'],
  ['phone talk', 'PhoneCall'],
  ['telephone conversations', 'PhoneCall'],
  ['phone conversations', 'PhoneCall'],
  ['telephone meeting', 'PhoneCall'],
  ['telephone conference', 'PhoneCall'],
  ['teleconference', 'PhoneCall'],
  ['video-conference', 'PhoneCall'],
  ['videoconference call', 'PhoneCall'],
  ['conversation by telephone', 'PhoneCall'],
  ['conversation by phone', 'PhoneCall'],
  ['conversation over the phone', 'PhoneCall'],
  ['talks by telephone', 'PhoneCall'],
  ['talks by phone', 'PhoneCall'],
  ['talk by telephone', 'PhoneCall'],
  ['telephone calls', 'PhoneCall'],
  ['phone calls', 'PhoneCall'],
  ['call', 'PhoneCall'],
  ['calls', 'PhoneCall'],
  ['press conference', 'PressConference'],
  ['news conference', 'PressConference'],
  ['joint press conference', 'PressConference'],
  ['press briefing', 'PressConference'],
  ['briefing', 'PressConference'],
  ['press announcement', 'PressConference'],
  ['joint press announcement', 'PressConference'],
  ['summit', 'Summit'],
  ['conference', 'Summit'],
  ['climate conference', 'Summit'],
  ['visit', 'Visit'],
  ['state visit', 'Visit'],
  ['official visit', 'Visit'],
  ['working visit', 'Visit'],
  ['conversation', 'Meeting'],
  ['press availability', 'PressConference'],
  ['joint press availability', 'PressConference'],
  ['media availability', 'PressConference'],
  ['press point', 'PressConference'],
  ['joint press point', 'PressConference'],
  ['press encounter', 'PressConference'],
  ['news briefing', 'PressConference'],
  ['media briefing', 'PressConference'],
  ['press conferences', 'PressConference'],
  ['joint news conference', 'PressConference'],
  ['joint press statement', 'PressConference'],
  ['summits', 'Summit'],
  ['visits', 'Visit'],
  ['trip', 'Visit'],
  ['dialogue', 'Talks'],
];

/** "COP26": the prefix of a numbered conference (a summit) written as one word with its number. */
export const NUMBERED_CONFERENCE = 'cop';

/** Triggers that name an event only written with a capital after a capitalised word ("the Cyber Dialogue", not "dialogue is needed"). */
export const PROPER_ONLY_TRIGGERS = set(`dialogue`);

/**
 * Adverbs that may stand between the verb of a verbal trigger and the rest of
 * it ("spoke today with", "spoke separately by phone with", "met again with").
 */
export const INTERPOSED_ADVERBS = set(`
  today yesterday tonight again separately also briefly earlier later virtually directly
  personally once jointly
`);

/** "spoke this morning with": a time of day after "this" may stand there too. */
export const INTERPOSED_TIMES = set(`morning afternoon evening`);

/** Triggers that name an event only when definite ("our conversation", not "in close conversation"). */
export const DEFINITE_ONLY_TRIGGERS = set(`conversation call calls`);

/** Words after "call" that make it no phone call ("the call for peace", "the call to action"). */
export const NOT_A_CALL_AFTER = set(`for to on upon`);

/** Determiners that make a trigger definite. */
export const DEFINITE_DETERMINERS = set(`the this that our my their his her its`);

/** Adverbs that make a verb generic, not an event ("the first time a President has ever met …"). */
export const GENERIC_ADVERBS = set(`ever never`);

/** Parts of a day that open the segments of a day log ("In the afternoon, …"). */
export const TIMES_OF_DAY = set(`morning midday noon afternoon evening night`);

/** Verbs whose object is an event their subject takes part in ("attended the summit"). */
export const PARTICIPATION_VERBS = set(`
  attended attend attends made make makes held hold holds hosted host hosts joined join joins
  chaired co-chaired
`);

/** Nouns for a part of an event: "at the conclusion of the summit" is at the summit. */
export const EVENT_PART_NOUNS = set(
  `conclusion end start beginning opening close sidelines margins eve`,
);

/** Verbs that themselves denote an event between their subject and object. */
export const EVENT_VERBS: readonly (readonly [string, EventKindName])[] = [
  ['met', 'Meeting'],
  ['meets', 'Meeting'],
  ['meet', 'Meeting'],
  ['spoke with', 'PhoneCall'],
  ['spoke by phone with', 'PhoneCall'],
  ['spoke by telephone with', 'PhoneCall'],
  ['spoke on the phone with', 'PhoneCall'],
  ['spoke to', 'PhoneCall'],
  ['spoke by phone to', 'PhoneCall'],
  ['talked to', 'PhoneCall'],
  ['spoke by phone', 'PhoneCall'],
  ['spoke by telephone', 'PhoneCall'],
  ['spoke on the phone', 'PhoneCall'],
  ['talked by phone with', 'PhoneCall'],
  ['talked by telephone with', 'PhoneCall'],
  ['talked by phone', 'PhoneCall'],
  ['telephoned', 'PhoneCall'],
  ['phoned', 'PhoneCall'],
  ['spoke over the phone with', 'PhoneCall'],
  ['speak with', 'PhoneCall'],
  ['speaks with', 'PhoneCall'],
  ['speak by phone with', 'PhoneCall'],
  ['talked with', 'PhoneCall'],
  ['had a call with', 'PhoneCall'],
  ['had a phone call with', 'PhoneCall'],
  ['had a telephone call with', 'PhoneCall'],
  ['received', 'Meeting'],
  ['receives', 'Meeting'],
  ['hosted', 'Meeting'],
  ['hosts', 'Meeting'],
  ['welcomed', 'Meeting'],
  ['host', 'Meeting'],
  ['receive', 'Meeting'],
  ['welcoming', 'Meeting'],
  ['hosting', 'Meeting'],
  ['arrived in', 'Visit'],
  ['arrives in', 'Visit'],
  ['arrive in', 'Visit'],
  ['traveled to', 'Visit'],
  ['travelled to', 'Visit'],
  ['travels to', 'Visit'],
  ['travel to', 'Visit'],
  ['held talks', 'Talks'],
  ['hold talks', 'Talks'],
  ['visited', 'Visit'],
  ['visiting', 'Visit'],
  ['stood together', 'Meeting'],
  ['sat down with', 'Meeting'],
  ['briefed reporters', 'PressConference'],
  ['briefed journalists', 'PressConference'],
  ['briefed the press', 'PressConference'],
  ['briefed the media', 'PressConference'],
  ['holds talks', 'Talks'],
  ['spoke by videoconference with', 'PhoneCall'],
  ['spoke by video link with', 'PhoneCall'],
  ['spoke via video link with', 'PhoneCall'],
];

export type EventKindName =
  'Meeting' | 'PhoneCall' | 'PressConference' | 'Summit' | 'Visit' | 'Talks';

/** Auxiliaries and relative words between a subject and its verb ("Abe, who was visiting"). */
export const SUBJECT_LINKS = set(`who which was were is are has have had been being`);

/** Auxiliaries between a subject and a planned verb ("X will meet", "X is scheduled to travel"). */
export const PLANNED_LINKS = set(
  `will would shall also to scheduled expected set due plans planned`,
);

/** "that was scheduled for June 12": a relative clause that dates a planned event. */
export const SCHEDULE_WORDS = set(`scheduled set planned due slated`);

/** Words before an event trigger that make it planned rather than held. */
export const PLANNED_MARKERS = set(`
  planned upcoming forthcoming scheduled future next proposed expected prospective
  will would shall to-be forward
`);

/** Movement verbs whose event is a visit only with a place ("arrived in Paris", not "arrived in time"). */
export const MOVEMENT_VERBS = set(`arrived arrives arrive traveled travelled travels travel`);

/** Nouns of a journey, a visit only with its destination ("the trip to Europe", not "I made the trip"). */
export const TRIP_NOUNS = set(`trip`);

/** Past forms of event verbs: their event is held, and a day without a year is the last one ("met … on June 3"). */
export const PAST_EVENT_VERBS = set(`
  met spoke talked telephoned phoned held had received hosted welcomed arrived traveled
  travelled visited
`);

/** Months and weekdays: "arrived in June" names no place. */
export const DATE_NAMES = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Verbs that are a meeting only with a person as their object ("received Wang Yi", not "received a letter"). */
export const RECEPTION_VERBS = set(
  `received receives receive hosted hosts host hosting welcomed welcoming`,
);

/** "talks in restricted format", "in an expanded format": a part of one talks event. */
export const FORMAT_WORDS = set(
  `restricted expanded narrow extended broad broader enlarged plenary`,
);

/** Words after an event trigger in its sentence that make it planned ("next week", "tomorrow"). */
export const PLANNED_AFTER = set(`tomorrow`);

/** Verbs after "to" that arrange an event still to come ("agreed to hold talks", "to attend the summit"). */
export const ARRANGE_VERBS = set(`
  hold have convene organize organise host attend arrange schedule pay make continue resume
`);

/** Words that may open a date standing among a noun trigger's modifiers ("the June 14 NATO Summit", "their joint September 27 meeting"). */
export const DATE_MODIFIER_LEADS = set(`
  the this that our my their his her its a an joint bilateral upcoming planned scheduled
  forthcoming trilateral
`);

/** Base forms of event verbs: "to attend the summit and meet with X" is planned with the summit. */
export const BASE_EVENT_VERBS = set(`meet visit travel host receive speak hold attend`);

/** Words before an event trigger that make it held. */
export const HELD_MARKERS = set(`recent recently last past previous held had took`);

export const EVIDENCE_LEAD = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'at',
  'during',
  'after',
  'before',
  'on',
  'for',
  'in',
  'of',
  'ahead',
  'following',
  'since',
  'telephone',
  'phone',
  'video',
  'joint',
  'bilateral',
  'official',
  'state',
  'working',
  'first',
  'trilateral',
  'high-level',
  'summit',
  'ministerial',
  'latest',
  'next',
  'last',
  'earlier',
  ...PLANNED_MARKERS,
  ...HELD_MARKERS,
]);

export const WINDOW_STOPS = new Set([
  'when',
  'while',
  'which',
  'who',
  'that',
  'where',
  'because',
  'but',
  'so',
  'although',
]);

export const POSSESSIVE_FIRST_PERSON = new Set(['my', 'our']);

export const PLANNED_VERB_CONTEXT = new Set([
  'will',
  'forward',
  'would',
  'shall',
  'to',
  'plans',
  'planned',
  'plan',
]);

export const COMPANION_LEADS = new Set([
  'together with',
  'along with',
  'accompanied by',
  'joined by',
]);
