/** Speaker-labelled turns of a transcript, and the statements nested in others. */

import { findLabel } from './speakers';
import type { Turn } from './speakers';
import type { Attributor } from './index';

/**
 * An authored paragraph refers to the statements reported inside it (its
 * author's earlier words, someone quoted): policy 9 by analogy.
 */
export function linkNestedStatements(self: Attributor): void {
  const all = self.ctx.statements;
  const paragraphs = new Set(self.paragraphStatements);
  for (const i of self.paragraphStatements) {
    const outer = all[i]!;
    for (let j = 0; j < all.length; j++) {
      const inner = all[j]!;
      if (paragraphs.has(j) || inner.start < outer.start || inner.end > outer.end) continue;
      if (!outer.refersTo.includes(j)) outer.refersTo.push(j);
    }
  }
}

export function noteTranscript(self: Attributor, speaker: string, made: number[]): void {
  const first = [...self.labels.values()][0];
  if (!first) return;
  self.ctx.transcript ??= {
    speakers: [],
    start: first.labelStart,
    end: first.labelEnd,
    statements: [],
  };
  const tr = self.ctx.transcript;
  if (!tr.speakers.includes(speaker)) tr.speakers.push(speaker);
  tr.statements.push(...made);
}

export function labelTurns(self: Attributor, inTranscript: boolean): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  for (const p of self.ctx.paragraphs) {
    const turn = findLabel(self.ctx, p);
    if (turn) turns.set(p.index, turn);
  }
  // One label alone is more likely a heading than a transcript, unless it names a person
  // (or the window before was already a transcript).
  if (turns.size === 1 && !inTranscript) {
    const only = [...turns.values()][0]!;
    if (!only.speaker) turns.clear();
  }
  return turns;
}
