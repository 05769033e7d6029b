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
import { quoteAt } from '../../core/spans';
import { HONORIFICS } from '../../lexicon';
import type { CompiledDictionaries, Match } from '../../dictionaries/compile';
import { holdersOn, officesOn, publisherId } from '../../dictionaries/lookups';
import { officeHasRole, personHoldsRole } from '../../dictionaries/roles';
import { textAt, tokenAtOrAfter, tokenize } from '../../core/tokens';
import { matchTrie } from '../../dictionaries/match';
import { foldName } from '../../dictionaries/fold';
import type { TokenTable } from '../../core/tokens';
import type { RolePayload } from './names';
import { nameChunk, payloadOf } from './names';
import { handleRole } from './roles';
import { handleCounterpart, handlePluralRole, isCounterpart } from './groups';
import { handleSurname, resolveNewSurnames, resolveVariantNames } from './surnames';

/** Offices by role phrase and country, per compiled dictionaries (see officesFor). */
/** How far down the byline of an unknown author may be. */
const MAX_BYLINE_PARAGRAPH = 8;

const officesMemo = new WeakMap<CompiledDictionaries, Map<string, string[]>>();

export class PersonResolver {
  readonly refs: PersonRef[] = [];
  matchIndex = new Map<number, Match>();

  constructor(readonly ctx: Context) {
    for (const m of ctx.named) this.matchIndex.set(m.first, m);
  }

  get t(): TokenTable {
    return this.ctx.tokens;
  }

  push(
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
  recent(candidates: readonly string[]): string | null {
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const p = this.refs[k]!.person;
      if (p && candidates.includes(p)) return p;
    }
    return null;
  }

  /** Most recently named person holding an office with this role (on the document date). */
  recentWithRole(role: string): string | null {
    const { dict } = this.ctx;
    // First, someone the text itself called that ("Prime Minister Abe" … "the Prime Minister").
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const ref = this.refs[k]!;
      if (ref.person && ref.role === role) return ref.person;
    }
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const ref = this.refs[k]!;
      const p = ref.person;
      if (!p) continue;
      if (this.holdsRole(p, role)) return p;
      if (ref.office && officeHasRole(dict, ref.office, role)) return p;
      const np = this.ctx.newPeople.get(p);
      if (np?.officeTitle && ` ${np.officeTitle.toLowerCase()} `.includes(` ${role} `)) return p;
    }
    return null;
  }

  addNewPerson(words: readonly string[], office: string | null): string {
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

  /**
   * The person the text introduced (not in the dictionaries) whose surname
   * is `word` or folds like it; a folded dictionary surname yields to them
   * ("General Mark Milley" … "Milley" is not Javier Milei).
   */
  newBySurname(word: string): string | null {
    if (this.ctx.newPeople.size === 0) return null;
    const folded = foldName(word);
    for (const np of this.ctx.newPeople.values()) {
      const last = np.name.split(' ').pop() ?? '';
      if (last.length > 1 && foldName(last) === folded) return np.id;
    }
    return null;
  }

  private holdersMemo = new Map<string, readonly string[]>();
  private holdsRoleMemo = new Map<string, boolean>();

  /**
   * `holdersOn` on the document date, kept for the document: its role phrases and
   * surnames ask about the same few offices again and again.
   */
  holders(office: string): readonly string[] {
    let found = this.holdersMemo.get(office);
    if (!found) {
      found = holdersOn(this.ctx.dict, office, this.ctx.date);
      this.holdersMemo.set(office, found);
    }
    return found;
  }

  /** `personHoldsRole` on the document date, kept for the document like `holders`. */
  holdsRole(person: string, role: string): boolean {
    const key = `${person}\u0000${role}`;
    let answer = this.holdsRoleMemo.get(key);
    if (answer === undefined) {
      answer = personHoldsRole(this.ctx.dict, person, role, this.ctx.date);
      this.holdsRoleMemo.set(key, answer);
    }
    return answer;
  }

  /** Offices with this role, of this country or organisation (answers kept per dictionaries). */
  officesFor(role: RolePayload | null, of: string | null): string[] {
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

  findOfficesFor(role: RolePayload, of: string): string[] {
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
  resolveSurname(candidates: readonly string[], role: RolePayload | null): string | null {
    const { dict, date } = this.ctx;
    let pool = [...candidates];
    if (role && !HONORIFICS.has(role.role)) {
      const withRole = pool.filter(
        (p) =>
          this.holdsRole(p, role.role) || role.offices.some((o) => this.holders(o).includes(p)),
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
  countryBefore(first: number, role: RolePayload | null): { of: string | null; start: number } {
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

  private scopes: Set<string> | null = null;

  /** Countries and organisations the document's title and text name (computed once). */
  documentScopes(): Set<string> {
    if (this.scopes) return this.scopes;
    const scopes = new Set<string>();
    const add = (m: Match): void => {
      for (const p of m.payloads) if (p.type === 'country' || p.type === 'org') scopes.add(p.id);
    };
    for (const m of this.ctx.named) add(m);
    if (this.ctx.doc.title)
      for (const m of matchTrie(tokenize(this.ctx.doc.title), this.ctx.dict.named)) add(m);
    this.scopes = scopes;
    return scopes;
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
        consumed = handlePluralRole(this, m, roles[0]!);
      } else if (roles.length > 0) {
        consumed = handleRole(this, mi);
      } else if (isCounterpart(this, m)) {
        consumed = handleCounterpart(this, m);
      } else if (surnames.length > 0) {
        consumed = handleSurname(
          this,
          m,
          surnames.map((p) => p.id),
        );
      }
    }
    this.refs.sort((a, b) => a.start - b.start || a.end - b.end);
    this.bylineName();
    resolveVariantNames(this);
    resolveNewSurnames(this);
    this.refs.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * A byline of someone the dictionaries do not know: among the first lines,
   * a line that is only a name ("Alexander Downer") above a line that opens
   * with a title ("Minister for Foreign Affairs") → a new person, whose office
   * is the title's in the publisher's country.
   */
  bylineName(): void {
    const { paragraphs, dict } = this.ctx;
    const t = this.t;
    const n = Math.min(paragraphs.length - 1, MAX_BYLINE_PARAGRAPH);
    for (let i = 0; i < n; i++) {
      const p = paragraphs[i]!;
      const first = tokenAtOrAfter(t, p.start);
      const last = tokenAtOrAfter(t, p.end);
      const chunk = nameChunk(t, first, last);
      if (!chunk || chunk.last !== last || chunk.words.length < 2 || chunk.words.length > 4)
        continue;
      if (this.matchIndex.has(first) || chunk.words.some((w) => w.length < 2)) continue;
      if (this.refs.some((r) => r.start < p.end && r.end > p.start)) continue;
      const next = this.matchIndex.get(tokenAtOrAfter(t, paragraphs[i + 1]!.start));
      const role = next ? (payloadOf(next, 'role')[0] ?? null) : null;
      if (!role || HONORIFICS.has(role.role)) continue;
      const org = publisherId(dict, this.ctx.doc.publisher);
      const country = org ? (dict.organizations.get(org)?.country ?? null) : null;
      const offices = this.officesFor(role, country);
      const id = this.addNewPerson(chunk.words, offices.length === 1 ? offices[0]! : null);
      this.push(first, last, id, 'name', null);
      return;
    }
  }

  handleName(m: Match, ids: string[]): number {
    const person = ids.length === 1 ? ids[0]! : (this.recent(ids) ?? ids.sort()[0]!);
    this.push(m.first, m.last, person, 'name', null);
    return m.last;
  }
}

export function entitiesStage(ctx: Context): void {
  const resolver = new PersonResolver(ctx);
  resolver.run();
  ctx.people = resolver.refs;
}
