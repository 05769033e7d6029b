/** Which offices and people fit a role phrase or a group noun, memoised per compiled dictionaries. */

import { GROUP_NOUN_ROLES } from '../lexicon/titles';
import type { CompiledDictionaries } from './compile';
import { officesOn } from './lookups';

/** Answers of officeHasRole per compiled dictionaries: they depend on the dictionaries only. */
const roleMemo = new WeakMap<CompiledDictionaries, Map<string, boolean>>();

/** Whether an office (by id) has a role phrase containing `role` as whole words. */
export function officeHasRole(dict: CompiledDictionaries, office: string, role: string): boolean {
  let memo = roleMemo.get(dict);
  if (!memo) {
    memo = new Map();
    roleMemo.set(dict, memo);
  }
  const key = `${office}\u0000${role}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    const entry = dict.offices.get(office);
    const needle = ` ${role} `;
    answer =
      !!entry &&
      (entry.roles.some((r) => ` ${r.toLowerCase()} `.includes(needle)) ||
        ` ${entry.title.toLowerCase()} `.includes(needle));
    memo.set(key, answer);
  }
  return answer;
}

/**
 * Whether a person holds one of the roles a group noun implies on `date`
 * ("the two Presidents" are presidents, a Vice President is not); people
 * the dictionaries do not know fit any group.
 */
export function fitsGroupNoun(
  dict: CompiledDictionaries,
  person: string,
  noun: string,
  date: string | null,
): boolean {
  const spec = GROUP_NOUN_ROLES.get(noun);
  if (!spec) return true;
  const terms = officesOn(dict, person, date);
  if (terms.length === 0) return !dict.actors.has(person);
  return terms.some((term) => {
    const entry = dict.offices.get(term.office);
    const phrases = [...(entry?.roles ?? []), term.title].map((r) => r.toLowerCase());
    return spec.roles.some((role) =>
      phrases.some((ph) => (spec.exact ? ph === role : ` ${ph} `.includes(` ${role} `))),
    );
  });
}

export function personHoldsRole(
  dict: CompiledDictionaries,
  person: string,
  role: string,
  date: string | null,
): boolean {
  return officesOn(dict, person, date).some((term) => officeHasRole(dict, term.office, role));
}
