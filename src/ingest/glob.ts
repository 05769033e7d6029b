/**
 * The small glob language inputs may use: `*` (any run of characters in one
 * path segment), `?` (one character), `**` (any number of directories, as a
 * whole segment). No classes, braces or negation. Pure string matching; the
 * directory walk lives in `find-input-files.ts`.
 */

export function hasGlobMagic(path: string): boolean {
  return path.includes('*') || path.includes('?');
}

export interface GlobPattern {
  /** The directory the pattern starts from (its leading segments without magic). */
  base: string;
  /** The remaining segments, each matched against one path segment (`**` against any number). */
  segments: string[];
}

export function splitGlob(pattern: string): GlobPattern {
  const parts = pattern.replaceAll('\\', '/').split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const baseParts = firstMagic < 0 ? parts.slice(0, -1) : parts.slice(0, firstMagic);
  const segments = (firstMagic < 0 ? parts.slice(-1) : parts.slice(firstMagic)).filter(
    (segment, index, all) => segment !== '' && !(segment === '**' && all[index - 1] === '**'),
  );
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, segments };
}

/**
 * Whether one path segment matches a segment pattern. Greedy `*` with one
 * backtrack point: linear in practice, O(n·m) at worst, never exponential.
 * Names starting with "." match only patterns that start with ".".
 */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const want = pattern[p];
    if (want === '*') {
      starAt = p;
      resumeAt = n;
      p += 1;
    } else if (want !== undefined && (want === '?' || want === name[n])) {
      p += 1;
      n += 1;
    } else if (starAt >= 0) {
      p = starAt + 1;
      resumeAt += 1;
      n = resumeAt;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
