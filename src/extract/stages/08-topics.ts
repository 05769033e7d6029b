/**
 * Stage 8 — topics of each statement.
 *
 * A statement is about every topic whose alias or word form occurs in its
 * text (the vocabulary lists "normalization", "normalise", "non-nuclear
 * weapons"…) or in its immediate context:
 * - the rest of its sentence outside the text of other statements (the
 *   attribution and its adjuncts: "On Ukraine, the Secretary underscored
 *   that …", "The Secretary discussed Iran's nuclear programme and stressed …");
 * - the topic adjunct opening its paragraph ("On Iran, …", "Regarding the
 *   Arctic, …", "Turning to trade, …"), for every statement of the paragraph;
 * - for a quote, the sentence introducing it when that sentence ends with a
 *   colon ("On climate change, the President said:").
 * Never the document's title or heading. "this topic", "this issue", "this
 * matter" refer to the last topic of the preceding statement. A pair of
 * names joined by a hyphen before "relations", "relationship" or "ties"
 * ("Japan-EU relations", "U.S.-Canada relationship") is a match of the topic
 * PAIR_RELATIONS_TOPIC names, when the vocabulary has it.
 */

import type { Context, DraftStatement, Sentence } from '../core/context';
import type { Match } from '../dictionaries/compile';
import { TOPIC_ANAPHORS } from '../lexicon/grammar';
import { PAIR_RELATIONS_TOPIC, RELATION_NOUNS, TOPIC_LEADS } from '../lexicon/topics';
import { firstAtOrAfter } from '../core/spans';
import { lowerAt, tokenAtOrAfter } from '../core/tokens';

const ANAPHORS = new Set(TOPIC_ANAPHORS);

/** Topic ids in [start, end), in text order (repeats kept: the last one matters for anaphora). */
export function topicsIn(matches: readonly Match[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = firstAtOrAfter(matches, start); i < matches.length && matches[i]!.end <= end; i++) {
    for (const p of matches[i]!.payloads) if (p.type === 'topic') out.push(p.id);
  }
  return out;
}

function hasAnaphor(ctx: Context, start: number, end: number): boolean {
  const t = ctx.tokens;
  const last = tokenAtOrAfter(t, end);
  for (let k = tokenAtOrAfter(t, start); k + 1 < last; k++) {
    const w = lowerAt(t, k);
    if ((w === 'this' || w === 'that') && ANAPHORS.has(`${w} ${lowerAt(t, k + 1)}`)) return true;
  }
  return false;
}

function sentenceAt(ctx: Context, offset: number): number {
  const i = firstAtOrAfter(ctx.sentences, offset + 1) - 1;
  const s = i >= 0 ? ctx.sentences[i] : undefined;
  return s && offset < s.end ? i : -1;
}

/** The first words of TOPIC_LEADS ("on", "turning", "as", …). */
const LEAD_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TOPIC_LEADS].map((lead) => lead.split(' ')[0]!),
);

/** How many tokens a paragraph's topic adjunct may take before its comma ("On Iran's nuclear programme,"). */
const LEAD_TOKENS = 8;

/**
 * The span of the topic adjunct opening a sentence ("On Iran,", "Regarding
 * the Arctic,", "Turning to trade,", "As for Syria,"), or null.
 */
function topicLead(ctx: Context, s: Sentence): { start: number; end: number } | null {
  const t = ctx.tokens;
  let k = s.first;
  const one = lowerAt(t, k);
  // Most sentences open with no lead word: no phrases built for them.
  if (!LEAD_FIRST_WORDS.has(one)) return null;
  const two = `${one} ${lowerAt(t, k + 1)}`;
  const three = `${two} ${lowerAt(t, k + 2)}`;
  if (TOPIC_LEADS.has(three)) k += 3;
  else if (TOPIC_LEADS.has(two)) k += 2;
  else if (TOPIC_LEADS.has(one)) k += 1;
  else return null;
  for (let j = k; j < s.last && j - k <= LEAD_TOKENS; j++) {
    if (lowerAt(t, j) === ',') return { start: t.start[k]!, end: t.start[j]! };
  }
  return null;
}

/**
 * Topics of the parts of [start, end) outside the texts of the other
 * statements (those whose text is not this statement's own).
 */
function topicsOutside(
  ctx: Context,
  st: DraftStatement,
  others: readonly DraftStatement[],
  start: number,
  end: number,
): string[] {
  const out: string[] = [];
  const matches = ctx.topicMatches;
  for (let i = firstAtOrAfter(matches, start); i < matches.length && matches[i]!.end <= end; i++) {
    const m = matches[i]!;
    if (m.start >= st.start && m.end <= st.end) continue;
    if (others.some((o) => m.start < o.end && m.end > o.start)) continue;
    for (const p of m.payloads) if (p.type === 'topic') out.push(p.id);
  }
  return out;
}

/** How many statements back (by start) one may still reach into a span: those of one sentence. */
const OVERLAP_BACK = 16;

/** Statements (sorted by start) whose text lies in [start, end) and is not `st`'s own. */
function otherTexts(
  sorted: readonly DraftStatement[],
  st: DraftStatement,
  start: number,
  end: number,
): DraftStatement[] {
  const out: DraftStatement[] = [];
  const from = Math.max(0, firstAtOrAfter(sorted, start) - OVERLAP_BACK);
  for (let i = from; i < sorted.length; i++) {
    const o = sorted[i]!;
    if (o.start >= end) break;
    if (o.end <= start || (o.start === st.start && o.end === st.end)) continue;
    // A statement inside this one's text ("I emphasized …" in a paragraph) takes nothing from it.
    if (o.start >= st.start && o.end <= st.end) continue;
    out.push(o);
  }
  return out;
}

/** Topics of a statement's context: its sentence, its paragraph's topic adjunct, a quote's colon line. */
function contextTopics(
  ctx: Context,
  sorted: readonly DraftStatement[],
  st: DraftStatement,
): string[] {
  const low = Math.min(st.start, st.cueStart, st.leadStart);
  const high = Math.max(st.end, st.cueEnd);
  const first = sentenceAt(ctx, low);
  const last = sentenceAt(ctx, Math.max(low, high - 1));
  if (first < 0 || last < 0) return [];
  // A statement of many sentences (a turn, a paragraph) has its context in its own text.
  if (last - first > 1) return [];
  const from = ctx.sentences[first]!.start;
  const to = ctx.sentences[last]!.end;
  const out = topicsOutside(ctx, st, otherTexts(sorted, st, from, to), from, to);
  const s = ctx.sentences[first]!;
  const para = ctx.paragraphs[s.paragraph]!;
  const openerAt = sentenceAt(ctx, para.start);
  const opener = openerAt >= 0 ? ctx.sentences[openerAt] : undefined;
  if (opener && opener !== s) {
    const lead = topicLead(ctx, opener);
    if (lead) out.push(...topicsIn(ctx.topicMatches, lead.start, lead.end));
  }
  // "On climate change, the President said:" before a quote.
  if (st.kind === 'direct' && first > 0) {
    const before = ctx.sentences[first - 1]!;
    const t = ctx.tokens;
    if (lowerAt(t, before.last - 1) === ':' && before.end <= st.start) {
      const others = otherTexts(sorted, st, before.start, before.end);
      out.push(...topicsOutside(ctx, st, others, before.start, before.end));
    }
  }
  return out;
}

/** Whether the text right before `start` is a hyphenated pair of capitalised names ("U.S.-Japan "). */
function isNamePair(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  while (i >= 0 && text.charCodeAt(i) > 32 && end - i <= PAIR_CHARS) i--;
  return PAIR.test(text.slice(i + 1, end));
}

const PAIR_CHARS = 40;
const PAIR = /^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u;

/** "Japan-EU relations": topic matches of a name pair and a relation noun, merged into the matches in text order. */
function withPairRelations(ctx: Context): Match[] {
  if (!ctx.dict.topicEntries.has(PAIR_RELATIONS_TOPIC)) return ctx.topicMatches;
  const t = ctx.tokens;
  const extra: Match[] = [];
  const payloads = [{ type: 'topic', id: PAIR_RELATIONS_TOPIC }] as const;
  for (let k = 1; k < t.count; k++) {
    if (!RELATION_NOUNS.has(lowerAt(t, k)) || !isNamePair(ctx.text, t.start[k]!)) continue;
    extra.push({ first: k, last: k + 1, start: t.start[k]!, end: t.end[k]!, payloads });
  }
  if (extra.length === 0) return ctx.topicMatches;
  const out: Match[] = [];
  let i = 0;
  for (const m of ctx.topicMatches) {
    while (i < extra.length && extra[i]!.start < m.start) out.push(extra[i++]!);
    out.push(m);
  }
  while (i < extra.length) out.push(extra[i++]!);
  return out;
}

/** How many ids `uniqueInOrder` compares one by one before a Set is cheaper. */
const FEW_IDS = 16;

/** `[...new Set(ids)]`; a statement has a few topics, fewer than a Set costs. */
function uniqueInOrder(ids: readonly string[]): string[] {
  if (ids.length > FEW_IDS) return [...new Set(ids)];
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

export function topicsStage(ctx: Context): void {
  ctx.topicMatches = withPairRelations(ctx);
  const order = ctx.statements
    .map((_, i) => i)
    .sort((a, b) => ctx.statements[a]!.start - ctx.statements[b]!.start || a - b);
  const sorted = order.map((i) => ctx.statements[i]!);
  let previous: string[] = [];
  let previousStart = -1;
  for (const i of order) {
    const s = ctx.statements[i]!;
    const found = topicsIn(ctx.topicMatches, s.start, s.end);
    if (hasAnaphor(ctx, s.start, s.end) && previous.length > 0)
      found.push(previous[previous.length - 1]!);
    const own = found.length;
    if (!s.referenced) found.push(...contextTopics(ctx, sorted, s));
    s.topics = uniqueInOrder(found);
    // Anaphora reads the statement's own topics only.
    if (s.start !== previousStart && own > 0) {
      previous = found.slice(0, own);
      previousStart = s.start;
    }
  }
}
