/**
 * Closed-class word lists the extraction rules rely on: grammar words, title
 * words and event words. They describe English, not the world, so they live
 * beside the rules; facts about the world (people, offices, countries,
 * places, topics, speech verbs) come from the dictionaries under `data/`.
 */

export * from './dates';
export * from './events';
export * from './grammar';
export * from './titles';
export * from './topics';
