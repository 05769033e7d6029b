/**
 * `npm run eval`: runs the extractor on the held-out evaluation set
 * (tests/eval/docs) and scores it against the hand-made gold files
 * (tests/eval/gold), as tests/eval/README.md describes. Prints the figures
 * overall, per class of error and per document; `--json` prints them as one
 * JSON object instead. Exits 0 whatever the figures (1 only when a gold file
 * is broken or a document cannot be read).
 *
 * Run: npm run eval [-- --json] [-- --verbose]  (node bench/run.js tests/eval/run-eval.ts)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractDocument } from '../../src/extract';
import { loadDictionaries, readDocuments } from '../../src/ingest';
import type { DocumentGraph } from '../../src/model';
import {
  CLASS_LABELS,
  ERROR_CLASSES,
  addCounts,
  checkGold,
  emptyCounts,
  figures,
  scoreDocument,
  type Counts,
  type ErrorClass,
  type Figures,
  type GoldFile,
} from './scoring';

const ROOT = __dirname;
const DOCS = join(ROOT, 'docs');
const GOLD = join(ROOT, 'gold');

interface DocumentResult {
  file: string;
  counts: Counts;
  figures: Figures;
  misses: { speaker: string; snippet: string }[];
  wrongSpeakers: { gold: string; extracted: string; snippet: string }[];
  spurious: { speaker: string; text: string }[];
  missedEvents: string[];
  spuriousEvents: string[];
}

function describeEvent(e: {
  kind: string;
  place: string | null;
  date: string | null;
  status: string;
  participants: readonly string[];
}): string {
  return `${e.kind} ${e.status} ${e.date ?? '—'} ${e.place ?? '—'} [${e.participants.join(', ')}]`;
}

function readGold(): Map<string, GoldFile> {
  const gold = new Map<string, GoldFile>();
  for (const name of readdirSync(GOLD).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const file = JSON.parse(readFileSync(join(GOLD, name), 'utf8')) as GoldFile;
    gold.set(file.file, file);
  }
  return gold;
}

function pct(value: number | null): string {
  return value === null ? '   —' : `${(value * 100).toFixed(1).padStart(5)}`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ');
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const gold = readGold();
  const dictionaries = loadDictionaries();
  const results: DocumentResult[] = [];
  let total = emptyCounts();
  const byClass = Object.fromEntries(ERROR_CLASSES.map((c) => [c, emptyCounts()])) as Record<
    ErrorClass,
    Counts
  >;
  const problems: string[] = [];
  const seen = new Set<string>();

  for await (const result of readDocuments([DOCS])) {
    if (!result.ok) {
      problems.push(`${result.source}: ${result.error.message}`);
      continue;
    }
    const doc = result.document;
    const file = basename(doc.source ?? '');
    const g = gold.get(file);
    if (!g) {
      problems.push(`${file}: no gold file`);
      continue;
    }
    seen.add(file);
    problems.push(...checkGold(g, doc.text));
    const graph: DocumentGraph = extractDocument(doc, dictionaries);
    const score = scoreDocument(g, graph.statements, graph.events);
    total = addCounts(total, score.counts);
    for (const c of ERROR_CLASSES) byClass[c] = addCounts(byClass[c], score.byClass[c]);
    const matchedGold = new Set(score.statementPairs.map((p) => p.gold));
    const matchedExtracted = new Set(score.statementPairs.map((p) => p.extracted));
    results.push({
      file,
      counts: score.counts,
      figures: figures(score.counts),
      misses: g.statements
        .filter((_, i) => !matchedGold.has(i))
        .map((s) => ({ speaker: s.speaker, snippet: s.snippet })),
      wrongSpeakers: score.statementPairs
        .filter((p) => !p.speakerCorrect)
        .map((p) => ({
          gold: g.statements[p.gold]?.speaker ?? '',
          extracted: graph.statements[p.extracted]?.speaker ?? '',
          snippet: g.statements[p.gold]?.snippet ?? '',
        })),
      spurious: graph.statements
        .filter((_, i) => !matchedExtracted.has(i))
        .map((s) => ({ speaker: s.speaker, text: s.text })),
      missedEvents: g.events
        .filter((_, i) => !score.eventPairs.some((p) => p.gold === i))
        .map(describeEvent),
      spuriousEvents: graph.events
        .filter((_, i) => !score.eventPairs.some((p) => p.extracted === i))
        .map(describeEvent),
    });
  }
  for (const file of gold.keys())
    if (!seen.has(file)) problems.push(`${file}: gold file without document`);

  const overall = figures(total);
  const classes = ERROR_CLASSES.map((c) => ({
    class: c,
    label: CLASS_LABELS[c],
    counts: byClass[c],
    figures: figures(byClass[c]),
  }));

  if (json) {
    process.stdout.write(
      `${JSON.stringify({ documents: results.length, overall: { counts: total, figures: overall }, classes, perDocument: results, problems }, null, 2)}\n`,
    );
    return problems.length > 0 ? 1 : 0;
  }

  const out: string[] = [];
  out.push(
    `Evaluation set: ${results.length} documents, ${total.goldStatements} gold statements, ${total.goldEvents} gold events (tests/eval)`,
  );
  out.push('');
  out.push('Overall');
  const o = overall;
  out.push(
    `  attribution  P ${pct(o.attribution.precision)}  R ${pct(o.attribution.recall)}  F1 ${pct(o.attribution.f1)}   (${total.matchedStatements} matched of ${total.goldStatements} gold, ${total.extractedStatements} extracted)`,
  );
  out.push(
    `  speaker accuracy ${pct(o.speakerAccuracy)}   (${total.speakerCorrect}/${total.matchedStatements} matched)`,
  );
  out.push(
    `  kind accuracy    ${pct(o.kindAccuracy)}   (${total.kindCorrect}/${total.matchedStatements})`,
  );
  out.push(
    `  date accuracy    ${pct(o.dateAccuracy)}   (${total.dateCorrect}/${total.matchedStatements})`,
  );
  out.push(
    `  topic recall     ${pct(o.topicRecall)}   (${total.topicsFound}/${total.goldTopics} gold topics of matched statements)`,
  );
  out.push(
    `  events       P ${pct(o.events.precision)}  R ${pct(o.events.recall)}  F1 ${pct(o.events.f1)}   (${total.matchedEvents} matched of ${total.goldEvents} gold, ${total.extractedEvents} extracted; status right ${total.eventStatusCorrect})`,
  );
  out.push('');
  out.push(
    'Per class of error (over the gold items tagged with the class; precision has no class)',
  );
  const cw = [34, 6, 8, 8, 8, 8, 8, 8];
  out.push(row(['class', 'gold', 'attr R', 'speaker', 'date', 'topics', 'events', 'ev. R'], cw));
  for (const c of classes) {
    out.push(
      row(
        [
          c.label,
          String(c.counts.goldStatements),
          pct(c.figures.attribution.recall),
          pct(c.figures.speakerAccuracy),
          pct(c.figures.dateAccuracy),
          pct(c.figures.topicRecall),
          String(c.counts.goldEvents),
          pct(c.figures.events.recall),
        ],
        cw,
      ),
    );
  }
  out.push('');
  out.push('Per document');
  const dw = [58, 5, 5, 7, 7, 8, 6, 7, 4, 4, 7];
  out.push(
    row(
      [
        'document',
        'gold',
        'extr',
        'attr P',
        'attr R',
        'speaker',
        'date',
        'topics',
        'ev.g',
        'ev.x',
        'ev. F1',
      ],
      dw,
    ),
  );
  for (const r of results) {
    const f = r.figures;
    out.push(
      row(
        [
          r.file.replace(/\.txt$/, ''),
          String(r.counts.goldStatements),
          String(r.counts.extractedStatements),
          pct(f.attribution.precision),
          pct(f.attribution.recall),
          pct(f.speakerAccuracy),
          pct(f.dateAccuracy),
          pct(f.topicRecall),
          String(r.counts.goldEvents),
          String(r.counts.extractedEvents),
          pct(f.events.f1),
        ],
        dw,
      ),
    );
    if (verbose) {
      for (const m of r.misses) out.push(`    missed    ${m.speaker}: ${m.snippet}`);
      for (const w of r.wrongSpeakers)
        out.push(`    speaker   ${w.extracted} for ${w.gold}: ${w.snippet}`);
      for (const s of r.spurious) out.push(`    spurious  ${s.speaker}: ${s.text.slice(0, 90)}`);
      for (const e of r.missedEvents) out.push(`    missed event    ${e}`);
      for (const e of r.spuriousEvents) out.push(`    spurious event  ${e}`);
    }
  }
  out.push('');
  out.push(
    'Percentages; — where there is nothing to count. `--verbose` lists misses, wrong speakers and spurious statements; `--json` for machines.',
  );
  if (problems.length > 0) {
    out.push('');
    out.push('Problems:');
    for (const p of problems) out.push(`  ${p}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
