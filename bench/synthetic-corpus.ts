/**
 * A synthetic corpus for load benchmarks and crash tests: new documents made
 * by recombining real paragraphs of the development corpus (tests/golden/docs)
 * and swapping the people they name for other actors of data/actors.json, with
 * publication dates spread over 2015–2026. Deterministic for a given seed.
 *
 *   node bench/run.js bench/synthetic-corpus.ts COUNT OUT.jsonl [SEED]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDictionaries } from '../src/ingest/dictionaries';
import { extractFrontMatter } from '../src/ingest/front-matter';

const DOCS = path.join(__dirname, '..', 'tests', 'golden', 'docs');

export interface SyntheticDocument {
  text: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PUBLISHERS = ['Interfax', 'TASS', 'Reuters', 'Xinhua', 'Kyodo', 'Yonhap', 'VOA', 'AFP'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function* syntheticCorpus(count: number, seed = 1): Generator<SyntheticDocument> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const dictionaries = loadDictionaries();
  const paragraphs = fs
    .readdirSync(DOCS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const { text: body } = extractFrontMatter(fs.readFileSync(path.join(DOCS, f), 'utf8'));
      return body
        .split(/\n\s*\n|\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 60);
    });
  const actors = dictionaries.actors.filter((a) => a.offices.length > 0);
  const named = actors.filter((a) => paragraphs.some((p) => p.includes(a.name)));
  const start = Date.parse('2015-01-01T00:00:00Z');
  const span = Date.parse('2026-06-30T00:00:00Z') - start;
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor(next() * (span / 86_400_000)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const swaps = new Map(named.map((a) => [a, pick(actors)]));
    const body: string[] = [];
    const length = 3 + Math.floor(next() * 5);
    for (let j = 0; j < length; j++) {
      let paragraph = pick(paragraphs);
      for (const [from, to] of swaps) {
        if (!paragraph.includes(from.name.split(' ').pop()!)) continue;
        paragraph = paragraph.replace(new RegExp(escapeRegExp(from.name), 'g'), to.name);
        paragraph = paragraph.replace(
          new RegExp(`\\b${escapeRegExp(from.name.split(' ').pop()!)}\\b`, 'g'),
          to.name.split(' ').pop()!,
        );
      }
      body.push(paragraph);
    }
    const publisher = pick(PUBLISHERS);
    const place = pick(dictionaries.places).name;
    const [y, m, d] = date.split('-');
    const month = new Date(date).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    yield {
      text: `(${publisher} – ${place}, ${month} ${Number(d)}, ${y})\n\n${body.join('\n\n')}\n`,
      title: `Synthetic report ${i + 1}`,
      url: `https://synthetic.example/${seed}/${i + 1}/${m}`,
      publisher,
      publishedAt: date,
    };
  }
}

export function writeSyntheticCorpus(count: number, file: string, seed = 1): void {
  const out = fs.openSync(file, 'w');
  try {
    for (const doc of syntheticCorpus(count, seed)) fs.writeSync(out, `${JSON.stringify(doc)}\n`);
  } finally {
    fs.closeSync(out);
  }
}

if (require.main === module || process.argv[1]?.endsWith('synthetic-corpus.ts')) {
  const [count, file, seed] = process.argv.slice(2);
  if (count === undefined || file === undefined) {
    process.stderr.write(
      'usage: node bench/run.js bench/synthetic-corpus.ts COUNT OUT.jsonl [SEED]\n',
    );
    process.exit(2);
  }
  writeSyntheticCorpus(Number(count), file, seed === undefined ? 1 : Number(seed));
  process.stderr.write(`wrote ${count} documents to ${file}\n`);
}
