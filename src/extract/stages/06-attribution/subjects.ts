/**
 * Who a speech verb's subject is: a person named before or after it, a
 * pronoun resolved by discourse (the people named and the speakers so far),
 * a collective subject ("they", "the two Presidents") or the author.
 */

import type { PersonRef, ResolvedBy, Sentence } from '../../core/context';
import {
  FEMALE_PRONOUNS,
  MALE_PRONOUNS,
  OTHER_OCCASION_OPENERS,
  PAST_SPEECH_FORMS,
  PRE_VERB_ONLY,
  VERB_ADVERBS,
} from '../../lexicon/grammar';
import { GROUP_NOUNS, GROUP_QUANTIFIERS, GROUP_SIZES, SIDE_NOUNS } from '../../lexicon/titles';
import { firstAtOrAfter } from '../../core/spans';
import { fitsGroupNoun } from '../../dictionaries/roles';
import type { Match } from '../../dictionaries/compile';
import { CAPITALISED, WORD, has, lowerAt } from '../../core/tokens';
import type { Subject } from './subject';
import type { Attributor } from './index';
import { inQuote } from './clauses';

// ---------------------------------------------------------------- discourse

export function genderOf(self: Attributor, person: string): 'male' | 'female' | null {
  return self.ctx.dict.actors.get(person)?.gender ?? null;
}

/** Feeds the history with subjects (first person named in a sentence, outside quotes) before `offset`. */
export function advanceHistory(self: Attributor, offset: number): void {
  const people = self.ctx.people;
  while (self.historyCursor < people.length && people[self.historyCursor]!.start < offset) {
    const r = people[self.historyCursor]!;
    self.historyCursor++;
    if (r.inQuote || !r.person) continue;
    self.history.push({ person: r.person, offset: r.start });
    noteGroupAt(self, r);
  }
}

export function pushGroup(self: Attributor, people: readonly string[]): void {
  const top = self.lastGroup;
  if (top.length === people.length && top.every((p, i) => p === people[i])) return;
  self.groups.push([...people]);
}

/**
 * Remembers the people named together in one sentence. When several are
 * named before its main verb ("X, together with Y, met with Z"), the group
 * is that plural subject; otherwise everyone the sentence names.
 */
export function noteGroupAt(self: Attributor, r: PersonRef): void {
  const si = sentenceIndexAt(self, r.start);
  const gs = self.groupSentence;
  if (si !== gs.index) {
    gs.index = si;
    gs.all = [];
    gs.subject = [];
    gs.slot = -1;
    gs.verbAt = si >= 0 ? mainVerbOffset(self, self.ctx.sentences[si]!) : Infinity;
    gs.openingEnd = si >= 0 ? otherOccasionEnd(self, self.ctx.sentences[si]!) : -1;
  }
  if (!r.person || r.start < gs.openingEnd) return;
  if (!gs.all.includes(r.person)) gs.all.push(r.person);
  if (r.start < gs.verbAt && !gs.subject.includes(r.person)) gs.subject.push(r.person);
  const group = gs.subject.length >= 2 ? gs.subject : gs.all;
  if (group.length < 2) return;
  if (gs.slot >= 0 && gs.slot === self.groups.length - 1) self.groups[gs.slot] = [...group];
  else {
    self.groups.push([...group]);
    gs.slot = self.groups.length - 1;
  }
}

/**
 * "Following Secretary Austin's call with Minister Reznikov on Friday, …": the offset of the
 * comma that closes an opening adverbial about another occasion, else -1.
 */
function otherOccasionEnd(self: Attributor, s: Sentence): number {
  const t = self.t;
  if (!OTHER_OCCASION_OPENERS.has(lowerAt(t, s.first))) return -1;
  for (let k = s.first + 1; k < s.last; k++) if (lowerAt(t, k) === ',') return t.start[k]!;
  return -1;
}

/** Offset of a sentence's first verb of speech or meeting ("said", "met with"), outside quotes. */
export function mainVerbOffset(self: Attributor, s: Sentence): number {
  let best = Infinity;
  for (let i = firstAtOrAfter(self.verbs, s.start); i < self.verbs.length; i++) {
    const v = self.verbs[i]!;
    if (v.start >= s.end) break;
    if (!inQuote(self, v.start)) {
      best = v.start;
      break;
    }
  }
  const triggers = self.verbalTriggers;
  for (let i = firstAtOrAfter(triggers, s.start); i < triggers.length; i++) {
    const tr = triggers[i]!;
    if (tr.start >= Math.min(s.end, best)) break;
    if (!inQuote(self, tr.start)) return tr.start;
  }
  return best;
}

/** The most recent group that fits a group phrase ("the two Presidents", "the leaders", "they"). */
export function pickGroup(self: Attributor, size: number | null, noun: string | null): string[] {
  const fitsSize = (g: readonly string[]): boolean => size === null || g.length === size;
  for (let k = self.groups.length - 1; k >= 0; k--) {
    const g = self.groups[k]!;
    if (
      fitsSize(g) &&
      (noun === null || g.every((p) => fitsGroupNoun(self.ctx.dict, p, noun, self.ctx.date)))
    )
      return g;
  }
  for (let k = self.groups.length - 1; k >= 0; k--)
    if (fitsSize(self.groups[k]!)) return self.groups[k]!;
  return self.lastGroup;
}

/** Index of the sentence holding `offset`, or -1; offsets come in text order. */
export function sentenceIndexAt(self: Attributor, offset: number): number {
  const ss = self.ctx.sentences;
  while (self.sentenceCursor < ss.length && ss[self.sentenceCursor]!.end <= offset)
    self.sentenceCursor++;
  const s = ss[self.sentenceCursor];
  return s && s.start <= offset ? self.sentenceCursor : -1;
}

export function resolvePronoun(self: Attributor, word: string, offset: number): string | null {
  advanceHistory(self, offset);
  const male = MALE_PRONOUNS.has(word);
  const female = FEMALE_PRONOUNS.has(word);
  for (let k = self.history.length - 1; k >= 0; k--) {
    const h = self.history[k]!;
    const g = genderOf(self, h.person);
    if (g === null || (male && g === 'male') || (female && g === 'female')) return h.person;
  }
  return null;
}

export function noteSpeaker(self: Attributor, person: string, offset: number): void {
  advanceHistory(self, offset);
  self.history.push({ person, offset });
}

// ------------------------------------------------------------------ subjects

/** The people a reference names: one, or every member of a plural role phrase (same span). */
export function membersOf(self: Attributor, ref: PersonRef): { person: string; by: ResolvedBy }[] {
  const siblings = self.siblings.get(ref.start) ?? [ref];
  return siblings
    .filter((r) => r.person && r.end === ref.end)
    .map((r) => ({ person: r.person!, by: r.by }));
}

export function isAdverb(self: Attributor, k: number): boolean {
  return VERB_ADVERBS.has(lowerAt(self.t, k));
}

/** An adverb after a speech verb, before its content ("said again that"); not "have" of "agreed to have". */
export function isAdverbAfter(self: Attributor, k: number): boolean {
  const w = lowerAt(self.t, k);
  return VERB_ADVERBS.has(w) && !PRE_VERB_ONLY.has(w);
}

/** Subject phrase ending right before token `end` (exclusive). */
export function subjectBefore(self: Attributor, end: number, floor: number): Subject | null {
  const t = self.t;
  advanceHistory(self, t.start[end]!);
  let k = end;
  while (k - 1 >= floor && isAdverb(self, k - 1)) k--;
  if (k - 1 < floor) return null;
  const ref = self.refByLast.get(k);
  if (ref && ref.first >= floor) {
    const members = membersOf(self, ref);
    // "The Secretary and Director Wang", "X and Y", "E3 Ministers and the High Representative".
    if (ref.first - 1 >= floor && lowerAt(t, ref.first - 1) === 'and') {
      const other = self.refByLast.get(ref.first - 1);
      const group = other ? null : subjectBefore(self, ref.first - 1, floor);
      const before = other && other.first >= floor ? other : null;
      if (before || (group && group.members.length > 0)) {
        const all = [...(before ? membersOf(self, before) : group!.members), ...members];
        const seen = new Set<string>();
        return {
          first: before ? before.first : group!.first,
          last: k,
          members: all
            .filter((m) => !seen.has(m.person) && seen.add(m.person))
            .map((m) => ({ ...m, by: 'collective' as const })),
        };
      }
    }
    if (members.length > 1)
      return {
        first: ref.first,
        last: k,
        members: members.map((m) => ({ ...m, by: 'collective' as const })),
      };
    return { first: ref.first, last: k, members };
  }
  const aside = asideStart(self, k, floor);
  if (aside >= 0) return subjectBefore(self, aside, floor);
  const word = lowerAt(t, k - 1);
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    if (word !== 'he' && word !== 'she') return null;
    const person = resolvePronoun(self, word, t.start[k - 1]!);
    return { first: k - 1, last: k, members: person ? [{ person, by: 'pronoun' }] : [] };
  }
  if (word === 'they' && self.lastGroup.length > 0) {
    return {
      first: k - 1,
      last: k,
      members: pickGroup(self, null, null).map((person) => ({ person, by: 'collective' })),
    };
  }
  if (SIDE_NOUNS.has(word)) {
    const side = sideSubject(self, k, floor);
    if (side) return side;
  }
  // "The two heads of state", "the heads of state and government": the leaders.
  const heads = headsOfStateAt(self, k, floor);
  const noun = heads >= 0 ? 'leaders' : word;
  if (heads >= 0 || GROUP_NOUNS.has(word)) {
    const head = heads >= 0 ? heads : k - 1;
    let g = head;
    let size: number | null = null;
    if (g - 1 >= floor && GROUP_QUANTIFIERS.has(lowerAt(t, g - 1))) {
      g--;
      size = GROUP_SIZES.get(lowerAt(t, g)) ?? null;
    }
    if (g - 1 >= floor && lowerAt(t, g - 1) === 'the') g--;
    // "E3 Ministers", "G7 leaders": a capitalised name of the group.
    else if (g === head && g - 1 >= floor && has(t, g - 1, CAPITALISED) && has(t, g - 1, WORD)) g--;
    if (g === head) return null;
    return {
      first: g,
      last: k,
      members: pickGroup(self, size, noun).map((person) => ({ person, by: 'collective' })),
    };
  }
  return null;
}

/**
 * The token of "heads" when tokens before `k` read "heads of state", "heads of government" or
 * "heads of state and/or government", else -1.
 */
function headsOfStateAt(self: Attributor, k: number, floor: number): number {
  const t = self.t;
  let j = k - 1;
  const last = j >= floor ? lowerAt(t, j) : '';
  if (last !== 'state' && last !== 'government') return -1;
  if (last === 'government' && j - 2 >= floor && lowerAt(t, j - 2) === 'state') {
    const joiner = lowerAt(t, j - 1);
    if (joiner === 'and' || joiner === 'or') j -= 2;
  }
  if (j - 2 < floor || lowerAt(t, j - 1) !== 'of' || lowerAt(t, j - 2) !== 'heads') return -1;
  return j - 2;
}

/** The longest aside between a subject and its verb ("Lavrov, speaking in Moscow, said"). */
const MAX_ASIDE_TOKENS = 12;

/**
 * "Lavrov, speaking in Moscow, said", "Lavrov, who was in Moscow, said": when
 * a lower-case aside set off by commas ends right before the verb (`k`) and a
 * person ends right before its opening comma, that comma's token; else -1.
 */
function asideStart(self: Attributor, k: number, floor: number): number {
  const t = self.t;
  if (k - 1 <= floor || lowerAt(t, k - 1) !== ',') return -1;
  for (let j = k - 2; j > floor && k - j <= MAX_ASIDE_TOKENS; j--) {
    const w = lowerAt(t, j);
    if (w === '.' || w === ';' || w === ':' || inQuote(self, t.start[j]!)) return -1;
    if (w !== ',') continue;
    const f = t.flags[j + 1]!;
    if ((f & WORD) === 0 || (f & CAPITALISED) !== 0) return -1;
    const ref = self.refByLast.get(j);
    return ref && ref.person && ref.first >= floor ? j : -1;
  }
  return -1;
}

/** How far back in the discourse the people of one side are looked for. */
const SIDE_HISTORY = 12;

/**
 * "The U.S. officials", "the Ukrainian side", "the Russian delegation": the
 * people of that country in the most recent group that has any (those whose
 * country is unknown stay with their group), else those named recently.
 */
function sideSubject(self: Attributor, k: number, floor: number): Subject | null {
  const t = self.t;
  const country = self.countryEndingAt(k - 2);
  if (!country) return null;
  let first = country.first;
  if (first - 1 >= floor && lowerAt(t, first - 1) === 'the') first--;
  if (first < floor) return null;
  let members: string[] = [];
  for (let g = self.groups.length - 1; g >= 0 && members.length === 0; g--) {
    const group = self.groups[g]!;
    if (!group.some((p) => self.countriesOf(p).includes(country.id))) continue;
    members = group.filter((p) => {
      const of = self.countriesOf(p);
      return of.length === 0 || of.includes(country.id);
    });
  }
  if (members.length === 0) {
    for (
      let h = self.history.length - 1;
      h >= Math.max(0, self.history.length - SIDE_HISTORY);
      h--
    ) {
      const p = self.history[h]!.person;
      if (!members.includes(p) && self.countriesOf(p).includes(country.id)) members.push(p);
    }
    members.reverse();
  }
  if (members.length === 0) return null;
  return {
    first,
    last: k,
    members: members.map((person) => ({ person, by: 'collective' as const })),
  };
}

/**
 * The subject of a sentence, for verbs that have none of their own
 * ("…, emphasizing …", "… and shared the view that …"): its first named
 * person (and a coordinated second), a group phrase ("The two leaders") or a
 * pronoun opening it, outside quotes.
 */
export function sentenceSubject(self: Attributor, floor: number, before: number): Subject | null {
  const t = self.t;
  for (let k = floor; k < before; k++) {
    const ref = self.refByFirst.get(k);
    if (ref?.person) {
      const members = [{ person: ref.person, by: ref.by }];
      if (ref.last < before && lowerAt(t, ref.last) === 'and') {
        const other = self.refByFirst.get(ref.last + 1);
        if (other?.person) {
          members.push({ person: other.person, by: other.by });
          return {
            first: k,
            last: other.last,
            members: members.map((m) => ({ ...m, by: 'collective' as const })),
          };
        }
      }
      return { first: k, last: ref.last, members };
    }
    const w = lowerAt(t, k);
    if (GROUP_NOUNS.has(w) || ((w === 'they' || w === 'he' || w === 'she') && k - floor <= 4)) {
      const subject = subjectBefore(self, k + 1, floor);
      if (subject && subject.members.length > 0) return subject;
    }
  }
  return null;
}

/** Subject right after the verb ("…,” said Lavrov", "According to Lavrov"). */
export function subjectAfter(self: Attributor, start: number, ceiling: number): Subject | null {
  const ref = self.refByFirst.get(start);
  if (!ref || ref.last > ceiling) return null;
  return {
    first: ref.first,
    last: ref.last,
    members: ref.person ? [{ person: ref.person, by: ref.by }] : [],
  };
}

/**
 * In an authored text, "I"/"we" with a past-tense speech verb report the
 * author's earlier words ("During our conversation, I emphasized …"); the
 * present tense is the text's own voice ("We reaffirm …") and stays in its
 * paragraph's statement.
 */
export function authorSubject(
  self: Attributor,
  v: Match,
  verb: string,
  floor: number,
): Subject | null {
  if (!self.authors) return null;
  const t = self.t;
  let k = v.first - 1;
  while (k >= floor && isAdverb(self, k)) k--;
  const w = k >= floor ? lowerAt(t, k) : '';
  if (w !== 'i' && w !== 'we') return null;
  // A joint statement's "We agreed/welcomed …" is the voice of the text the authors settled
  // together, which is already their statement paragraph by paragraph: only a single
  // author's "I expressed …" reports words said elsewhere.
  if (w === 'we' && self.authors.length > 1) return null;
  const word = verb.split(' ')[0]!;
  if (!word.endsWith('ed') && !PAST_SPEECH_FORMS.has(word)) return null;
  const by: ResolvedBy = self.authors.length > 1 ? 'collective' : 'byline';
  return { first: k, last: k + 1, members: self.authors.map((person) => ({ person, by })) };
}
