/**
 * Stage 13 — each statement's speech act, stance and addressees (issue #12).
 * First version: every statement an assertion, neutral, addressed to no one.
 */

import type { Context } from '../../core/context';
import { DEFAULT_SPEECH_ACT } from '../../graph';

export function speechActsStage(ctx: Context): void {
  for (const st of ctx.statements) {
    st.speechAct = { ...DEFAULT_SPEECH_ACT };
    st.addressees = [];
  }
}
