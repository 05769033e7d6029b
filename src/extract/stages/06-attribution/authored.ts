/**
 * The body of a statement issued in a principal's name (authors.ts): each
 * prose paragraph nothing else attributes (no quote, no person opening it as
 * its subject, no statement read in it but the author's "I"/"we") is a direct statement
 * `stated` by the author, "we" and "the United States will …" included.
 */

import type { Paragraph, ResolvedBy } from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';
import { trimQuoteContent } from '../../core/quote-marks';
import { tokenAtOrAfter } from '../../core/tokens';
import type { Attributor } from './index';
import type { Subject } from './subject';

export interface Pending {
  /** Statements made before the paragraph's sentences were read. */
  before: number;
}

/** Whether paragraph `p` may be the author's: null when a quote or a named subject takes it. */
export function authorPending(self: Attributor, p: Paragraph): Pending | null {
  const { ctx } = self;
  const q = firstAtOrAfter(ctx.quotes, p.start);
  if (q < ctx.quotes.length && ctx.quotes[q]!.start < p.end) return null;
  // "Secretary Blinken met …": a paragraph told about a person is not the author's.
  const first = tokenAtOrAfter(self.t, p.start);
  const opening = self.refByFirst.get(first) ?? self.refByFirst.get(first + 1);
  if (opening && opening.start - p.start <= 4) return null;
  return { before: ctx.statements.length };
}

/** The paragraph's statement by the author, unless its sentences gave one to someone else. */
export function authorStatement(self: Attributor, p: Paragraph, pending: Pending): void {
  const authors = self.authors;
  if (!authors) return;
  const all = self.ctx.statements;
  // Any reporting subject but the author's own "I"/"we" ("The leaders welcomed …") takes it.
  for (let i = pending.before; i < all.length; i++) if (!self.ownWords.has(i)) return;
  paragraphStatement(self, p);
}

/** Paragraph `p` as one direct statement `stated` by the author(s) being read. */
export function paragraphStatement(self: Attributor, p: Paragraph): void {
  const authors = self.authors;
  if (!authors) return;
  const by: ResolvedBy = authors.length > 1 ? 'collective' : 'byline';
  const subject: Subject = {
    first: 0,
    last: 0,
    members: authors.map((person) => ({ person, by })),
  };
  const span = trimQuoteContent(self.ctx.text, p.start, p.end);
  if (span.end > span.start)
    self.paragraphStatements.push(
      ...self.statement(subject, 'stated', 'direct', span, { start: p.start, end: p.start }),
    );
}
