/** Lookups the events stage builds once per document: people, mentions and statements by token or offset. */

import type {
  Context,
  DateExpression,
  EntityMention,
  PersonRef,
  Sentence,
} from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';

/** Lookups by token or offset, built once per document so every stage step is O(1) or O(log n). */
export interface Index {
  peopleByFirst: Map<number, PersonRef>;
  peopleByLast: Map<number, PersonRef>;
  /** Every person a reference starting at a token names (several for a plural role phrase). */
  membersByFirst: Map<number, string[]>;
  mentionsByFirst: Map<number, EntityMention>;
  /** Mentions by their end token (exclusive), for a subject right before a verb. */
  mentionsByLast: Map<number, EntityMention>;
  datesByStart: DateExpression[];
  /** Statement indexes sorted by the start of their cue or text. */
  statementsByLow: number[];
  lows: { start: number }[];
}

export function buildIndex(ctx: Context): Index {
  const peopleByFirst = new Map<number, PersonRef>();
  const peopleByLast = new Map<number, PersonRef>();
  const membersByFirst = new Map<number, string[]>();
  for (const r of ctx.people) {
    if (!peopleByFirst.has(r.first)) peopleByFirst.set(r.first, r);
    peopleByLast.set(r.last, r);
    if (r.person) {
      const list = membersByFirst.get(r.first);
      if (!list) membersByFirst.set(r.first, [r.person]);
      else if (!list.includes(r.person)) list.push(r.person);
    }
  }
  const mentionsByFirst = new Map<number, EntityMention>();
  const mentionsByLast = new Map<number, EntityMention>();
  for (const m of ctx.mentions) {
    if (!mentionsByFirst.has(m.first)) mentionsByFirst.set(m.first, m);
    mentionsByLast.set(m.last, m);
  }
  const low = ctx.statements.map((st) => Math.min(st.start, st.cueStart, st.leadStart));
  const statementsByLow = low.map((_, i) => i).sort((a, b) => low[a]! - low[b]! || a - b);
  return {
    peopleByFirst,
    peopleByLast,
    membersByFirst,
    mentionsByFirst,
    mentionsByLast,
    datesByStart: ctx.dates,
    statementsByLow,
    lows: statementsByLow.map((i) => ({ start: low[i]! })),
  };
}

/** Statements whose cue or text may contain `offset` (the few that start before it). */
export function statementsAround(ctx: Context, index: Index, offset: number): number[] {
  const out: number[] = [];
  const upto = firstAtOrAfter(index.lows, offset + 1);
  for (let k = upto - 1; k >= 0 && upto - k <= MAX_STATEMENTS_BACK; k--)
    out.push(index.statementsByLow[k]!);
  return out.filter((i) => {
    const st = ctx.statements[i]!;
    return Math.max(st.end, st.cueEnd) > offset;
  });
}

const MAX_STATEMENTS_BACK = 64;

export function sentenceOf(ctx: Context, offset: number): Sentence | null {
  const i = firstAtOrAfter(ctx.sentences, offset + 1) - 1;
  const s = i >= 0 ? ctx.sentences[i] : undefined;
  return s && offset < s.end ? s : null;
}

export function paragraphStart(ctx: Context, s: Sentence): number {
  return ctx.paragraphs[s.paragraph]!.start;
}

export function isSentenceStart(ctx: Context, k: number): boolean {
  const s = sentenceOf(ctx, ctx.tokens.start[k]!);
  return s !== null && s.first === k;
}
