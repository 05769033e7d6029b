/**
 * The result cache must not answer from before a review mutation. The mutation bumps the
 * graph's version in its own transaction (every server sees it at its next version poll,
 * src/api/version-poll.ts); this process also learns the new version as soon as the
 * mutation commits, so its very next query is not answered from the cache. Versions only go
 * up, so the higher of the polled one and the last one a mutation returned is current.
 */
import type { VersionPoll } from '../version-poll';

/** Called with the graph's version a mutation committed. */
export type GraphChanged = (version: number) => void;

export function trackGraphChanges(poll: VersionPoll): {
  version: VersionPoll;
  graphChanged: GraphChanged;
} {
  let committed: number | null = null;
  return {
    async version() {
      const polled = await poll();
      if (committed === null) return polled;
      return typeof polled === 'number' && polled >= committed ? polled : committed;
    },
    graphChanged(version) {
      if (Number.isFinite(version) && (committed === null || version > committed))
        committed = version;
    },
  };
}
