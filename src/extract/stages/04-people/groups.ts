/**
 * Plural role phrases with their countries ("the foreign ministers of France
 * and Germany", "the leaders of Japan, China and Korea") and counterparts
 * ("his Iranian counterpart"): one reference per member.
 */

import { firstAtOrAfter } from '../../core/spans';
import { COUNTERPART_DETERMINERS, LEADER_OFFICE_ROLES } from '../../lexicon';
import type { Match } from '../../dictionaries/compile';
import { officesOf, officesOn } from '../../dictionaries/lookups';
import { lowerAt } from '../../core/tokens';
import type { RolePayload } from './names';
import type { PersonResolver } from './index';

/** Countries or organisations listed from token `k`: "France, Germany, and the United Kingdom". */
export function countryList(self: PersonResolver, k: number): { ids: string[]; last: number } {
  const t = self.t;
  const ids: string[] = [];
  let last = k;
  let j = k;
  while (j < t.count) {
    if (lowerAt(t, j) === 'the') j++;
    const m = self.matchIndex.get(j);
    const c = m?.payloads.find((p) => p.type === 'country' || p.type === 'org');
    if (!m || !c) break;
    if (!ids.includes(c.id)) ids.push(c.id);
    last = m.last;
    j = m.last;
    if (j < t.count && lowerAt(t, j) === ',') j++;
    if (j < t.count && lowerAt(t, j) === 'and') j++;
  }
  return { ids, last };
}

/** Countries listed right before token `k`: "the French, German and British (foreign ministers)". */
export function countryListBefore(
  self: PersonResolver,
  k: number,
): { ids: string[]; first: number } {
  const t = self.t;
  const ids: string[] = [];
  let first = k;
  let j = k;
  for (;;) {
    let found: Match | null = null;
    for (let back = j - 1; back >= Math.max(0, j - 6); back--) {
      const m = self.matchIndex.get(back);
      if (m && m.last === j) found = m;
      if (m) break;
    }
    const c = found?.payloads.find((p) => p.type === 'country' || p.type === 'org');
    if (!found || !c) break;
    ids.unshift(c.id);
    first = found.first;
    j = found.first;
    if (j > 0 && lowerAt(t, j - 1) === 'and') j--;
    if (j > 0 && lowerAt(t, j - 1) === ',') j--;
    if (j === first) break;
  }
  return { ids, first };
}

/**
 * A plural role phrase with its countries: "the Ministers of Foreign Affairs
 * of France, Germany, and the United Kingdom", "the French and German
 * foreign ministers" → one reference per member, each the holder of that
 * country's office on the document date, all with the phrase's span.
 * Without countries ("the two Ministers") it is a group noun, left to
 * attribution.
 */
export function handlePluralRole(self: PersonResolver, m: Match, role: RolePayload): number {
  const t = self.t;
  let ids: string[] = [];
  let first = m.first;
  let last = m.last;
  if (m.last < t.count && lowerAt(t, m.last) === 'of') {
    const after = countryList(self, m.last + 1);
    ids = after.ids;
    if (ids.length > 0) last = after.last;
  }
  if (ids.length === 0) {
    const before = countryListBefore(self, m.first);
    if (before.ids.length >= 2) {
      ids = before.ids;
      first = before.first;
    }
  }
  if (ids.length === 0) return m.last;
  if (first > 0 && lowerAt(t, first - 1) === 'the') first--;
  for (const of of ids) {
    let offices = role.role === 'leader' ? leaderOffices(self, of) : self.officesFor(role, of);
    // "the G7 Foreign Ministers of …, the United States": the office sharing most roles.
    if (offices.length === 0 && role.role !== 'leader') offices = closestOffices(self, role, of);
    const holders = new Set<string>();
    for (const o of offices) for (const h of self.holders(o)) holders.add(h);
    if (offices.length === 1 && holders.size === 1)
      self.push(first, last, [...holders][0]!, 'role', offices[0]!, role.role);
  }
  return last;
}

/**
 * The offices of `of` that share the most roles with the offices a role phrase
 * names (the US Secretary of State is no "foreign minister", but both are the
 * country's "top diplomat"); none on a tie.
 */
function closestOffices(self: PersonResolver, role: RolePayload, of: string): string[] {
  const dict = self.ctx.dict;
  const roles = new Set<string>();
  for (const o of role.offices)
    for (const r of dict.offices.get(o)?.roles ?? []) roles.add(r.toLowerCase());
  let best: string[] = [];
  let bestScore = 0;
  for (const [id, entry] of officesOf(dict, of)) {
    const score = entry.roles.filter((r) => roles.has(r.toLowerCase())).length;
    if (score > bestScore) {
      best = [id];
      bestScore = score;
    } else if (score > 0 && score === bestScore) best.push(id);
  }
  return best.length === 1 ? best : [];
}

/** The office whose holder leads a country: its head of government, else its head of state. */
export function leaderOffices(self: PersonResolver, of: string): string[] {
  const dict = self.ctx.dict;
  for (const role of LEADER_OFFICE_ROLES) {
    const found: string[] = [];
    for (const [id, entry] of officesOf(dict, of))
      if (entry.roles.some((r) => r.toLowerCase() === role)) found.push(id);
    if (found.length > 0) return found.sort();
  }
  return [];
}

export function isCounterpart(self: PersonResolver, m: Match): boolean {
  const w = lowerAt(self.t, m.last);
  return (
    (w === 'counterpart' || w === 'counterparts') &&
    m.payloads.some((p) => p.type === 'country' || p.type === 'org')
  );
}

/**
 * "his Iranian counterpart", "their Russian counterpart": the holder of the
 * office of that country that shares a role ("Foreign Minister", "top
 * diplomat") with the offices of the people named before in the sentence.
 */
export function handleCounterpart(self: PersonResolver, m: Match): number {
  const t = self.t;
  const { dict, date } = self.ctx;
  const last = m.last + 1;
  const c = m.payloads.find((p) => p.type === 'country' || p.type === 'org')!;
  let first = m.first;
  if (first > 0 && COUNTERPART_DETERMINERS.has(lowerAt(t, first - 1))) first--;
  const si = firstAtOrAfter(self.ctx.sentences, t.start[m.first]! + 1) - 1;
  const from = si >= 0 ? self.ctx.sentences[si]!.start : 0;
  const roles = new Set<string>();
  for (let k = self.refs.length - 1; k >= 0 && self.refs[k]!.start >= from; k--) {
    const ref = self.refs[k]!;
    if (!ref.person || ref.inQuote) continue;
    const offices = officesOn(dict, ref.person, date).map((term) => term.office);
    if (ref.office) offices.push(ref.office);
    for (const o of offices)
      for (const r of dict.offices.get(o)?.roles ?? []) roles.add(r.toLowerCase());
  }
  let best: string[] = [];
  let bestScore = 0;
  for (const [id, entry] of officesOf(dict, c.id)) {
    const score = entry.roles.filter((r) => roles.has(r.toLowerCase())).length;
    if (score > bestScore) {
      best = [id];
      bestScore = score;
    } else if (score > 0 && score === bestScore) best.push(id);
  }
  if (best.length !== 1) return last;
  const holders = self.holders(best[0]!);
  if (holders.length === 1) self.push(first, last, holders[0]!, 'role', best[0]!);
  return last;
}

export function pickByOffice(
  self: PersonResolver,
  ids: readonly string[],
  offices: readonly string[],
): string | null {
  const hit = ids.filter((p) => offices.some((o) => self.holders(o).includes(p)));
  return hit.length === 1 ? hit[0]! : null;
}
