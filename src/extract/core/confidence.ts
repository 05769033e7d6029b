/**
 * How sure we are of a statement's speaker, by how the speaker was resolved.
 * Documented in README.md; change both together.
 */

import type { ResolvedBy } from './context';

export const CONFIDENCE: Readonly<Record<ResolvedBy, number>> = {
  name: 0.95,
  label: 0.95,
  byline: 0.9,
  surname: 0.9,
  title: 0.9,
  role: 0.85,
  continuation: 0.8,
  pronoun: 0.75,
  collective: 0.7,
};
