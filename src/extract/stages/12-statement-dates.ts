/**
 * Stage 12 — each statement's date (policy 8): its attribution's (stage 9),
 * else that of the held event it was made at (stage 11), else the document's.
 */

import type { Context } from '../core/context';

export function statementDatesStage(ctx: Context): void {
  const events = ctx.events;
  for (const st of ctx.statements) {
    const e = st.event >= 0 ? events[st.event] : undefined;
    st.date = st.cueDate ?? (e && e.status === 'held' ? e.date : null) ?? ctx.date;
  }
}
