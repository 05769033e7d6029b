/**
 * The one way names become ids, used by ingest (dictionary ids are checked
 * against it), extract (new people, publishers) and load.
 *
 * `toSlug`: lower case; Latin letters folded to ASCII (diacritics dropped,
 * ı ł ø æ œ ß đ ð þ spelled out); every run of anything that is not a letter
 * or a digit becomes one "-", apostrophes included ("O'Brien", "O’Brien" →
 * "o-brien", as the dictionary ids in data/ are written). Letters of other
 * scripts (Cyrillic, Greek, CJK, Arabic…) are kept, lower-cased, with their
 * marks ("Сергей Лавров" → "сергей-лавров"), so no name gives an empty id
 * unless it has no letter or digit at all.
 */

/** Latin letters NFKD does not decompose into an ASCII base. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ẞ: 'SS',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
};

/** "Jean-Noël Barrot" → "jean-noel-barrot", "Binali Yıldırım" → "binali-yildirim". */
export function toSlug(name: string): string {
  let folded = '';
  for (const ch of name) folded += SPECIAL_LETTERS[ch] ?? ch;
  return folded
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((part) => part.length > 0)
    .join('-');
}

/** `person:<slug>`, the id of a person known by this name. */
export function personId(name: string): string {
  return `person:${toSlug(name)}`;
}

/** `org:<slug>`, or null when the name has no letter or digit. */
export function orgId(name: string): string | null {
  const slug = toSlug(name);
  return slug === '' ? null : `org:${slug}`;
}
