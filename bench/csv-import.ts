/**
 * Times the first half of `diplograph import` (extraction in worker threads + CSV) on the
 * compiled code, since the workers run dist/load/extract-worker.js:
 *   npm run build && node bench/run.js bench/csv-import.ts CORPUS.jsonl OUTDIR [workers]
 * Corpus: node bench/run.js bench/synthetic-corpus.ts 10000 /tmp/syn10k.jsonl. Profile with
 * `node --cpu-prof bench/run.js bench/csv-import.ts …` (one profile per thread).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { loadDictionaries as loadDictionariesType } from '../src/ingest/dictionaries';
import type { extractToCsv as extractToCsvType } from '../src/load/bulk-import/extract-to-csv';

type ExtractToCsvModule = { extractToCsv: typeof extractToCsvType };
type DictionariesModule = { loadDictionaries: typeof loadDictionariesType };

async function main(): Promise<void> {
  const [corpus, dir, workers = '2'] = process.argv.slice(2);
  if (corpus === undefined || dir === undefined)
    throw new Error('usage: bench/csv-import.ts CORPUS.jsonl OUTDIR [workers]');
  const dist = path.join(__dirname, '../dist');
  const { extractToCsv } = (await import(
    path.join(dist, 'load/bulk-import/extract-to-csv.js')
  )) as ExtractToCsvModule;
  const { loadDictionaries } = (await import(
    path.join(dist, 'ingest/dictionaries.js')
  )) as DictionariesModule;
  const dictionaries = loadDictionaries();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { summary } = await extractToCsv([corpus], dir, {
    workers: Number(workers),
    recursive: false,
    dictionaries,
  });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const n = summary.imported + summary.duplicates + summary.failed.length;
  process.stdout.write(
    `${n} documents, ${summary.statements} statements, workers ${workers}: ` +
      `${s.toFixed(2)} s, ${Math.round(n / s)} docs/s; CPU (all threads) ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
