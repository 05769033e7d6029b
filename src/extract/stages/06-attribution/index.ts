/**
 * Stage 6 — who said what.
 *
 * Walks the document in order, keeping the discourse state pronouns need
 * (recent subjects and speakers, the most recent group of people), and turns
 * into statements:
 * - speaker-label turns and bylined bodies (one direct statement per paragraph);
 * - statements issued in a name the title or header names (authors.ts): each
 *   prose paragraph nothing else attributes is the author's (authored.ts);
 * - quotes whose attribution comes after ("…,” he said", "…,” said X") or
 *   before ("X said: “…”", "the Prime Minister said," then a quoted
 *   paragraph), and the second half of a quote broken by its attribution;
 * - reported speech: "X said (on Monday) (that) …", "…, X said on Monday.",
 *   "According to X, …", "He stressed, recalling …, that …", readout style
 *   "The Secretary underscored …", participles ("…, saying that …");
 * - collective subjects ("The two Presidents", "The leaders", "They", "X and
 *   Y") give one statement per member that resolves to a person.
 */

import type { Context, DraftStatement, PersonRef, Sentence } from '../../core/context';
import { CONFIDENCE } from '../../core/confidence';
import { PAST_SPEECH_FORMS, REFERENCE_PARTICIPLES } from '../../lexicon/grammar';
import { firstAtOrAfter } from '../../core/spans';
import { officesOn } from '../../dictionaries/lookups';
import type { Match } from '../../dictionaries/compile';
import { trimQuoteContent } from '../../core/quote-marks';
import { carriedByline, findByline, findDeclaration, isStageLine } from './speakers';
import type { Byline, Turn } from './speakers';
import { findTitledAuthor } from './authors';
import { authorPending, authorStatement, paragraphStatement } from './authored';
import { lowerAt, textAt, tokenAtOrAfter } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';
import type { Subject } from './subject';
import { OPENING_MARKS } from './subject';
import {
  authorSubject,
  noteSpeaker,
  pushGroup,
  sentenceSubject,
  subjectAfter,
  subjectBefore,
} from './subjects';
import { inQuote, leadStart, verbText } from './clauses';
import { quotedSpeech } from './quoted';
import { handleVerb, isCoordinated, isParticipleSite } from './verbs';
import { labelTurns, linkNestedStatements, noteTranscript } from './turns';

export class Attributor {
  readonly t: TokenTable;
  readonly verbs: Match[];
  readonly refByLast = new Map<number, PersonRef>();
  readonly refByFirst = new Map<number, PersonRef>();
  /** References by start offset: several when a plural role phrase names several people. */
  readonly siblings = new Map<number, PersonRef[]>();
  /** Subjects and speakers in document order, for pronouns. */
  readonly history: { person: string; offset: number }[] = [];
  historyCursor = 0;
  readonly verbalTriggers: Trigger[];
  readonly quoteUsed = new Set<number>();
  readonly made = new Set<string>();
  readonly quoteByOpenToken = new Map<number, number>();
  readonly quoteByCloseToken = new Map<number, number>();

  constructor(readonly ctx: Context) {
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

  /** People named together, most recent last, for "they" and "the two leaders". */
  readonly groups: string[][] = [];
  readonly groupSentence = {
    index: -1,
    all: [] as string[],
    subject: [] as string[],
    slot: -1,
    verbAt: Infinity,
    /** End of an opening adverbial about another occasion, whose people form no group. */
    openingEnd: -1,
  };

  get lastGroup(): string[] {
    return this.groups[this.groups.length - 1] ?? [];
  }

  sentenceCursor = 0;

  // ------------------------------------------------------------------- helpers

  statement(
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
        leadStart: leadStart(this, cue.start),
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
      // After the people a report names ("X thanked Y for …"): a later "he"/"she" is its speaker.
      noteSpeaker(this, m.person, kind === 'indirect' ? span.end : span.start);
    }
    if (subject.members.length >= 2)
      pushGroup(
        this,
        subject.members.map((m) => m.person),
      );
    return made;
  }

  verbIndex = new Map<number, Match>();

  private countryEnds: Map<number, { id: string; first: number }> | null = null;

  /** The country a dictionary match ending at token `k` names ("U.S.", "Ukrainian"). */
  countryEndingAt(k: number): { id: string; first: number } | null {
    if (!this.countryEnds) {
      this.countryEnds = new Map();
      for (const m of this.ctx.named) {
        const c = m.payloads.find((p) => p.type === 'country');
        if (c && c.type === 'country')
          this.countryEnds.set(m.last - 1, { id: c.id, first: m.first });
      }
    }
    return this.countryEnds.get(k) ?? null;
  }

  private readonly countryMemo = new Map<string, string[]>();

  /** The countries a person represents or holds an office of (dictionaries, else the text). */
  countriesOf(person: string): string[] {
    let found = this.countryMemo.get(person);
    if (found) return found;
    const { dict, date } = this.ctx;
    const out = new Set<string>(dict.actors.get(person)?.represents ?? []);
    for (const term of officesOn(dict, person, date)) if (term.of) out.add(term.of);
    const np = this.ctx.newPeople.get(person);
    if (np?.officeOf) out.add(np.officeOf);
    for (const r of this.ctx.people) {
      if (r.person !== person || !r.office) continue;
      const of = dict.offices.get(r.office)?.of;
      if (of) out.add(of);
    }
    found = [...out].filter((id) => dict.countries.has(id)).sort();
    this.countryMemo.set(person, found);
    return found;
  }

  // ------------------------------------------------------------------ driver

  run(): void {
    const { ctx } = this;
    // A later window of a large document goes on in the shape the first one found.
    const carried = ctx.carried;
    const turns = labelTurns(this, carried?.turn != null);
    this.labels = turns;
    let byline: Byline | null = null;
    if (turns.size === 0)
      byline = carried
        ? carriedByline(ctx, carried)
        : (findByline(ctx) ?? findDeclaration(ctx) ?? findTitledAuthor(ctx));
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
    // Joint authors named by the title are the group "the leaders", "they" first refer to.
    if (byline?.conditional && byline.speakers.length > 1) pushGroup(this, byline.speakers);

    let sentence = 0;
    for (const p of ctx.paragraphs) {
      const turnSpeaker = speakerOf.get(p.index);
      const label = turns.get(p.index);
      this.authors = byline && authored.has(p.index) ? byline.speakers : null;
      const conditional = byline?.conditional === true;
      const pending = conditional && this.authors ? authorPending(this, p) : null;
      // Policy 6 (and 5 for a collective author): the paragraph is the author's statement.
      if (this.authors && !conditional) paragraphStatement(this, p);
      else if (turnSpeaker) {
        const start = label ? label.speechStart : p.start;
        const words = this.ctx.text.slice(start, p.end).trim();
        if (start < p.end && words.length > 0 && !isStageLine(words)) {
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
          noteTranscript(this, turnSpeaker, made);
        }
      }
      const inTurn = speakerOf.has(p.index) || this.authors !== null;
      while (sentence < ctx.sentences.length && ctx.sentences[sentence]!.paragraph === p.index) {
        this.sentence(ctx.sentences[sentence]!, inTurn, label);
        sentence++;
      }
      if (pending) authorStatement(this, p, pending);
    }
    this.authors = null;
    linkNestedStatements(this);
  }

  /** The author(s) of the paragraph being read, in a bylined statement or a declaration. */
  authors: string[] | null = null;
  /** Statements the author reports of their own earlier words ("I emphasized …"). */
  readonly ownWords = new Set<number>();
  /** Statements that are whole paragraphs of an authored text. */
  readonly paragraphStatements: number[] = [];

  labels = new Map<number, Turn>();

  /** One sentence: each speech verb outside quotes, with its subject and content. */
  sentence(s: Sentence, inTurn: boolean, label: Turn | undefined): void {
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
      if (inQuote(this, v.start)) {
        quotedSpeech(this, v);
        continue;
      }
      const verb = verbText(this, v);
      // ", recalling the words of X," is a reference inside another attribution (see references.ts).
      if (REFERENCE_PARTICIPLES.has(verb) && v.first > floor && textAt(t, v.first - 1) === ',')
        continue;
      let subject: Subject | null = null;
      let inverted = false;
      let borrowed = false;
      if (isSpeechNoun(v)) {
        // "the Foreign Minister's statement that …": only a possessive names its speaker.
        const k2 = v.first - 2;
        if (k2 <= floor || lowerAt(t, v.first - 1) !== 's' || lowerAt(t, k2) !== "'") continue;
        subject = subjectBefore(this, k2, floor);
        if (!subject) continue;
      } else if (verb === 'according to') {
        subject = subjectAfter(this, v.last, s.last);
        inverted = true;
      } else {
        subject = subjectBefore(this, v.first, floor);
        if (
          !subject &&
          v.first > floor &&
          (OPENING_MARKS + '”’»"').includes(textAt(t, v.first - 1))
        ) {
          subject = subjectAfter(this, v.last, s.last);
          inverted = subject !== null;
        } else if (
          !subject &&
          v.first - 1 > floor &&
          textAt(t, v.first - 1) === ',' &&
          this.quoteByCloseToken.has(v.first - 2)
        ) {
          subject = subjectAfter(this, v.last, s.last);
          inverted = subject !== null;
        }
        if (!subject && (isParticipleSite(this, v, verb, floor) || isCoordinated(this, v, floor))) {
          subject = previousSubject ?? sentenceSubject(this, floor, v.first);
          borrowed = subject !== null;
        }
      }
      // "I emphasized …", "As I said in Singapore, …": the author reporting earlier words.
      let own = false;
      if (!subject) {
        subject = authorSubject(this, v, verb, floor);
        own = subject !== null;
      }
      if (!subject) continue;
      // "Mr Goff thanked Australia for the assistance we offered …": inside another's report.
      if (own && v.start < covered.end) {
        k = v.last;
        continue;
      }
      previousSubject = subject;
      // "We, the G7 Foreign Ministers …, condemn …" in the authors' own paragraph: that
      // paragraph is the statement (policy 4); only their past words are statements of their own.
      if (!own && this.authors && isAuthorsPresent(this.authors, subject, verb)) {
        k = v.last;
        continue;
      }
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
      const made = this.ctx.statements.length;
      const span = handleVerb(this, s, v, verb, subject, inverted, borrowed);
      if (own) for (let i = made; i < this.ctx.statements.length; i++) this.ownWords.add(i);
      if (span) covered = { end: span.end, speakers: subject.members.map((m) => m.person) };
      k = v.last;
    }
  }
}

/** A noun of speech ("statement", "remarks" + "that"), data/speech-verbs.json lemma "statement". */
function isSpeechNoun(v: Match): boolean {
  return v.payloads.some((p) => p.type === 'verb' && p.lemma === SPEECH_NOUN_LEMMA);
}

const SPEECH_NOUN_LEMMA = 'statement';

/** Whether every member of `subject` is an author and the verb is not in the past tense. */
function isAuthorsPresent(authors: readonly string[], subject: Subject, verb: string): boolean {
  if (subject.members.length === 0) return false;
  if (!subject.members.every((m) => authors.includes(m.person))) return false;
  const word = verb.split(' ')[0]!;
  return !word.endsWith('ed') && !PAST_SPEECH_FORMS.has(word);
}

export function attributionStage(ctx: Context): void {
  new Attributor(ctx).run();
}
