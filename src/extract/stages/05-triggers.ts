/**
 * Stage 5 — event triggers: the phrases that name an event ("press
 * conference", "telephone conversation", "met with"…), for attribution
 * (verbal triggers end a reported clause), dates and events.
 */

import type { Context } from '../core/context';
import { scanTriggers } from '../dictionaries/event-triggers';

export function triggersStage(ctx: Context): void {
  ctx.triggers = scanTriggers(ctx.tokens);
}
