/** Lookups in the compiled dictionaries: holders of an office on a date, a person's offices, a publisher's organisation. */

import type { IsoDate, OfficeTerm } from '../../model';
import { orgId, toSlug } from '../../model';
import type { CompiledDictionaries } from './compile';

/**
 * The organisation a document's publisher names: the dictionary's whose
 * name or alias has the same slug ("AP" → `org:associated-press`), else
 * `org:<slug>`; null without a publisher.
 */
export function publisherId(dict: CompiledDictionaries, publisher: string | null): string | null {
  if (publisher === null) return null;
  return dict.orgsBySlug.get(toSlug(publisher)) ?? orgId(publisher);
}

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
