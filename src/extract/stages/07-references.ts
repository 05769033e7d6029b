/**
 * Stage 7 — referenced statements (policy 9).
 *
 * "He stressed, recalling the words of Russian President Vladimir Putin, that
 * X" gives a second, indirect statement by Putin with the same text and span,
 * verb "recalling", and the speaker's statement refers to it. The reference
 * is looked for in the attribution (between the speaker and the content).
 */

import type { Context, DraftStatement, PersonRef } from '../core/context';
import { firstAtOrAfter } from '../core/spans';
import { CONFIDENCE } from '../core/confidence';
import { REFERENCE_PARTICIPLES } from '../lexicon';
import { lowerAt, tokenAtOrAfter } from '../core/tokens';

/** Tokens a reference may span between the participle and the person ("the words of"). */
const MAX_GAP = 5;

export function referencesStage(ctx: Context): void {
  const t = ctx.tokens;
  const originals = ctx.statements.length;
  const referencedAt = new Map<string, number>();
  for (let i = 0; i < originals; i++) {
    const s = ctx.statements[i]!;
    if (s.cueEnd <= s.cueStart || s.referenced) continue;
    const first = tokenAtOrAfter(t, s.cueStart);
    const last = tokenAtOrAfter(t, s.cueEnd);
    for (let k = first; k < last; k++) {
      const w = lowerAt(t, k);
      if (!REFERENCE_PARTICIPLES.has(w)) continue;
      let ref: PersonRef | undefined;
      for (let i = firstAtOrAfter(ctx.people, t.start[k]!); i < ctx.people.length; i++) {
        const r = ctx.people[i]!;
        if (r.first - k > MAX_GAP + 1 || r.last > last) break;
        if (r.first > k && r.person && r.person !== s.speaker) {
          ref = r;
          break;
        }
      }
      if (!ref?.person) continue;
      const existing = referencedAt.get(`${s.start}:${s.end}:${ref.person}`) ?? -1;
      if (existing >= 0) {
        if (!s.refersTo.includes(existing)) s.refersTo.push(existing);
        continue;
      }
      const referenced: DraftStatement = {
        ...s,
        speaker: ref.person,
        kind: 'indirect',
        verb: w,
        confidence: CONFIDENCE[ref.by],
        cueStart: ref.start,
        leadStart: ref.start,
        cueEnd: ref.end,
        refersTo: [],
        referenced: true,
        event: -1,
        date: null,
        cueDate: null,
        topics: [],
        mentions: [],
      };
      s.refersTo.push(ctx.statements.length);
      referencedAt.set(`${s.start}:${s.end}:${ref.person}`, ctx.statements.length);
      ctx.statements.push(referenced);
    }
  }
}
