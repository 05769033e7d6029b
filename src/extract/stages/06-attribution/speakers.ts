/**
 * Document shapes that name the speaker once for many paragraphs:
 * transcript speaker labels ("MR MILLER:", "Vladimir Putin:",
 * "President of the People's Republic of China Xi Jinping (retranslated):"),
 * bylined statements (a name line, then a title line, then the body), and
 * first-person texts with no byline whose author the document itself names.
 */

import type { Context, DocumentShape, Paragraph, PersonRef } from '../../core/context';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import { ANONYMOUS_LABELS, FIRST_PERSON, LABEL_JOINERS } from '../../lexicon/grammar';
import { matchTrie } from '../../dictionaries/match';
import {
  ALL_CAPS,
  CAPITALISED,
  NUMBER,
  PUNCT,
  WORD,
  lowerAt,
  textAt,
  tokenAtOrAfter,
  tokenize,
} from '../../core/tokens';

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

/** A paragraph opening "Q " then a capital: a question turn without a colon. */
const QUESTION_LINE = /^Q \p{Lu}/u;

/**
 * A paragraph of a transcript that is no one's words: a stage direction
 * ("(Cross-talk.)", "(Laughter.)") or the time the event ended ("1:22 P.M. EDT").
 */
const STAGE_LINE = /^(?:\([^()]*\)\.?|\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+\p{Lu}{2,4})?)$/iu;

export function isStageLine(text: string): boolean {
  return text.length <= 40 && STAGE_LINE.test(text);
}

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
  // "Q Mr. President, have you …": a reporter's question, White House style (no colon).
  // Most paragraphs open with no "Q": no slice and regex for them.
  if (text.startsWith('Q', p.start) && QUESTION_LINE.test(text.slice(p.start, p.start + 3))) {
    let speechStart = p.start + 1;
    while (speechStart < p.end && /\s/u.test(text.charAt(speechStart))) speechStart++;
    return {
      paragraph: p.index,
      speechStart,
      labelStart: p.start,
      labelEnd: p.start + 1,
      speaker: null,
    };
  }
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
  /** The author, or every member of a collective author ("We, the leaders of …"). */
  speakers: string[];
  /** Indexes of the body paragraphs: each is one direct statement by the author(s). */
  body: number[];
  /** Paragraph of the name line, or -1 when the author comes from elsewhere. */
  nameParagraph: number;
  /** Only body paragraphs nothing else attributes are the author's (a titled statement). */
  conditional?: boolean;
}

const MAX_HEADER_PARAGRAPHS = 10;

function isProse(text: string, p: Paragraph): boolean {
  return p.end - p.start >= 60 && '.!?…"”'.includes(text.charAt(p.end - 1));
}

/**
 * A short paragraph of a body already begun ("We stand with the people of
 * Ethiopia."): a sentence of at least four words, one of them lower case.
 */
/** A sentence ending inside a paragraph ("… regional issues. We share …"). */
const INNER_SENTENCE_END = /\p{Ll}[.!?] \p{Lu}/u;

/**
 * A paragraph of several sentences whose final period was lost in the copy ("… We share
 * common concerns … in the Peace Monitoring Group"): long, with a sentence ending inside.
 */
function isUnfinishedProse(text: string, p: Paragraph): boolean {
  return p.end - p.start >= 120 && INNER_SENTENCE_END.test(text.slice(p.start, p.end));
}

export function isShortProse(ctx: Context, p: Paragraph): boolean {
  if (isProse(ctx.text, p)) return true;
  if (!'.!?…"”'.includes(ctx.text.charAt(p.end - 1))) return isUnfinishedProse(ctx.text, p);
  const t = ctx.tokens;
  let words = 0;
  let lower = false;
  for (let k = tokenAtOrAfter(t, p.start); k < t.count && t.start[k]! < p.end; k++) {
    const f = t.flags[k]!;
    if ((f & WORD) === 0) continue;
    words++;
    if ((f & CAPITALISED) === 0) lower = true;
  }
  return words >= 4 && lower;
}

/** Every paragraph from `first` on that is prose, short sentences included. */
export function bodyParagraphs(ctx: Context, first: Paragraph): number[] {
  const out: number[] = [];
  for (let k = first.index; k < ctx.paragraphs.length; k++)
    if (isShortProse(ctx, ctx.paragraphs[k]!)) out.push(k);
  return out;
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
    const all: number[] = [];
    for (let k = body; k < paragraphs.length; k++) all.push(k);
    return { speakers: [ref.person], body: all, nameParagraph: i };
  }
  return null;
}

/**
 * The authored body of a later window of a large document, whose first
 * window found the author(s): every paragraph after a byline's header, or
 * every prose paragraph of a declaration, goes on to the end.
 */
export function carriedByline(ctx: Context, shape: DocumentShape): Byline | null {
  if (!shape.authors) return null;
  const body = shape.proseOnly
    ? ctx.paragraphs.filter((p) => isProse(ctx.text, p)).map((p) => p.index)
    : ctx.paragraphs.map((p) => p.index);
  return { speakers: shape.authors, body, nameParagraph: -1 };
}

/** Share of prose paragraphs that must speak in the first person for a declaration. */
const FIRST_PERSON_SHARE = 2 / 3;

/** Whether a paragraph has a first-person pronoun outside quotes. */
function speaksInFirstPerson(ctx: Context, p: Paragraph): boolean {
  const t = ctx.tokens;
  for (let k = tokenAtOrAfter(t, p.start); k < t.count && t.start[k]! < p.end; k++) {
    if (!FIRST_PERSON.has(lowerAt(t, k))) continue;
    // "US" is a country, not "us".
    if (lowerAt(t, k) === 'us' && (t.flags[k]! & ALL_CAPS) !== 0) continue;
    if (quoteAt(ctx.quotes, t.start[k]!) < 0) return true;
  }
  return false;
}

/**
 * First-person remarks or a joint declaration with no byline and no speaker
 * labels (policy 6 with policy 5): most prose paragraphs speak as "I"/"we"
 * outside quotes. The author is found in the document itself: "We, the
 * leaders of Japan, China and Korea" (each member), the only person its title
 * names, or the only person the body refers to by office alone and never by
 * name ("a sitting American President"). Each prose paragraph is a statement.
 */
export function findDeclaration(ctx: Context): Byline | null {
  const prose = ctx.paragraphs.filter((p) => isProse(ctx.text, p));
  if (prose.length === 0) return null;
  // "We, the G7 Foreign Ministers of …, condemn …" names its authors outright.
  for (const p of prose.slice(0, 3)) {
    const named = collectiveAuthor(ctx, p);
    if (named) return { speakers: named, body: bodyParagraphs(ctx, p), nameParagraph: -1 };
  }
  // Stop reading as soon as too many paragraphs are not in the first person.
  const allowed = prose.length - Math.ceil(FIRST_PERSON_SHARE * prose.length);
  let others = 0;
  for (const p of prose) {
    if (!speaksInFirstPerson(ctx, p) && ++others > allowed) return null;
  }
  const speakers =
    collectiveAuthor(ctx, prose[0]!) ?? titleAuthor(ctx) ?? roleAuthor(ctx) ?? publisherAuthor(ctx);
  if (!speakers || speakers.length === 0) return null;
  return { speakers, body: bodyParagraphs(ctx, prose[0]!), nameParagraph: -1 };
}

/** Words that go on an appositive after its comma ("…, and the High Representative …"). */
const APPOSITIVE_GOES_ON = new Set(['and', 'the', 'as', 'well', 'together', 'along', 'with']);

/**
 * "We, the leaders of Japan, …", "We, the G7 Foreign Ministers of Canada, …,
 * and the High Representative of the European Union, condemn …": everyone the
 * appositive between "We," and its verb names (it ends at the comma before a
 * lower-case word that does not go on a list).
 */
function collectiveAuthor(ctx: Context, p: Paragraph): string[] | null {
  const t = ctx.tokens;
  const k = tokenAtOrAfter(t, p.start);
  if (lowerAt(t, k) !== 'we' || lowerAt(t, k + 1) !== ',') return null;
  let end = p.end;
  for (let j = k + 2; j < t.count && t.start[j]! < p.end; j++) {
    const w = lowerAt(t, j);
    if (w === '.' || w === ';' || w === ':') {
      end = t.start[j]!;
      break;
    }
    if (w !== ',' || j + 1 >= t.count) continue;
    const f = t.flags[j + 1]!;
    if ((f & WORD) !== 0 && (f & CAPITALISED) === 0 && !APPOSITIVE_GOES_ON.has(lowerAt(t, j + 1))) {
      end = t.start[j]!;
      break;
    }
  }
  const refs = refsWithin(ctx.people, t.start[k + 2]!, end).filter((r) => r.person && !r.inQuote);
  return refs.length > 0 ? [...new Set(refs.map((r) => r.person!))] : null;
}

/**
 * The only person the document's publisher names ("Minister for Foreign Affairs of Australia,
 * Alexander Downer (media release FA199)"): a minister's own media release.
 */
function publisherAuthor(ctx: Context): string[] | null {
  return onlyPersonNamed(ctx, ctx.doc.publisher);
}

/** The only person the title names ("Remarks by President Joe Biden on …"). */
function titleAuthor(ctx: Context): string[] | null {
  return onlyPersonNamed(ctx, ctx.doc.title);
}

function onlyPersonNamed(ctx: Context, line: string | null | undefined): string[] | null {
  if (!line) return null;
  const ids = new Set<string>();
  for (const m of matchTrie(tokenize(line), ctx.dict.named))
    for (const p of m.payloads) if (p.type === 'person') ids.add(p.id);
  return ids.size === 1 ? [...ids] : null;
}

/** The only person the body refers to by office alone, never by name. */
function roleAuthor(ctx: Context): string[] | null {
  const byRole = new Set<string>();
  const named = new Set<string>();
  for (const r of ctx.people) {
    if (!r.person || r.inQuote) continue;
    if (r.by === 'role') byRole.add(r.person);
    else named.add(r.person);
  }
  const only = [...byRole].filter((p) => !named.has(p));
  return only.length === 1 ? only : null;
}
