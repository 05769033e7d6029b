/**
 * Who takes part in an event beyond the phrases attached to its trigger: the
 * subject of a verbal trigger, the speaker, companions, the group just named.
 */

import type { Context, Sentence } from '../../core/context';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import { fitsGroupNoun } from '../../dictionaries/roles';
import {
  ARRANGE_VERBS,
  GROUP_NOUNS,
  GROUP_SIZES,
  PARTICIPATION_VERBS,
  PLANNED_LINKS,
  RECEPTION_VERBS,
  SUBJECT_LINKS,
  VERB_ADVERBS,
} from '../../lexicon';
import { NUMBER, WORD, lowerAt, tokenAtOrAfter } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';
import { COMPANION_LEADS, POSSESSIVE_FIRST_PERSON } from '../../lexicon';
import { isOfficeComplement } from './attached';
import type { Index } from './lookup';
import { statementsAround } from './lookup';

/** The most recent person named outside quotes before `offset` whose gender fits the pronoun. */
function antecedent(ctx: Context, offset: number, pronoun: string): string | null {
  const wanted = pronoun === 'he' ? 'male' : 'female';
  for (let i = firstAtOrAfter(ctx.people, offset) - 1; i >= 0; i--) {
    const r = ctx.people[i]!;
    if (!r.person || r.inQuote) continue;
    const g = ctx.dict.actors.get(r.person)?.gender ?? null;
    if (g === null || g === wanted) return r.person;
  }
  return null;
}

/**
 * A comma-delimited companion phrase ending right before token `end`
 * (", together with the High Representative,"): its people and the token of
 * its opening comma.
 */
function companionsBefore(
  ctx: Context,
  index: Index,
  end: number,
  s: Sentence,
): { people: string[]; first: number } | null {
  const t = ctx.tokens;
  if (end - 1 < s.first || lowerAt(t, end - 1) !== ',') return null;
  for (let j = end - 2; j > s.first && end - j <= MAX_ASIDE_TOKENS; j--) {
    if (lowerAt(t, j) !== ',') continue;
    if (!COMPANION_LEADS.has(`${lowerAt(t, j + 1)} ${lowerAt(t, j + 2)}`)) return null;
    const people: string[] = [];
    for (let k = j + 3; k < end - 1; k++) people.push(...(index.membersByFirst.get(k) ?? []));
    return { people, first: j };
  }
  return null;
}

const MAX_ASIDE_TOKENS = 16;

/** People taking part by context: a verbal trigger's subject, the speaker whose words carry the trigger. */
export function contextualParticipants(
  ctx: Context,
  index: Index,
  trig: Trigger,
  s: Sentence,
  hasPartners: boolean,
): string[] {
  const t = ctx.tokens;
  const out: string[] = [];
  if (trig.verbal) {
    let k = trig.first;
    while (k - 1 >= s.first && VERB_ADVERBS.has(lowerAt(t, k - 1))) k--;
    // "Abe, who was visiting": back over the relative pronoun and auxiliaries.
    // "X will meet", "X is scheduled to travel": back over the auxiliaries of a planned verb.
    while (
      k - 1 >= s.first &&
      (SUBJECT_LINKS.has(lowerAt(t, k - 1)) || PLANNED_LINKS.has(lowerAt(t, k - 1)))
    )
      k--;
    if (k < trig.first && k - 1 >= s.first && lowerAt(t, k - 1) === ',') k--;
    // "when he visited Japan": the person the pronoun most likely stands for.
    const pronoun = lowerAt(t, k - 1);
    if ((pronoun === 'he' || pronoun === 'she') && k - 1 >= s.first) {
      const person = antecedent(ctx, t.start[k - 1]!, pronoun);
      if (person) out.push(person);
    }
    // "X, together with Y, met with Z": Y joins the subject.
    const aside = companionsBefore(ctx, index, k, s);
    if (aside) {
      out.push(...aside.people);
      k = aside.first;
    }
    const subject = index.peopleByLast.get(k);
    // "The two leaders then held talks".
    if (!subject) out.push(...(groupSubject(ctx, s, k) ?? []));
    if (subject?.person && !subject.inQuote) {
      out.push(...(index.membersByFirst.get(subject.first) ?? [subject.person]));
      if (subject.first > 0 && lowerAt(t, subject.first - 1) === 'and') {
        const other = index.peopleByLast.get(subject.first - 1);
        if (other?.person) out.push(other.person);
      }
    }
  }
  const inQuote = quoteAt(ctx.quotes, trig.start) >= 0;
  let insideStatement = false;
  for (const i of statementsAround(ctx, index, trig.start)) {
    const st = ctx.statements[i]!;
    if (st.referenced) continue;
    const inSpan = trig.start >= st.start && trig.end <= st.end;
    const inCue = trig.start >= st.cueStart && trig.end <= st.cueEnd && !inSpan;
    if (inCue) out.push(st.speaker);
    else if (inSpan) {
      insideStatement = true;
      // "he had mentioned this during a recent telephone conversation with Blinken".
      if (st.kind === 'indirect' && !inQuote) {
        // "… indicating that he will raise the issue during the summit": the speaker's own act.
        // "they took stock of the progress since their joint meeting": the speakers' own event.
        if (hasPartners || reportsOwnAct(ctx, st) || isTheirs(t, trig)) out.push(st.speaker);
      } else {
        let firstPerson = false;
        for (let k = Math.max(s.first, trig.first - 4); k < trig.first; k++) {
          if (POSSESSIVE_FIRST_PERSON.has(lowerAt(t, k))) firstPerson = true;
        }
        // "We have held … talks": a first-person subject earlier in the sentence.
        // … but not through a reduced relative clause: "the Declaration adopted at the last Summit".
        const relative = isReducedRelative(ctx, trig);
        for (let k = s.first; k < trig.first && !firstPerson && !relative; k++) {
          const w = lowerAt(t, k);
          if ((w === 'we' || w === 'i') && (t.flags[k]! & WORD) !== 0) firstPerson = true;
        }
        if (firstPerson) out.push(st.speaker);
      }
    }
  }
  if (out.length === 0 && !inQuote && !insideStatement && !trig.verbal && !isTopic(t, trig)) {
    // Narrative: the group the sentence opens with ("After that, the three leaders made a joint
    // press announcement"), else the people it names before the trigger ("inviting President
    // Moon, the Prime Minister hosted a luncheon").
    const group = groupSubject(ctx, s, trig.first, true);
    if (group) out.push(...group);
    else {
      for (let k = s.first; k < trig.first; k++) {
        const r = index.peopleByFirst.get(k);
        if (out.length > 0 && isOfficeComplement(t, k)) continue;
        if (r?.person && !r.inQuote) out.push(...(index.membersByFirst.get(k) ?? [r.person]));
      }
    }
  }
  return out;
}

/**
 * "the three leaders", "The two leaders then held talks" before token
 * `before`: the people named together in a recent sentence, as many as the
 * phrase says.
 */
function groupSubject(
  ctx: Context,
  s: Sentence,
  before: number,
  needsParticipation = false,
): string[] | null {
  const t = ctx.tokens;
  for (let k = s.first; k < before; k++) {
    const noun = lowerAt(t, k);
    if (!GROUP_NOUNS.has(noun)) continue;
    let j = k - 1;
    let size: number | null = null;
    if (j >= s.first && GROUP_SIZES.has(lowerAt(t, j))) size = GROUP_SIZES.get(lowerAt(t, j--))!;
    if (j < s.first || lowerAt(t, j) !== 'the') continue;
    // A noun trigger is the group's event only as the object of "attended", "made", "held" ….
    if (needsParticipation && !hasParticipationVerb(t, k + 1, before)) return null;
    return recentGroup(ctx, s, size, noun);
  }
  return null;
}

function hasParticipationVerb(t: TokenTable, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PARTICIPATION_VERBS.has(lowerAt(t, k))) return true;
  return false;
}

/**
 * The people named together in one of the few sentences before `s`, outside
 * quotes, who all hold the offices the group noun implies ("leaders").
 */
function recentGroup(
  ctx: Context,
  s: Sentence,
  size: number | null,
  noun: string,
): string[] | null {
  const si = firstAtOrAfter(ctx.sentences, s.start);
  for (let back = si - 1; back >= 0 && si - back <= GROUP_LOOKBACK; back--) {
    const sentence = ctx.sentences[back]!;
    const people: string[] = [];
    for (
      let i = firstAtOrAfter(ctx.people, sentence.start);
      i < ctx.people.length && ctx.people[i]!.start < sentence.end;
      i++
    ) {
      const r = ctx.people[i]!;
      if (r.person && !r.inQuote && !people.includes(r.person)) people.push(r.person);
    }
    if (
      people.length >= 2 &&
      (size === null || people.length === size) &&
      people.every((p) => fitsGroupNoun(ctx.dict, p, noun, ctx.date))
    )
      return people;
  }
  return null;
}

const GROUP_LOOKBACK = 6;

/**
 * Whether a trigger is the place of a past participle ("adopted at the last
 * Summit", "reached at the 2015 Summit"): the event is the participle's, not
 * the sentence subject's.
 */
function isReducedRelative(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k > 0 && trig.first - k <= RELATIVE_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === 'at' || w === 'in' || w === 'during') {
      const before = lowerAt(t, k - 1);
      return before.length > 3 && before.endsWith('ed');
    }
    if ((t.flags[k]! & WORD) === 0 && (t.flags[k]! & NUMBER) === 0) return false;
  }
  return false;
}

const RELATIVE_GAP = 5;

/** Whether a reported clause has the speaker as its subject ("he will raise …", "we will …"). */
function reportsOwnAct(ctx: Context, st: { start: number; speaker: string }): boolean {
  const t = ctx.tokens;
  const first = tokenAtOrAfter(t, st.start);
  const w = lowerAt(t, first);
  // "agreed to hold another telephone conversation": an infinitive has the speaker as subject.
  if (w === 'i' || w === 'we' || w === 'to' || (first > 0 && lowerAt(t, first - 1) === 'to'))
    return true;
  // "agreed to have another telephone conversation", the statement opening after the verb.
  if (first > 1 && lowerAt(t, first - 2) === 'to' && ARRANGE_VERBS.has(lowerAt(t, first - 1)))
    return true;
  if (w !== 'he' && w !== 'she') return false;
  const g = ctx.dict.actors.get(st.speaker)?.gender ?? null;
  return g === null || g === (w === 'he' ? 'male' : 'female');
}

/** "their joint September 27 meeting": "their" among the words right before a noun trigger. */
function isTheirs(t: TokenTable, trig: Trigger): boolean {
  if (trig.verbal) return false;
  for (let k = trig.first - 1; k >= 0 && trig.first - k <= THEIR_GAP; k--) {
    if (lowerAt(t, k) === 'their') return true;
    if ((t.flags[k]! & (WORD | NUMBER)) === 0) return false;
  }
  return false;
}

const THEIR_GAP = 5;

/** "spoke about the talks": an event that is what is talked about, not one the subject is at. */
function isTopic(t: TokenTable, trig: Trigger): boolean {
  let k = trig.first - 1;
  while (k > 0 && trig.first - k <= 3 && !TOPIC_PREPOSITIONS.has(lowerAt(t, k))) {
    if ((t.flags[k]! & WORD) === 0) return false;
    k--;
  }
  return TOPIC_PREPOSITIONS.has(lowerAt(t, k));
}

const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning']);

/** The token right after a verbal trigger's subject: back over adverbs, auxiliaries and planned links. */
function subjectEnd(t: TokenTable, first: number, s: Sentence): number {
  let k = first;
  while (k - 1 >= s.first && VERB_ADVERBS.has(lowerAt(t, k - 1))) k--;
  while (
    k - 1 >= s.first &&
    (SUBJECT_LINKS.has(lowerAt(t, k - 1)) || PLANNED_LINKS.has(lowerAt(t, k - 1)))
  )
    k--;
  return k;
}

/**
 * "Russia and China held talks", "The United States and Japan held the Cyber
 * Dialogue": the countries (two or more) that are the subject of a verbal
 * trigger, or of the participation verb before a noun trigger ("held",
 * "hosted"). Read only when the event has no person.
 */
export function subjectCountries(ctx: Context, index: Index, trig: Trigger, s: Sentence): string[] {
  const t = ctx.tokens;
  let verb = trig.verbal ? trig.first : -1;
  for (
    let k = trig.first - 1;
    verb < 0 && k >= s.first && trig.first - k <= COUNTRY_VERB_GAP;
    k--
  ) {
    if (PARTICIPATION_VERBS.has(lowerAt(t, k))) verb = k;
  }
  if (verb < 0) return [];
  const out: string[] = [];
  let k = subjectEnd(t, verb, s);
  // "The United States and Japan committed to …, and will hold consultations": a predicate
  // coordinated with the sentence's first has that one's subject.
  if (!index.mentionsByLast.has(k) && lowerAt(t, k - 1) === 'and')
    k = openingSubjectEnd(ctx, index, s);
  for (;;) {
    const m = index.mentionsByLast.get(k);
    if (m?.kind !== 'Country' || m.first < s.first || quoteAt(ctx.quotes, m.start) >= 0) break;
    out.push(m.id);
    const w = lowerAt(t, m.first - 1);
    if (m.first - 1 < s.first || (w !== 'and' && w !== ',')) break;
    k = m.first - 1;
  }
  // "The United States hosted Japan for the … meeting": the host and the country it hosts.
  const hosted = index.mentionsByFirst.get(verb + 1);
  if (out.length > 0 && RECEPTION_VERBS.has(lowerAt(t, verb)) && hosted?.kind === 'Country')
    out.push(hosted.id);
  // Two governments or more ("Russia and China"): one alone is more often a host than a side.
  return out.length >= 2 ? [...new Set(out)].sort() : [];
}

const COUNTRY_VERB_GAP = 6;

/** The token after the countries opening a sentence ("The United States and Japan …"), or -1. */
function openingSubjectEnd(ctx: Context, index: Index, s: Sentence): number {
  const t = ctx.tokens;
  let k = lowerAt(t, s.first) === 'the' ? s.first + 1 : s.first;
  let end = -1;
  for (let m = index.mentionsByFirst.get(k); m?.kind === 'Country';) {
    end = m.last;
    const w = lowerAt(t, m.last);
    if (w !== 'and' && w !== ',') break;
    k = lowerAt(t, m.last + 1) === 'the' ? m.last + 2 : m.last + 1;
    m = index.mentionsByFirst.get(k);
  }
  return end;
}

/**
 * "During his visit to Moscow, Wang Yi met …": the visitor a possessive stands
 * for, the person the sentence names next when the visit opens the sentence
 * in an adjunct, else the last person named before whose gender fits.
 */
export function possessiveVisitor(ctx: Context, trig: Trigger, s: Sentence): string | null {
  const t = ctx.tokens;
  let k = trig.first - 1;
  while (k > s.first && VISIT_MODIFIERS.has(lowerAt(t, k))) k--;
  const w = lowerAt(t, k);
  if (w !== 'his' && w !== 'her') return null;
  if (k > s.first && ADJUNCT_PREPOSITIONS.has(lowerAt(t, s.first))) {
    for (let i = firstAtOrAfter(ctx.people, t.start[trig.last]!); i < ctx.people.length; i++) {
      const r = ctx.people[i]!;
      if (r.start >= s.end) break;
      if (r.person && !r.inQuote) return r.person;
    }
  }
  return antecedent(ctx, t.start[k]!, w === 'his' ? 'he' : 'she');
}

const VISIT_MODIFIERS = new Set(['official', 'state', 'working', 'recent', 'first', 'latest']);
const ADJUNCT_PREPOSITIONS = new Set([
  'during',
  'on',
  'in',
  'at',
  'after',
  'before',
  'following',
  'ahead',
  'while',
]);
