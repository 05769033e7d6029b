/**
 * Statements issued in a principal's name (issue #10): a title or an opening
 * line that names a statement and its author ("Statement by Secretary Antony
 * J. Blinken", "Press Statement" then "Antony J. Blinken, Secretary of State",
 * "Statement by the Prime Minister"). The body's prose paragraphs that nothing
 * else attributes become the author's statements (see index.ts). A spokesperson
 * line ("The following is attributable to Spokesperson X:") introduces a
 * readout: it is no statement and names no author of the body.
 */

import type { Context, Paragraph } from '../../core/context';
import { matchTrie } from '../../dictionaries/match';
import { holdersOn, publisherId } from '../../dictionaries/lookups';
import { tokenize } from '../../core/tokens';
import { firstAtOrAfter } from '../../core/spans';
import type { Byline } from './speakers';
import { bodyParagraphs } from './speakers';

/**
 * A header that names a statement issued by someone: "Statement by/from/of …",
 * "Press Statement", "Joint Statement …", "… Statement on …", "… Statement".
 */
const STATEMENT_HEADER =
  /\b(?:statement|declaration|communiqu[eé]|message)\s+(?:by|from|of)\b|^\s*(?:joint\s+|press\s+)*statement\b|\bstatement(?:\s+on\b|\s*$)/iu;
/** Headers of reports about someone, whose body is told by its subjects. */
const NOT_AUTHORED =
  /\b(?:readout|meeting with|call with|remarks?|briefing|interview|transcript|regarding|attributable|says|issues|releases)\b|^\s*by\s+\p{Lu}/iu;
/** A header naming several authors at once. */
const JOINT = /\b(?:joint|and)\b/iu;
/** "The following is attributable to Spokesperson X:" */
export const ATTRIBUTABLE_LINE = /^\s*the (?:following|below) (?:is|are) attributable to\b/iu;

const MAX_HEADER_PARAGRAPHS = 6;

function isProse(text: string, p: Paragraph): boolean {
  return p.end - p.start >= 60 && '.!?…"”'.includes(text.charAt(p.end - 1));
}

/** People a header line names: by name, else the holder of the one office its role names. */
export function headerAuthors(ctx: Context, header: string): string[] {
  const matches = matchTrie(tokenize(header), ctx.dict.named);
  const people = new Set<string>();
  let role = false;
  for (const m of matches) {
    for (const p of m.payloads) {
      if (p.type === 'person') people.add(p.id);
      // "President Juncker": a surname right after a role.
      else if (p.type === 'surname' && role) people.add(p.id);
    }
    role = m.payloads.some((p) => p.type === 'role');
  }
  // People the body introduces who are not in the dictionaries ("Foreign Minister Phil Goff").
  for (const np of ctx.newPeople.values()) {
    const surname = np.name.split(' ').pop() ?? '';
    if (surname.length > 1 && new RegExp(`\\b${escape(surname)}\\b`, 'u').test(header))
      people.add(np.id);
  }
  if (people.size > 0) return [...people];
  return [...new Set(headerHolders(ctx, matches))];
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** "the Prime Minister": the holder on the document date of the office the header's places fit. */
function headerHolders(ctx: Context, matches: ReturnType<typeof matchTrie>): string[] {
  const where = new Set<string>();
  for (const m of matches)
    for (const p of m.payloads) if (p.type === 'country' || p.type === 'org') where.add(p.id);
  if (where.size === 0) {
    const org = publisherId(ctx.dict, ctx.doc.publisher);
    if (org) where.add(org);
    const country = org ? ctx.dict.organizations.get(org)?.country : null;
    if (country) where.add(country);
  }
  for (const m of matches) {
    for (const p of m.payloads) {
      if (p.type !== 'role' || ('plural' in p && p.plural)) continue;
      let offices = p.offices;
      if (offices.length > 1)
        offices = offices.filter((o) => where.has(ctx.dict.offices.get(o)?.of ?? ''));
      const holders = new Set(offices.flatMap((o) => holdersOn(ctx.dict, o, ctx.doc.publishedAt)));
      if (holders.size === 1) return [...holders];
    }
  }
  return [];
}

/** The people a header paragraph of the body names, as the people stage resolved them. */
function paragraphAuthors(ctx: Context, p: Paragraph): string[] {
  const ids = new Set<string>();
  const refs = ctx.people;
  for (let i = firstAtOrAfter(refs, p.start); i < refs.length && refs[i]!.start < p.end; i++) {
    const r = refs[i]!;
    if (r.end <= p.end && r.person && !r.inQuote) ids.add(r.person);
  }
  return [...ids];
}

/**
 * The author a statement's title or header lines name; the body is every
 * prose paragraph after the header (the caller keeps those nothing else
 * attributes).
 */
export function findTitledAuthor(ctx: Context): Byline | null {
  const { paragraphs, text } = ctx;
  const headers: { line: string; paragraph: number }[] = [];
  if (ctx.doc.title) headers.push({ line: ctx.doc.title, paragraph: -1 });
  const n = Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS);
  let body = 0;
  while (body < n && !isProse(text, paragraphs[body]!)) {
    const p = paragraphs[body]!;
    headers.push({ line: text.slice(p.start, p.end), paragraph: p.index });
    body++;
  }
  if (body >= paragraphs.length) return null;
  if (headers.some((h) => NOT_AUTHORED.test(h.line) || ATTRIBUTABLE_LINE.test(h.line))) return null;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (!STATEMENT_HEADER.test(h.line)) continue;
    let speakers = authorsOf(ctx, h);
    // "Press Statement" alone, then "Antony J. Blinken, Secretary of State".
    for (let j = i + 1; speakers.length === 0 && j < headers.length && j <= i + 2; j++)
      if (headers[j]!.paragraph >= 0) speakers = authorsOf(ctx, headers[j]!);
    if (speakers.length === 0 || (speakers.length > 1 && !JOINT.test(h.line))) continue;
    const all = bodyParagraphs(ctx, paragraphs[body]!);
    return { speakers, body: all, nameParagraph: -1, conditional: true };
  }
  return null;
}

function authorsOf(ctx: Context, h: { line: string; paragraph: number }): string[] {
  if (h.paragraph < 0) return headerAuthors(ctx, h.line);
  const byPeople = paragraphAuthors(ctx, ctx.paragraphs[h.paragraph]!);
  return byPeople.length > 0
    ? byPeople
    : headerHolders(ctx, matchTrie(tokenize(h.line), ctx.dict.named));
}
