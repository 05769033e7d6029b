/**
 * Statements kept compactly: a large document has hundreds of thousands of
 * them, and as objects (ids, slices, small arrays) they cost about 460 bytes
 * each, the bulk of what extraction keeps. Here each is a row of numbers in
 * typed arrays and indexes into one table of distinct strings (speakers,
 * verbs, dates, ids); its id and text are made again from the document when
 * it is read, the same strings `buildGraph` gives. `at(i)` rebuilds
 * statement i as `buildGraph` would have made it, key order included.
 */

import type { Polarity, SpeechAct, Statement } from '../../model';
import { statementId } from '../graph';

const NONE = -1;

/** Numbers per statement in `rows`. */
const ROW = 15;

function grownInt(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function grownFloat(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export class StatementTable implements Iterable<Statement> {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private count = 0;
  /**
   * Per statement: start, end, speaker, kind, verb, date, event, where its lists begin
   * (topics, mentions, refersTo), act, polarity, act cue start and end, addressees' list.
   */
  private rows: Int32Array = new Int32Array(ROW * 1024);
  private confidence: Float64Array = new Float64Array(1024);
  private actConfidence: Float64Array = new Float64Array(1024);
  /** Lists (topics, mentions, refersTo, addressees) one after another, each as its length then its string indexes. */
  private lists: Int32Array = new Int32Array(4 * 1024);
  private listsLength = 0;

  /** `text` is the document text every span points into; `sha` the document's sha256. */
  constructor(
    private readonly text: string,
    private readonly sha: string,
  ) {}

  get length(): number {
    return this.count;
  }

  private intern(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private pushList(ids: readonly string[]): number {
    const at = this.listsLength;
    this.lists = grownInt(this.lists, at + 1 + ids.length);
    this.lists[at] = ids.length;
    for (let k = 0; k < ids.length; k++) this.lists[at + 1 + k] = this.intern(ids[k]!);
    this.listsLength = at + 1 + ids.length;
    return at;
  }

  private readList(at: number): string[] {
    const n = this.lists[at]!;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = this.strings[this.lists[at + 1 + k]!]!;
    return out;
  }

  /** Appends a statement of this document; its id and text must be the ones `buildGraph` gives. */
  push(s: Statement): void {
    const i = this.count;
    this.rows = grownInt(this.rows, (i + 1) * ROW);
    this.confidence = grownFloat(this.confidence, i + 1);
    this.actConfidence = grownFloat(this.actConfidence, i + 1);
    const r = i * ROW;
    this.rows[r] = s.start;
    this.rows[r + 1] = s.end;
    this.rows[r + 2] = this.intern(s.speaker);
    this.rows[r + 3] = s.kind === 'direct' ? 0 : 1;
    this.rows[r + 4] = this.intern(s.verb);
    this.rows[r + 5] = s.date === null ? NONE : this.intern(s.date);
    this.rows[r + 6] = s.event === null ? NONE : this.intern(s.event);
    this.rows[r + 7] = this.pushList(s.topics);
    this.rows[r + 8] = this.pushList(s.mentions);
    this.rows[r + 9] = this.pushList(s.refersTo);
    this.rows[r + 10] = this.intern(s.act);
    this.rows[r + 11] = this.intern(s.polarity);
    this.rows[r + 12] = s.actCue === null ? NONE : s.actCue.start;
    this.rows[r + 13] = s.actCue === null ? NONE : s.actCue.end;
    this.rows[r + 14] = this.pushList(s.addressees);
    this.confidence[i] = s.confidence;
    this.actConfidence[i] = s.actConfidence;
    this.count = i + 1;
  }

  /** Statement i, a new object each time. */
  at(i: number): Statement {
    const r = i * ROW;
    const rows = this.rows;
    const start = rows[r]!;
    const end = rows[r + 1]!;
    const speaker = this.strings[rows[r + 2]!]!;
    const date = rows[r + 5]!;
    const event = rows[r + 6]!;
    const cueStart = rows[r + 12]!;
    return {
      id: statementId(this.sha, start, end, speaker),
      speaker,
      kind: rows[r + 3] === 0 ? 'direct' : 'indirect',
      verb: this.strings[rows[r + 4]!]!,
      text: this.text.slice(start, end),
      date: date === NONE ? null : this.strings[date]!,
      start,
      end,
      topics: this.readList(rows[r + 7]!),
      mentions: this.readList(rows[r + 8]!),
      event: event === NONE ? null : this.strings[event]!,
      refersTo: this.readList(rows[r + 9]!),
      confidence: this.confidence[i]!,
      act: this.strings[rows[r + 10]!] as SpeechAct,
      polarity: this.strings[rows[r + 11]!] as Polarity,
      actCue: cueStart === NONE ? null : { start: cueStart, end: rows[r + 13]! },
      actConfidence: this.actConfidence[i]!,
      addressees: this.readList(rows[r + 14]!),
    };
  }

  *[Symbol.iterator](): Iterator<Statement> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  toArray(): Statement[] {
    const out = new Array<Statement>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.at(i);
    return out;
  }
}
