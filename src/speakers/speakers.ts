// Speaker resolution: groups the sources of attributions (and the named mentions anywhere in
// the article) into one speaker per real-world source, with name, type, role and organisation.
// Works in reading order so that "Rutte", "Mr. Rutte", "he" and "the secretary general" find
// the person introduced earlier; anonymous descriptions ("a council aide") each stay their own.
import type { Attribution, Document, Span, Speaker, SpeakerType } from '../document/types.js';
import {
  ANONYMOUS_HEADS, DEMONYMS, DOCUMENT_NOUNS, HONORIFICS, INDEFINITE_DETERMINERS, KNOWN_MEDIA, MEDIA_NOUNS,
  ORG_NOUNS, PERSON_NOUNS, PRONOUNS, ROLE_HEADS,
} from './lexicon.js';
import { acronymOf, buildWords, findNamedMentions, isRoleWord, type Gender, type NamedMention, type Word } from './mentions.js';

interface Entity {
  name: string;
  type: SpeakerType;
  role: string | null;
  organization: string | null;
  gender: Gender | null;
  plural: boolean;
  isPlace: boolean;
  /** Lower-case last name of a person, '' otherwise. */
  last: string;
  /** Head noun of a description ("report", "official"), for definite back-references. */
  head: string | null;
  /** Where its full name is first written, for a surname met before it. */
  firstFull: number;
  mentions: Span[];
  firstSeen: number;
  lastSeen: number;
  speaker: boolean;
}

interface MentionEvent {
  entity: Entity;
  start: number;
  end: number;
  /** Inside a quotation or an attribution's content: not the narrator's own reference. */
  quoted: boolean;
  sentence: number;
}

type Continuing = Attribution & { continues?: boolean | string | null };

const LOOKBACK = 80;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'by', 'from', 'in', 'on', 'to', 'about', 'among', 'near', 'within', 'inside', 'close']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'corporation', 'business', 'giant', 'startup']);
const UNSPECIFIC_PEOPLE = new Set(['person', 'people', 'individual', 'individuals', 'source', 'sources', 'someone', 'somebody', 'anyone', 'others', 'man', 'men', 'woman', 'women']);
const POST_MODIFIER_STARTS = new Set(['who', 'that', 'which', 'familiar', 'close', 'knowledgeable', 'speaking', 'briefed', 'involved', 'according', 'with', 'from', 'at', 'in', 'on', 'of', 'for', 'to', 'under', 'near', 'who', 'whose']);
const EDGE_PUNCT_RE = /^[\s,;:.!?"“”‘’'()[\]—–-]+|[\s,;:.!?"“”‘’'()[\]—–-]+$/g;

export function resolveSpeakers(doc: Document): { speakers: Speaker[]; attributions: Attribution[] } {
  const attributions = doc.ann.attributions ?? [];
  const tokens = doc.ann.tokens ?? [];
  if (attributions.length === 0) return { speakers: [], attributions };
  const text = doc.text;
  const words = buildWords(tokens, text);
  const named = findNamedMentions(words, text);
  const r = new Resolver(text, words, named, attributions, doc);
  return r.run();
}

class Resolver {
  private readonly entities: Entity[] = [];
  private readonly events: MentionEvent[] = [];
  private readonly byFullName = new Map<string, Entity>();
  private readonly byLastName = new Map<string, Entity[]>();
  private readonly byOrgName = new Map<string, Entity>();
  private readonly quoted: Uint8Array;
  private readonly sourceCache = new Map<string, Entity | null>();
  private readonly speakerOf = new Map<Attribution, Entity | null>();

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly named: readonly NamedMention[],
    private readonly attributions: readonly Attribution[],
    doc: Document,
  ) {
    this.quoted = new Uint8Array(text.length + 1);
    for (const q of doc.ann.quotes ?? []) this.quoted.fill(1, q.innerStart, q.innerEnd);
    for (const a of attributions) for (const c of a.contentParts ?? [a.content]) this.quoted.fill(1, c.start, c.end);
  }

  run(): { speakers: Speaker[]; attributions: Attribution[] } {
    this.registerFullNames();

    // Named mentions and sources in reading order; named mentions inside a source are handled with it.
    const withSource = this.attributions.filter((a) => a.source !== null).sort((x, y) => x.source!.start - y.source!.start);
    const inSource = new Uint8Array(this.named.length);
    const sourceMentions = new Map<Attribution, NamedMention[]>();
    let n = 0;
    for (const a of withSource) {
      const s = a.source!;
      while (n < this.named.length && this.named[n]!.end <= s.start) n++;
      const list: NamedMention[] = [];
      for (let k = n; k < this.named.length && this.named[k]!.start < s.end; k++) {
        if (this.named[k]!.end > s.start) { list.push(this.named[k]!); inSource[k] = 1; }
      }
      sourceMentions.set(a, list);
    }
    const deferred: Attribution[] = [];
    let ai = 0;
    for (let k = 0; k <= this.named.length; k++) {
      const m = this.named[k];
      while (ai < withSource.length && (!m || withSource[ai]!.source!.start <= m.start)) {
        const a = withSource[ai++]!;
        if (!this.resolveSource(a, sourceMentions.get(a)!)) deferred.push(a);
      }
      if (m && !inSource[k]) this.resolveNamed(m);
    }
    for (const a of deferred) this.resolveSelfReference(a);
    this.resolveContinuations();
    return this.output();
  }

  // ---- entities -------------------------------------------------------------------------

  private newEntity(name: string, type: SpeakerType, extra: Partial<Entity> = {}): Entity {
    const e: Entity = {
      name, type, role: null, organization: null, gender: null, plural: false, isPlace: false, last: '',
      head: null, firstFull: Infinity, mentions: [], firstSeen: Infinity, lastSeen: -1, speaker: false, ...extra,
    };
    this.entities.push(e);
    return e;
  }

  private mention(e: Entity, start: number, end: number): void {
    const w = this.wordIndexAt(start);
    this.events.push({ entity: e, start, end, quoted: this.quoted[start] === 1, sentence: this.words[w]?.sentence ?? -1 });
    e.mentions.push({ start, end, text: this.text.slice(start, end) });
    if (start < e.firstSeen) e.firstSeen = start;
    if (start > e.lastSeen) e.lastSeen = start;
  }

  /** Every full name in the article first, so that a surname before it still finds it. */
  private registerFullNames(): void {
    for (const m of this.named) {
      if (m.kind === 'person' && m.nameWords >= 2) {
        const key = `${m.first} ${m.last}`;
        let e = this.byFullName.get(key);
        if (!e) {
          e = this.newEntity(m.name, 'person', { last: m.last, firstFull: m.start });
          this.byFullName.set(key, e);
          const list = this.byLastName.get(m.last) ?? [];
          list.push(e);
          this.byLastName.set(m.last, list);
        }
        this.enrich(e, m);
      } else if ((m.kind === 'org' || m.kind === 'media') && m.name.includes(' ')) {
        this.orgEntity(m, false);
      }
    }
  }

  private enrich(e: Entity, m: NamedMention): void {
    if (m.name.length > e.name.length && e.type === 'person' && m.nameWords >= 2) e.name = m.name;
    if (!e.role && m.role) e.role = m.role;
    if (!e.organization && m.organization) e.organization = m.organization;
    if (!e.gender && m.gender) e.gender = m.gender;
  }

  /** "Rutte", "Mr. Rutte": the person with that last name seen most recently, else the next one. */
  private bySurname(last: string, gender: Gender | null, pos: number): Entity | null {
    const list = this.byLastName.get(last);
    if (!list) return null;
    let best: Entity | null = null;
    for (const e of list) {
      if (gender && e.gender && e.gender !== gender) continue;
      if (e.lastSeen >= 0 && e.lastSeen < pos) {
        if (!best || best.lastSeen < 0 || e.lastSeen > best.lastSeen) best = e;
      } else if (!best || (best.lastSeen < 0 && e.firstFull < best.firstFull)) best = e;
    }
    return best;
  }

  private orgKey(name: string): string {
    return name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
  }

  private orgEntity(m: NamedMention, fromText: boolean): Entity {
    const key = this.orgKey(m.name);
    let e = this.byOrgName.get(key);
    // "the Post" after "The Washington Post"
    if (!e && m.kind === 'media' && !key.includes(' ')) {
      for (let i = this.events.length - 1; i >= 0; i--) {
        const ev = this.events[i]!.entity;
        if (ev.type === 'media' && ev.name.toLowerCase().endsWith(key)) { e = ev; break; }
      }
    }
    if (!e) {
      const type: SpeakerType = m.kind === 'media' ? 'media' : 'organization';
      e = this.newEntity(KNOWN_MEDIA.get(key) ?? m.name.replace(/^the\s+/i, ''), type, { isPlace: m.kind === 'place' });
      if (m.kind === 'place') e.name = DEMONYMS.get(key) ?? e.name;
      this.byOrgName.set(key, e);
      const acr = acronymOf(e.name);
      if (acr && acr.length >= 2 && !this.byOrgName.has(acr)) this.byOrgName.set(acr, e);
    }
    void fromText;
    return e;
  }

  /** A capitalised mention in narration (or the head of a source). Null: nothing known refers to it. */
  private resolveNamed(m: NamedMention, asSource = false): Entity | null {
    let e: Entity | null = null;
    if (m.modifier && !asSource) return null;
    if (m.kind === 'person' && m.nameWords >= 2) {
      e = this.byFullName.get(`${m.first} ${m.last}`) ?? null;
    } else if (m.kind === 'person' || m.kind === 'unknown') {
      const last = m.last || m.name.toLowerCase();
      e = this.bySurname(last, m.gender, m.start);
      if (!e && m.kind === 'unknown') {
        const org = this.byOrgName.get(this.orgKey(m.name));
        if (org) e = org;
      }
      if (!e && (m.kind === 'person' || asSource)) {
        e = this.newEntity(m.name, 'person', { last, firstFull: m.start });
        const list = this.byLastName.get(last) ?? [];
        list.push(e);
        this.byLastName.set(last, list);
      }
      if (e && e.type === 'person') this.enrich(e, m);
    } else {
      e = this.orgEntity(m, true);
    }
    if (e) this.mention(e, m.start, m.end);
    return e;
  }

  // ---- sources ----------------------------------------------------------------------------

  /** Returns false when the source must wait for other attributions ("I", "we" inside a quote). */
  private resolveSource(a: Attribution, inside: NamedMention[]): boolean {
    const s = a.source!;
    const key = `${s.start}:${s.end}`;
    if (this.sourceCache.has(key)) {
      this.assign(a, this.sourceCache.get(key)!);
      return true;
    }
    const bare = s.text.replace(EDGE_PUNCT_RE, '').toLowerCase();
    const pronoun = PRONOUNS.get(bare);
    if (pronoun?.kind === 'self') return false;
    let e: Entity | null;
    if (pronoun) e = this.resolvePronoun(s, pronoun);
    else e = this.resolveNamedSource(s, inside) ?? this.resolveDescription(s, inside);
    if (e) this.mention(e, s.start, s.end);
    this.sourceCache.set(key, e);
    this.assign(a, e);
    return true;
  }

  private assign(a: Attribution, e: Entity | null): void {
    this.speakerOf.set(a, e);
    if (e) e.speaker = true;
  }

  /** The source's own name: the first capitalised run that is not a modifier, possessive or after a preposition. */
  private resolveNamedSource(s: Span, inside: NamedMention[]): Entity | null {
    const heads: NamedMention[] = [];
    for (const m of inside) {
      if (m.modifier || m.possessive) continue;
      if (this.afterPreposition(s.start, m.start)) continue;
      heads.push(m);
    }
    // the mentions that are not the head still refer to someone ("Carter" in "Carter's press secretary")
    const head = heads[0];
    for (const m of inside) if (m !== head && !heads.includes(m)) this.resolveNamed(m);
    if (!head) return null;
    const people = heads.filter((m) => m.kind === 'person' || m.kind === 'unknown');
    if (people.length >= 2 && this.joinedByAnd(people[0]!, people[1]!)) {
      for (const m of heads) this.resolveNamed(m, true);
      const name = this.text.slice(s.start, s.end).replace(EDGE_PUNCT_RE, '');
      return this.newEntity(name, 'unknown', { plural: true });
    }
    for (const m of heads.slice(1)) this.resolveNamed(m);
    const e = this.resolveNamed(head, true);
    // the mention was recorded by resolveNamed; the source span is added by the caller
    return e;
  }

  private afterPreposition(from: number, to: number): boolean {
    for (let w = this.wordIndexAt(from); w < this.words.length && this.words[w]!.start < to; w++) {
      if (PREPOSITIONS.has(this.words[w]!.lower)) return true;
    }
    return false;
  }

  private joinedByAnd(x: NamedMention, y: NamedMention): boolean {
    const between = this.text.slice(x.end, y.start);
    return /^\s*(?:,\s*)?(?:and|&)\s*$/i.test(between) || /^\s*,\s*$/.test(between);
  }

  /** A description without a name: anonymous, a document, a medium, an organisation, or a role seen before. */
  private resolveDescription(s: Span, inside: NamedMention[]): Entity | null {
    const first = this.wordIndexAt(s.start);
    let end = first;
    while (end < this.words.length && this.words[end]!.start < s.end) end++;
    const ws = this.words.slice(first, end).filter((w) => w.pos !== 'PUNCT' || w.text === "'s" || w.text === '’s');
    if (ws.length === 0) return null;
    const det = ws[0]!.lower;
    const possessive = POSSESSIVE_PRONOUNS.has(det) || ws.some((w, i) => i > 0 && (w.text === "'s" || w.text === '’s'));
    const indefinite = INDEFINITE_DETERMINERS.has(det) || ws[0]!.pos === 'NUM' || /^\d/.test(det);
    const definite = DEFINITE.has(det) || possessive;
    // head noun: the last noun before a post-modifier ("people familiar with ...", "official who ...")
    let headAt = -1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (headAt >= 0 && (POST_MODIFIER_STARTS.has(w.lower) || w.pos === 'VERB' || w.pos === 'ADP' || w.pos === 'PRON')) break;
      if (w.pos === 'NOUN' || (w.pos === 'PROPN' && /^\p{Ll}/u.test(w.text)) || PERSON_NOUNS.has(w.lower) || ROLE_HEADS.has(w.lower) || DOCUMENT_NOUNS.has(w.lower) || ORG_NOUNS.has(w.lower) || MEDIA_NOUNS.has(w.lower)) headAt = i;
    }
    if (headAt < 0) {
      const name = s.text.replace(EDGE_PUNCT_RE, '');
      return name ? this.newEntity(name, 'unknown') : null;
    }
    const head = ws[headAt]!.lower;
    const core = ws.slice(indefinite || definite && !possessive ? 1 : 0, headAt + 1).filter((w) => !POSSESSIVE_PRONOUNS.has(w.lower));
    const coreText = core.length ? this.text.slice(core[0]!.start, core[core.length - 1]!.end) : head;
    // the role leaves out names: "a Kremlin official" is an "official" of the Kremlin
    const roleWords = core.filter((w) => !w.cap);
    const roleText = roleWords.length ? this.text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end) : head;
    const display = s.text.replace(EDGE_PUNCT_RE, '');
    const orgOfDescription = this.organizationIn(inside);
    const plural = /s$/.test(head) && !/ss$/.test(head) || (indefinite && det !== 'a' && det !== 'an' && det !== 'another' && det !== 'one');

    if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(`${ws[headAt - 1]?.lower} ${head}`)) {
      if (definite && !possessive) {
        const prior = this.recent((e) => e.type === 'document' && e.head === head, s.start);
        if (prior) return prior;
      }
      return this.newEntity(display, 'document', { head, organization: orgOfDescription });
    }
    if (MEDIA_NOUNS.has(head) && !indefinite) {
      return this.recent((e) => e.type === 'media', s.start) ?? this.newEntity(display, 'media', { head });
    }
    const personLike = PERSON_NOUNS.has(head) || ROLE_HEADS.has(head) || isRoleWord(head);
    if (personLike && !ORG_NOUNS.has(head)) {
      if (indefinite || (!definite && plural)) {
        // "a council aide", "two people familiar with the plans": always a speaker of its own
        return this.newEntity(display, 'anonymous', {
          head, plural, role: UNSPECIFIC_PEOPLE.has(head) ? null : roleText, organization: orgOfDescription,
        });
      }
      const words = core.map((w) => w.lower);
      const byRole = this.recent((e) => e.type === 'person' && roleMatches(words, e), s.start);
      if (byRole) return byRole;
      if (ANONYMOUS_HEADS.has(head) || (!definite && !ROLE_HEADS.has(head))) {
        const prior = definite ? this.recent((e) => e.type === 'anonymous' && e.head === head, s.start) : null;
        return prior ?? this.newEntity(display, 'anonymous', { head, plural, role: UNSPECIFIC_PEOPLE.has(head) ? null : roleText, organization: orgOfDescription });
      }
      // "the mayor" with no mayor named before: a person known by role only
      const e = this.newEntity(display, 'person', { head, plural, role: roleText, organization: orgOfDescription });
      return e;
    }
    if (ORG_NOUNS.has(head)) {
      const nameKey = this.orgKey(coreText);
      const known = this.byOrgName.get(nameKey);
      if (known) return known;
      if (definite && !possessive && core.length === 1) {
        const prior = this.recent((e) => e.type === 'organization' && !e.isPlace && (e.head === head || e.name.toLowerCase().includes(head) || GENERIC_ORG_HEADS.has(head)), s.start);
        if (prior) return prior;
      }
      const name = possessive || core.length === 0 ? display : coreText;
      const e = this.newEntity(name, 'organization', { head, plural: false, organization: orgOfDescription });
      if (!possessive) this.byOrgName.set(nameKey, e);
      return e;
    }
    return this.newEntity(display, 'unknown', { head, plural });
  }

  /** An organisation named inside a description ("a Kremlin official", "the Pentagon's report"). */
  private organizationIn(inside: NamedMention[]): string | null {
    for (const m of inside) {
      if (m.kind === 'org' || m.kind === 'media') return KNOWN_MEDIA.get(this.orgKey(m.name)) ?? m.name.replace(/^the\s+/i, '');
      if (m.kind === 'place') return DEMONYMS.get(m.name.toLowerCase()) ?? m.name;
    }
    return null;
  }

  /** The most recently mentioned entity that fits, looking back a bounded number of mentions. */
  private recent(fits: (e: Entity) => boolean, before: number): Entity | null {
    let seen = 0;
    for (let i = this.events.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const ev = this.events[i]!;
      if (ev.start >= before) continue;
      if (fits(ev.entity)) return ev.entity;
    }
    return null;
  }

  private resolvePronoun(s: Span, p: { gender: Gender | null; plural: boolean; kind: string }): Entity | null {
    const inQuote = this.quoted[s.start] === 1;
    const sentence = this.words[this.wordIndexAt(s.start)]?.sentence ?? -1;
    let seen = 0;
    let orgFallback: Entity | null = null;
    for (let i = this.events.length - 1; i >= 0 && seen < LOOKBACK; i--) {
      const ev = this.events[i]!;
      if (ev.start >= s.start) continue;
      seen++;
      const e = ev.entity;
      if (p.kind === 'relative') {
        // "Chris Cox, who runs ...": the mention right before, in the same sentence
        if (ev.sentence !== sentence) return null;
        if (s.text.toLowerCase().startsWith('which') ? e.type !== 'person' && e.type !== 'anonymous' : true) return e;
        continue;
      }
      if (ev.quoted && !inQuote) continue;
      if (p.kind === 'person') {
        if ((e.type === 'person' || e.type === 'anonymous') && !e.plural && (!e.gender || e.gender === p.gender)) {
          if (!e.gender && e.type === 'person') e.gender = p.gender;
          return e;
        }
      } else if (p.kind === 'thing') {
        if (e.type === 'organization' || e.type === 'media' || e.type === 'document') return e;
      } else if (p.kind === 'any') {
        if (e.plural) return e;
        if (!orgFallback && e.type === 'organization' && !e.isPlace) orgFallback = e;
      }
    }
    return orgFallback;
  }

  /** "I" and "we" as the source inside someone's quotation: the speaker of that quotation. */
  private resolveSelfReference(a: Attribution): void {
    const s = a.source!;
    let best: Attribution | null = null;
    for (const other of this.attributions) {
      if (other === a) continue;
      const covers = (other.contentParts ?? [other.content]).some((c) => c.start <= s.start && s.end <= c.end);
      if (covers && (!best || other.content.end - other.content.start < best.content.end - best.content.start)) best = other;
    }
    const e = best ? this.speakerOf.get(best) ?? null : null;
    if (e) this.mention(e, s.start, s.end);
    this.assign(a, e);
  }

  /** A quote that goes on with no source of its own keeps the previous attribution's speaker. */
  private resolveContinuations(): void {
    const ordered = [...this.attributions].sort((x, y) => x.content.start - y.content.start);
    const byId = new Map(this.attributions.map((a) => [a.id, a]));
    let previous: Attribution | null = null;
    for (const a of ordered) {
      if (a.source === null) {
        const c = (a as Continuing).continues;
        const from = typeof c === 'string' ? byId.get(c) ?? previous : c ? previous : null;
        this.assign(a, from ? this.speakerOf.get(from) ?? null : null);
      }
      previous = a;
    }
  }

  private output(): { speakers: Speaker[]; attributions: Attribution[] } {
    const used = this.entities.filter((e) => e.speaker).sort((x, y) => x.firstSeen - y.firstSeen);
    const ids = new Map<Entity, string>();
    const speakers: Speaker[] = used.map((e, i) => {
      const id = `s${i + 1}`;
      ids.set(e, id);
      return {
        id, name: e.name, type: e.type, role: e.role, organization: e.organization,
        gender: e.type === 'person' ? e.gender : null, mentions: dedupe(e.mentions),
      };
    });
    const attributions = this.attributions.map((a) => {
      const e = this.speakerOf.get(a);
      return { ...a, speakerId: e ? ids.get(e) ?? null : null };
    });
    return { speakers, attributions };
  }

  private wordIndexAt(pos: number): number {
    // first word that ends after pos
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** "the secretary general" fits a person whose role (and organisation) holds those words. */
function roleMatches(words: string[], e: Entity): boolean {
  if (!e.role || words.length === 0) return false;
  const have = new Set(`${e.role} ${e.organization ?? ''}`.toLowerCase().split(/[\s]+/).filter(Boolean));
  const head = words[words.length - 1]!;
  if (!have.has(head)) return false;
  return words.every((w) => have.has(w) || w === 'former' || w === 'top' || w === 'then' || HONORIFICS.has(w));
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const k = `${s.start}:${s.end}`;
    if (!seen.has(k)) { seen.add(k); out.push(s); }
  }
  return out;
}
