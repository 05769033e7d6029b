/** Types of the graph, shared by every step of the data flow. */
export type * from './document-graph';
export type * from './dictionaries';
export { ENTITY_TYPES, EVENT_KINDS, POLARITIES, SPEECH_ACTS } from './document-graph';
export type * from './source-document';
export { DiplographError, ConfigError, Neo4jSetupError } from './errors';
export { orgId, personId, toSlug } from './ids';
