/** The subject phrase of a speech verb, and the marks that open a quote. */

import type { ResolvedBy } from '../../core/context';

export interface Subject {
  /** Token range of the subject phrase. */
  first: number;
  last: number;
  members: { person: string; by: ResolvedBy }[];
}

export const OPENING_MARKS = '"“„«‘';
