/**
 * Stage 4 — people, resolved within the document.
 *
 * - a full name or alias from the dictionary → that person;
 * - first name + surname with initials between ("Antony J. Blinken") → the
 *   person whose name has that first and last word;
 * - a title or role followed by a name ("Foreign Minister X", "Director Wang",
 *   "President of Russia Vladimir Putin") → the named person, the office
 *   attached; a name not in the dictionaries becomes `person:<slug>`, as does
 *   "X, the Y minister,";
 * - a surname alone → the person of that surname named most recently (two
 *   people with one surname stay apart), else the only one in the dictionary;
 * - a role phrase alone ("the US Secretary of State", "the Russian Foreign
 *   Minister", "The Secretary", "the minister") → the holder of that office
 *   on the document date when a country is given, else the person most
 *   recently named who holds an office with that role.
 * Pronouns and collective subjects depend on who spoke, so attribution
 * resolves them.
 */

import { personId } from '../../../model';
import type { Context, PersonRef, ResolvedBy } from '../../core/context';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import {
  CALENDAR_WORDS,
  COUNTERPART_DETERMINERS,
  HONORIFICS,
  LABEL_JOINERS,
  LEADER_OFFICE_ROLES,
  NOT_BEFORE_NAMES,
  VERB_ADVERBS,
} from '../../lexicon';
import type { CompiledDictionaries, Match, Payload } from '../../dictionaries/compile';
import { holdersOn, officesOn } from '../../dictionaries/compile';
import { officeHasRole, personHoldsRole } from '../../dictionaries/roles';
import {
  ALL_CAPS,
  CAPITALISED,
  NUMBER,
  PUNCT,
  WORD,
  has,
  lowerAt,
  textAt,
} from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';

type RolePayload = Extract<Payload, { type: 'role' }>;

function payloadOf<T extends Payload['type']>(m: Match, type: T): Extract<Payload, { type: T }>[] {
  return m.payloads.filter((p): p is Extract<Payload, { type: T }> => p.type === type);
}

/** Offices by role phrase and country, per compiled dictionaries (see officesFor). */
const officesMemo = new WeakMap<CompiledDictionaries, Map<string, string[]>>();

interface Chunk {
  first: number;
  last: number;
  words: string[];
}

/**
 * Capitalised name words from token `i`: "Antony J. Blinken", "Moon Jae-in",
 * at most five words; stops at anything else, and at `stop`.
 */
function nameChunk(t: TokenTable, i: number, stop: number): Chunk | null {
  const words: string[] = [];
  let k = i;
  while (k < stop && words.length < 5) {
    const f = t.flags[k]!;
    if ((f & WORD) === 0 || (f & CAPITALISED) === 0) break;
    if (k > i && (f & 32) === 0) break; // no space before: not a new word
    let word = textAt(t, k);
    let next = k + 1;
    // Initials: "J." ; hyphenated given names: "Jae-in".
    if (word.length === 1 && next < stop && textAt(t, next) === '.') next++;
    while (
      next + 1 < stop &&
      textAt(t, next) === '-' &&
      (t.flags[next + 1]! & WORD) !== 0 &&
      (t.flags[next]! & 32) === 0
    ) {
      word += '-' + textAt(t, next + 1);
      next += 2;
    }
    words.push(word);
    k = next;
  }
  if (words.length === 0) return null;
  return { first: i, last: k, words };
}

function firstLastKey(words: readonly string[]): string | null {
  const real = words.filter((w) => w.length > 1);
  if (real.length < 2) return null;
  return `${real[0]!.toLowerCase()}|${real[real.length - 1]!.toLowerCase()}`;
}

function isSentenceInitial(t: TokenTable, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (t.flags[k]! & PUNCT) !== 0 && '"“‘«(['.includes(textAt(t, k))) k--;
  if (k < 0) return true;
  if ((t.flags[i]! & 64) !== 0) return true;
  return '.!?:'.includes(textAt(t, k));
}

export class PersonResolver {
  readonly refs: PersonRef[] = [];
  private matchIndex = new Map<number, Match>();

  constructor(private readonly ctx: Context) {
    for (const m of ctx.named) this.matchIndex.set(m.first, m);
  }

  private get t(): TokenTable {
    return this.ctx.tokens;
  }

  private push(
    first: number,
    last: number,
    person: string | null,
    by: ResolvedBy,
    office: string | null,
    role: string | null = null,
  ): void {
    const t = this.t;
    this.refs.push({
      role,
      start: t.start[first]!,
      end: t.end[last - 1]!,
      first,
      last,
      person,
      by,
      inQuote: quoteAt(this.ctx.quotes, t.start[first]!) >= 0,
      office,
    });
  }

  /** The most recent person, among `candidates`, mentioned before now. */
  private recent(candidates: readonly string[]): string | null {
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const p = this.refs[k]!.person;
      if (p && candidates.includes(p)) return p;
    }
    return null;
  }

  /** Most recently named person holding an office with this role (on the document date). */
  private recentWithRole(role: string): string | null {
    const { dict, date } = this.ctx;
    // First, someone the text itself called that ("Prime Minister Abe" … "the Prime Minister").
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const ref = this.refs[k]!;
      if (ref.person && ref.role === role) return ref.person;
    }
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const ref = this.refs[k]!;
      const p = ref.person;
      if (!p) continue;
      if (personHoldsRole(dict, p, role, date)) return p;
      if (ref.office && officeHasRole(dict, ref.office, role)) return p;
      const np = this.ctx.newPeople.get(p);
      if (np?.officeTitle && ` ${np.officeTitle.toLowerCase()} `.includes(` ${role} `)) return p;
    }
    return null;
  }

  private addNewPerson(words: readonly string[], office: string | null): string {
    const name = words.join(' ');
    const id = personId(name);
    if (this.ctx.dict.actors.has(id)) return id;
    const existing = this.ctx.newPeople.get(id);
    const entry = office ? this.ctx.dict.offices.get(office) : undefined;
    if (!existing) {
      this.ctx.newPeople.set(id, {
        id,
        name,
        office: office,
        officeTitle: entry?.title ?? null,
        officeOf: entry?.of ?? null,
      });
    } else if (!existing.office && office) {
      existing.office = office;
      existing.officeTitle = entry?.title ?? null;
      existing.officeOf = entry?.of ?? null;
    }
    return id;
  }

  /** Offices with this role, of this country or organisation (answers kept per dictionaries). */
  private officesFor(role: RolePayload | null, of: string | null): string[] {
    if (!role || !of) return [];
    const dict = this.ctx.dict;
    let memo = officesMemo.get(dict);
    if (!memo) {
      memo = new Map();
      officesMemo.set(dict, memo);
    }
    const key = `${role.role}\u0000${of}`;
    let found = memo.get(key);
    if (!found) {
      found = this.findOfficesFor(role, of);
      memo.set(key, found);
    }
    return found;
  }

  private findOfficesFor(role: RolePayload, of: string): string[] {
    const dict = this.ctx.dict;
    const direct = role.offices.filter((o) => dict.offices.get(o)?.of === of);
    if (direct.length > 0) return direct;
    // A generic title ("President", "minister"): the country's offices whose roles contain it.
    const out: string[] = [];
    for (const [id, entry] of dict.offices) {
      if (entry.of === of && officeHasRole(dict, id, role.role)) out.push(id);
    }
    return out.sort();
  }

  /** Resolves a surname among its candidates; `role` narrows them ("Director Wang"). */
  private resolveSurname(candidates: readonly string[], role: RolePayload | null): string | null {
    const { dict, date } = this.ctx;
    let pool = [...candidates];
    if (role && !HONORIFICS.has(role.role)) {
      const withRole = pool.filter(
        (p) =>
          personHoldsRole(dict, p, role.role, date) ||
          role.offices.some((o) => holdersOn(dict, o, date).includes(p)),
      );
      if (withRole.length > 0) pool = withRole;
    }
    const recent = this.recent(pool);
    if (recent) return recent;
    if (pool.length === 1) return pool[0]!;
    const inOffice = pool.filter((p) => officesOn(dict, p, date).length > 0 && date !== null);
    return inOffice.length === 1 ? inOffice[0]! : null;
  }

  /** The country or organisation a role phrase names before it ("Russian", "[US]"). */
  private countryBefore(
    first: number,
    role: RolePayload | null,
  ): { of: string | null; start: number } {
    const t = this.t;
    let k = first - 1;
    if (k >= 0 && textAt(t, k) === ']') k--;
    for (let back = k; back >= Math.max(0, k - 6); back--) {
      const m = this.matchIndex.get(back);
      if (m && m.last - 1 === k) {
        const ids: string[] = [];
        for (const p of m.payloads) if (p.type === 'country' || p.type === 'org') ids.push(p.id);
        if (ids.length > 0) {
          let start = m.first;
          if (start > 0 && textAt(t, start - 1) === '[') start--;
          // A demonym of several countries ("American"): the one with an office of that role.
          const of = ids.find((id) => this.officesFor(role, id).length > 0) ?? ids[0]!;
          return { of, start };
        }
        break;
      }
    }
    return { of: null, start: first };
  }

  run(): void {
    const matches = this.ctx.named;
    let consumed = 0;
    for (let mi = 0; mi < matches.length; mi++) {
      const m = matches[mi]!;
      if (m.first < consumed) continue;
      const persons = payloadOf(m, 'person');
      const roles = payloadOf(m, 'role');
      const surnames = payloadOf(m, 'surname');
      if (persons.length > 0) {
        consumed = this.handleName(
          m,
          persons.map((p) => p.id),
        );
      } else if (roles.length > 0 && roles.every((r) => r.plural)) {
        consumed = this.handlePluralRole(m, roles[0]!);
      } else if (roles.length > 0) {
        consumed = this.handleRole(mi);
      } else if (this.isCounterpart(m)) {
        consumed = this.handleCounterpart(m);
      } else if (surnames.length > 0) {
        consumed = this.handleSurname(
          m,
          surnames.map((p) => p.id),
        );
      }
    }
    this.resolveNewSurnames();
    this.refs.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private handleName(m: Match, ids: string[]): number {
    const person = ids.length === 1 ? ids[0]! : (this.recent(ids) ?? ids.sort()[0]!);
    this.push(m.first, m.last, person, 'name', null);
    return m.last;
  }

  private handleSurname(m: Match, ids: string[]): number {
    const t = this.t;
    // "May 17", "20 May": a date, not Theresa May.
    if (
      CALENDAR_WORDS.has(lowerAt(t, m.first)) &&
      (has(t, m.first - 1, NUMBER) || has(t, m.last, NUMBER))
    ) {
      return m.last;
    }
    // "Antony J. Blinken": capitalised words right before the surname.
    let k = m.first;
    while (k > 0) {
      const prev = k - 1;
      const f = t.flags[prev]!;
      if (textAt(t, prev) === '.' && prev > 0 && t.end[prev - 1]! - t.start[prev - 1]! === 1) {
        k = prev - 1;
        continue;
      }
      if (
        (f & WORD) !== 0 &&
        (f & CAPITALISED) !== 0 &&
        !this.matchIndex.has(prev) &&
        m.first - prev < 6
      ) {
        k = prev;
        continue;
      }
      break;
    }
    if (k < m.first) {
      const chunk = nameChunk(t, k, m.last);
      const key = chunk ? firstLastKey(chunk.words) : null;
      const hit = key ? this.ctx.dict.firstLast.get(key) : undefined;
      if (hit && hit.length > 0) {
        this.push(k, m.last, this.recent(hit) ?? [...hit].sort()[0]!, 'name', null);
        return m.last;
      }
    }
    if ((t.flags[m.first]! & ALL_CAPS) !== 0 && isSentenceInitial(t, m.first) && ids.length > 1) {
      this.push(m.first, m.last, null, 'surname', null);
      return m.last;
    }
    const recent = this.recent(ids);
    // A sentence-initial capitalised word is a surname only when speech follows ("Lavrov said"), not "Power is …".
    const speaks = this.speechFollows(m.last);
    const person =
      recent ?? (ids.length === 1 && (!isSentenceInitial(t, m.first) || speaks) ? ids[0]! : null);
    this.push(m.first, m.last, person, 'surname', null);
    return m.last;
  }

  private speechFollows(k: number): boolean {
    const t = this.t;
    let j = k;
    while (j < t.count && j - k < 3 && VERB_ADVERBS.has(lowerAt(t, j))) j++;
    const m = this.matchIndex.get(j);
    return !!m && m.payloads.some((p) => p.type === 'verb');
  }

  /** A role phrase, with what precedes it (country) and follows it (of-phrase, name). */
  private handleRole(mi: number): number {
    const t = this.t;
    const matches = this.ctx.named;
    const { dict, date } = this.ctx;
    // A chain of roles and honorifics: "H.E. Mr. Li Keqiang".
    let end = mi;
    while (end + 1 < matches.length) {
      const next = matches[end + 1]!;
      if (
        next.first !== matches[end]!.last &&
        !(next.first === matches[end]!.last + 1 && textAt(t, matches[end]!.last) === '.')
      )
        break;
      if (payloadOf(next, 'role').length === 0) break;
      end++;
    }
    const chain = matches.slice(mi, end + 1);
    const roleMatch =
      [...chain].reverse().find((m) => !HONORIFICS.has(payloadOf(m, 'role')[0]!.role)) ?? null;
    const role = roleMatch ? payloadOf(roleMatch, 'role')[0]! : null;
    const first = chain[0]!.first;
    let after = chain[chain.length - 1]!.last;
    if (after < t.count && textAt(t, after) === '.') after++;
    const before = this.countryBefore(first, role);
    let of = before.of;
    let start = before.start;
    // "the Ruritanian minister": a capitalised word we do not know, used as a demonym.
    if (
      !of &&
      start > 1 &&
      has(t, start - 1, CAPITALISED) &&
      has(t, start - 1, WORD) &&
      !this.matchIndex.has(start - 1) &&
      lowerAt(t, start - 2) === 'the'
    ) {
      start--;
    }
    if (start > 0 && lowerAt(t, start - 1) === 'the') start--;
    const determined = start < first || (t.flags[first]! & CAPITALISED) !== 0;

    // "President of Russia Vladimir Putin", "Director of the CCP … Office Wang Yi".
    let nameAt = after;
    let lastEntityEnd = -1;
    if (after < t.count && lowerAt(t, after) === 'of' && role) {
      let k = after + 1;
      let personAt = -1;
      while (k < t.count && k - after <= 14) {
        const m = this.matchIndex.get(k);
        if (m && (payloadOf(m, 'person').length > 0 || payloadOf(m, 'surname').length > 0)) {
          personAt = k;
          break;
        }
        if (m) {
          const c = m.payloads.find((p) => p.type === 'country' || p.type === 'org');
          if (c && (c.type === 'country' || c.type === 'org')) {
            of = c.id;
            lastEntityEnd = m.last;
          }
          k = m.last;
          continue;
        }
        const f = t.flags[k]!;
        const word = lowerAt(t, k);
        if ((f & WORD) !== 0 && ((f & CAPITALISED) !== 0 || LABEL_JOINERS.has(word))) {
          k++;
          continue;
        }
        if (word === "'" || (word === 's' && k > 0 && lowerAt(t, k - 1) === "'")) {
          k++;
          continue;
        }
        break;
      }
      if (personAt >= 0) nameAt = personAt;
      else if (lastEntityEnd >= 0) nameAt = lastEntityEnd;
      else nameAt = after;
    }
    const offices = this.officesFor(role, of);
    const office = offices.length === 1 ? offices[0]! : null;

    // A name follows.
    const nm = this.matchIndex.get(nameAt);
    if (nm && payloadOf(nm, 'person').length > 0) {
      const ids = payloadOf(nm, 'person').map((p) => p.id);
      const person =
        ids.length === 1
          ? ids[0]!
          : (this.pickByOffice(ids, offices) ?? this.recent(ids) ?? ids.sort()[0]!);
      this.push(start, nm.last, person, 'name', office, role?.role ?? null);
      return nm.last;
    }
    const chunk = nameChunk(t, nameAt, t.count);
    if (chunk && !this.chunkIsOther(chunk)) {
      const key = firstLastKey(chunk.words);
      const hit = key ? dict.firstLast.get(key) : undefined;
      if (hit && hit.length > 0) {
        this.push(
          start,
          chunk.last,
          this.pickByOffice(hit, offices) ?? this.recent(hit) ?? [...hit].sort()[0]!,
          'name',
          office,
        );
        return chunk.last;
      }
      const sm = this.matchIndex.get(chunk.first);
      if (chunk.words.length === 1 && sm && payloadOf(sm, 'surname').length > 0) {
        const ids = payloadOf(sm, 'surname').map((p) => p.id);
        const person = this.resolveSurname(ids, role);
        this.push(start, sm.last, person, 'title', office, role?.role ?? null);
        return sm.last;
      }
      if (chunk.words.length >= 2 && role && !HONORIFICS.has(role.role)) {
        const id = this.addNewPerson(chunk.words, office);
        this.push(start, chunk.last, id, 'title', office, role.role);
        return chunk.last;
      }
      if (chunk.words.length >= 2 && role) {
        const id = this.addNewPerson(chunk.words, null);
        this.push(start, chunk.last, id, 'title', null);
        return chunk.last;
      }
    }
    if (!role) return after;

    // "X, the Y minister," — a new person named before the role.
    const appositive = this.appositiveName(start);
    if (appositive) {
      const id = this.addNewPerson(appositive.words, office);
      this.push(appositive.first, appositive.last, id, 'title', office);
      this.push(start, roleMatch!.last, id, 'title', office);
      return roleMatch!.last;
    }

    // The role alone, with its of-phrase ("the High Representative of the European Union").
    const last = Math.max(roleMatch!.last, lastEntityEnd);
    if (of) {
      const holders = new Set<string>();
      for (const o of offices) for (const h of holdersOn(dict, o, date)) holders.add(h);
      if (holders.size === 1) {
        this.push(start, last, [...holders][0]!, 'role', office);
        return last;
      }
      this.push(start, last, null, 'role', office);
      return last;
    }
    if (determined) {
      const person = this.recentWithRole(role.role);
      this.push(start, last, person, 'role', null);
    }
    return last;
  }

  /** Countries or organisations listed from token `k`: "France, Germany, and the United Kingdom". */
  private countryList(k: number): { ids: string[]; last: number } {
    const t = this.t;
    const ids: string[] = [];
    let last = k;
    let j = k;
    while (j < t.count) {
      if (lowerAt(t, j) === 'the') j++;
      const m = this.matchIndex.get(j);
      const c = m?.payloads.find((p) => p.type === 'country' || p.type === 'org');
      if (!m || !c) break;
      if (!ids.includes(c.id)) ids.push(c.id);
      last = m.last;
      j = m.last;
      if (j < t.count && lowerAt(t, j) === ',') j++;
      if (j < t.count && lowerAt(t, j) === 'and') j++;
    }
    return { ids, last };
  }

  /** Countries listed right before token `k`: "the French, German and British (foreign ministers)". */
  private countryListBefore(k: number): { ids: string[]; first: number } {
    const t = this.t;
    const ids: string[] = [];
    let first = k;
    let j = k;
    for (;;) {
      let found: Match | null = null;
      for (let back = j - 1; back >= Math.max(0, j - 6); back--) {
        const m = this.matchIndex.get(back);
        if (m && m.last === j) found = m;
        if (m) break;
      }
      const c = found?.payloads.find((p) => p.type === 'country' || p.type === 'org');
      if (!found || !c) break;
      ids.unshift(c.id);
      first = found.first;
      j = found.first;
      if (j > 0 && lowerAt(t, j - 1) === 'and') j--;
      if (j > 0 && lowerAt(t, j - 1) === ',') j--;
      if (j === first) break;
    }
    return { ids, first };
  }

  /**
   * A plural role phrase with its countries: "the Ministers of Foreign Affairs
   * of France, Germany, and the United Kingdom", "the French and German
   * foreign ministers" → one reference per member, each the holder of that
   * country's office on the document date, all with the phrase's span.
   * Without countries ("the two Ministers") it is a group noun, left to
   * attribution.
   */
  private handlePluralRole(m: Match, role: RolePayload): number {
    const t = this.t;
    const { dict, date } = this.ctx;
    let ids: string[] = [];
    let first = m.first;
    let last = m.last;
    if (m.last < t.count && lowerAt(t, m.last) === 'of') {
      const after = this.countryList(m.last + 1);
      ids = after.ids;
      if (ids.length > 0) last = after.last;
    }
    if (ids.length === 0) {
      const before = this.countryListBefore(m.first);
      if (before.ids.length >= 2) {
        ids = before.ids;
        first = before.first;
      }
    }
    if (ids.length === 0) return m.last;
    if (first > 0 && lowerAt(t, first - 1) === 'the') first--;
    for (const of of ids) {
      const offices = role.role === 'leader' ? this.leaderOffices(of) : this.officesFor(role, of);
      const holders = new Set<string>();
      for (const o of offices) for (const h of holdersOn(dict, o, date)) holders.add(h);
      if (offices.length === 1 && holders.size === 1)
        this.push(first, last, [...holders][0]!, 'role', offices[0]!, role.role);
    }
    return last;
  }

  /** The office whose holder leads a country: its head of government, else its head of state. */
  private leaderOffices(of: string): string[] {
    const dict = this.ctx.dict;
    for (const role of LEADER_OFFICE_ROLES) {
      const found: string[] = [];
      for (const [id, entry] of dict.offices)
        if (entry.of === of && entry.roles.some((r) => r.toLowerCase() === role)) found.push(id);
      if (found.length > 0) return found.sort();
    }
    return [];
  }

  private isCounterpart(m: Match): boolean {
    const w = lowerAt(this.t, m.last);
    return (
      (w === 'counterpart' || w === 'counterparts') &&
      m.payloads.some((p) => p.type === 'country' || p.type === 'org')
    );
  }

  /**
   * "his Iranian counterpart", "their Russian counterpart": the holder of the
   * office of that country that shares a role ("Foreign Minister", "top
   * diplomat") with the offices of the people named before in the sentence.
   */
  private handleCounterpart(m: Match): number {
    const t = this.t;
    const { dict, date } = this.ctx;
    const last = m.last + 1;
    const c = m.payloads.find((p) => p.type === 'country' || p.type === 'org')!;
    let first = m.first;
    if (first > 0 && COUNTERPART_DETERMINERS.has(lowerAt(t, first - 1))) first--;
    const si = firstAtOrAfter(this.ctx.sentences, t.start[m.first]! + 1) - 1;
    const from = si >= 0 ? this.ctx.sentences[si]!.start : 0;
    const roles = new Set<string>();
    for (let k = this.refs.length - 1; k >= 0 && this.refs[k]!.start >= from; k--) {
      const ref = this.refs[k]!;
      if (!ref.person || ref.inQuote) continue;
      const offices = officesOn(dict, ref.person, date).map((term) => term.office);
      if (ref.office) offices.push(ref.office);
      for (const o of offices)
        for (const r of dict.offices.get(o)?.roles ?? []) roles.add(r.toLowerCase());
    }
    let best: string[] = [];
    let bestScore = 0;
    for (const [id, entry] of dict.offices) {
      if (entry.of !== c.id) continue;
      const score = entry.roles.filter((r) => roles.has(r.toLowerCase())).length;
      if (score > bestScore) {
        best = [id];
        bestScore = score;
      } else if (score > 0 && score === bestScore) best.push(id);
    }
    if (best.length !== 1) return last;
    const holders = holdersOn(dict, best[0]!, date);
    if (holders.length === 1) this.push(first, last, holders[0]!, 'role', best[0]!);
    return last;
  }

  private pickByOffice(ids: readonly string[], offices: readonly string[]): string | null {
    const { dict, date } = this.ctx;
    const hit = ids.filter((p) => offices.some((o) => holdersOn(dict, o, date).includes(p)));
    return hit.length === 1 ? hit[0]! : null;
  }

  /** Whether a capitalised chunk is a known non-person (a country, an organisation, a verb…). */
  private chunkIsOther(chunk: Chunk): boolean {
    const m = this.matchIndex.get(chunk.first);
    return !!m && m.payloads.every((p) => p.type !== 'person' && p.type !== 'surname');
  }

  /** "Mohammad Javad Zarif, the Iranian foreign minister," → the name before ", the". */
  private appositiveName(roleStart: number): Chunk | null {
    const t = this.t;
    if (roleStart < 3 || lowerAt(t, roleStart) !== 'the' || textAt(t, roleStart - 1) !== ',')
      return null;
    let k = roleStart - 2;
    let first = k + 1;
    while (k >= 0 && roleStart - 1 - k <= 4) {
      const f = t.flags[k]!;
      if ((f & WORD) === 0 || (f & CAPITALISED) === 0 || this.matchIndex.has(k)) break;
      first = k;
      k--;
    }
    if (first >= roleStart - 1) return null;
    if (isSentenceInitial(t, first) && roleStart - 1 - first < 2) return null;
    if (
      first > 0 &&
      (NOT_BEFORE_NAMES.has(lowerAt(t, first - 1)) || has(t, first - 1, CAPITALISED))
    )
      return null;
    const chunk = nameChunk(t, first, roleStart - 1);
    return chunk && chunk.words.length >= 2 ? chunk : null;
  }

  /** Surnames of people introduced by title only ("Takeo Fukuda" … "Fukuda"). */
  private resolveNewSurnames(): void {
    if (this.ctx.newPeople.size === 0) return;
    const bySurname = new Map<string, string>();
    for (const np of this.ctx.newPeople.values()) {
      const words = np.name.split(' ');
      bySurname.set(words[words.length - 1]!.toLowerCase(), np.id);
    }
    const t = this.t;
    const taken = new Set<number>();
    for (const r of this.refs) for (let k = r.first; k < r.last; k++) taken.add(k);
    for (let k = 0; k < t.count; k++) {
      if ((t.flags[k]! & (WORD | CAPITALISED)) !== (WORD | CAPITALISED) || taken.has(k)) continue;
      const id = bySurname.get(lowerAt(t, k));
      if (!id) continue;
      const prevIsName =
        k > 0 && (t.flags[k - 1]! & CAPITALISED) !== 0 && (t.flags[k - 1]! & WORD) !== 0;
      if (prevIsName) continue;
      if (this.refs.some((r) => r.person === id && r.start < t.start[k]!))
        this.push(k, k + 1, id, 'surname', null);
    }
  }
}

export function entitiesStage(ctx: Context): void {
  const resolver = new PersonResolver(ctx);
  resolver.run();
  ctx.people = resolver.refs;
}
