/**
 * The dictionaries compiled once into token tries (one for named things,
 * roles and speech verbs, one for topics) plus the indexes resolution needs.
 * Compiled lazily and cached per Dictionaries object in a WeakMap, so a batch
 * of documents pays for it once. Matching walks each token once and follows
 * the trie at most as deep as the longest phrase: linear in text length.
 *
 * Over 300 lines: `build` fills every table in one pass over the dictionaries,
 * and the tables' types are documented here beside it (matching is in
 * match.ts, lookups in lookups.ts).
 */

import { MIN_FOLDED_LENGTH, foldName } from './fold';
import { addPlurals, firstWords, type FirstWord } from './match';
import type {
  ActorEntry,
  Dictionaries,
  OfficeEntry,
  CountryEntry,
  OfficeTerm,
  OrganizationEntry,
  PlaceEntry,
  TopicEntry,
} from '../../model';
import { toSlug } from '../../model';
import { TITLE_WORDS } from '../lexicon/titles';
import { ALL_CAPS, CAPITALISED, WORD, phraseTokens, tokenize } from '../core/tokens';

export type Payload =
  | { type: 'person'; id: string }
  | { type: 'surname'; id: string }
  | { type: 'country'; id: string; via: 'name' | 'demonym' | 'capital' }
  | { type: 'org'; id: string }
  | { type: 'place'; id: string }
  | { type: 'topic'; id: string }
  | {
      type: 'role';
      role: string;
      offices: readonly string[];
      /** The plural of the role phrase ("Foreign Ministers", "Ministers of Foreign Affairs"). */
      plural?: true;
    }
  | {
      type: 'verb';
      lemma: string;
      /** Tokens of the verb itself ("called" in "called [for]"): the statement's verb. */
      words: number;
      /** Tokens the match keeps (verb and bracketed particle); a parenthesised context is dropped. */
      keep: number;
    };

/** Per alias token: 0 any case, 1 must be capitalised, 2 must be all capitals. */
export type CaseRule = Uint8Array;

interface Entry {
  payload: Payload;
  rule: CaseRule | null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /**
   * Topic mode (match.ts): `next` plus each key's plural ("palestinians" → the child of
   * "palestinian") where the plural is no key itself, so a plural costs one lookup; set
   * on the topics trie by addPlurals, null elsewhere.
   */
  plural: Map<string, TrieNode> | null;
  entries: Entry[] | null;
  /** The entries' payloads when none has a case rule: matches share this array. */
  free: readonly Payload[] | null;
}

export interface Match {
  /** Token range [first, last) and character span. */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: readonly Payload[];
}

export interface CompiledDictionaries {
  readonly dictionaries: Dictionaries;
  readonly named: TrieNode;
  readonly topics: TrieNode;
  /** First words of `named` and of `topics` (with plurals) in one map, for the mentions stage. */
  readonly firstWords: ReadonlyMap<string, FirstWord>;
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly offices: ReadonlyMap<string, OfficeEntry>;
  readonly countries: ReadonlyMap<string, CountryEntry>;
  /** "first|last" of every full name and alias (lower case) → actor ids, for "Antony J. Blinken". */
  readonly firstLast: ReadonlyMap<string, readonly string[]>;
  /** The same with both words folded (fold.ts): "sergei|lavrov" for "Sergey Lavrov". */
  readonly foldedFirstLast: ReadonlyMap<string, readonly string[]>;
  /** Folded surnames (at least MIN_FOLDED_LENGTH letters) → actor ids: "zelenski" for "Zelensky". */
  readonly foldedSurnames: ReadonlyMap<string, readonly string[]>;
  /** Display names of places, organisations and topics by id. */
  readonly names: ReadonlyMap<string, string>;
  readonly placeCountry: ReadonlyMap<string, string | null>;
  readonly organizations: ReadonlyMap<string, OrganizationEntry>;
  /** Organisation ids by the slug of each name and alias (the first organisation wins). */
  readonly orgsBySlug: ReadonlyMap<string, string>;
  readonly places: ReadonlyMap<string, PlaceEntry>;
  readonly topicEntries: ReadonlyMap<string, TopicEntry>;
  /** Office ids by role key (lower case role phrase). */
  readonly officesByRole: ReadonlyMap<string, readonly string[]>;
  /** Holders of each office with their terms. */
  readonly holders: ReadonlyMap<string, readonly { actor: string; term: OfficeTerm }[]>;
}

const cache = new WeakMap<Dictionaries, CompiledDictionaries>();

/** Family name first for these countries' names in English ("Xi Jinping", "Moon Jae-in"). */
const FAMILY_NAME_FIRST = new Set([
  'country:cn',
  'country:kr',
  'country:kp',
  'country:tw',
  'country:vn',
]);

export function compileDictionaries(dictionaries: Dictionaries): CompiledDictionaries {
  const hit = cache.get(dictionaries);
  if (hit) return hit;
  const compiled = build(dictionaries);
  cache.set(dictionaries, compiled);
  return compiled;
}

function caseRule(phrase: string): CaseRule | null {
  const t = tokenize(phrase);
  const rule = new Uint8Array(t.count);
  let any = false;
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i]!;
    if ((f & ALL_CAPS) !== 0) rule[i] = 2;
    else if ((f & CAPITALISED) !== 0) rule[i] = 1;
    if (rule[i] !== 0) any = true;
  }
  return any ? rule : null;
}

function insert(root: TrieNode, phrase: string, payload: Payload, cased: boolean): void {
  insertTokens(root, phraseTokens(phrase), payload, cased ? caseRule(phrase) : null);
}

function insertTokens(
  root: TrieNode,
  tokens: readonly string[],
  payload: Payload,
  rule: CaseRule | null,
): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const tok of tokens) {
    node.next ??= new Map();
    let child = node.next.get(tok);
    if (!child) {
      child = { next: null, plural: null, entries: null, free: null };
      node.next.set(tok, child);
    }
    node = child;
  }
  node.entries ??= [];
  const key = JSON.stringify(payload);
  if (node.entries.some((e) => JSON.stringify(e.payload) === key)) return;
  node.entries.push({ payload, rule });
  node.free = node.entries.every((e) => e.rule === null)
    ? node.entries.map((e) => e.payload)
    : null;
}

export interface VerbForm {
  tokens: string[];
  words: number;
  keep: number;
}

/**
 * A speech-verb form of data/speech-verbs.json: "said"; "called [for]" (the
 * bracketed particle is matched and skipped, the verb is "called"); "shared
 * (the view)" (the parenthesised words must follow but stay outside the match,
 * so they begin the reported content).
 */
export function parseVerbForm(form: string): VerbForm {
  const bracket = form.indexOf('[');
  const paren = form.indexOf('(');
  const verbEnd = Math.min(bracket < 0 ? form.length : bracket, paren < 0 ? form.length : paren);
  const inner = (open: number, close: string): string[] => {
    if (open < 0) return [];
    const end = form.indexOf(close, open + 1);
    return phraseTokens(form.slice(open + 1, end < 0 ? form.length : end));
  };
  const verb = phraseTokens(form.slice(0, verbEnd));
  const particle = inner(bracket, ']');
  const context = inner(paren, ')');
  return {
    tokens: [...verb, ...particle, ...context],
    words: verb.length,
    keep: verb.length + particle.length,
  };
}

/** Words after the head noun of a role phrase ("Minister | of Foreign Affairs"). */
const ROLE_HEAD_ENDS = new Set(['of', 'for', 'to', 'at', 'on']);

/**
 * The plural of a role phrase, by its head noun: "foreign minister" →
 * "foreign ministers", "minister of foreign affairs" → "ministers of foreign
 * affairs", "secretary" → "secretaries"; null when the head is no word.
 */
export function pluralRole(key: string): string[] | null {
  const tokens = key.split(' ');
  const cut = tokens.findIndex((w) => ROLE_HEAD_ENDS.has(w));
  const head = (cut < 0 ? tokens.length : cut) - 1;
  const word = tokens[head];
  if (!word || !/^\p{Ll}{3,}$/u.test(word)) return null;
  const plural = /[^aeiou]y$/u.test(word)
    ? `${word.slice(0, -1)}ies`
    : /(?:s|sh|ch|x)$/u.test(word)
      ? `${word}es`
      : `${word}s`;
  return [...tokens.slice(0, head), plural, ...tokens.slice(head + 1)];
}

function nameWords(name: string): string[] {
  const t = tokenize(name);
  const words: string[] = [];
  for (let i = 0; i < t.count; i++) {
    if ((t.flags[i]! & WORD) === 0) continue;
    const w = t.text.slice(t.start[i], t.end[i]);
    // "Jae-in" stays attached to "Moon"; suffixes are not surnames.
    if (i > 0 && t.text[t.start[i]! - 1] === '-' && words.length > 0) {
      words[words.length - 1] += '-' + w;
      continue;
    }
    if (/^(?:jr|sr|ii|iii|iv)$/i.test(w)) continue;
    words.push(w);
  }
  return words;
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function build(d: Dictionaries): CompiledDictionaries {
  const named: TrieNode = { next: null, plural: null, entries: null, free: null };
  const topics: TrieNode = { next: null, plural: null, entries: null, free: null };
  const actors = new Map<string, ActorEntry>();
  const offices = new Map<string, OfficeEntry>();
  const countries = new Map<string, CountryEntry>();
  const firstLast = new Map<string, string[]>();
  const foldedFirstLast = new Map<string, string[]>();
  const foldedSurnames = new Map<string, string[]>();
  const names = new Map<string, string>();
  const placeCountry = new Map<string, string | null>();
  const officesByRole = new Map<string, string[]>();
  const holders = new Map<string, { actor: string; term: OfficeTerm }[]>();

  for (const c of d.countries) {
    countries.set(c.id, c);
    names.set(c.id, c.name);
    for (const a of [c.name, ...c.aliases])
      insert(named, a, { type: 'country', id: c.id, via: 'name' }, true);
    for (const a of c.demonyms)
      insert(named, a, { type: 'country', id: c.id, via: 'demonym' }, true);
    if (c.capital) insert(named, c.capital, { type: 'country', id: c.id, via: 'capital' }, true);
  }
  const orgsBySlug = new Map<string, string>();
  for (const o of d.organizations) {
    names.set(o.id, o.name);
    for (const a of [o.name, ...o.aliases]) {
      const slug = toSlug(a);
      if (slug !== '' && !orgsBySlug.has(slug)) orgsBySlug.set(slug, o.id);
    }
    for (const a of [o.name, ...o.aliases]) insert(named, a, { type: 'org', id: o.id }, true);
  }
  for (const p of d.places) {
    names.set(p.id, p.name);
    placeCountry.set(p.id, p.country);
    for (const a of [p.name, ...p.aliases]) insert(named, a, { type: 'place', id: p.id }, true);
  }
  for (const t of d.topics) {
    names.set(t.id, t.name);
    for (const a of [t.name, ...t.aliases]) insert(topics, a, { type: 'topic', id: t.id }, false);
  }
  for (const v of d.speechVerbs) {
    for (const f of v.forms) {
      const { tokens, words, keep } = parseVerbForm(f);
      insertTokens(named, tokens, { type: 'verb', lemma: v.lemma, words, keep }, null);
    }
  }
  for (const o of d.offices) {
    offices.set(o.id, o);
    for (const r of o.roles) {
      const key = phraseTokens(r).join(' ');
      const list = officesByRole.get(key) ?? [];
      if (!list.includes(o.id)) list.push(o.id);
      officesByRole.set(key, list);
    }
  }
  const addRole = (key: string, ids: readonly string[]): void => {
    insert(named, key, { type: 'role', role: key, offices: ids }, false);
    const plural = pluralRole(key);
    if (plural)
      insertTokens(named, plural, { type: 'role', role: key, offices: ids, plural: true }, null);
  };
  for (const [key, ids] of officesByRole) addRole(key, ids);
  for (const w of TITLE_WORDS) {
    const key = phraseTokens(w).join(' ');
    if (!officesByRole.has(key)) addRole(key, []);
  }
  for (const a of d.actors) {
    actors.set(a.id, a);
    names.set(a.id, a.name);
    const familyFirst = a.represents.some((r) => FAMILY_NAME_FIRST.has(r));
    for (const full of [a.name, ...a.aliases]) {
      insert(named, full, { type: 'person', id: a.id }, true);
      const words = nameWords(full);
      if (words.length < 2) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const key = `${first.toLowerCase()}|${last.toLowerCase()}`;
      const ids = firstLast.get(key) ?? [];
      if (!ids.includes(a.id)) ids.push(a.id);
      firstLast.set(key, ids);
      addTo(foldedFirstLast, `${foldName(first)}|${foldName(last)}`, a.id);
      const surname = familyFirst ? first : last;
      if (surname.length >= 2) insert(named, surname, { type: 'surname', id: a.id }, true);
      const folded = foldName(surname);
      if (folded.length >= MIN_FOLDED_LENGTH) addTo(foldedSurnames, folded, a.id);
    }
    for (const term of a.offices) {
      const list = holders.get(term.office) ?? [];
      list.push({ actor: a.id, term });
      holders.set(term.office, list);
    }
  }
  addPlurals(topics);
  return {
    dictionaries: d,
    named,
    topics,
    firstWords: firstWords(named, topics),
    actors,
    offices,
    countries,
    firstLast,
    foldedFirstLast,
    foldedSurnames,
    names,
    placeCountry,
    organizations: new Map(d.organizations.map((o) => [o.id, o])),
    orgsBySlug,
    places: new Map(d.places.map((p) => [p.id, p])),
    topicEntries: new Map(d.topics.map((x) => [x.id, x])),
    officesByRole,
    holders,
  };
}
