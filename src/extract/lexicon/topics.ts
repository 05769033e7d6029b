/** Topic words: the adjuncts that open a paragraph by naming its topic. */

/** "On Iran, …", "Regarding the Arctic, …", "Turning to trade, …": the words opening a topic adjunct (one to three, lower case). */
export const TOPIC_LEADS: ReadonlySet<string> = new Set([
  'on',
  'regarding',
  'concerning',
  'turning to',
  'as for',
  'as to',
  'as regards',
  'with regard to',
  'with respect to',
  'in regard to',
  'on the subject of',
  'on the issue of',
  'on the question of',
]);

/** Nouns that make a hyphenated pair of names a bilateral relation ("Japan-EU relations"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(['relations', 'relationship', 'ties']);

/** The vocabulary topic of "Japan-EU relations" (used only when data/topics.json has it). */
export const PAIR_RELATIONS_TOPIC = 'topic:bilateral-relations';
