/** A surname alone: the person of that surname named most recently, else the only one known. */

import { CALENDAR_WORDS, VERB_ADVERBS } from '../../lexicon';
import type { Match } from '../../dictionaries/compile';
import { ALL_CAPS, CAPITALISED, NUMBER, WORD, has, lowerAt, textAt } from '../../core/tokens';
import {
  isSentenceInitial,
  lookupFirstLast,
  lookupFoldedSurname,
  nameChunk,
  payloadOf,
} from './names';
import type { PersonResolver } from './index';

export function handleSurname(self: PersonResolver, m: Match, ids: string[]): number {
  const t = self.t;
  // "May 17", "20 May": a date, not Theresa May.
  if (
    CALENDAR_WORDS.has(lowerAt(t, m.first)) &&
    (has(t, m.first - 1, NUMBER) || has(t, m.last, NUMBER))
  ) {
    return m.last;
  }
  // "Antony J. Blinken": capitalised words right before the surname.
  let k = m.first;
  while (k > 0) {
    const prev = k - 1;
    const f = t.flags[prev]!;
    if (textAt(t, prev) === '.' && prev > 0 && t.end[prev - 1]! - t.start[prev - 1]! === 1) {
      k = prev - 1;
      continue;
    }
    if (
      (f & WORD) !== 0 &&
      (f & CAPITALISED) !== 0 &&
      !self.matchIndex.has(prev) &&
      m.first - prev < 6
    ) {
      k = prev;
      continue;
    }
    break;
  }
  if (k < m.first) {
    const chunk = nameChunk(t, k, m.last);
    const hit = chunk ? lookupFirstLast(self.ctx.dict, chunk.words) : undefined;
    if (hit && hit.length > 0) {
      self.push(k, m.last, self.recent(hit) ?? [...hit].sort()[0]!, 'name', null);
      return m.last;
    }
  }
  if ((t.flags[m.first]! & ALL_CAPS) !== 0 && isSentenceInitial(t, m.first) && ids.length > 1) {
    self.push(m.first, m.last, null, 'surname', null);
    return m.last;
  }
  const recent = self.recent(ids);
  // A sentence-initial capitalised word is a surname only when speech follows ("Lavrov said"), not "Power is …".
  const speaks = speechFollows(self, m.last);
  const person =
    recent ?? (ids.length === 1 && (!isSentenceInitial(t, m.first) || speaks) ? ids[0]! : null);
  self.push(m.first, m.last, person, 'surname', null);
  return m.last;
}

export function speechFollows(self: PersonResolver, k: number): boolean {
  const t = self.t;
  let j = k;
  // "Lavrov, speaking in Moscow, said": past a lower-case aside set off by commas.
  if (
    j + 1 < t.count &&
    lowerAt(t, j) === ',' &&
    (t.flags[j + 1]! & (WORD | CAPITALISED)) === WORD
  ) {
    let c = j + 1;
    while (c < t.count && c - j <= 12 && !',.;:'.includes(lowerAt(t, c))) c++;
    if (c < t.count && lowerAt(t, c) === ',') j = c + 1;
  }
  while (j < t.count && j - k < 3 && VERB_ADVERBS.has(lowerAt(t, j))) j++;
  const m = self.matchIndex.get(j);
  return !!m && m.payloads.some((p) => p.type === 'verb');
}

/**
 * Names the dictionaries list under another spelling, with no title before
 * them: "Sergey Lavrov", "Zelensky said" (fold.ts). A first name before the
 * surname must fold like the person's; a different one ("Olena Zelenska") is
 * someone else.
 */
export function resolveVariantNames(self: PersonResolver): void {
  const t = self.t;
  const dict = self.ctx.dict;
  const covered = new Uint8Array(t.count);
  for (const m of self.ctx.named) covered.fill(1, m.first, m.last);
  for (const r of self.refs) covered.fill(1, r.first, r.last);
  const isFree = (k: number): boolean =>
    k >= 0 && covered[k] === 0 && (t.flags[k]! & (WORD | CAPITALISED)) === (WORD | CAPITALISED);
  for (let k = 0; k < t.count; k++) {
    // A capitalised word not in capitals, tested before `covered`: most tokens fail the flags.
    if ((t.flags[k]! & (WORD | CAPITALISED | ALL_CAPS)) !== (WORD | CAPITALISED)) continue;
    if (covered[k] !== 0) continue;
    const ids = lookupFoldedSurname(dict, textAt(t, k), self.ctx.date);
    if (!ids || self.newBySurname(textAt(t, k))) continue;
    if (isFree(k - 1) && (t.flags[k]! & 32) !== 0) {
      const hit = lookupFirstLast(dict, [textAt(t, k - 1), textAt(t, k)]);
      if (hit && hit.length > 0) {
        self.push(k - 1, k + 1, self.recent(hit) ?? [...hit].sort()[0]!, 'name', null);
        covered.fill(1, k - 1, k + 1);
      }
      continue;
    }
    const recent = self.recent(ids);
    const person =
      recent ??
      (ids.length === 1 && (!isSentenceInitial(t, k) || speechFollows(self, k + 1))
        ? ids[0]!
        : null);
    if (!person) continue;
    self.push(k, k + 1, person, 'surname', null);
    covered[k] = 1;
  }
}

/** Surnames of people introduced by title only ("Takeo Fukuda" … "Fukuda"). */
export function resolveNewSurnames(self: PersonResolver): void {
  if (self.ctx.newPeople.size === 0) return;
  const bySurname = new Map<string, string>();
  for (const np of self.ctx.newPeople.values()) {
    const words = np.name.split(' ');
    bySurname.set(words[words.length - 1]!.toLowerCase(), np.id);
  }
  const t = self.t;
  const taken = new Set<number>();
  for (const r of self.refs) for (let k = r.first; k < r.last; k++) taken.add(k);
  for (let k = 0; k < t.count; k++) {
    if ((t.flags[k]! & (WORD | CAPITALISED)) !== (WORD | CAPITALISED) || taken.has(k)) continue;
    const id = bySurname.get(lowerAt(t, k));
    if (!id) continue;
    // "Mr Downer", "Minister Goff": a title before the surname belongs to the mention.
    const title = titleEndingAt(self, k);
    const prevIsName =
      title < 0 && k > 0 && (t.flags[k - 1]! & CAPITALISED) !== 0 && (t.flags[k - 1]! & WORD) !== 0;
    if (prevIsName) continue;
    if (self.refs.some((r) => r.person === id && r.start < t.start[k]!))
      self.push(title >= 0 ? title : k, k + 1, id, 'surname', null);
  }
}

/** First token of a title or honorific ("Mr", "Mr.", "Foreign Minister") right before token `k`, else -1. */
function titleEndingAt(self: PersonResolver, k: number): number {
  const t = self.t;
  let end = k;
  if (end > 0 && lowerAt(t, end - 1) === '.') end--;
  for (let back = end - 1; back >= Math.max(0, end - 4); back--) {
    const m = self.matchIndex.get(back);
    if (!m) continue;
    if (m.last === end && payloadOf(m, 'role').length > 0) return m.first;
    break;
  }
  return -1;
}
