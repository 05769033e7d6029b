/**
 * Stage 5 — who said what.
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

import type { Context, DraftStatement, PersonRef, Quote, ResolvedBy, Sentence } from './context';
import { CONFIDENCE } from './confidence';
import {
  CLAUSE_ONLY_VERBS,
  FEMALE_PRONOUNS,
  GROUP_NOUNS,
  GROUP_QUANTIFIERS,
  MALE_PRONOUNS,
  NON_CLAUSE_STARTS,
  REFERENCE_PARTICIPLES,
  VERB_ADVERBS,
} from './lexicon';
import type { Match } from './matcher';
import { quoteAt, trimQuoteContent } from './quotes';
import { findByline, findLabel } from './speakers';
import type { Turn } from './speakers';
import { PUNCT, WORD, isSpaceCode, lowerAt, textAt, tokenAtOrAfter } from './tokens';
import type { TokenTable } from './tokens';

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
  /** Subjects and speakers in document order, for pronouns. */
  private readonly history: { person: string; offset: number }[] = [];
  private historyCursor = 0;
  private lastGroup: string[] = [];
  private readonly quoteUsed = new Set<number>();
  private readonly made = new Set<string>();
  private readonly quoteByOpenToken = new Map<number, number>();
  private readonly quoteByCloseToken = new Map<number, number>();

  constructor(private readonly ctx: Context) {
    this.t = ctx.tokens;
    this.verbs = ctx.named.filter((m) => m.payloads.some((p) => p.type === 'verb'));
    for (const r of ctx.people) {
      if (r.inQuote) continue;
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

  private readonly groupSentence = { index: -1, people: [] as string[] };

  /** Remembers the people named together in one sentence, for "they" and "the leaders". */
  private noteGroupAt(r: PersonRef): void {
    const s = this.sentenceIndexAt(r.start);
    if (s !== this.groupSentence.index) {
      this.groupSentence.index = s;
      this.groupSentence.people = [];
    }
    if (r.person && !this.groupSentence.people.includes(r.person))
      this.groupSentence.people.push(r.person);
    if (this.groupSentence.people.length >= 2) this.lastGroup = [...this.groupSentence.people];
  }

  private sentenceIndexAt(offset: number): number {
    const ss = this.ctx.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (ss[mid]!.end <= offset) lo = mid + 1;
      else if (ss[mid]!.start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
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
      const members = ref.person ? [{ person: ref.person, by: ref.by }] : [];
      // "The Secretary and Director Wang", "X and Y".
      if (ref.first - 1 >= floor && lowerAt(t, ref.first - 1) === 'and') {
        const other = this.refByLast.get(ref.first - 1);
        if (other && other.first >= floor) {
          const both = [
            ...(other.person ? [{ person: other.person, by: other.by }] : []),
            ...members,
          ];
          return {
            first: other.first,
            last: k,
            members: both.map((m) => ({ ...m, by: 'collective' as const })),
          };
        }
      }
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
        members: this.lastGroup.map((person) => ({ person, by: 'collective' })),
      };
    }
    if (GROUP_NOUNS.has(word)) {
      let g = k - 1;
      if (g - 1 >= floor && GROUP_QUANTIFIERS.has(lowerAt(t, g - 1))) g--;
      if (g - 1 >= floor && lowerAt(t, g - 1) === 'the') g--;
      if (g === k - 1) return null;
      return {
        first: g,
        last: k,
        members: this.lastGroup.map((person) => ({ person, by: 'collective' })),
      };
    }
    return null;
  }

  /** The people a sentence is about: its first named person (and a coordinated second), outside quotes. */
  private sentenceSubject(s: Sentence, floor: number, before: number): Subject | null {
    for (let k = floor; k < before; k++) {
      const ref = this.refByFirst.get(k);
      if (!ref?.person) continue;
      const members = [{ person: ref.person, by: ref.by }];
      if (ref.last < before && lowerAt(this.t, ref.last) === 'and') {
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
    void s;
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
    if (subject.members.length >= 2) this.lastGroup = subject.members.map((m) => m.person);
    return made;
  }

  private verbText(m: Match): string {
    return this.ctx.text.slice(m.start, m.end).toLowerCase().replace(/\s+/gu, ' ');
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
    const turns = this.labelTurns();
    this.labels = turns;
    const byline = turns.size === 0 ? findByline(ctx) : null;
    const speakerOf = new Map<number, string | null>();
    let current: Turn | null = null;
    for (const p of ctx.paragraphs) {
      const label = turns.get(p.index);
      if (label) current = label;
      if (current) speakerOf.set(p.index, current.speaker);
    }
    if (byline)
      for (let i = byline.bodyFrom; i < ctx.paragraphs.length; i++)
        speakerOf.set(i, byline.speaker);

    let sentence = 0;
    for (const p of ctx.paragraphs) {
      const turnSpeaker = speakerOf.get(p.index);
      const label = turns.get(p.index);
      if (turnSpeaker) {
        const start = label ? label.speechStart : p.start;
        if (start < p.end && this.ctx.text.slice(start, p.end).trim().length > 0) {
          const by: ResolvedBy = byline ? 'byline' : 'label';
          const subject: Subject = { first: 0, last: 0, members: [{ person: turnSpeaker, by }] };
          const cue = label
            ? { start: label.labelStart, end: label.labelEnd }
            : { start: p.start, end: p.start };
          const span = trimQuoteContent(this.ctx.text, start, p.end);
          const made = this.statement(subject, byline ? 'stated' : 'said', 'direct', span, cue);
          if (!byline) this.noteTranscript(turnSpeaker, made);
        }
      }
      while (sentence < ctx.sentences.length && ctx.sentences[sentence]!.paragraph === p.index) {
        this.sentence(ctx.sentences[sentence]!, speakerOf.has(p.index), label);
        sentence++;
      }
    }
  }

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

  private labelTurns(): Map<number, Turn> {
    const turns = new Map<number, Turn>();
    for (const p of this.ctx.paragraphs) {
      const turn = findLabel(this.ctx, p);
      if (turn) turns.set(p.index, turn);
    }
    // One label alone is more likely a heading than a transcript, unless it names a person.
    if (turns.size === 1) {
      const only = [...turns.values()][0]!;
      if (!only.speaker) turns.clear();
    }
    return turns;
  }

  /** One sentence: each speech verb outside quotes, with its subject and content. */
  private sentence(s: Sentence, inTurn: boolean, label: Turn | undefined): void {
    const t = this.t;
    const floor =
      label && label.paragraph === s.paragraph && s.start <= label.labelEnd
        ? tokenAtOrAfter(t, label.speechStart)
        : s.first;
    let previousSubject: Subject | null = null;
    for (let k = floor; k < s.last; k++) {
      const v = this.verbAt(k);
      if (!v) continue;
      if (this.inQuote(v.start)) continue;
      const verb = this.verbText(v);
      // ", recalling the words of X," is a reference inside another attribution (see references.ts).
      if (REFERENCE_PARTICIPLES.has(verb) && v.first > floor && textAt(t, v.first - 1) === ',')
        continue;
      let subject: Subject | null = null;
      let inverted = false;
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
        if (
          !subject &&
          /ing$/u.test(verb) &&
          v.first - 1 >= floor &&
          textAt(t, v.first - 1) === ','
        ) {
          subject = previousSubject ?? this.sentenceSubject(s, floor, v.first);
        }
      }
      if (!subject) continue;
      previousSubject = subject;
      if (inTurn && subject.members.some((m) => m.by === 'pronoun')) {
        k = v.last - 1;
        continue;
      }
      if (subject.members.length === 0) {
        k = v.last - 1;
        continue;
      }
      this.handleVerb(s, v, verb, subject, inverted);
      k = Math.max(k, v.last - 1);
    }
  }

  private handleVerb(
    s: Sentence,
    v: Match,
    verb: string,
    subject: Subject,
    inverted: boolean,
  ): void {
    const t = this.t;
    const text = this.ctx.text;
    const subjStart = t.start[subject.first]!;
    const phraseFirst = Math.min(subject.first, v.first);
    const phraseLast = Math.max(subject.last, v.last);

    // 1. A quote closes right before the attribution: “…,” he said / “…,” said X.
    let before = phraseFirst - 1;
    if (before >= s.first && textAt(t, before) === ',') before--;
    const closed = this.quoteByCloseToken.get(before);
    if (closed !== undefined && !this.quoteUsed.has(closed)) {
      const cueEnd = this.cueEnd(phraseLast, s);
      this.useQuote(closed, subject, verb, { start: Math.min(subjStart, v.start), end: cueEnd });
      return;
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
      if (sameSentence || sentenceEndsHere) {
        // A partial quote inside a reported clause ("that "significant gaps" remain") is still direct.
        this.useQuote(opened, subject, verb, { start: Math.min(subjStart, v.start), end: q.open });
        return;
      }
    }

    // 3. Reported speech.
    if (verb === 'according to') {
      let k = subject.last;
      if (k < s.last && textAt(t, k) === ',') k++;
      const span = this.clause(k, this.clauseEnd(k, s));
      if (span && !this.inQuote(span.start))
        this.statement(subject, verb, 'indirect', span, { start: v.start, end: span.start });
      return;
    }

    // "…, Russian Foreign Minister Sergei Lavrov said on Monday [17 May]."
    const subjFirst = subject.first;
    if (
      !inverted &&
      subjFirst - 1 > s.first &&
      textAt(t, subjFirst - 1) === ',' &&
      !this.hasThatAfter(v.last, s)
    ) {
      const startTok = s.first;
      const span = this.clause(startTok, t.start[subjFirst - 1]!);
      if (span && !this.inQuote(span.start) && !OPENING_MARKS.includes(text.charAt(s.start))) {
        this.statement(subject, verb, 'indirect', span, { start: subjStart, end: s.end });
        return;
      }
    }
    if (inverted) return;

    // "X said (adjuncts) that …", "He stressed, recalling …, that …", "The Secretary underscored …".
    const thatAt = this.thatAfter(v.last, s);
    let from: number;
    if (thatAt >= 0) {
      from = thatAt + 1;
    } else {
      let k = v.last;
      while (k < s.last && this.isAdverb(k)) k++;
      if (k >= s.last) return;
      const w = lowerAt(t, k);
      if (NON_CLAUSE_STARTS.has(w) || (t.flags[k]! & WORD) === 0) return;
      if (CLAUSE_ONLY_VERBS.has(verb.split(' ')[0]!) && !this.looksLikeClause(k)) return;
      from = k;
    }
    const end = this.clauseEnd(from, s);
    const span = this.clause(from, end);
    if (!span || this.inQuote(span.start)) return;
    this.statement(subject, verb, 'indirect', span, {
      start: Math.min(subjStart, v.start),
      end: span.start,
    });
  }

  /** Where the attribution phrase after a quote ends: the sentence end. */
  private cueEnd(_from: number, s: Sentence): number {
    return s.end;
  }

  private hasThatAfter(from: number, s: Sentence): boolean {
    return this.thatAfter(from, s) >= 0;
  }

  /**
   * "that" opening the reported clause within a few tokens of the verb, with
   * only adjuncts or a comma-delimited parenthetical before it.
   */
  private thatAfter(from: number, s: Sentence): number {
    const t = this.t;
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
