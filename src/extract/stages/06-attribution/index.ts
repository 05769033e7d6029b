/**
 * Stage 6 — who said what.
 *
 * Walks the document in order, keeping the discourse state pronouns need
 * (recent subjects and speakers, the most recent group of people), and turns
 * into statements:
 * - speaker-label turns and bylined bodies (one direct statement per paragraph);
 * - quotes whose attribution comes after ("…,” he said", "…,” said X") or
 *   before ("X said: “…”", "the Prime Minister said," then a quoted
 *   paragraph), and the second half of a quote broken by its attribution;
 * - reported speech: "X said (on Monday) (that) …", "…, X said on Monday.",
 *   "According to X, …", "He stressed, recalling …, that …", readout style
 *   "The Secretary underscored …", participles ("…, saying that …");
 * - collective subjects ("The two Presidents", "The leaders", "They", "X and
 *   Y") give one statement per member that resolves to a person.
 */

import type {
  Context,
  DraftStatement,
  PersonRef,
  Quote,
  ResolvedBy,
  Sentence,
} from '../../core/context';
import { CONFIDENCE } from '../../core/confidence';
import {
  CLAUSE_ONLY_VERBS,
  FEMALE_PRONOUNS,
  GROUP_NOUNS,
  GROUP_QUANTIFIERS,
  GROUP_SIZES,
  LEAD_WORDS,
  MALE_PRONOUNS,
  NON_CLAUSE_STARTS,
  OBJECT_DETERMINERS,
  PAST_SPEECH_FORMS,
  REFERENCE_PARTICIPLES,
  SPEECH_NOUNS,
  VERB_ADVERBS,
  VIEW_NOUNS,
} from '../../lexicon';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import { fitsGroupNoun } from '../../dictionaries/roles';
import type { Match } from '../../dictionaries/compile';
import { trimQuoteContent } from '../../core/quote-marks';
import { carriedByline, findByline, findDeclaration, findLabel } from './speakers';
import type { Byline, Turn } from './speakers';
import {
  CAPITALISED,
  PUNCT,
  WORD,
  has,
  isSpaceCode,
  lowerAt,
  textAt,
  tokenAtOrAfter,
} from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';

interface Subject {
  /** Token range of the subject phrase. */
  first: number;
  last: number;
  members: { person: string; by: ResolvedBy }[];
}

const OPENING_MARKS = '"“„«‘';

export class Attributor {
  private readonly t: TokenTable;
  private readonly verbs: Match[];
  private readonly refByLast = new Map<number, PersonRef>();
  private readonly refByFirst = new Map<number, PersonRef>();
  /** References by start offset: several when a plural role phrase names several people. */
  private readonly siblings = new Map<number, PersonRef[]>();
  /** Subjects and speakers in document order, for pronouns. */
  private readonly history: { person: string; offset: number }[] = [];
  private historyCursor = 0;
  private readonly verbalTriggers: Trigger[];
  private readonly quoteUsed = new Set<number>();
  private readonly made = new Set<string>();
  private readonly quoteByOpenToken = new Map<number, number>();
  private readonly quoteByCloseToken = new Map<number, number>();

  constructor(private readonly ctx: Context) {
    this.t = ctx.tokens;
    this.verbs = ctx.named.filter((m) => m.payloads.some((p) => p.type === 'verb'));
    this.verbalTriggers = ctx.triggers.filter((tr) => tr.verbal);
    for (const r of ctx.people) {
      if (r.inQuote) continue;
      const same = this.siblings.get(r.start);
      if (same) same.push(r);
      else this.siblings.set(r.start, [r]);
      this.refByLast.set(r.last, r);
      if (!this.refByFirst.has(r.first)) this.refByFirst.set(r.first, r);
    }
    ctx.quotes.forEach((q, i) => {
      this.quoteByOpenToken.set(tokenAtOrAfter(this.t, q.open), i);
      if (q.closed) this.quoteByCloseToken.set(tokenAtOrAfter(this.t, q.close), i);
    });
  }

  // ---------------------------------------------------------------- discourse

  private genderOf(person: string): 'male' | 'female' | null {
    return this.ctx.dict.actors.get(person)?.gender ?? null;
  }

  /** Feeds the history with subjects (first person named in a sentence, outside quotes) before `offset`. */
  private advanceHistory(offset: number): void {
    const people = this.ctx.people;
    while (this.historyCursor < people.length && people[this.historyCursor]!.start < offset) {
      const r = people[this.historyCursor]!;
      this.historyCursor++;
      if (r.inQuote || !r.person) continue;
      this.history.push({ person: r.person, offset: r.start });
      this.noteGroupAt(r);
    }
  }

  /** People named together, most recent last, for "they" and "the two leaders". */
  private readonly groups: string[][] = [];
  private readonly groupSentence = {
    index: -1,
    all: [] as string[],
    subject: [] as string[],
    slot: -1,
    verbAt: Infinity,
  };

  private get lastGroup(): string[] {
    return this.groups[this.groups.length - 1] ?? [];
  }

  private pushGroup(people: readonly string[]): void {
    const top = this.lastGroup;
    if (top.length === people.length && top.every((p, i) => p === people[i])) return;
    this.groups.push([...people]);
  }

  /**
   * Remembers the people named together in one sentence. When several are
   * named before its main verb ("X, together with Y, met with Z"), the group
   * is that plural subject; otherwise everyone the sentence names.
   */
  private noteGroupAt(r: PersonRef): void {
    const si = this.sentenceIndexAt(r.start);
    const gs = this.groupSentence;
    if (si !== gs.index) {
      gs.index = si;
      gs.all = [];
      gs.subject = [];
      gs.slot = -1;
      gs.verbAt = si >= 0 ? this.mainVerbOffset(this.ctx.sentences[si]!) : Infinity;
    }
    if (!r.person) return;
    if (!gs.all.includes(r.person)) gs.all.push(r.person);
    if (r.start < gs.verbAt && !gs.subject.includes(r.person)) gs.subject.push(r.person);
    const group = gs.subject.length >= 2 ? gs.subject : gs.all;
    if (group.length < 2) return;
    if (gs.slot >= 0 && gs.slot === this.groups.length - 1) this.groups[gs.slot] = [...group];
    else {
      this.groups.push([...group]);
      gs.slot = this.groups.length - 1;
    }
  }

  /** Offset of a sentence's first verb of speech or meeting ("said", "met with"), outside quotes. */
  private mainVerbOffset(s: Sentence): number {
    let best = Infinity;
    for (let i = firstAtOrAfter(this.verbs, s.start); i < this.verbs.length; i++) {
      const v = this.verbs[i]!;
      if (v.start >= s.end) break;
      if (!this.inQuote(v.start)) {
        best = v.start;
        break;
      }
    }
    const triggers = this.verbalTriggers;
    for (let i = firstAtOrAfter(triggers, s.start); i < triggers.length; i++) {
      const tr = triggers[i]!;
      if (tr.start >= Math.min(s.end, best)) break;
      if (!this.inQuote(tr.start)) return tr.start;
    }
    return best;
  }

  /** The most recent group that fits a group phrase ("the two Presidents", "the leaders", "they"). */
  private pickGroup(size: number | null, noun: string | null): string[] {
    const fitsSize = (g: readonly string[]): boolean => size === null || g.length === size;
    for (let k = this.groups.length - 1; k >= 0; k--) {
      const g = this.groups[k]!;
      if (
        fitsSize(g) &&
        (noun === null || g.every((p) => fitsGroupNoun(this.ctx.dict, p, noun, this.ctx.date)))
      )
        return g;
    }
    for (let k = this.groups.length - 1; k >= 0; k--)
      if (fitsSize(this.groups[k]!)) return this.groups[k]!;
    return this.lastGroup;
  }

  private sentenceCursor = 0;

  /** Index of the sentence holding `offset`, or -1; offsets come in text order. */
  private sentenceIndexAt(offset: number): number {
    const ss = this.ctx.sentences;
    while (this.sentenceCursor < ss.length && ss[this.sentenceCursor]!.end <= offset)
      this.sentenceCursor++;
    const s = ss[this.sentenceCursor];
    return s && s.start <= offset ? this.sentenceCursor : -1;
  }

  private resolvePronoun(word: string, offset: number): string | null {
    this.advanceHistory(offset);
    const male = MALE_PRONOUNS.has(word);
    const female = FEMALE_PRONOUNS.has(word);
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      const g = this.genderOf(h.person);
      if (g === null || (male && g === 'male') || (female && g === 'female')) return h.person;
    }
    return null;
  }

  private noteSpeaker(person: string, offset: number): void {
    this.advanceHistory(offset);
    this.history.push({ person, offset });
  }

  // ------------------------------------------------------------------ subjects

  /** The people a reference names: one, or every member of a plural role phrase (same span). */
  private membersOf(ref: PersonRef): { person: string; by: ResolvedBy }[] {
    const siblings = this.siblings.get(ref.start) ?? [ref];
    return siblings
      .filter((r) => r.person && r.end === ref.end)
      .map((r) => ({ person: r.person!, by: r.by }));
  }

  private isAdverb(k: number): boolean {
    return VERB_ADVERBS.has(lowerAt(this.t, k));
  }

  /** Subject phrase ending right before token `end` (exclusive). */
  private subjectBefore(end: number, floor: number): Subject | null {
    const t = this.t;
    this.advanceHistory(t.start[end]!);
    let k = end;
    while (k - 1 >= floor && this.isAdverb(k - 1)) k--;
    if (k - 1 < floor) return null;
    const ref = this.refByLast.get(k);
    if (ref && ref.first >= floor) {
      const members = this.membersOf(ref);
      // "The Secretary and Director Wang", "X and Y", "E3 Ministers and the High Representative".
      if (ref.first - 1 >= floor && lowerAt(t, ref.first - 1) === 'and') {
        const other = this.refByLast.get(ref.first - 1);
        const group = other ? null : this.subjectBefore(ref.first - 1, floor);
        const before = other && other.first >= floor ? other : null;
        if (before || (group && group.members.length > 0)) {
          const all = [...(before ? this.membersOf(before) : group!.members), ...members];
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
    const word = lowerAt(t, k - 1);
    if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
      if (word !== 'he' && word !== 'she') return null;
      const person = this.resolvePronoun(word, t.start[k - 1]!);
      return { first: k - 1, last: k, members: person ? [{ person, by: 'pronoun' }] : [] };
    }
    if (word === 'they' && this.lastGroup.length > 0) {
      return {
        first: k - 1,
        last: k,
        members: this.pickGroup(null, null).map((person) => ({ person, by: 'collective' })),
      };
    }
    if (GROUP_NOUNS.has(word)) {
      let g = k - 1;
      let size: number | null = null;
      if (g - 1 >= floor && GROUP_QUANTIFIERS.has(lowerAt(t, g - 1))) {
        g--;
        size = GROUP_SIZES.get(lowerAt(t, g)) ?? null;
      }
      if (g - 1 >= floor && lowerAt(t, g - 1) === 'the') g--;
      // "E3 Ministers", "G7 leaders": a capitalised name of the group.
      else if (g === k - 1 && g - 1 >= floor && has(t, g - 1, CAPITALISED) && has(t, g - 1, WORD))
        g--;
      if (g === k - 1) return null;
      return {
        first: g,
        last: k,
        members: this.pickGroup(size, word).map((person) => ({ person, by: 'collective' })),
      };
    }
    return null;
  }

  /**
   * The subject of a sentence, for verbs that have none of their own
   * ("…, emphasizing …", "… and shared the view that …"): its first named
   * person (and a coordinated second), a group phrase ("The two leaders") or a
   * pronoun opening it, outside quotes.
   */
  private sentenceSubject(floor: number, before: number): Subject | null {
    const t = this.t;
    for (let k = floor; k < before; k++) {
      const ref = this.refByFirst.get(k);
      if (ref?.person) {
        const members = [{ person: ref.person, by: ref.by }];
        if (ref.last < before && lowerAt(t, ref.last) === 'and') {
          const other = this.refByFirst.get(ref.last + 1);
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
        const subject = this.subjectBefore(k + 1, floor);
        if (subject && subject.members.length > 0) return subject;
      }
    }
    return null;
  }

  /** Subject right after the verb ("…,” said Lavrov", "According to Lavrov"). */
  private subjectAfter(start: number, ceiling: number): Subject | null {
    const ref = this.refByFirst.get(start);
    if (!ref || ref.last > ceiling) return null;
    return {
      first: ref.first,
      last: ref.last,
      members: ref.person ? [{ person: ref.person, by: ref.by }] : [],
    };
  }

  // ------------------------------------------------------------------- helpers

  private statement(
    subject: Subject,
    verb: string,
    kind: 'direct' | 'indirect',
    span: { start: number; end: number },
    cue: { start: number; end: number },
  ): number[] {
    const made: number[] = [];
    for (const m of subject.members) {
      const key = `${span.start}:${span.end}:${m.person}`;
      if (this.made.has(key)) continue;
      this.made.add(key);
      const draft: DraftStatement = {
        speaker: m.person,
        kind,
        verb,
        start: span.start,
        end: span.end,
        confidence: CONFIDENCE[m.by],
        cueStart: cue.start,
        cueEnd: cue.end,
        leadStart: this.leadStart(cue.start),
        refersTo: [],
        referenced: false,
        date: null,
        cueDate: null,
        event: -1,
        topics: [],
        mentions: [],
      };
      made.push(this.ctx.statements.length);
      this.ctx.statements.push(draft);
      this.noteSpeaker(m.person, span.start);
    }
    if (subject.members.length >= 2) this.pushGroup(subject.members.map((m) => m.person));
    return made;
  }

  /** The verb as written, without a particle the form brackets ("called" of "called for"). */
  private verbText(m: Match): string {
    const p = m.payloads.find((x) => x.type === 'verb');
    const words = p?.type === 'verb' ? p.words : m.last - m.first;
    if (words === 1) return lowerAt(this.t, m.first);
    const end = this.t.end[m.first + words - 1]!;
    return this.ctx.text.slice(m.start, end).toLowerCase().replace(/\s+/gu, ' ');
  }

  /** Content span [from token, to offset) trimmed of spaces, "that", commas and the final period. */
  private clause(fromToken: number, toOffset: number): { start: number; end: number } | null {
    const t = this.t;
    const text = this.ctx.text;
    let k = fromToken;
    while (
      k < t.count &&
      t.start[k]! < toOffset &&
      (lowerAt(t, k) === 'that' || lowerAt(t, k) === ',' || lowerAt(t, k) === ':')
    )
      k++;
    if (k >= t.count || t.start[k]! >= toOffset) return null;
    const start = t.start[k]!;
    let end = toOffset;
    for (;;) {
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
      const c = text.charAt(end - 1);
      if (end > start && (c === '.' || c === ',' || c === ';' || c === ':')) end--;
      else break;
    }
    if (end <= start) return null;
    // A clause needs a few words to be a statement.
    const words = text.slice(start, end).split(/\s+/u).length;
    return words >= 2 ? { start, end } : null;
  }

  /** End offset of a reported clause: the sentence end, or ", saying …" where another statement starts. */
  private clauseEnd(from: number, s: Sentence): number {
    const t = this.t;
    for (let k = from; k < s.last - 1; k++) {
      if (textAt(t, k) !== ',') continue;
      const v = this.verbAt(k + 1);
      if (v && /ing$/u.test(this.verbText(v))) return t.start[k]!;
    }
    return s.end;
  }

  private verbIndex = new Map<number, Match>();

  private verbAt(k: number): Match | undefined {
    if (this.verbIndex.size === 0) for (const v of this.verbs) this.verbIndex.set(v.first, v);
    return this.verbIndex.get(k);
  }

  private inQuote(offset: number): boolean {
    return quoteAt(this.ctx.quotes, offset) >= 0;
  }

  // ------------------------------------------------------------------- quotes

  private useQuote(
    qi: number,
    subject: Subject,
    verb: string,
    cue: { start: number; end: number },
  ): number[] {
    const q = this.ctx.quotes[qi]!;
    this.quoteUsed.add(qi);
    const made = this.statement(subject, verb, 'direct', q, cue);
    this.attachContinuation(qi, subject, verb, cue);
    return made;
  }

  /** “A,” he said. “B.” — B continues A when nothing else claims it. */
  private attachContinuation(
    qi: number,
    subject: Subject,
    verb: string,
    cue: { start: number; end: number },
  ): void {
    const quotes = this.ctx.quotes;
    const q = quotes[qi]!;
    const next = quotes[qi + 1];
    if (!next || next.firstParagraph !== q.lastParagraph || this.quoteUsed.has(qi + 1)) return;
    const t = this.t;
    // Between the two quotes: only the attribution (and its adjuncts) — no other verb or subject.
    const between = this.ctx.text.slice(q.close + 1, next.open);
    if (between.length > 200) return;
    if (cue.start < q.close || cue.end > next.open) return;
    const firstTok = tokenAtOrAfter(t, q.close + 1);
    const lastTok = tokenAtOrAfter(t, next.open);
    for (let k = firstTok; k < lastTok; k++) {
      const v = this.verbAt(k);
      if (v && v.last <= lastTok && (v.start < cue.start || v.end > cue.end)) return;
    }
    if (this.hasOwnAttributionAfter(next)) return;
    this.quoteUsed.add(qi + 1);
    this.statement(subject, verb, 'direct', next, cue);
  }

  private hasOwnAttributionAfter(q: Quote): boolean {
    const t = this.t;
    let k = tokenAtOrAfter(t, q.close) + 1;
    if (k < t.count && textAt(t, k) === ',') k++;
    const stop = Math.min(t.count, k + 6);
    for (let j = k; j < stop; j++) if (this.verbAt(j)) return true;
    return false;
  }

  // ------------------------------------------------------------------ driver

  run(): void {
    const { ctx } = this;
    // A later window of a large document goes on in the shape the first one found.
    const carried = ctx.carried;
    const turns = this.labelTurns(carried?.turn != null);
    this.labels = turns;
    let byline: Byline | null = null;
    if (turns.size === 0)
      byline = carried ? carriedByline(ctx, carried) : (findByline(ctx) ?? findDeclaration(ctx));
    const speakerOf = new Map<number, string | null>();
    let current: { speaker: string | null } | null = carried?.turn ?? null;
    for (const p of ctx.paragraphs) {
      const label = turns.get(p.index);
      if (label) current = label;
      if (current) speakerOf.set(p.index, current.speaker);
    }
    ctx.shape = {
      authors: byline?.speakers ?? null,
      proseOnly: byline !== null && (carried?.proseOnly ?? byline.nameParagraph < 0),
      turn: current ? { speaker: current.speaker } : null,
    };
    const authored = new Set(byline?.body ?? []);

    let sentence = 0;
    for (const p of ctx.paragraphs) {
      const turnSpeaker = speakerOf.get(p.index);
      const label = turns.get(p.index);
      this.authors = byline && authored.has(p.index) ? byline.speakers : null;
      if (this.authors) {
        // Policy 6 (and 5 for a collective author): the paragraph is the author's statement.
        const by: ResolvedBy = this.authors.length > 1 ? 'collective' : 'byline';
        const subject: Subject = {
          first: 0,
          last: 0,
          members: this.authors.map((person) => ({ person, by })),
        };
        const span = trimQuoteContent(this.ctx.text, p.start, p.end);
        if (span.end > span.start)
          this.paragraphStatements.push(
            ...this.statement(subject, 'stated', 'direct', span, { start: p.start, end: p.start }),
          );
      } else if (turnSpeaker) {
        const start = label ? label.speechStart : p.start;
        if (start < p.end && this.ctx.text.slice(start, p.end).trim().length > 0) {
          const subject: Subject = {
            first: 0,
            last: 0,
            members: [{ person: turnSpeaker, by: 'label' }],
          };
          const cue = label
            ? { start: label.labelStart, end: label.labelEnd }
            : { start: p.start, end: p.start };
          const span = trimQuoteContent(this.ctx.text, start, p.end);
          const made = this.statement(subject, 'said', 'direct', span, cue);
          this.noteTranscript(turnSpeaker, made);
        }
      }
      const inTurn = speakerOf.has(p.index) || this.authors !== null;
      while (sentence < ctx.sentences.length && ctx.sentences[sentence]!.paragraph === p.index) {
        this.sentence(ctx.sentences[sentence]!, inTurn, label);
        sentence++;
      }
    }
    this.authors = null;
    this.linkNestedStatements();
  }

  /**
   * An authored paragraph refers to the statements reported inside it (its
   * author's earlier words, someone quoted): policy 9 by analogy.
   */
  private linkNestedStatements(): void {
    const all = this.ctx.statements;
    const paragraphs = new Set(this.paragraphStatements);
    for (const i of this.paragraphStatements) {
      const outer = all[i]!;
      for (let j = 0; j < all.length; j++) {
        const inner = all[j]!;
        if (paragraphs.has(j) || inner.start < outer.start || inner.end > outer.end) continue;
        if (!outer.refersTo.includes(j)) outer.refersTo.push(j);
      }
    }
  }

  /** The author(s) of the paragraph being read, in a bylined statement or a declaration. */
  private authors: string[] | null = null;
  /** Statements that are whole paragraphs of an authored text. */
  private readonly paragraphStatements: number[] = [];

  private noteTranscript(speaker: string, made: number[]): void {
    const first = [...this.labels.values()][0];
    if (!first) return;
    this.ctx.transcript ??= {
      speakers: [],
      start: first.labelStart,
      end: first.labelEnd,
      statements: [],
    };
    const tr = this.ctx.transcript;
    if (!tr.speakers.includes(speaker)) tr.speakers.push(speaker);
    tr.statements.push(...made);
  }

  private labels = new Map<number, Turn>();

  private labelTurns(inTranscript: boolean): Map<number, Turn> {
    const turns = new Map<number, Turn>();
    for (const p of this.ctx.paragraphs) {
      const turn = findLabel(this.ctx, p);
      if (turn) turns.set(p.index, turn);
    }
    // One label alone is more likely a heading than a transcript, unless it names a person
    // (or the window before was already a transcript).
    if (turns.size === 1 && !inTranscript) {
      const only = [...turns.values()][0]!;
      if (!only.speaker) turns.clear();
    }
    return turns;
  }

  /**
   * In an authored text, "I"/"we" with a past-tense speech verb report the
   * author's earlier words ("During our conversation, I emphasized …"); the
   * present tense is the text's own voice ("We reaffirm …") and stays in its
   * paragraph's statement.
   */
  private authorSubject(v: Match, verb: string, floor: number): Subject | null {
    if (!this.authors) return null;
    const t = this.t;
    let k = v.first - 1;
    while (k >= floor && this.isAdverb(k)) k--;
    const w = k >= floor ? lowerAt(t, k) : '';
    if (w !== 'i' && w !== 'we') return null;
    const word = verb.split(' ')[0]!;
    if (!word.endsWith('ed') && !PAST_SPEECH_FORMS.has(word)) return null;
    const by: ResolvedBy = this.authors.length > 1 ? 'collective' : 'byline';
    return { first: k, last: k + 1, members: this.authors.map((person) => ({ person, by })) };
  }

  /**
   * A quote that opens with its own speech verb, right after its speaker:
   * 'Chairman Kim, quote, "reaffirmed his commitment …"' is Kim's, verb
   * "reaffirmed".
   */
  private quotedSpeech(v: Match): void {
    const t = this.t;
    const qi = quoteAt(this.ctx.quotes, v.start);
    const q = this.ctx.quotes[qi]!;
    if (this.quoteUsed.has(qi) || tokenAtOrAfter(t, q.start) !== v.first) return;
    let k = tokenAtOrAfter(t, q.open) - 1;
    if (k >= 0 && lowerAt(t, k) === ',') k--;
    if (k >= 0 && lowerAt(t, k) === 'quote') k--;
    if (k >= 0 && lowerAt(t, k) === ',') k--;
    const ref = this.refByLast.get(k + 1);
    if (!ref?.person) return;
    const subject: Subject = { first: ref.first, last: ref.last, members: this.membersOf(ref) };
    this.quoteUsed.add(qi);
    this.statement(subject, this.verbText(v), 'direct', q, { start: ref.start, end: q.open });
  }

  /** A participle that reports the sentence subject's words: "…, saying", "a remark indicating that". */
  private isParticipleSite(v: Match, verb: string, floor: number): boolean {
    const t = this.t;
    if (!/ing$/u.test(verb) || v.first - 1 < floor) return false;
    const prev = lowerAt(t, v.first - 1);
    if (prev === ',') return true;
    return SPEECH_NOUNS.has(prev) && v.last < t.count && lowerAt(t, v.last) === 'that';
  }

  /** A verb coordinated with an earlier one of the same subject ("… and shared the view"). */
  private isCoordinated(v: Match, floor: number): boolean {
    let k = v.first - 1;
    while (k >= floor && this.isAdverb(k)) k--;
    return k >= floor && lowerAt(this.t, k) === 'and';
  }

  /** One sentence: each speech verb outside quotes, with its subject and content. */
  private sentence(s: Sentence, inTurn: boolean, label: Turn | undefined): void {
    const t = this.t;
    const floor =
      label && label.paragraph === s.paragraph && s.start <= label.labelEnd
        ? tokenAtOrAfter(t, label.speechStart)
        : s.first;
    let previousSubject: Subject | null = null;
    // Reported content already taken in this sentence and its speakers: one
    // statement per reporting sentence (policy 4), so "expressed X, and he
    // explained Y" stays one statement.
    let covered = { end: -1, speakers: [] as string[] };
    // The sentence's speech verbs, in order; `k` is the first token a next verb may start at.
    let k = floor;
    const from = floor < t.count ? firstAtOrAfter(this.verbs, t.start[floor]!) : this.verbs.length;
    for (let vi = from; vi < this.verbs.length; vi++) {
      const v = this.verbs[vi]!;
      if (v.first >= s.last) break;
      if (v.first < k) continue;
      if (this.inQuote(v.start)) {
        this.quotedSpeech(v);
        continue;
      }
      const verb = this.verbText(v);
      // ", recalling the words of X," is a reference inside another attribution (see references.ts).
      if (REFERENCE_PARTICIPLES.has(verb) && v.first > floor && textAt(t, v.first - 1) === ',')
        continue;
      let subject: Subject | null = null;
      let inverted = false;
      let borrowed = false;
      if (verb === 'according to') {
        subject = this.subjectAfter(v.last, s.last);
        inverted = true;
      } else {
        subject = this.subjectBefore(v.first, floor);
        if (
          !subject &&
          v.first > floor &&
          (OPENING_MARKS + '”’»"').includes(textAt(t, v.first - 1))
        ) {
          subject = this.subjectAfter(v.last, s.last);
          inverted = subject !== null;
        } else if (
          !subject &&
          v.first - 1 > floor &&
          textAt(t, v.first - 1) === ',' &&
          this.quoteByCloseToken.has(v.first - 2)
        ) {
          subject = this.subjectAfter(v.last, s.last);
          inverted = subject !== null;
        }
        if (!subject && (this.isParticipleSite(v, verb, floor) || this.isCoordinated(v, floor))) {
          subject = previousSubject ?? this.sentenceSubject(floor, v.first);
          borrowed = subject !== null;
        }
      }
      // "I emphasized …", "As I said in Singapore, …": the author reporting earlier words.
      if (!subject) subject = this.authorSubject(v, verb, floor);
      if (!subject) continue;
      previousSubject = subject;
      if (inTurn && subject.members.some((m) => m.by === 'pronoun')) {
        k = v.last;
        continue;
      }
      if (subject.members.length === 0) {
        k = v.last;
        continue;
      }
      if (
        v.start < covered.end &&
        (borrowed ||
          subject.members.every((m) => m.by === 'pronoun' || covered.speakers.includes(m.person)))
      ) {
        k = v.last;
        continue;
      }
      const span = this.handleVerb(s, v, verb, subject, inverted, borrowed);
      if (span) covered = { end: span.end, speakers: subject.members.map((m) => m.person) };
      k = v.last;
    }
  }

  /**
   * Start of the adjunct that opens the sentence of an attribution starting at
   * `cueStart` ("In his greetings at the banquet, | the Prime Minister said"),
   * or cueStart itself.
   */
  private leadStart(cueStart: number): number {
    const t = this.t;
    const si = firstAtOrAfter(this.ctx.sentences, cueStart + 1) - 1;
    const s = si >= 0 ? this.ctx.sentences[si] : undefined;
    if (!s || s.start >= cueStart || cueStart >= s.end) return cueStart;
    if (!LEAD_WORDS.has(lowerAt(t, s.first))) return cueStart;
    // The adjunct runs to the first comma, before the attribution, with no quote or speech verb.
    const cueTok = tokenAtOrAfter(t, cueStart);
    for (let k = s.first; k < cueTok; k++) {
      const w = lowerAt(t, k);
      if (w === ',') return s.start;
      if (OPENING_MARKS.includes(w) || this.verbAt(k)) return cueStart;
    }
    return cueStart;
  }

  /** Makes the statements of one speech verb; returns the reported span when it made an indirect one. */
  private handleVerb(
    s: Sentence,
    v: Match,
    verb: string,
    subject: Subject,
    inverted: boolean,
    borrowed: boolean,
  ): { start: number; end: number } | null {
    const t = this.t;
    const text = this.ctx.text;
    // A borrowed subject sits elsewhere in the sentence: the attribution is the verb alone.
    const subjStart = borrowed ? v.start : t.start[subject.first]!;
    const phraseFirst = borrowed ? v.first : Math.min(subject.first, v.first);
    const phraseLast = borrowed ? v.last : Math.max(subject.last, v.last);

    // 1. A quote closes right before the attribution: “…,” he said / “…,” said X.
    let before = phraseFirst - 1;
    if (before >= s.first && textAt(t, before) === ',') before--;
    const closed = this.quoteByCloseToken.get(before);
    if (closed !== undefined && !this.quoteUsed.has(closed)) {
      const cueEnd = this.cueEnd(phraseLast, s);
      this.useQuote(closed, subject, verb, { start: Math.min(subjStart, v.start), end: cueEnd });
      return null;
    }

    // 2. A quote opens right after: X said: “…” / X said, “…” / X said that “…” / … said,⏎“…”.
    let after = inverted ? phraseLast : v.last;
    while (after < t.count && this.isAdverb(after)) after++;
    if (after < t.count && [',', ':', 'that'].includes(lowerAt(t, after))) after++;
    const opened = this.quoteByOpenToken.get(after);
    if (opened !== undefined && !this.quoteUsed.has(opened)) {
      const q = this.ctx.quotes[opened]!;
      const sameSentence = q.open < s.end;
      const sentenceEndsHere = t.start[after]! >= s.end;
      if (sameSentence && this.isPartialQuote(q, s)) {
        // "conceded that "significant gaps" remain …": the clause, marks included, is reported (policy 7).
        this.quoteUsed.add(opened);
        const span = this.clause(after, this.clauseEnd(after, s));
        if (!span) return null;
        this.statement(subject, verb, 'indirect', span, {
          start: Math.min(subjStart, v.start),
          end: span.start,
        });
        return span;
      }
      if (sameSentence || sentenceEndsHere) {
        this.useQuote(opened, subject, verb, { start: Math.min(subjStart, v.start), end: q.open });
        return null;
      }
    }

    // 3. Reported speech.
    if (verb === 'according to') {
      let k = subject.last;
      if (k < s.last && textAt(t, k) === ',') k++;
      const span = this.clause(k, this.clauseEnd(k, s));
      if (span && !this.inQuote(span.start)) {
        this.statement(subject, verb, 'indirect', span, { start: v.start, end: span.start });
        return span;
      }
      return null;
    }

    // "…, Russian Foreign Minister Sergei Lavrov said on Monday [17 May]."
    const subjFirst = subject.first;
    if (
      !inverted &&
      !borrowed &&
      subjFirst - 1 > s.first &&
      textAt(t, subjFirst - 1) === ',' &&
      !this.hasThatAfter(v.last, s) &&
      !this.hasObject(v.last, s)
    ) {
      const startTok = s.first;
      const span = this.clause(startTok, t.start[subjFirst - 1]!);
      if (span && !this.inQuote(span.start) && !OPENING_MARKS.includes(text.charAt(s.start))) {
        this.statement(subject, verb, 'indirect', span, { start: subjStart, end: s.end });
        return null;
      }
    }
    if (inverted) return null;

    // "As I said in Singapore, X": the main clause after the comma is what was said.
    if (!borrowed && subject.first - 1 === s.first && lowerAt(t, s.first) === 'as') {
      let comma = v.last;
      while (comma < s.last && lowerAt(t, comma) !== ',') comma++;
      const span = comma + 1 < s.last ? this.clause(comma + 1, this.clauseEnd(comma + 1, s)) : null;
      if (!span || this.inQuote(span.start)) return null;
      this.statement(subject, verb, 'indirect', span, { start: subjStart, end: span.start });
      return span;
    }

    // "X said (adjuncts) that …", "He stressed, recalling …, that …", "The Secretary underscored …".
    const thatAt = this.thatAfter(v.last, s, verb);
    let from: number;
    if (thatAt >= 0) {
      from = thatAt + 1;
    } else {
      let k = v.last;
      while (k < s.last && this.isAdverb(k)) k++;
      if (k >= s.last) return null;
      const w = lowerAt(t, k);
      if (NON_CLAUSE_STARTS.has(w) || (t.flags[k]! & WORD) === 0) return null;
      if (CLAUSE_ONLY_VERBS.has(verb.split(' ')[0]!) && !this.looksLikeClause(k)) return null;
      from = k;
    }
    const end = this.clauseEnd(from, s);
    const span = this.clause(from, end);
    if (!span || this.inQuote(span.start)) return null;
    this.statement(subject, verb, 'indirect', span, {
      start: Math.min(subjStart, v.start),
      end: span.start,
    });
    return span;
  }

  /** A quote that is only part of a clause: words follow its closing mark and it ends in no punctuation. */
  private isPartialQuote(q: Quote, s: Sentence): boolean {
    if (!q.closed || q.close >= s.end) return false;
    const last = this.ctx.text.charAt(q.end - 1);
    if ('.,;:!?…'.includes(last)) return false;
    const k = tokenAtOrAfter(this.t, q.close + 1);
    return k < s.last && (this.t.flags[k]! & WORD) !== 0;
  }

  /** Where the attribution phrase after a quote ends: the sentence end. */
  private cueEnd(_from: number, s: Sentence): number {
    return s.end;
  }

  /** Whether a noun phrase follows the verb ("they strengthen their resolve"): it is no "…, X said". */
  private hasObject(from: number, s: Sentence): boolean {
    let k = from;
    while (k < s.last && this.isAdverb(k)) k++;
    return k < s.last && OBJECT_DETERMINERS.has(lowerAt(this.t, k));
  }

  private hasThatAfter(from: number, s: Sentence): boolean {
    return this.thatAfter(from, s) >= 0;
  }

  /**
   * "that" opening the reported clause within a few tokens of the verb, with
   * only adjuncts or a comma-delimited parenthetical before it. After a verb
   * with an object ("addressed a range of issues that …") a later "that" is a
   * relative clause, unless the object is a noun of opinion ("shared the view
   * that …").
   */
  private thatAfter(from: number, s: Sentence, verb = 'said'): number {
    const t = this.t;
    let first = from;
    while (first < s.last && this.isAdverb(first)) first++;
    if (first < s.last && lowerAt(t, first) === 'that') return first;
    if (OBJECT_DETERMINERS.has(lowerAt(t, first)) && !CLAUSE_ONLY_VERBS.has(verb.split(' ')[0]!)) {
      for (let k = first + 1; k < Math.min(s.last - 1, first + 5); k++) {
        if ((t.flags[k]! & WORD) === 0) break;
        if (VIEW_NOUNS.has(lowerAt(t, k)) && lowerAt(t, k + 1) === 'that') return k + 1;
      }
      return -1;
    }
    const limit = Math.min(s.last, from + 16);
    let commas = 0;
    for (let k = from; k < limit; k++) {
      const w = lowerAt(t, k);
      if (w === 'that') return commas % 2 === 0 ? k : -1;
      if (w === ',') commas++;
      if (w === '.' || w === ';' || w === ':' || OPENING_MARKS.includes(w)) return -1;
      // A verb ends the search, unless it sits in a parenthetical (", recalling …,").
      if (this.verbAt(k) && commas % 2 === 0) return -1;
    }
    return -1;
  }

  /** After "said" without "that": a clause starts with a subject-like word, not "to"/"for"/a date. */
  private looksLikeClause(k: number): boolean {
    const t = this.t;
    const w = lowerAt(t, k);
    if (
      [
        'on',
        'in',
        'at',
        'during',
        'after',
        'before',
        'when',
        'while',
        'today',
        'yesterday',
        'reporters',
        'journalists',
      ].includes(w)
    ) {
      return false;
    }
    return (t.flags[k]! & PUNCT) === 0;
  }
}

export function attributionStage(ctx: Context): void {
  new Attributor(ctx).run();
}
