/**
 * Who a statement is directed at: people, countries and organisations of the document.
 *
 *   1. An address verb (data/speech-acts.json `addressVerbs`) and the name right after it
 *      ("urged Washington", "told Blinken", "called on Moscow and Kyiv", "warned the US
 *      side"): at the statement's own speech verb, or in its words within three words after
 *      "we", "I" or "they" ("we call on the United States", "they will demand North Korea"). Capitals and institutions stand for their country as the
 *      mentions stage reads them ("Washington" → country:us); a place names its country.
 *   2. A country and an address noun in its words: "our American partners", "the US side",
 *      "Mr President, Chinese colleagues"; and a direct statement that opens by naming
 *      someone ("President Putin, friends").
 *      The name right after the cue of a welcome, demand, warning, threat or condemnation
 *      ("warmly welcome President Putin") is addressed too.
 *   3. With none found: the other participant of the meeting, call or talks of two the
 *      statement was made at (a readout of a meeting: all said there is said to the other),
 *      unless the statement names them ("we held talks with President Xi": said to others).
 *   4. Only for acts other than ASSERTION, with none found above: the one country the
 *      statement names (or whose people it names) other than the speaker's own; else, when
 *      the whole document names exactly one such country, that one ("Lavrov's press
 *      conference on the US": every warning and demand in it is directed at the US).
 *
 * The speaker is never their own addressee, nor their country under rules 2 and 4.
 */

import type { ActorEntry } from '../../../model';
import type { Context } from '../../core/context';
import type { TokenTable } from '../../core/tokens';
import { tokenAtOrAfter } from '../../core/tokens';
import type { CompiledDictionaries } from '../../dictionaries/compile';
import { longestAt, type CompiledSpeechActs } from '../../dictionaries/speech-acts';
import { lowerBound, type TokenMarks } from './marks';

/** A name in the text that can be addressed, by its first token. */
export interface AddressRef {
  last: number;
  id: string;
  /**
   * The country it counts as a party for (a country itself, a person's), or null: a place
   * named as a venue ("in Reykjavik") is none, though "urged Kyiv" addresses its country.
   */
  country: string | null;
}

export interface AddressIndex {
  /** Refs by first token (the longest first). */
  byToken: Map<number, AddressRef[]>;
  /** The one ref each first token stands for (refAt), null when ambiguous. */
  resolved: Map<number, AddressRef | null>;
  /** First tokens of refs, ascending: a statement visits only its own. */
  starts: readonly number[];
  /** How often the document names each id: picks between ids of one span ("American"); made when first needed. */
  frequency: Map<string, number> | null;
  /** Countries the document names, by their people too; made when first needed. */
  countries: Set<string> | null;
  /** The countries of each person named. */
  peopleCountries: Map<string, readonly string[]>;
  /** The countries of each speaker, as a set. */
  ownCountries: Map<string, ReadonlySet<string>>;
  /** Countries with an office in the dictionaries: they win a tie ("American": US, not MP). */
  governed: ReadonlySet<string>;
}

const governedCache = new WeakMap<CompiledDictionaries, ReadonlySet<string>>();

function governedCountries(dict: CompiledDictionaries): ReadonlySet<string> {
  let set = governedCache.get(dict);
  if (!set) {
    set = new Set([...dict.offices.values()].map((o) => o.of).filter((of) => of !== null));
    governedCache.set(dict, set);
  }
  return set;
}

/** Countries each dictionary person represents: one entry per actor of the dictionaries. */
const representedCountries = new WeakMap<ActorEntry, readonly string[]>();

/** The countries a person represents (dictionary or the office the text gives). */
export function countriesOf(ctx: Context, person: string): readonly string[] {
  const actor = ctx.dict.actors.get(person);
  if (actor) {
    let own = representedCountries.get(actor);
    if (own === undefined) {
      own = actor.represents.filter((id) => id.startsWith('country:'));
      representedCountries.set(actor, own);
    }
    return own;
  }
  const of = ctx.newPeople.get(person)?.officeOf;
  return of?.startsWith('country:') ? [of] : [];
}

/** Index of the first token whose start is ≥ `offset` (the tokenizer's binary search). */
export const tokenAt = tokenAtOrAfter;

/**
 * `tokenAt(tokens, start)` and `tokenAt(tokens, end)` for a span whose token range
 * [first, last) the stages already know (mentions, people): the range when it is the
 * span's own, else the binary searches.
 */
function tokenRange(
  tokens: TokenTable,
  span: { start: number; end: number; first: number; last: number },
): [number, number] {
  const { start, end, first, last } = span;
  const s = tokens.start;
  const firstOk =
    first < tokens.count && s[first] === start && (first === 0 || s[first - 1]! < start);
  const lastOk =
    last > 0 &&
    last <= tokens.count &&
    s[last - 1]! < end &&
    (last === tokens.count || s[last]! >= end);
  return [firstOk ? first : tokenAt(tokens, start), lastOk ? last : tokenAt(tokens, end)];
}

const ascending = (a: number, b: number): number => a - b;

export function indexAddressRefs(ctx: Context): AddressIndex {
  const { tokens } = ctx;
  const byToken = new Map<number, AddressRef[]>();
  const starts: number[] = [];
  const add = (first: number, ref: AddressRef) => {
    const list = byToken.get(first);
    if (list) list.push(ref);
    else {
      byToken.set(first, [ref]);
      starts.push(first);
    }
  };
  const ownOf = new Map<string, readonly string[]>();
  for (const r of ctx.people) {
    if (r.person === null) continue;
    const [first, last] = tokenRange(tokens, r);
    let own = ownOf.get(r.person);
    if (own === undefined) ownOf.set(r.person, (own = countriesOf(ctx, r.person)));
    add(first, { last, id: r.person, country: own.length === 1 ? own[0]! : null });
  }
  for (const m of ctx.mentions) {
    const [first, last] = tokenRange(tokens, m);
    if (m.kind === 'Place') {
      const country = ctx.dict.placeCountry.get(m.id) ?? null;
      if (country) add(first, { last, id: country, country: null });
    } else {
      add(first, { last, id: m.id, country: m.kind === 'Country' ? m.id : null });
    }
  }
  for (const list of byToken.values()) if (list.length > 1) list.sort((a, b) => b.last - a.last);
  const index: AddressIndex = {
    byToken,
    resolved: new Map(),
    // A plain array: a typed array per document costs a buffer and its accounting.
    starts: starts.sort(ascending),
    frequency: null,
    countries: null,
    peopleCountries: ownOf,
    ownCountries: new Map(),
    governed: governedCountries(ctx.dict),
  };
  return index;
}

function frequencyOf(index: AddressIndex): Map<string, number> {
  if (index.frequency === null) {
    index.frequency = new Map();
    for (const list of index.byToken.values())
      for (const r of list) index.frequency.set(r.id, (index.frequency.get(r.id) ?? 0) + 1);
  }
  return index.frequency;
}

function countriesNamed(index: AddressIndex): Set<string> {
  if (index.countries === null) {
    index.countries = new Set();
    for (const own of index.peopleCountries.values()) for (const c of own) index.countries.add(c);
    for (let k = 0; k < index.starts.length; k++) {
      const ref = refAt(index, index.starts[k]!);
      if (ref?.country) index.countries.add(ref.country);
    }
  }
  return index.countries;
}

function refAt(index: AddressIndex, i: number): AddressRef | null {
  let ref = index.resolved.get(i);
  if (ref === undefined) index.resolved.set(i, (ref = resolve(index, i)));
  return ref;
}

/**
 * The one ref at token `i`: the longest; among ids of one span the most named, then the one
 * country with a government in the dictionaries; null when that does not decide.
 */
function resolve(index: AddressIndex, i: number): AddressRef | null {
  const list = index.byToken.get(i);
  if (!list) return null;
  if (list.length === 1) return list[0]!;
  const longest = list.filter((r) => r.last === list[0]!.last);
  if (longest.length === 1) return longest[0]!;
  const ids = [...new Set(longest.map((r) => r.id))];
  if (ids.length === 1) return longest[0]!;
  const frequency = frequencyOf(index);
  const n = (r: AddressRef) => frequency.get(r.id) ?? 0;
  longest.sort((a, b) => n(b) - n(a));
  if (n(longest[0]!) > n(longest[1]!)) return longest[0]!;
  const top = longest.filter((r) => n(r) === n(longest[0]!));
  const governed = top.filter((r) => index.governed.has(r.id));
  return governed.length === 1 ? governed[0]! : null;
}

const DETERMINERS = new Set(['the', 'our', 'his', 'her', 'their', 'its', 'my', 'your', 'dear']);

/** The names addressed from token `i` on: "the United States and Russia", "the US side". */
function objectsAt(tokens: TokenTable, index: AddressIndex, i: number): string[] {
  const out: string[] = [];
  for (let k = i, n = 0; k < tokens.count && n < 5; n++) {
    if (DETERMINERS.has(tokens.lower[k]!) && !index.byToken.has(k)) k++;
    const ref = refAt(index, k);
    if (ref === null) break;
    out.push(ref.id);
    k = ref.last;
    const sep = tokens.lower[k];
    if (sep !== 'and' && sep !== ',') break;
    k++;
    if (tokens.lower[k] === 'and') k++;
  }
  return out;
}

/** Acts whose cue words take the one addressed as their object ("welcome President Putin"). */
export const CUE_OBJECT_ACTS: ReadonlySet<string> = new Set([
  'WELCOME',
  'DEMAND',
  'WARNING',
  'THREAT',
  'CONDEMNATION',
]);

/** Events where everything said is said to the other side. */
const FACE_TO_FACE = new Set(['Meeting', 'PhoneCall', 'Talks']);

export interface AddresseeScope {
  first: number;
  last: number;
  verb: number;
  speaker: string;
  act: string;
  direct: boolean;
  /** Token range of the act's cue, or null. */
  cue: { first: number; last: number } | null;
  /** Index into ctx.events of the event it was made at, or -1. */
  event: number;
}

export function findAddressees(
  ctx: Context,
  index: AddressIndex,
  scope: AddresseeScope,
  lex: CompiledSpeechActs,
  marks: TokenMarks,
  foreignInDocument: (speaker: string) => string | null,
): string[] {
  const { tokens } = ctx;
  const own = ownCountries(ctx, index, scope.speaker);
  // A few ids at most: an array kept unique (in Set order), not a Set per statement.
  const found: string[] = [];
  const add = (id: string): void => {
    if (!found.includes(id)) found.push(id);
  };
  // 1. Address verbs: the speech verb's, the speaker's in the statement, the act's cue.
  if (scope.cue && CUE_OBJECT_ACTS.has(scope.act))
    for (const id of objectsAt(tokens, index, scope.cue.last)) add(id);
  if (scope.verb >= 0) {
    const m = longestAt(lex.addressVerbs, tokens, scope.verb, tokens.count);
    if (m) for (const id of objectsAt(tokens, index, m.last)) add(id);
  }
  const subjects = marks.subjects;
  for (let s = lowerBound(subjects, scope.first); s < subjects.length; s++) {
    // Subjects whose address verb is the speaker's: "we call on", "they will demand".
    const i = subjects[s]!;
    if (i >= scope.last) break;
    // "we call on", "we once again call on", "I urge".
    for (let j = i + 1; j <= i + 3 && j < scope.last; j++) {
      const m = longestAt(lex.addressVerbs, tokens, j, scope.last);
      if (m) {
        for (const id of objectsAt(tokens, index, m.last)) add(id);
        break;
      }
    }
  }
  for (let k = lowerBound(index.starts, scope.first); k < index.starts.length; k++) {
    const i = index.starts[k]!;
    if (i >= scope.last) break;
    // 2. "our American partners", "the US side", "Mr President, Chinese colleagues".
    const ref = refAt(index, i);
    if (ref?.country && ref.id === ref.country && !own.has(ref.id)) {
      const before = i === scope.first ? ',' : tokens.lower[i - 1];
      const after = tokens.lower[ref.last];
      if (
        (before === 'our' || before === 'the' || before === ',') &&
        after !== undefined &&
        lex.addressNouns.has(after)
      )
        add(ref.id);
    }
  }
  // A direct statement that opens by naming someone: "President Putin, friends".
  if (scope.direct) {
    const ref = refAt(index, scope.first);
    if (ref && (ref.last >= scope.last || tokens.lower[ref.last] === ',')) add(ref.id);
  }
  const speakerAt = found.indexOf(scope.speaker);
  if (speakerAt >= 0) found.splice(speakerAt, 1);
  if (found.length > 0) return found;
  // 3. The other side of the meeting, call or talks it was made at, when there are two.
  // Not `ctx.events[-1]`: a negative index is a slow property lookup, not an element.
  const event = scope.event >= 0 ? ctx.events[scope.event] : undefined;
  if (event && FACE_TO_FACE.has(event.kind) && event.participants.length === 2) {
    const other = event.participants.filter((p) => p !== scope.speaker);
    // Not when it speaks of them ("talks with President Xi"): that is said to others.
    if (other.length === 1 && !names(index, scope, other[0]!)) return other;
  }
  if (scope.act === 'ASSERTION') return [];
  // 4. The one other country the statement names, else the document's.
  const named = new Set<string>();
  for (let k = lowerBound(index.starts, scope.first); k < index.starts.length; k++) {
    const i = index.starts[k]!;
    if (i >= scope.last) break;
    const ref = refAt(index, i);
    if (ref?.country && !own.has(ref.country)) named.add(ref.country);
  }
  if (named.size === 1) return [...named];
  if (named.size > 1) return [];
  const other = foreignInDocument(scope.speaker);
  return other === null ? [] : [other];
}

function names(index: AddressIndex, scope: AddresseeScope, id: string): boolean {
  for (let k = lowerBound(index.starts, scope.first); k < index.starts.length; k++) {
    const i = index.starts[k]!;
    if (i >= scope.last) return false;
    if (index.byToken.get(i)!.some((r) => r.id === id)) return true;
  }
  return false;
}

/** The speaker's countries, once per document. */
function ownCountries(ctx: Context, index: AddressIndex, speaker: string): ReadonlySet<string> {
  let own = index.ownCountries.get(speaker);
  if (own === undefined)
    index.ownCountries.set(speaker, (own = new Set(countriesOf(ctx, speaker))));
  return own;
}

/** The one country the document names other than the speaker's, or null. */
export function foreignCountry(ctx: Context, index: AddressIndex, speaker: string): string | null {
  const own = ownCountries(ctx, index, speaker);
  let other: string | null = null;
  for (const c of countriesNamed(index)) {
    if (own.has(c)) continue;
    if (other !== null) return null;
    other = c;
  }
  return other;
}
