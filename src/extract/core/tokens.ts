/**
 * Tokeniser shared by every stage: words (letters, digits, combining marks)
 * and single punctuation characters, stored in parallel typed arrays so a
 * 50 MB document costs a few bytes per token, not an object each.
 */

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 4;
/** First letter upper case ("Lavrov", "US"). */
export const CAPITALISED = 8;
/** Every letter upper case and at least two of them ("US", "MILLER"). */
export const ALL_CAPS = 16;
export const SPACE_BEFORE = 32;
export const NEWLINE_BEFORE = 64;

export interface TokenTable {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Lower-cased token texts (typographic apostrophes and dashes folded), computed once. */
  readonly lower: readonly string[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Folds typographic apostrophes and dashes so "People’s" matches "People's". */
export function foldChar(ch: string): string {
  switch (ch) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
      return "'";
    case '\u2010':
    case '\u2011':
      return '-';
    default:
      return ch;
  }
}

export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isSpaceCode(code: number): boolean {
  return isSpace(code);
}

/** No lower-case letter in a word that has an upper-case first letter. */
function isAllCaps(word: string, low: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
    } else if (word.charAt(k) === low.charAt(k) && LOWER.test(word.charAt(k))) {
      return false;
    }
  }
  return true;
}

function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text.charAt(k));
}

/** The typed columns of a token table. */
interface Columns {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

/**
 * Columns for `capacity` tokens in one buffer: a typed array's own buffer is memory outside
 * the heap, with its allocation and accounting; one per document, not three.
 */
function allocColumns(capacity: number): Columns {
  const buffer = new ArrayBuffer(capacity * 9);
  return {
    start: new Int32Array(buffer, 0, capacity),
    end: new Int32Array(buffer, capacity * 4, capacity),
    flags: new Uint8Array(buffer, capacity * 8, capacity),
  };
}

function grow(columns: Columns, capacity: number): Columns {
  const grown = allocColumns(capacity);
  grown.start.set(columns.start);
  grown.end.set(columns.end);
  grown.flags.set(columns.flags);
  return grown;
}

/** Tokenises `text` (the whole document); offsets are UTF-16 code units. */
export function tokenize(text: string): TokenTable {
  let capacity = Math.max(16, text.length >> 2);
  let { start, end, flags } = allocColumns(capacity);
  let count = 0;
  let pending = 0;
  const lower: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Spaces are ASCII below 33 or non-ASCII: test the cheap ranges first.
    if (code === 32 || (code < 32 ? isSpace(code) : code >= 0xa0 && isSpace(code))) {
      pending |= code === 10 ? SPACE_BEFORE | NEWLINE_BEFORE : SPACE_BEFORE;
      i++;
      continue;
    }
    if (count === capacity) {
      capacity *= 2;
      ({ start, end, flags } = grow({ start, end, flags }, capacity));
    }
    let j = i + 1;
    let f = pending;
    pending = 0;
    if (isWordChar(code)) {
      let inner = false;
      // ASCII with no capital after the first letter ("said", "Lavrov"): lower-cased without
      // toLowerCase, a call per word that costs more than the rest of the word's work.
      let plainAscii = code < 128;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
        if (c >= 65 && c <= 90) {
          plainAscii = false;
          continue;
        }
        if (c >= 128 && isWordChar(c)) {
          plainAscii = false;
          continue;
        }
        // "O’Duffy", "D'Alema", "N'Diaye": an apostrophe before a capital inside a name.
        if (
          (c === 39 || c === 0x2019) &&
          j + 1 < n &&
          isUpperAt(text, j + 1) &&
          isUpperAt(text, i)
        ) {
          inner = true;
          continue;
        }
        break;
      }
      const word = text.slice(i, j);
      let low: string;
      if (inner) low = word.toLowerCase().replace(/\u2019/gu, "'");
      else if (!plainAscii) low = word.toLowerCase();
      else if (code >= 65 && code <= 90) low = String.fromCharCode(code + 32) + word.slice(1);
      else low = word;
      lower.push(low);
      f |= code >= 48 && code <= 57 ? NUMBER : WORD;
      const upperFirst = code < 128 ? code >= 65 && code <= 90 : UPPER.test(word.charAt(0));
      if (upperFirst) {
        f |= CAPITALISED;
        if (j - i >= 2 && isAllCaps(word, low)) f |= ALL_CAPS;
      }
    } else {
      // A surrogate pair is one token so no span splits a character.
      if (code >= 0xd800 && code <= 0xdbff && j < n) {
        const next = text.charCodeAt(j);
        if (next >= 0xdc00 && next <= 0xdfff) j++;
      }
      f |= PUNCT;
      lower.push(j - i === 1 ? foldChar(text.charAt(i)) : text.slice(i, j));
    }
    start[count] = i;
    end[count] = j;
    flags[count] = f;
    count++;
    i = j;
  }
  return { text, count, start, end, flags, lower };
}

/** The token's text, lower-cased, with typographic apostrophes folded. */
export function lowerAt(t: TokenTable, i: number): string {
  return t.lower[i] ?? '';
}

export function textAt(t: TokenTable, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}

export function has(t: TokenTable, i: number, flag: number): boolean {
  return i >= 0 && i < t.count && (t.flags[i]! & flag) !== 0;
}

/** Index of the first token whose start is ≥ `offset`. */
export function tokenAtOrAfter(t: TokenTable, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokenises a dictionary phrase the same way as documents (lower-cased, folded). */
export function phraseTokens(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(lowerAt(t, i));
  return out;
}
