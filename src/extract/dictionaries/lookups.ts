/** Lookups in the compiled dictionaries: holders of an office on a date, a person's offices, a publisher's organisation. */

import type { IsoDate, OfficeEntry, OfficeTerm } from '../../model';
import { orgId, toSlug } from '../../model';
import type { CompiledDictionaries } from './compile';

/**
 * The organisation a document's publisher names: the dictionary's whose
 * name or alias has the same slug ("AP" → `org:associated-press`), else
 * `org:<slug>`; null without a publisher.
 */
export function publisherId(dict: CompiledDictionaries, publisher: string | null): string | null {
  if (publisher === null) return null;
  let memo = publisherMemo.get(dict);
  if (!memo) {
    memo = new Map();
    publisherMemo.set(dict, memo);
  }
  let id = memo.get(publisher);
  if (id === undefined) {
    id = dict.orgsBySlug.get(toSlug(publisher)) ?? orgId(publisher);
    // A batch names a few publishers again and again; bounded all the same.
    if (memo.size >= 4096) memo.clear();
    memo.set(publisher, id);
  }
  return id;
}

/** Publisher ids by publisher name, per compiled dictionaries (they depend on nothing else). */
const publisherMemo = new WeakMap<CompiledDictionaries, Map<string, string | null>>();

/** Actors holding `office` on `date` (any holder when the date is unknown). */
export function holdersOn(c: CompiledDictionaries, office: string, date: IsoDate | null): string[] {
  const list = c.holders.get(office) ?? [];
  const out = new Set<string>();
  for (const { actor, term } of list) {
    if (
      date === null ||
      ((term.from === null || term.from <= date) && (term.to === null || date <= term.to))
    ) {
      out.add(actor);
    }
  }
  return [...out].sort();
}

/** Offices an actor holds on `date` (all of them when the date is unknown). */
export function officesOn(
  c: CompiledDictionaries,
  actor: string,
  date: IsoDate | null,
): OfficeTerm[] {
  const a = c.actors.get(actor);
  if (!a) return [];
  return a.offices.filter(
    (term) =>
      date === null ||
      ((term.from === null || term.from <= date) && (term.to === null || date <= term.to)),
  );
}

/** Offices by the country or organisation they are of, per compiled dictionaries. */
const officesByOf = new WeakMap<
  CompiledDictionaries,
  Map<string | null, (readonly [string, OfficeEntry])[]>
>();

/**
 * The offices of `of` as `[id, entry]`, in the order of `dict.offices`: what
 * `for (const [id, entry] of dict.offices) if (entry.of === of)` visits, without
 * visiting every office.
 */
export function officesOf(
  dict: CompiledDictionaries,
  of: string | null,
): readonly (readonly [string, OfficeEntry])[] {
  let byOf = officesByOf.get(dict);
  if (!byOf) {
    byOf = new Map();
    for (const [id, entry] of dict.offices) {
      const list = byOf.get(entry.of);
      if (list) list.push([id, entry]);
      else byOf.set(entry.of, [[id, entry]]);
    }
    officesByOf.set(dict, byOf);
  }
  return byOf.get(of) ?? [];
}
