/**
 * Pure checks of the review mutations' arguments, before any Cypher runs: each problem is a
 * BAD_USER_INPUT ApiError that names the argument, what was expected and what was found.
 */
import { SPEECH_ACTS, type SpeechAct } from '../../model';
import { toSlug } from '../../model/ids';
import { ApiError } from '../api-error';

export const MAX_WHY_LENGTH = 2000;
export const MAX_TOPICS = 50;
export const MAX_SPLIT_STATEMENTS = 500;
const MAX_NAME_LENGTH = 200;
const MAX_ID_LENGTH = 200;

const bad = (message: string) => new ApiError('BAD_USER_INPUT', message);

/** The reason an analyst gives: required, trimmed, at most 2,000 characters. */
export function checkWhy(why: unknown): string {
  const text = typeof why === 'string' ? why.trim() : '';
  if (text === '')
    throw bad('why: say why you make this correction (it is kept with it); found an empty reason.');
  if (text.length > MAX_WHY_LENGTH)
    throw bad(`why: at most ${MAX_WHY_LENGTH} characters; found ${text.length}.`);
  return text;
}

/** An id of the given kind (`stmt:`, `person:`, `topic:` followed by something). */
export function checkId(
  name: string,
  value: unknown,
  prefix: 'stmt:' | 'person:' | 'topic:',
): string {
  const id = typeof value === 'string' ? value.trim() : '';
  if (!id.startsWith(prefix) || id.length === prefix.length || id.length > MAX_ID_LENGTH)
    throw bad(`${name}: expected an id such as "${prefix}…"; found ${JSON.stringify(value)}.`);
  return id;
}

/** Distinct ids of one kind, in the order given, at most `max`. */
export function checkIds(
  name: string,
  values: unknown,
  prefix: 'stmt:' | 'person:' | 'topic:',
  { max, min = 0 }: { max: number; min?: number },
): string[] {
  if (!Array.isArray(values)) throw bad(`${name}: expected a list of ids.`);
  const ids = [...new Set(values.map((v, i) => checkId(`${name}[${i}]`, v, prefix)))];
  if (ids.length > max) throw bad(`${name}: at most ${max} ids; found ${ids.length}.`);
  if (ids.length < min) throw bad(`${name}: at least ${min} id; found none.`);
  return ids;
}

/** One of the speech acts (GraphQL's enum checks it first; this keeps the resolver honest). */
export function checkAct(value: unknown): SpeechAct {
  if (typeof value !== 'string' || !(SPEECH_ACTS as readonly string[]).includes(value))
    throw bad(`act: expected one of ${SPEECH_ACTS.join(', ')}; found ${JSON.stringify(value)}.`);
  return value as SpeechAct;
}

export interface SplitTarget {
  /** An existing person. */
  into: string | null;
  /** A new person: its name and its id (`person:<slug>`). */
  create: { id: string; name: string } | null;
}

/** splitPerson: exactly one of `into` (a person id) and `name` (a new person). */
export function checkSplitTarget(person: string, into: unknown, name: unknown): SplitTarget {
  const hasInto = into !== null && into !== undefined;
  const hasName = name !== null && name !== undefined;
  if (hasInto === hasName)
    throw bad(
      'splitPerson: give either `into` (the id of an existing person) or `name` (a new person), not both and not neither.',
    );
  if (hasInto) {
    const id = checkId('into', into, 'person:');
    if (id === person) throw bad(`into: the statements already belong to ${person}.`);
    return { into: id, create: null };
  }
  const text = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  const slug = toSlug(text);
  if (text === '' || slug === '' || text.length > MAX_NAME_LENGTH)
    throw bad(
      `name: the new person's name, with a letter or digit, at most ${MAX_NAME_LENGTH} characters; found ${JSON.stringify(name)}.`,
    );
  return { into: null, create: { id: `person:${slug}`, name: text } };
}
