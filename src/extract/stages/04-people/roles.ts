/**
 * A role phrase before or after a name ("Foreign Minister X", "X, the Y
 * minister,", "the Russian Foreign Minister"): the person it names, the office
 * attached; a name the dictionaries do not know becomes a new person.
 */

import { HONORIFICS, LABEL_JOINERS, NOT_BEFORE_NAMES } from '../../lexicon';
import { publisherId } from '../../dictionaries/lookups';
import { ALL_CAPS, CAPITALISED, WORD, has, lowerAt, textAt } from '../../core/tokens';
import type { Match } from '../../dictionaries/compile';
import type { Chunk, RolePayload } from './names';
import {
  isSentenceInitial,
  lookupFirstLast,
  lookupFoldedSurname,
  nameChunk,
  payloadOf,
} from './names';
import type { PersonResolver } from './index';
import { pickByOffice } from './groups';

/** A role phrase, with what precedes it (country) and follows it (of-phrase, name). */
export function handleRole(self: PersonResolver, mi: number): number {
  const t = self.t;
  const matches = self.ctx.named;
  const { dict, date } = self.ctx;
  // A chain of roles and honorifics: "H.E. Mr. Li Keqiang".
  let end = mi;
  while (end + 1 < matches.length) {
    const next = matches[end + 1]!;
    if (
      next.first !== matches[end]!.last &&
      !(next.first === matches[end]!.last + 1 && textAt(t, matches[end]!.last) === '.')
    )
      break;
    if (payloadOf(next, 'role').length === 0) break;
    end++;
  }
  // The chain is matches[mi..end]; its role is the last one that is no honorific.
  let roleMatch: Match | null = null;
  for (let k = end; k >= mi && !roleMatch; k--) {
    if (!HONORIFICS.has(payloadOf(matches[k]!, 'role')[0]!.role)) roleMatch = matches[k]!;
  }
  const role = roleMatch ? payloadOf(roleMatch, 'role')[0]! : null;
  const first = matches[mi]!.first;
  let after = matches[end]!.last;
  // "Mr. Li", "Gen. Milley": the period of an abbreviation, not a sentence end ("Mr. Secretary. The …").
  if (after < t.count && textAt(t, after) === '.' && t.end[after - 1]! - t.start[after - 1]! <= 3)
    after++;
  const before = self.countryBefore(first, role);
  let of = before.of;
  let start = before.start;
  // "the Ruritanian minister": a capitalised word we do not know, used as a demonym.
  if (
    !of &&
    start > 1 &&
    has(t, start - 1, CAPITALISED) &&
    has(t, start - 1, WORD) &&
    !self.matchIndex.has(start - 1) &&
    lowerAt(t, start - 2) === 'the'
  ) {
    start--;
  }
  if (start > 0 && lowerAt(t, start - 1) === 'the') start--;
  const determined = start < first || (t.flags[first]! & CAPITALISED) !== 0;

  // "President of Russia Vladimir Putin", "Director of the CCP … Office Wang Yi".
  let nameAt = after;
  let lastEntityEnd = -1;
  if (after < t.count && lowerAt(t, after) === 'of' && role) {
    let k = after + 1;
    let personAt = -1;
    let titleEnd = -1;
    while (k < t.count && k - after <= 14) {
      const m = self.matchIndex.get(k);
      if (m && (payloadOf(m, 'person').length > 0 || payloadOf(m, 'surname').length > 0)) {
        personAt = k;
        break;
      }
      // "the President of Russia briefed Angela Merkel": a verb ends the of-phrase.
      if (m && payloadOf(m, 'verb').length > 0) break;
      if (m) {
        const c = m.payloads.find((p) => p.type === 'country' || p.type === 'org');
        if (c && (c.type === 'country' || c.type === 'org')) {
          of = c.id;
          lastEntityEnd = m.last;
        }
        // "… of the Ukrainian Armed Forces Gen. Valery Zaluzhnyy": a title closes the phrase.
        else if (payloadOf(m, 'role').length > 0) titleEnd = m.last;
        k = m.last;
        continue;
      }
      const f = t.flags[k]!;
      const word = lowerAt(t, k);
      if ((f & WORD) !== 0 && ((f & CAPITALISED) !== 0 || LABEL_JOINERS.has(word))) {
        k++;
        continue;
      }
      if (word === "'" || (word === 's' && k > 0 && lowerAt(t, k - 1) === "'")) {
        k++;
        continue;
      }
      break;
    }
    if (personAt >= 0) nameAt = personAt;
    else if (titleEnd > lastEntityEnd) nameAt = titleEnd;
    else if (lastEntityEnd >= 0) nameAt = lastEntityEnd;
    else nameAt = after;
  }
  const offices = self.officesFor(role, of);
  const office = offices.length === 1 ? offices[0]! : null;

  // A name follows.
  const nm = self.matchIndex.get(nameAt);
  if (nm && payloadOf(nm, 'person').length > 0) {
    const ids = payloadOf(nm, 'person').map((p) => p.id);
    const person =
      ids.length === 1
        ? ids[0]!
        : (pickByOffice(self, ids, offices) ?? self.recent(ids) ?? ids.sort()[0]!);
    self.push(start, nm.last, person, 'name', office, role?.role ?? null);
    return nm.last;
  }
  const chunk = nameChunk(t, nameAt, t.count);
  if (chunk && !chunkIsOther(self, chunk) && !NOT_NAMES.has(chunk.words[0]!.toLowerCase())) {
    const hit = lookupFirstLast(dict, chunk.words);
    if (hit && hit.length > 0) {
      self.push(
        start,
        chunk.last,
        pickByOffice(self, hit, offices) ?? self.recent(hit) ?? [...hit].sort()[0]!,
        'name',
        office,
      );
      return chunk.last;
    }
    const sm = self.matchIndex.get(chunk.first);
    if (chunk.words.length === 1 && sm && payloadOf(sm, 'surname').length > 0) {
      const ids = payloadOf(sm, 'surname').map((p) => p.id);
      const person = self.resolveSurname(ids, role);
      self.push(start, sm.last, person, 'title', office, role?.role ?? null);
      return sm.last;
    }
    // "General Milley" after "General Mark Milley": a person the text introduced.
    const introduced = chunk.words.length === 1 && !sm ? self.newBySurname(chunk.words[0]!) : null;
    if (introduced) {
      self.push(start, chunk.last, introduced, 'title', office, role?.role ?? null);
      return chunk.last;
    }
    // "President Zelensky": a surname spelled another way.
    const variant =
      chunk.words.length === 1 && !sm
        ? lookupFoldedSurname(dict, chunk.words[0]!, date)
        : undefined;
    if (variant) {
      const person = self.resolveSurname(variant, role);
      if (person) {
        self.push(start, chunk.last, person, 'title', office, role?.role ?? null);
        return chunk.last;
      }
    }
    if (chunk.words.length >= 2 && role && !HONORIFICS.has(role.role)) {
      const id = self.addNewPerson(chunk.words, office);
      self.push(start, chunk.last, id, 'title', office, role.role);
      return chunk.last;
    }
    if (chunk.words.length >= 2 && role) {
      const id = self.addNewPerson(chunk.words, null);
      self.push(start, chunk.last, id, 'title', null);
      return chunk.last;
    }
  }
  if (!role) return after;

  // "X, the Y minister," — a new person named before the role.
  const appositive = appositiveName(self, start);
  if (appositive) {
    const id = self.addNewPerson(appositive.words, office);
    self.push(appositive.first, appositive.last, id, 'title', office);
    self.push(start, roleMatch!.last, id, 'title', office);
    return roleMatch!.last;
  }

  // "The Special Envoy of the Secretary-General for Yemen, Martin Griffiths, …".
  const named = nameAfterRole(self, Math.max(after, lastEntityEnd));
  if (named && !HONORIFICS.has(role.role)) {
    const hit = lookupFirstLast(dict, named.words);
    const known = hit && hit.length > 0 ? (pickByOffice(self, hit, offices) ?? hit[0]!) : null;
    const id = known ?? self.addNewPerson(named.words, office);
    self.push(start, named.last, id, known ? 'name' : 'title', office, role.role);
    return named.last;
  }

  // The role alone, with its of-phrase ("the High Representative of the European Union").
  const last = Math.max(roleMatch!.last, lastEntityEnd);
  if (of) {
    const holders = new Set<string>();
    for (const o of offices) for (const h of self.holders(o)) holders.add(h);
    if (holders.size === 1) {
      self.push(start, last, [...holders][0]!, 'role', office);
      return last;
    }
    self.push(start, last, null, 'role', office);
    return last;
  }
  if (determined) {
    // A name we cannot resolve follows ("SECRETARY AUSTIN"): not the publisher's office holder.
    const person =
      self.recentWithRole(role.role) ??
      (has(t, last, CAPITALISED) && has(t, last, WORD) ? null : publisherHolder(self, role));
    self.push(start, last, person, 'role', null);
  }
  return last;
}

/** Capitalised words that open a sentence, never a name ("Mr. Secretary. The …"). */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'we', 'i', 'it', 'our']);

/** Longest stretch of a role's tail: "of the Secretary-General for Yemen". */
const MAX_ROLE_TAIL = 12;

/**
 * ", Name Name," right after a role phrase and its tail (capitalised words and
 * joiners: "of the Secretary-General for Yemen"): the person the role names.
 */
function nameAfterRole(self: PersonResolver, from: number): Chunk | null {
  const t = self.t;
  let k = from;
  while (k < t.count && k - from <= MAX_ROLE_TAIL && lowerAt(t, k) !== ',') {
    const f = t.flags[k]!;
    if ((f & WORD) === 0 && textAt(t, k) !== '-') return null;
    if ((f & CAPITALISED) === 0 && (f & WORD) !== 0 && !LABEL_JOINERS.has(lowerAt(t, k)))
      return null;
    k++;
  }
  if (k >= t.count || lowerAt(t, k) !== ',') return null;
  const chunk = nameChunk(t, k + 1, t.count);
  if (!chunk || chunk.words.length < 2 || chunkIsOther(self, chunk)) return null;
  const endWord = chunk.last < t.count ? lowerAt(t, chunk.last) : '.';
  if (endWord !== ',' && endWord !== '.') return null;
  return chunk;
}

/**
 * A role alone that nobody in the document holds ("The Secretary-General
 * said"): the holder on the document date of the one office with that role
 * of the publisher's organisation (a UN text's Secretary-General), else of
 * the one organisation the text names that has such an office, else no one —
 * never a person made up from the role. Countries are not used: the
 * dictionaries hold only some of a country's offices (a Defense Department
 * text's "Secretary" is not the Secretary of State).
 */
function publisherHolder(self: PersonResolver, role: RolePayload): string | null {
  const { dict, date, doc } = self.ctx;
  if (!date) return null;
  const org = publisherId(dict, doc.publisher);
  const scopes = self.documentScopes();
  const mine = org ? self.officesFor(role, org) : [];
  const offices =
    mine.length > 0
      ? mine
      : role.offices.filter((o) => {
          const of = dict.offices.get(o)?.of ?? '';
          return scopes.has(of) && dict.organizations.has(of);
        });
  if (offices.length !== 1) return null;
  const holders = self.holders(offices[0]!);
  return holders.length === 1 ? holders[0]! : null;
}

/**
 * "Mohammad Javad Zarif, the Iranian foreign minister," → the name before ",
 * the"; also without "the" when a country opens the role ("The Hon Alexander
 * Downer MP, Australian Minister for Foreign Affairs,"), post-nominals ("MP")
 * skipped, a title before the name ("The Hon") allowed.
 */
export function appositiveName(self: PersonResolver, roleStart: number): Chunk | null {
  const t = self.t;
  if (roleStart < 3) return null;
  const withThe = lowerAt(t, roleStart) === 'the';
  if (!withThe && !self.matchIndex.get(roleStart)?.payloads.some((p) => p.type === 'country'))
    return null;
  const comma = roleStart - 1;
  if (textAt(t, comma) !== ',') return null;
  let end = comma;
  while (end > 0 && isPostNominal(t, end - 1)) end--;
  let k = end - 1;
  let first = end;
  while (k >= 0 && end - k <= 4) {
    const f = t.flags[k]!;
    if ((f & WORD) === 0 || (f & CAPITALISED) === 0 || self.matchIndex.has(k)) break;
    first = k;
    k--;
  }
  if (first >= end) return null;
  if (isSentenceInitial(t, first) && end - first < 2) return null;
  const titled = first > 0 && titleEnds(self, first);
  if (
    !titled &&
    first > 0 &&
    (NOT_BEFORE_NAMES.has(lowerAt(t, first - 1)) || has(t, first - 1, CAPITALISED))
  )
    return null;
  const chunk = nameChunk(t, first, end);
  return chunk && chunk.words.length >= 2 ? chunk : null;
}

/** "MP", "QC", "KC": an all-capitals word of two or three letters after a name. */
function isPostNominal(t: PersonResolver['t'], k: number): boolean {
  return has(t, k, ALL_CAPS) && t.end[k]! - t.start[k]! <= 3 && has(t, k - 1, CAPITALISED);
}

/** Whether a title or honorific match ends right before token `k` ("The Hon", "Mr."). */
function titleEnds(self: PersonResolver, k: number): boolean {
  let end = k;
  if (lowerAt(self.t, end - 1) === '.') end--;
  for (let back = end - 1; back >= Math.max(0, end - 4); back--) {
    const m = self.matchIndex.get(back);
    if (m) return m.last === end && payloadOf(m, 'role').length > 0;
  }
  return false;
}

/** Whether a capitalised chunk is a known non-person (a country, an organisation, a verb…). */
export function chunkIsOther(self: PersonResolver, chunk: Chunk): boolean {
  const m = self.matchIndex.get(chunk.first);
  return !!m && m.payloads.every((p) => p.type !== 'person' && p.type !== 'surname');
}
