/**
 * Progress of a long load on stderr: a bar redrawn in place on a terminal,
 * a log line every few seconds otherwise.
 */
export interface ProgressCounts {
  documents: number;
  statements: number;
  failed: number;
  /** Documents expected in all, when known. */
  total: number | null;
}

export interface Progress {
  update(counts: ProgressCounts): void;
  done(): void;
}

const LOG_EVERY_MS = 5000;
const DRAW_EVERY_MS = 100;

function eta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

export function createProgress(
  stream: NodeJS.WritableStream,
  interactive: boolean,
  now: () => number = Date.now,
): Progress {
  const began = now();
  let last = 0;
  let drawn = false;
  let latest: ProgressCounts | null = null;
  const line = (c: ProgressCounts) => {
    const elapsed = Math.max((now() - began) / 1000, 0.001);
    const rate = c.documents / elapsed;
    const parts = [
      `${c.documents}${c.total === null ? '' : `/${c.total}`} documents`,
      `${c.statements} statements`,
      `${rate.toFixed(1)} docs/s`,
      `${c.failed} failed`,
    ];
    if (c.total !== null) parts.push(`ETA ${eta((c.total - c.documents) / rate)}`);
    return parts.join(', ');
  };
  return {
    update(counts) {
      latest = counts;
      const t = now();
      if (interactive) {
        if (t - last < DRAW_EVERY_MS) return;
        last = t;
        const width = 24;
        const filled =
          counts.total === null || counts.total === 0
            ? 0
            : Math.round((counts.documents / counts.total) * width);
        const bar =
          counts.total === null ? '' : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] `;
        stream.write(`\r\x1b[2K${bar}${line(counts)}`);
        drawn = true;
      } else if (t - last >= LOG_EVERY_MS) {
        last = t;
        stream.write(`progress: ${line(counts)}\n`);
      }
    },
    done() {
      if (drawn && latest !== null) stream.write(`\r\x1b[2K${line(latest)}\n`);
    },
  };
}
