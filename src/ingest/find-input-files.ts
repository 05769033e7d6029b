/**
 * Turning a directory or a glob into the files to read, in a deterministic
 * order: depth first, entries sorted by name (code-unit order, not locale).
 * Hidden entries (".git", ".DS_Store") are skipped unless a pattern names
 * them; symbolic links to files are followed, to directories are not (no
 * cycles).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { GlobPattern } from './glob';
import { matchSegment, splitGlob } from './glob';

export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl';

const FORMAT_BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'text'],
  ['.md', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.jsonl', 'jsonl'],
]);

export const SUPPORTED_EXTENSIONS: readonly string[] = [...FORMAT_BY_EXTENSION.keys()];

/** The format a file's extension announces, or null when it is not one read. */
export function formatOfPath(path: string): InputFormat | null {
  return FORMAT_BY_EXTENSION.get(extname(path).toLowerCase()) ?? null;
}

/** Files with a supported extension under `directory`, recursing when asked. */
export async function listDirectory(directory: string, recursive: boolean): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await sortedEntries(directory)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (recursive) files.push(...(await listDirectory(path, true)));
    } else if (formatOfPath(entry.name) !== null && (await isFile(entry, path))) {
      files.push(path);
    }
  }
  return files;
}

/** Files with a supported extension matching a glob, sorted, without duplicates. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const glob = splitGlob(pattern);
  const found = new Set<string>();
  await walkGlob(glob.base, glob, 0, found);
  return [...found].sort(comparePaths);
}

async function walkGlob(
  directory: string,
  glob: GlobPattern,
  index: number,
  found: Set<string>,
): Promise<void> {
  const segment = glob.segments[index];
  if (segment === undefined) return;
  const last = index === glob.segments.length - 1;
  const entries = await sortedEntries(directory).catch(() => []);
  if (segment === '**') {
    await walkGlob(directory, glob, index + 1, found);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) {
        await walkGlob(join(directory, entry.name), glob, index, found);
      }
    }
    return;
  }
  for (const entry of entries) {
    if (!matchSegment(segment, entry.name)) continue;
    const path = join(directory, entry.name);
    if (!last) {
      if (entry.isDirectory()) await walkGlob(path, glob, index + 1, found);
    } else if (formatOfPath(entry.name) !== null && (await isFile(entry, path))) {
      found.add(path);
    }
  }
}

async function sortedEntries(directory: string): Promise<Dirent[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries.sort((a, b) => compareStrings(a.name, b.name));
}

async function isFile(entry: Dirent, path: string): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

/** Segment by segment: the order a depth-first walk with sorted entries gives. */
export function comparePaths(a: string, b: string): number {
  const left = a.split(/[/\\]/);
  const right = b.split(/[/\\]/);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const order = compareStrings(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
