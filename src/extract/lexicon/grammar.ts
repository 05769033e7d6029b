/** Grammar words: abbreviations, sentence openers, pronouns, speech-verb syntax, labels. */

import { set } from './word-set';

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

/**
 * Prepositions opening a sentence's adverbial about another, earlier or later occasion
 * ("Following X's call with Y on Friday, …", "Ahead of …, …"): the people it names up to its
 * comma are not the group the sentence's subject or a later "they" means.
 */
export const OTHER_OCCASION_OPENERS = set(`following after before ahead prior further`);

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
  has have had had also continued
`);

/** VERB_ADVERBS that sit only before a speech verb: after it they begin the content ("agreed to have …"). */
export const PRE_VERB_ONLY = set(`has have had continued`);

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
