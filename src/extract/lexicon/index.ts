/**
 * Closed-class word lists the extraction rules rely on: grammar words, title
 * words and event words. They describe English, not the world, so they live
 * beside the rules; facts about the world (people, offices, countries,
 * places, topics, speech verbs) come from the dictionaries under `data/`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations whose period never ends a sentence (titles before a name). */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms dr gen sen rep gov col lt capt maj sgt adm prof rev hon amb st mt cmdr messrs mme
`);

/**
 * Abbreviations whose period may end a sentence; they end one only when the
 * next word is a common sentence opener (see SENTENCE_OPENERS).
 */
export const OTHER_ABBREVIATIONS = set(`
  jr sr inc ltd co corp etc vs approx dept est no nos fig vol art para pp
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that open a sentence after an ambiguous abbreviation ("… the U.S. The …"). */
export const SENTENCE_OPENERS = set(`
  the a an he she it they we i you this that these those there his her its their our
  but and or so yet however in on at as after before during when while if although
  meanwhile earlier later today yesterday tomorrow according asked
`);

/** Generic title words that may precede a personal name ("Director Wang", "Premier Li"). */
export const TITLE_WORDS = [
  'president',
  'vice president',
  'prime minister',
  'premier',
  'vice premier',
  'chancellor',
  'minister',
  'foreign minister',
  'deputy foreign minister',
  'deputy minister',
  'secretary',
  'secretary of state',
  'secretary-general',
  'deputy secretary-general',
  'under secretary',
  'assistant secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'press secretary',
  'director',
  'director general',
  'director-general',
  'chairman',
  'chairwoman',
  'chair',
  'general secretary',
  'ambassador',
  'envoy',
  'special envoy',
  'representative',
  'high representative',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'crown prince',
  'prince',
  'emir',
  'sheikh',
  'general',
  'admiral',
  'commissioner',
  'adviser',
  'advisor',
  'national security adviser',
  'national security advisor',
  'counselor',
  'member',
  'war cabinet member',
  'leader',
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'h.e',
] as const;

/** Title words that name an office-holder's role (not mere honorifics). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'h . e .',
  'h . e',
  'honorable',
  'honourable',
]);

/** Words a role phrase may use as head when it stands alone ("the minister", "The Secretary"). */
export const ROLE_HEADS = set(`
  president premier chancellor minister secretary spokesperson spokesman spokeswoman director
  chairman ambassador envoy representative senator governor king queen leader
`);

/** Plural role nouns that name a group ("the two Presidents", "the leaders"). */
export const GROUP_NOUNS = set(`
  presidents leaders ministers sides parties secretaries premiers chancellors delegations
`);

/** Numerals and quantifiers inside group phrases ("the two leaders", "both sides"). */
export const GROUP_QUANTIFIERS = set(`two three four five both all`);

/** Group sizes the quantifiers give ("the two leaders" is a group of two). */
export const GROUP_SIZES: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['both', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/**
 * The leader of a country, as summit declarations mean it ("We, the leaders
 * of Japan, China and Korea"): the holder of the office with the first of
 * these role phrases the country has.
 */
export const LEADER_OFFICE_ROLES = ['head of government', 'head of state'];

/** Role words that make someone a "leader" (of a country or an organisation). */
export const LEADER_ROLES = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'supreme leader',
  'head of state',
  'head of government',
  'chairman',
];

/**
 * Roles every member of a group noun holds ("the two Presidents" are
 * presidents): `exact` compares whole role phrases (a Vice President is no
 * president), otherwise a role phrase containing the word is enough (a
 * Foreign Minister is a minister).
 */
export const GROUP_NOUN_ROLES: ReadonlyMap<string, { roles: readonly string[]; exact: boolean }> =
  new Map([
    ['presidents', { roles: ['president', 'head of state'], exact: true }],
    ['leaders', { roles: LEADER_ROLES, exact: true }],
    ['premiers', { roles: ['premier', 'prime minister'], exact: true }],
    ['chancellors', { roles: ['chancellor'], exact: true }],
    ['ministers', { roles: ['minister', 'secretary', 'high representative'], exact: false }],
    ['secretaries', { roles: ['secretary'], exact: false }],
  ]);

/** Determiners of "counterpart" ("his Iranian counterpart"). */
export const COUNTERPART_DETERMINERS = set(`his her their its our my the`);

/** Words that open a noun phrase: after them a speech verb has an object, not a clause. */
export const OBJECT_DETERMINERS = set(`
  a an the their his her its our my your this these those some any every each such another
`);

/** Nouns whose that-clause is what was said ("shared the view that X" reports X). */
export const VIEW_NOUNS = set(`view views opinion belief hope position`);

/** Nouns of speech a participle may follow ("made a remark indicating that …"). */
export const SPEECH_NOUNS = set(`
  remark remarks statement statements comment comments message speech address
`);

export const MALE_PRONOUNS = set(`he him his`);
export const FEMALE_PRONOUNS = set(`she her hers`);
export const PLURAL_PRONOUNS = set(`they them their`);
/** First-person words: a text that speaks with them outside quotes is someone's own statement. */
export const FIRST_PERSON = set(`i we my our us`);

/** Adverbs that may sit between a subject and its speech verb ("Lavrov also said"). */
export const VERB_ADVERBS = set(`
  also again once further then repeatedly strongly firmly clearly later earlier previously
  recently once more publicly separately likewise similarly further additionally
  has have had had also
`);

/** Speech verb forms that need "that", a quote or a clause: their object is not what was said. */
export const CLAUSE_ONLY_VERBS = set(`
  said says say saying told tells tell telling added adds adding asked asks asking
  wrote writes writing replied replies replying responded responds responding
  commented comments commenting remarked remarks believes believed
  according
`);

/** Words opening an adjunct before an attribution ("In his greetings at the banquet, he said"). */
export const LEAD_WORDS = set(
  `in at on during after before following while when speaking addressing`,
);

/** Irregular past forms of speech verbs ("I said", "we told"). */
export const PAST_SPEECH_FORMS = set(`said told wrote spoke`);

/** Participles that report somebody else's words inside an attribution ("recalling the words of"). */
export const REFERENCE_PARTICIPLES = set(`recalling citing quoting echoing paraphrasing`);

/** Words after "that"-less verbs that show the verb is not reporting speech ("noted for"). */
export const NON_CLAUSE_STARTS = set(`for by with to from into`);

/** Anaphoric topic phrases ("this topic") → the topic of the preceding statement. */
export const TOPIC_ANAPHORS = [
  'this topic',
  'this issue',
  'this matter',
  'this subject',
  'this question',
  'that topic',
  'that issue',
  'the topic',
  'the issue',
];

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
];

/** Triggers that name an event only when definite ("our conversation", not "in close conversation"). */
export const DEFINITE_ONLY_TRIGGERS = set(`conversation`);

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
  ['held talks', 'Talks'],
  ['hold talks', 'Talks'],
  ['visited', 'Visit'],
  ['visiting', 'Visit'],
  ['stood together', 'Meeting'],
];

export type EventKindName =
  'Meeting' | 'PhoneCall' | 'PressConference' | 'Summit' | 'Visit' | 'Talks';

/** Auxiliaries and relative words between a subject and its verb ("Abe, who was visiting"). */
export const SUBJECT_LINKS = set(`who which was were is are has have had been being`);

/** "that was scheduled for June 12": a relative clause that dates a planned event. */
export const SCHEDULE_WORDS = set(`scheduled set planned due slated`);

/** Words before an event trigger that make it planned rather than held. */
export const PLANNED_MARKERS = set(`
  planned upcoming forthcoming scheduled future next proposed expected prospective
  will would shall to-be
`);

/** Words before an event trigger that make it held. */
export const HELD_MARKERS = set(`recent recently last past previous held had took`);

/** Words that signal a relative or absolute date and are worth handing to chrono. */
export const DATE_TRIGGERS = set(`
  today yesterday tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  recent recently
`);

/** Words that may sit around a date word inside a date expression ("on Friday", "last week", "forty years ago"). */
export const DATE_CONTEXT_WORDS = set(`
  on in of the last next this past coming previous ago early late mid earlier later
  since until till by from to at before after
  morning afternoon evening night noon midnight local time
  a an one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
  few several
`);

/** Calendar units that make a date only with a modifier ("last week", "two days ago"). */
export const DATE_UNITS = set(`week month year weekend days weeks months years`);
export const DATE_UNIT_MODIFIERS = set(`last next this past coming previous ago`);

/** Date words that chrono cannot resolve to a day: they give a warning and a null date. */
export const VAGUE_DATE_WORDS = set(`recent recently earlier lately ago`);

/** Prepositions that make a city a place ("in Moscow") rather than a metonym ("Moscow said"). */
export const LOCATIVE_PREPOSITIONS = set(
  `in at to from near outside inside via visiting visited visit visits`,
);

/** Lower-case words allowed inside a speaker label ("President of the People's Republic of China"). */
export const LABEL_JOINERS = set(`of the and for de del la von van bin al on`);

/** Anonymous speaker labels: their turns are not statements. */
export const ANONYMOUS_LABELS = set(`
  question q reporter journalist participant moderator audience voice questioner operator
  interpreter follow-up
`);

/** Capitalised words that are dates before they are surnames ("May 17", "20 May"). */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Words before a capitalised chunk that make it a place or a thing, not a person ("at the Akasaka Palace"). */
export const NOT_BEFORE_NAMES = set(`the a an at in on of to from into for by with near`);
