/**
 * Document shapes that name the speaker once for many paragraphs:
 * transcript speaker labels ("MR MILLER:", "Vladimir Putin:",
 * "President of the People's Republic of China Xi Jinping (retranslated):")
 * and bylined statements (a name line, then a title line, then the body).
 */

import type { Context, Paragraph, PersonRef } from './context';
import { firstAtOrAfter } from './dates';
import { ANONYMOUS_LABELS, LABEL_JOINERS } from './lexicon';
import {
  ALL_CAPS,
  CAPITALISED,
  NUMBER,
  PUNCT,
  WORD,
  lowerAt,
  textAt,
  tokenAtOrAfter,
} from './tokens';

export interface Turn {
  /** Paragraph index of the label. */
  paragraph: number;
  /** Where the speech starts in that paragraph (after "LABEL: "). */
  speechStart: number;
  labelStart: number;
  labelEnd: number;
  /** Resolved speaker, or null for anonymous or unknown speakers. */
  speaker: string | null;
}

const MAX_LABEL_CHARS = 160;

function refsWithin(people: readonly PersonRef[], start: number, end: number): PersonRef[] {
  const out: PersonRef[] = [];
  for (let i = firstAtOrAfter(people, start); i < people.length && people[i]!.start < end; i++) {
    if (people[i]!.end <= end) out.push(people[i]!);
  }
  return out;
}

/** The speaker label opening paragraph `p`, if any. */
export function findLabel(ctx: Context, p: Paragraph): Turn | null {
  const { text, tokens: t } = ctx;
  const limit = Math.min(p.end, p.start + MAX_LABEL_CHARS);
  let colon = p.start;
  while (colon < limit && text.charCodeAt(colon) !== 58) colon++;
  if (colon >= limit) return null;
  // "12:10", "1:27 p.m." are times, not labels.
  if (/\d/u.test(text.charAt(colon + 1))) return null;
  let labelEnd = colon;
  // Drop a trailing "(retranslated)", "(via interpreter)".
  const segment = text.slice(p.start, colon).trimEnd();
  let core = segment;
  if (core.endsWith(')')) {
    const open = core.lastIndexOf('(');
    if (open > 0) core = core.slice(0, open).trimEnd();
  }
  labelEnd = p.start + core.length;
  if (core.length === 0) return null;
  const first = tokenAtOrAfter(t, p.start);
  const last = tokenAtOrAfter(t, labelEnd);
  let words = 0;
  for (let k = first; k < last; k++) {
    const f = t.flags[k]!;
    const w = lowerAt(t, k);
    if ((f & NUMBER) !== 0) return null;
    if ((f & WORD) !== 0) {
      words++;
      if (
        (f & CAPITALISED) === 0 &&
        !LABEL_JOINERS.has(w) &&
        !(w === 's' && k > first && lowerAt(t, k - 1) === "'")
      ) {
        return null;
      }
      continue;
    }
    if ((f & PUNCT) !== 0 && !".'-’".includes(textAt(t, k))) return null;
  }
  if (words === 0 || words > 16) return null;
  let speechStart = colon + 1;
  while (speechStart < p.end && /\s/u.test(text.charAt(speechStart))) speechStart++;
  const refs = refsWithin(ctx.people, p.start, labelEnd).filter((r) => r.person);
  const base = { paragraph: p.index, speechStart, labelStart: p.start, labelEnd };
  if (refs.length > 0) return { ...base, speaker: refs[refs.length - 1]!.person };
  const lowerWords = core.toLowerCase().split(/[\s,]+/u);
  if (
    lowerWords.length <= 2 &&
    lowerWords.every((w) => ANONYMOUS_LABELS.has(w.replace(/\.$/u, '')))
  ) {
    return { ...base, speaker: null };
  }
  // An all-capitals label we cannot resolve ("MS SMITH"): a turn, speaker unknown.
  let allCaps = true;
  for (let k = first; k < last; k++) {
    if ((t.flags[k]! & WORD) !== 0 && (t.flags[k]! & ALL_CAPS) === 0 && t.end[k]! - t.start[k]! > 1)
      allCaps = false;
  }
  return allCaps ? { ...base, speaker: null } : null;
}

export interface Byline {
  speaker: string;
  /** Index of the first body paragraph. */
  bodyFrom: number;
  nameParagraph: number;
}

const MAX_HEADER_PARAGRAPHS = 10;

function isProse(text: string, p: Paragraph): boolean {
  const s = text.slice(p.start, p.end);
  return s.length >= 60 && /[.!?…"”]$/u.test(s);
}

/**
 * A bylined statement: within the first paragraphs, a line that is only a
 * person's name, followed by a line with a title; the body is every prose
 * paragraph after the header block.
 */
export function findByline(ctx: Context): Byline | null {
  const { paragraphs, people, named } = ctx;
  const n = Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS);
  for (let i = 0; i + 1 < n; i++) {
    const p = paragraphs[i]!;
    if (isProse(ctx.text, p)) return null;
    const refs = refsWithin(people, p.start, p.end);
    const ref = refs.length === 1 ? refs[0]! : null;
    if (!ref?.person || ref.start !== p.start || ref.end !== p.end) continue;
    const titleLine = paragraphs[i + 1]!;
    const hasRole = named.some(
      (m) =>
        m.start >= titleLine.start &&
        m.end <= titleLine.end &&
        m.payloads.some((x) => x.type === 'role'),
    );
    if (!hasRole || isProse(ctx.text, titleLine)) continue;
    let body = i + 2;
    while (body < paragraphs.length && !isProse(ctx.text, paragraphs[body]!)) body++;
    if (body >= paragraphs.length) return null;
    return { speaker: ref.person, bodyFrom: body, nameParagraph: i };
  }
  return null;
}
