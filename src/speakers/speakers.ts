// Speaker resolution: groups the sources of attributions (and the named mentions anywhere in
// the article) into one speaker per real-world source, with name, type, role and organisation.
// Works in reading order so that "Rutte", "Mr. Rutte", "he" and "the secretary general" find
// the person introduced earlier; anonymous descriptions ("a council aide") each stay their own.
import { newAttribution } from '../document/document.js';
import type { Attribution, Document, Span, Speaker, SpeakerType } from '../document/types.js';
import {
  ANONYMOUS_HEADS, DEMONYMS, PEOPLES, DOCUMENT_NOUNS, HONORIFICS, INDEFINITE_DETERMINERS, KNOWN_MEDIA, MEDIA_NOUNS,
  ORG_NOUNS, PERSON_NOUNS, PRONOUNS, ROLE_HEADS,
} from './lexicon.js';
import { acronymOf, buildWords, findNamedMentions, genderOfRole, isAgentNoun, isRoleWord, nameGender, parseChunk, type Gender, type NamedMention, type Word } from './mentions.js';

interface Entity {
  name: string;
  type: SpeakerType;
  role: string | null;
  organization: string | null;
  gender: Gender | null;
  /** The gender was only learned from a pronoun resolved to it, which may have been wrong. */
  genderWeak: boolean;
  plural: boolean;
  isPlace: boolean;
  /** Lower-case last name of a person, '' otherwise. */
  last: string;
  /** Lower-case words of every role and organisation seen with it, for "the secretary general". */
  roleWords: Set<string>;
  /** Head noun of a description ("report", "official"), for definite back-references. */
  head: string | null;
  /** Where its full name is first written, for a surname met before it. */
  firstFull: number;
  /** Registered from a first and last name, not made up from a surname alone. */
  fullName: boolean;
  /** Times a bare or titled surname has referred to it ("Mr. Mendes"). */
  surnameRefs: number;
  /** Introduced as somebody's relative: a shared surname means the other person of that name. */
  kin?: boolean;
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

/** Kinds of business a company is called by ("the carrier said" after "Skyway Airlines"). */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'carrier', 'airline', 'lender', 'insurer', 'retailer', 'automaker', 'carmaker', 'manufacturer', 'producer', 'operator',
  'conglomerate', 'utility', 'bank',
]);

/** Whether an organisation's name ends in a kind of business ("Skyway Airlines", "Brackwater Foods"). */
function isCompanyName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && COMPANY_SUFFIXES.has(words[words.length - 1]!);
}

/** Last words of a company's name that its short name leaves out ("Brackwater Foods" -> "Brackwater"). */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'foods', 'brands', 'stores', 'products', 'resources', 'mining', 'minerals', 'logistics', 'industries', 'holdings', 'group',
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'llc', 'plc', 'motors', 'airlines',
  'airways', 'pharmaceuticals', 'technologies', 'systems', 'enterprises', 'insurance', 'securities', 'financial', 'petroleum',
  'energy', 'shipping', 'chemicals', 'electronics', 'materials', 'beverages', 'breweries', 'telecom', 'software',
]);

/** Titles written after "the" that head a person's name ("the Rev. Ann Moss"). */
const CLERICAL_TITLES = new Set(['rev', 'reverend', 'hon', 'honorable', 'msgr', 'fr']);

/** A source described as kept unnamed on purpose. */
const ANONYMITY_RE = /\b(?:anonymity|anonymously|(?:not|n't|never)\b[^.;]{0,30}?\b(?:named|identified|quoted by name)|declined to be (?:named|identified)|not authorized to (?:speak|discuss|comment))\b/i;

const LOOKBACK = 80;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'by', 'from', 'in', 'on', 'to', 'about', 'among', 'near', 'within', 'inside', 'close', 'like', 'including', 'as', 'than', 'against', 'under', 'over', 'behind']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'corporation', 'business', 'giant', 'startup']);
// People a scene brings in ("the moderator", "the narrator", "the nurse"): rarely someone named before
const SCENE_ROLES = new Set(['moderator', 'host', 'narrator', 'announcer', 'protester', 'protestor', 'heckler', 'demonstrator', 'nurse', 'doctor', 'judge', 'juror', 'reporter', 'interviewer', 'questioner', 'caller', 'officer', 'driver', 'victim', 'witness', 'attendee', 'voter', 'student', 'teacher', 'worker', 'resident', 'journalist', 'anchor', 'panelist', 'guest', 'audience', 'spokesman', 'spokeswoman', 'spokesperson', 'prosecutor', 'lawyer', 'attorney', 'official', 'aide']);
// Offices one person holds: "the secretary of state" is not the mayor named before
const OFFICES = new Set(['president', 'senator', 'governor', 'mayor', 'secretary', 'minister', 'judge', 'justice', 'representative', 'congressman', 'congresswoman', 'speaker', 'ambassador', 'prosecutor', 'chancellor', 'premier', 'commissioner', 'sheriff', 'chairman', 'chairwoman', 'treasurer', 'general', 'attorney']);
// The portfolio of an office: "the health secretary" is a post, not an epithet for whoever the
// story was about
const PORTFOLIOS = new Set(['health', 'transport', 'transportation', 'defense', 'defence', 'foreign', 'finance', 'interior', 'justice', 'education', 'energy', 'trade', 'treasury', 'commerce', 'labor', 'labour', 'agriculture', 'housing', 'environment', 'culture', 'economy', 'home', 'homeland', 'immigration', 'communities', 'digital', 'work', 'works']);
const COLLECTIVE_PEOPLE = new Set(['crowd', 'audience', 'jury', 'electorate', 'congregation']);
const UNSPECIFIC_PEOPLE = new Set(['person', 'people', 'individual', 'individuals', 'source', 'sources', 'someone', 'somebody', 'anyone', 'others', 'man', 'men', 'woman', 'women']);
const POST_MODIFIER_STARTS = new Set(['who', 'that', 'which', 'familiar', 'close', 'knowledgeable', 'speaking', 'briefed', 'involved', 'according', 'with', 'from', 'at', 'in', 'on', 'of', 'for', 'to', 'under', 'near', 'who', 'whose']);
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or']);
// Non-distinctive modifiers a back-reference may add or drop ("the Republican presidential nominee").
const SOFT_ROLE_WORDS = new Set(['former', 'top', 'then', 'current', 'new', 'presidential', 'senior', 'longtime', 'veteran', 'chief', 'incoming', 'outgoing']);
const LEADER_WORDS = new Set(['chief', 'head', 'leader', 'boss']);
const LEADER_ROLES = new Set(['president', 'secretary', 'general', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief', 'head', 'leader', 'minister', 'governor', 'mayor', 'commissioner', 'chancellor', 'premier', 'executive', 'director-general', 'secretary-general']);
const ROLE_SYNONYMS = new Map([['gop', 'republican'], ['democrat', 'democratic'], ['republicans', 'republican'], ['democrats', 'democratic']]);
const COMMON_NOUNS = (w: string): boolean =>
  DOCUMENT_NOUNS.has(w) || ORG_NOUNS.has(w) || PERSON_NOUNS.has(w) || MEDIA_NOUNS.has(w) || ROLE_HEADS.has(w);
const QUANTITY_PREFIX = new Set(['at', 'least', 'more', 'than', 'nearly', 'about', 'almost', 'over', 'some', 'roughly', 'around', 'only', 'just', 'not']);
const QUANTIFIER_SOURCES = new Set(['one', 'some', 'many', 'others', 'several', 'few', 'everyone', 'everybody', 'someone', 'somebody', 'no one', 'nobody', 'all', 'most', 'both', 'either', 'neither', 'another', 'none', 'anyone']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another', 'one', 'each', 'every', 'any']);
const CONNECTOR_WORDS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
const KIN_GENDER = new Map<string, Gender>([
  ['wife', 'female'], ['ex-wife', 'female'], ['mother', 'female'], ['daughter', 'female'], ['sister', 'female'], ['aunt', 'female'],
  ['niece', 'female'], ['grandmother', 'female'], ['granddaughter', 'female'], ['widow', 'female'], ['girlfriend', 'female'],
  ['husband', 'male'], ['ex-husband', 'male'], ['father', 'male'], ['son', 'male'], ['brother', 'male'], ['uncle', 'male'],
  ['nephew', 'male'], ['grandfather', 'male'], ['grandson', 'male'], ['widower', 'male'], ['boyfriend', 'male'],
  ['woman', 'female'], ['man', 'male'],
]);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART']);
const NAME_EDGE_RE = /^[\s,;:"“”‘’'—–-]+|[\s,;:"“”‘’'—–-]+$/g;
const EDGE_PUNCT_RE = /[\s,;:.!?"“”‘’'()[\]—–-]/;

/** The text without white space and punctuation at its edges. */
function trimEdges(text: string): string {
  // a character test at each end, where a replace with an end-anchored pattern tries every position
  let from = 0;
  let to = text.length;
  while (from < to && EDGE_PUNCT_RE.test(text[from]!)) from++;
  while (to > from && EDGE_PUNCT_RE.test(text[to - 1]!)) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

// the same names come back within and across articles: their lookup keys are made once
const orgKeys = new Map<string, string>();

export function resolveSpeakers(doc: Document): { speakers: Speaker[]; attributions: Attribution[] } {
  const attributions = doc.ann.attributions ?? [];
  const tokens = doc.ann.tokens ?? [];
  if (attributions.length === 0) return { speakers: [], attributions };
  const text = doc.text;
  const words = buildWords(tokens, text);
  const named = findNamedMentions(words, text);
  // A copy made with push: the attribution stage's array has whatever elements kind that stage
  // made it with, and the resolver's many loops over it should meet one (see run).
  const own: Attribution[] = [];
  for (const a of attributions) own.push(a);
  const r = new Resolver(text, words, named, own, doc);
  return r.run();
}

const PARTY_ROLES = new Set(['republican', 'democrat', 'democratic', 'independent', 'conservative', 'liberal', 'libertarian', 'socialist', 'labour', 'tory', 'green']);

/** Openers whose person is the one the sentence speaks for or about: "As for X,", "For X,", "According to X,", "To X,". */
const VIEW_FRAMES = new Set(['as', 'for', 'according', 'to']);

interface RoleDescription { start: number; end: number; words: string[] }

class Resolver {
  private readonly entities: Entity[] = [];
  private readonly events: MentionEvent[] = [];
  private readonly byFullName = new Map<string, Entity>();
  private readonly byLastName = new Map<string, Entity[]>();
  private readonly byOrgName = new Map<string, Entity>();
  /** Per surname, the first names written with it anywhere (modifiers and quotations too). */
  private readonly firstNamesOf = new Map<string, Set<string>>();
  /** Per surname, the genders its honorifics and first names show anywhere (bit 1 male, 2 female). */
  private readonly gendersOf = new Map<string, number>();
  private readonly quoted: Uint8Array;
  /** Per source span (start * (text length + 1) + end): attributions often share one. */
  private readonly sourceCache = new Map<number, Entity | null>();
  private readonly speakerOf = new Map<Attribution, Entity | null>();
  private readonly meta: Document['meta'];
  /** Per sentence, the subjectless phrase that opens it (frontedPhrase), once computed. */
  private readonly openers = new Map<number, { start: number; comma: number } | null>();
  /** "Pavel" in "Pavel and Irina Sokol": the person that first name and the shared surname make. */
  private readonly pairedFirst = new Map<NamedMention, Entity>();
  /** Words written in lower case somewhere in the article ("headwinds", "harbour"), made on first use. */
  private lowerWords: Set<string> | null = null;
  private authorEntity: Entity | null = null;
  private outletEntity: Entity | null = null;

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly named: readonly NamedMention[],
    private readonly attributions: readonly Attribution[],
    doc: Document,
  ) {
    this.meta = doc.meta;
    this.quoted = new Uint8Array(text.length + 1);
    // Quoted words are not the narrator's references. Indirect content ("X was shocked, she
    // said") stays open: its subject is often the pronoun's antecedent.
    for (const q of doc.ann.quotes ?? []) this.quoted.fill(1, q.innerStart, q.innerEnd);
    for (const a of attributions) {
      if (a.kind === 'indirect') continue;
      for (const c of a.contentParts ?? [a.content]) this.quoted.fill(1, c.start, c.end);
    }
  }

  run(): { speakers: Speaker[]; attributions: Attribution[] } {
    this.registerFullNames();

    // Named mentions and sources in reading order; named mentions inside a source are handled with it.
    // Arrays here are built with push, not map/filter/spread, which make arrays of another
    // elements kind once the caller is optimised: every reader then meets a new array map and is
    // deoptimised and compiled again, many passes into a worker's life.
    const withSource: Attribution[] = [];
    for (const a of this.attributions) if (a.source !== null) withSource.push(a);
    withSource.sort((x, y) => x.source!.start - y.source!.start);
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
    const roles = this.roleDescriptions(withSource);
    let ri = 0;
    let ai = 0;
    for (let k = 0; k <= this.named.length; k++) {
      const m = this.named[k];
      while (ai < withSource.length && (!m || withSource[ai]!.source!.start <= m.start)) {
        const a = withSource[ai++]!;
        while (ri < roles.length && roles[ri]!.start < a.source!.start) this.resolveRoleDescription(roles[ri++]!);
        if (!this.resolveSource(a, sourceMentions.get(a)!)) deferred.push(a);
      }
      while (ri < roles.length && (!m || roles[ri]!.start < m.start)) this.resolveRoleDescription(roles[ri++]!);
      if (m && !inSource[k]) this.resolveNamed(m);
    }
    for (const a of deferred) this.resolveSelfReference(a);
    this.resolveContinuations();
    return this.output();
  }

  // ---- entities -------------------------------------------------------------------------

  private newEntity(name: string, type: SpeakerType, extra: Partial<Entity> = {}): Entity {
    const e: Entity = {
      name, type, role: null, organization: null, gender: null, genderWeak: false, plural: false, isPlace: false, last: '',
      head: null, firstFull: Infinity, fullName: false, surnameRefs: 0, mentions: [], firstSeen: Infinity, lastSeen: -1, speaker: false, roleWords: new Set(), ...extra,
    };
    addRoleWords(e, e.role);
    addRoleWords(e, e.organization);
    // "a campaign spokeswoman", "his ex-wife": the description says the gender
    if (!e.gender && e.head && (type === 'person' || type === 'anonymous')) e.gender = genderOfRole(e.head) ?? KIN_GENDER.get(e.head) ?? null;
    this.entities.push(e);
    return e;
  }

  /** Records a span referring to e; `event` false for spans that only describe ("Trump efforts"). */
  private mention(e: Entity, start: number, end: number, event = true, source = false): void {
    if (event) {
      const w = this.wordIndexAt(start);
      // a source is the narrator's reference even where quotation marks were misread around it
      this.events.push({ entity: e, start, end, quoted: !source && this.quoted[start] === 1, sentence: this.words[w]?.sentence ?? -1 });
    }
    e.mentions.push({ start, end, text: this.text.slice(start, end) });
    if (start < e.firstSeen) e.firstSeen = start;
    if (start > e.lastSeen) e.lastSeen = start;
  }

  /** Every full name in the article first, so that a surname before it still finds it. */
  private registerFullNames(): void {
    for (let k = 0; k < this.named.length; k++) {
      const m = this.named[k]!;
      if (k > 0 && m.kind === 'person' && m.nameWords >= 2 && !m.modifier) this.pairFirstName(this.named[k - 1]!, m);
      if ((m.kind === 'person' || m.kind === 'unknown') && m.last) {
        if (m.nameWords >= 2) {
          const firsts = this.firstNamesOf.get(m.last);
          if (firsts) firsts.add(m.first);
          else this.firstNamesOf.set(m.last, new Set([m.first]));
        }
        if (m.gender) this.gendersOf.set(m.last, (this.gendersOf.get(m.last) ?? 0) | genderBit(m.gender));
      }
      // "the Nadia Perel emails" still names her (a listed first name says it is a person)
      if (m.kind === 'person' && m.nameWords >= 2 && (!m.modifier || nameGender(m.first))) {
        const e = this.byFullName.get(`${m.first} ${m.last}`);
        if (e) this.enrich(e, m);
        else this.registerPerson(m);
      } else if ((m.kind === 'org' || m.kind === 'media') && m.name.includes(' ')) {
        this.orgEntity(m, false);
      }
    }
  }

  /** "Pavel and Irina Sokol": the first name alone also takes the surname. */
  private pairFirstName(prev: NamedMention, m: NamedMention): void {
    if (prev.nameWords !== 1 || prev.modifier || prev.possessive) return;
    const gender = nameGender(prev.first);
    if (!gender || !/^\s+(?:and|&)\s+$/.test(this.text.slice(prev.end, m.start))) return;
    const key = `${prev.first} ${m.last}`;
    let e = this.byFullName.get(key);
    if (!e) {
      const surname = this.words[m.nameEnd - 1]!.text;
      e = this.registerPerson({ ...prev, kind: 'person', name: `${prev.name} ${surname}`, last: m.last, nameWords: 2, gender, genderFromName: false });
    }
    this.firstNamesOf.get(m.last)?.add(prev.first);
    this.pairedFirst.set(prev, e);
  }

  private registerPerson(m: NamedMention): Entity {
    const e = this.newEntity(m.name, 'person', { last: m.last, firstFull: m.start, fullName: true, kin: m.kin === true });
    this.byFullName.set(`${m.first} ${m.last}`, e);
    const list = this.byLastName.get(m.last) ?? [];
    list.push(e);
    this.byLastName.set(m.last, list);
    this.enrich(e, m);
    return e;
  }

  private enrich(e: Entity, m: NamedMention): void {
    if (m.name.length > e.name.length && e.type === 'person' && m.nameWords >= 2) e.name = m.name;
    // "Republican Ana Ruiz" then "Republican Senate candidate Ana Ruiz": a party is
    // what the first mention says, the role is what the later one says
    if (m.role && (!e.role || (PARTY_ROLES.has(e.role.toLowerCase()) && !PARTY_ROLES.has(m.role.toLowerCase())))) e.role = m.role;
    if (!e.organization && m.organization) e.organization = m.organization;
    addRoleWords(e, m.role);
    addRoleWords(e, m.organization);
    // an honorific, first name or gendered role outweighs what a pronoun suggested
    if (m.gender && (!e.gender || e.genderWeak)) { e.gender = m.gender; e.genderWeak = false; }
  }

  /**
   * "Rutte", "Mr. Rutte": the person with that last name seen most recently. Failing that, with
   * `forward` 'first' the first one named later; with 'unique' only the one person of the article
   * whose full name has that surname ("Professor Alemu" before "Tesfaye Alemu"), so that "President
   * Varga" does not become the "Ilona Varga" of an article that also says "Mr. Varga".
   */
  private bySurname(last: string, gender: Gender | null, pos: number, forward: 'first' | 'unique' | null = 'first'): Entity | null {
    const list = this.byLastName.get(last);
    if (!list) return null;
    let best: Entity | null = null;
    const agreeing = gender ? list.filter((e) => e.gender === gender) : [];
    let unique: Entity | null = null;
    let full = 0;
    for (const e of agreeing.length ? agreeing : list) {
      if (gender && e.gender && e.gender !== gender && !e.genderWeak) continue;
      if (e.fullName) { full++; unique = e; }
      if (e.lastSeen >= 0 && e.lastSeen < pos) {
        // the one the article already calls by surname ("Mr. Mendes") over a relative named in full
        // since ("his brother Rui Mendes"); otherwise the most recent
        if (!best || best.lastSeen < 0) best = e;
        else if ((e.surnameRefs > 0) !== (best.surnameRefs > 0)) { if (e.surnameRefs > 0) best = e; }
        // "Wren Aldous ... Her daughter, Juno Aldous, said ... Aldous became": not the relative
        else if ((e.kin === true) !== (best.kin === true)) { if (e.kin !== true) best = e; }
        else if (e.lastSeen > best.lastSeen) best = e;
      } else if (forward === 'first' && (!best || (best.lastSeen < 0 && e.firstFull < best.firstFull))) best = e;
    }
    if (best && (best.lastSeen >= 0 || forward === 'first')) return best;
    if (forward !== 'unique' || full !== 1 || this.firstNamesOf.get(last)?.size !== 1) return best;
    // "Mr. Varga" elsewhere says a man has that surname: not the "Ilona Varga" named later
    const genders = this.gendersOf.get(last) ?? 0;
    if (unique!.gender ? (genders & ~genderBit(unique!.gender)) !== 0 : genders === 3) return best;
    return unique;
  }

  private orgKey(name: string): string {
    let key = orgKeys.get(name);
    if (key === undefined) {
      key = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
      if (orgKeys.size >= 4096) orgKeys.clear();
      orgKeys.set(name, key);
    }
    return key;
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
      // "Brackwater said" after "Brackwater Foods": a firm is called by its name without the kind of business
      const short = /^(\S+) (\S+)$/.exec(key);
      if (type === 'organization' && short && COMPANY_SUFFIXES.has(short[2]!) && !this.byOrgName.has(short[1]!) && !nameGender(short[1]!)) {
        this.byOrgName.set(short[1]!, e);
      }
    }
    void fromText;
    return e;
  }

  /** A capitalised mention in narration (or the head of a source). Null: nothing known refers to it. */
  private resolveNamed(m: NamedMention, asSource = false): Entity | null {
    let e: Entity | null = this.pairedFirst.get(m) ?? null;
    if (e) {
      this.mention(e, m.start, m.end);
      return e;
    }
    if (m.modifier && !asSource) {
      // "expected Trump efforts", "a Kremlin official": a mention, but no antecedent for pronouns
      e = m.kind === 'person' || m.kind === 'unknown'
        ? (m.nameWords >= 2 ? this.byFullName.get(`${m.first} ${m.last}`) ?? null : this.bySurname(m.last || m.name.toLowerCase(), null, m.start))
        : m.kind === 'org' || m.kind === 'media' ? this.orgEntity(m, true) : null;
      if (e) this.mention(e, m.start, m.end, false);
      return null;
    }
    if (m.nameWords >= 2 && (m.kind === 'person' || m.kind === 'unknown')) {
      e = this.byFullName.get(`${m.first} ${m.last}`) ?? null;
      // "the water company, Arlen Water, ... Arlen Water disputed": the organisation named so before
      if (!e && m.kind === 'unknown') e = this.byOrgName.get(this.orgKey(m.name)) ?? null;
      if (!e && asSource) e = this.registerPerson(m);
    } else if (m.kind === 'person' || m.kind === 'unknown') {
      const last = m.last || m.name.toLowerCase();
      // "Dr. Grant" after "Kelsey Grant": a surname of the article, whatever the first-name lists say
      if (m.genderFromName && this.byLastName.has(last)) m = { ...m, gender: null };
      // "Rutte" in a headline finds the "Mark Rutte" introduced below it; a titled surname or an
      // unexplained capitalised word in narration links forward only to the one person so named
      e = this.bySurname(last, m.gender, m.start, !m.role && (asSource || m.kind === 'person') ? 'first' : 'unique');
      if (!e && m.kind === 'unknown') {
        const org = this.byOrgName.get(this.orgKey(m.name));
        if (org) e = org;
      }
      // "according to The Lantern", "the Ledger reported": a source named by one capitalised word
      // after "the" is a publication, firm or body, not a person ("the Senator" is a role)
      if (!e && asSource && m.kind === 'unknown' && this.afterThe(m) && !last.endsWith('s') && !isRoleWord(last) && !nameGender(last) && !CLERICAL_TITLES.has(last)) {
        e = this.orgEntity({ ...m, kind: 'org' }, true);
      }
      if (!e && (m.kind === 'person' || asSource)) {
        e = this.newEntity(m.name, 'person', { last, firstFull: m.start });
        const list = this.byLastName.get(last) ?? [];
        list.push(e);
        this.byLastName.set(last, list);
      }
      if (e && e.type === 'person') { this.enrich(e, m); e.surnameRefs++; }
    } else {
      // "PENCE" in a transcript and "Jordan" after "Rep. Jim Jordan" are the person, not an acronym or a place
      if (!m.name.includes(' ')) e = this.bySurname(m.name.toLowerCase().replace(/’/g, "'"), null, m.start);
      e ??= this.orgEntity(m, true);
    }
    if (e) this.mention(e, m.start, m.end);
    if (e && m.orgSpan) {
      const orgName = this.text.slice(m.orgSpan[0], m.orgSpan[1]);
      if (!DEMONYMS.has(orgName.toLowerCase())) {
        const org = this.orgEntity({ ...m, name: orgName, kind: KNOWN_MEDIA.has(this.orgKey(orgName)) ? 'media' : 'org' }, true);
        this.mention(org, m.orgSpan[0], m.orgSpan[1], false);
      }
    }
    return e;
  }

  // ---- sources ----------------------------------------------------------------------------

  /** Returns false when the source must wait for other attributions ("I", "we" inside a quote). */
  private resolveSource(a: Attribution, inside: NamedMention[]): boolean {
    const s = a.source!;
    const key = s.start * (this.text.length + 1) + s.end;
    const known = this.sourceCache.get(key);
    if (known !== undefined) {
      this.assign(a, known);
      return true;
    }
    const bare = trimEdges(s.text).toLowerCase();
    const pronoun = PRONOUNS.get(bare);
    if (pronoun?.kind === 'self') return false;
    let e: Entity | null;
    if (pronoun) e = this.resolvePronoun(s, pronoun);
    else e = this.resolveNamedSource(s, inside) ?? this.resolveDescription(s, inside);
    if (e) this.mention(e, s.start, s.end, true, true);
    this.sourceCache.set(key, e);
    this.assign(a, e);
    return true;
  }

  private assign(a: Attribution, e: Entity | null): void {
    this.speakerOf.set(a, e);
    if (e) e.speaker = true;
  }

  /** The source's own name: the first capitalised run that ends its noun phrase and is not after a preposition or verb. */
  private resolveNamedSource(s: Span, mentions: NamedMention[]): Entity | null {
    const inside: NamedMention[] = [];
    for (const m of mentions) {
      const kept = m.end > s.end ? this.narrowed(m, s) : m;
      if (kept !== null) inside.push(kept);
    }
    const heads: NamedMention[] = [];
    for (const m of inside) if (this.canHead(m, s)) heads.push(m);
    const head = heads[0];
    // the other mentions still refer to someone ("Carter" in "Carter's press secretary")
    for (const m of inside) if (!heads.includes(m)) this.resolveNamed(m);
    if (!head) return null;
    const people: NamedMention[] = [];
    for (const m of heads) if (m.kind === 'person' || m.kind === 'unknown') people.push(m);
    if (people.length >= 2 && this.isList(people)) {
      // "Mr. Grassley and Mr. Leahy": one group speaker, the same each time it comes back
      const members: (Entity | null)[] = [];
      for (const m of heads) members.push(this.resolveNamed(m, true));
      let key = 'group:';
      for (let i = 0; i < members.length; i++) key += `${i > 0 ? ',' : ''}${members[i] ? this.entities.indexOf(members[i]!) : -1}`;
      const known = this.byOrgName.get(key);
      if (known) return known;
      const name = displayName(this.text.slice(s.start, s.end));
      const group = this.newEntity(name, 'unknown', { plural: true });
      this.byOrgName.set(key, group);
      return group;
    }
    for (const m of heads.slice(1)) this.resolveNamed(m);
    return this.resolveNamed(head, true);
  }

  /** A capitalised run that goes past the source ("Obama" in "Obama Sees ..."): only the words inside count. */
  /**
   * Is the one-word mention written right after "the" ("The Lantern")? A word like a demonym
   * ("the Texan") only after a capital "The" inside the sentence ("The Tennessean").
   */
  private afterThe(m: NamedMention): boolean {
    if (m.nameWords > 1 || m.nameEnd - m.nameFirst !== 1) return false;
    const det = this.words[m.nameFirst - 1];
    if (det === undefined || det.lower !== 'the' || det.sentence !== this.words[m.nameFirst]!.sentence) return false;
    return !/(?:an|ese)$/.test(m.name.toLowerCase()) || (det.text === 'The' && !det.initial);
  }

  private narrowed(m: NamedMention, s: Span): NamedMention | null {
    const a = this.wordIndexAt(Math.max(m.start, s.start));
    let b = a;
    while (b < this.words.length && this.words[b]!.end <= s.end && this.words[b]!.cap) b++;
    return b > a ? parseChunk(this.words, this.text, a, b) : null;
  }

  private canHead(m: NamedMention, s: Span): boolean {
    // "(D-Mont.)", "(AROS)": a bracketed label after the name
    if (/\(\s*$/.test(this.text.slice(Math.max(s.start, m.start - 3), m.start))) return false;
    // "None agreed", "Everyone": a quantifier, not a name
    if (QUANTIFIER_SOURCES.has(m.name.toLowerCase())) return false;
    // a role word alone ("Dean", "King") heads the source when a person of that surname is known
    if (m.kind === 'unknown' && !(m.nameWords === 0 && this.byLastName.has(m.name.toLowerCase())) && (m.nameWords === 0 || COMMON_NOUNS(m.name.toLowerCase()))) return false;
    if (m.kind === 'unknown' && m.nameWords === 1 && this.words[m.nameFirst]?.initial && !this.byLastName.has(m.last) && looksCommon(m.last)) return false;
    // "Headwinds", "Harbour": a word the article also writes in lower case is a common noun
    if (m.kind === 'unknown' && m.nameWords === 1 && !this.byLastName.has(m.last) && this.writtenLowerCase(m.last)) return false;
    // "Mexicans", "Parents": people, not a name
    if (m.kind === 'unknown' && m.nameWords === 1 && !this.byLastName.has(m.last) && (has(PERSON_NOUNS, m.last) || isDemonymPlural(m.last))) return false;
    let next = this.wordIndexAt(m.end);
    if (m.possessive) next++; // "Trump's" alone is the source; "Trump's campaign" is not Trump
    const after = this.words[next];
    if (after && after.start < s.end && after.sentence === this.words[next - 1]?.sentence) {
      if (m.possessive && after.pos !== 'PUNCT') return false;
      if (/^\p{Ll}/u.test(after.text) && !RELATIVE_WORDS.has(after.lower) && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN')) return false;
    }
    // "a producer for Yahoo Studios", "the 45-second advert, called 'Adrift'"
    // after a comma a new phrase starts: "A lawyer for the outlets, David Schulz"
    let blocked = false;
    let previous: Word | null = null;
    for (let w = this.wordIndexAt(s.start); w < this.words.length && this.words[w]!.start < m.start; w++) {
      previous = this.words[w]!;
      if (PREPOSITIONS.has(previous.lower) || previous.pos === 'VERB') blocked = true;
    }
    if (previous?.text === ',') blocked = false;
    // "Many African-Americans", "two Democrats": counted people, not a name
    if (!blocked && m.kind === 'unknown' && m.nameWords <= 1 && previous && INDEFINITE_DETERMINERS.has(previous.lower) && looksCommon(m.last)) return false;
    return !blocked;
  }

  private writtenLowerCase(w: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const x of this.words) if (x.text.charCodeAt(0) >= 97 && x.text.charCodeAt(0) <= 122) this.lowerWords.add(x.lower);
    }
    return this.lowerWords.has(w) || (w.endsWith('s') && this.lowerWords.has(w.slice(0, -1)));
  }

  /** "A and B", "A, B and C": only names, commas and one "and" between them. */
  private isList(people: NamedMention[]): boolean {
    let and = false;
    for (let i = 1; i < people.length; i++) {
      // "Ada Moss (D-Mont.) and Tom Reyes": party labels in brackets do not break the list
      const between = this.text.slice(people[i - 1]!.end, people[i]!.start).replace(/\([^()]*\)/g, '');
      if (/^\s*(?:,\s*)?(?:and|&)\s*$/i.test(between)) and = true;
      else if (!/^\s*,\s*$/.test(between)) return false;
    }
    return and;
  }


  /** A description without a name: anonymous, a document, a medium, an organisation, or a role seen before. */
  private resolveDescription(s: Span, inside: NamedMention[]): Entity | null {
    const first = this.wordIndexAt(s.start);
    let end = first;
    while (end < this.words.length && this.words[end]!.start < s.end) end++;
    let ws = this.words.slice(first, end).filter((w) => w.pos !== 'PUNCT' || w.text === "'s" || w.text === '’s');
    // "at least one Democrat", "more than two dozen officials"
    while (ws.length > 1 && QUANTITY_PREFIX.has(ws[0]!.lower)) ws = ws.slice(1);
    if (ws.length === 0) return null;
    const display = displayName(s.text);
    // "Brackwater did not respond": a sentence's first word, which the name finder leaves out, can
    // still be the short name of a firm named before
    if (ws.length === 1 && /^\p{Lu}/u.test(ws[0]!.text)) {
      const known = this.byOrgName.get(this.orgKey(ws[0]!.text));
      if (known) return known;
    }
    const det = ws[0]!.lower;
    if (ws.length === 1 && QUANTIFIER_SOURCES.has(det)) {
      return this.newEntity(display, 'anonymous', { plural: det !== 'one' && det !== 'someone' && det !== 'somebody' && det !== 'no one' });
    }
    const possessive = POSSESSIVE_PRONOUNS.has(det) || ws.some((w, i) => i > 0 && (w.text === "'s" || w.text === '’s'));
    const indefinite = INDEFINITE_DETERMINERS.has(det) || ws[0]!.pos === 'NUM' || /^\d/.test(det);
    const definite = DEFINITE.has(det) || possessive;
    // head noun: the last noun before a post-modifier ("people familiar with ...", "official who ...")
    let headAt = -1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (headAt >= 0 && (POST_MODIFIER_STARTS.has(w.lower) || w.pos === 'VERB' || w.pos === 'ADP' || w.pos === 'PRON')) break;
      if (w.pos === 'NOUN' || (w.pos === 'PROPN' && /^\p{Ll}/u.test(w.text)) || isRoleWord(w.lower) || inLexicon(w.lower) || isPersonNoun(w.lower)) headAt = i;
    }
    if (headAt < 0) return display ? this.newEntity(display, 'unknown') : null;
    // "Harbour Lane Energy Research": a capitalised name nothing else explains (but "the
    // Secretary of State" is a person known by role)
    if (ws.filter((w) => w.cap).length >= 2 && ws.every((w) => w.cap || CONNECTOR_WORDS.has(w.lower)) && !ws.some((w) => HONORIFICS.has(w.lower)) && !(isPersonNoun(ws[headAt]!.lower) && (!ws.slice(headAt + 1).some((w) => w.cap) || ws[headAt + 1]?.lower === 'of'))) {
      const name = display.replace(/^the\s+/i, '');
      const known = this.byOrgName.get(this.orgKey(name));
      if (known) return known;
      const e = this.newEntity(name, 'organization');
      this.byOrgName.set(this.orgKey(name), e);
      return e;
    }
    const head = ws[headAt]!.lower;
    const core = ws.slice(indefinite || (definite && !possessive) ? 1 : 0, headAt + 1).filter((w) => !POSSESSIVE_PRONOUNS.has(w.lower) && w.pos !== 'PART' && w.text !== "'s" && w.text !== '’s');
    // the role leaves out names and determiners: "a Kremlin official" is an "official" of the Kremlin
    let roleFrom = headAt;
    while (roleFrom > 0) {
      const w = ws[roleFrom - 1]!;
      if (w.cap || w.pos === 'PART' || w.pos === 'NUM' || w.pos === 'DET' || POSSESSIVE_PRONOUNS.has(w.lower) || INDEFINITE_DETERMINERS.has(w.lower)) break;
      roleFrom--;
    }
    const roleText = this.text.slice(ws[roleFrom]!.start, ws[headAt]!.end);
    const orgOfDescription = this.organizationIn(inside);
    // "the crowd", "the audience": many people, never one person known by role
    const plural = (/s$/.test(head) && !/ss$/.test(head)) || (indefinite && !SINGULAR_DETERMINERS.has(det)) || COLLECTIVE_PEOPLE.has(head);

    // "The Arlen Gazette reported ... The paper wrote": "paper" names the outlet named before
    if (definite && !possessive && core.length === 1 && has(MEDIA_NOUNS, head)) {
      const outlet = this.recent((e) => e.type === 'media', s.start);
      if (outlet) return outlet;
    }
    if (has(DOCUMENT_NOUNS, head) || DOCUMENT_NOUNS.has(`${ws[headAt - 1]?.lower} ${head}`)) {
      if (definite && !possessive) {
        const prior = this.recent((e) => e.type === 'document' && e.head === head, s.start);
        if (prior) return prior;
      }
      return this.newEntity(display, 'document', { head, organization: orgOfDescription });
    }
    if (has(MEDIA_NOUNS, head)) {
      const prior = indefinite ? null : this.recent((e) => e.type === 'media', s.start);
      return prior ?? this.newEntity(display, 'media', { head, plural });
    }
    if (isPersonNoun(head) && !has(ORG_NOUNS, head)) {
      if (indefinite || (!definite && plural)) {
        // "a council aide", "two people familiar with the plans": always a speaker of its own
        return this.newEntity(display, 'anonymous', {
          head, plural, role: UNSPECIFIC_PEOPLE.has(head) ? null : roleText, organization: orgOfDescription,
        });
      }
      // "the woman, who spoke on condition of anonymity": unnamed on purpose, whatever the head
      const unnamed = ANONYMITY_RE.test(display);
      // "his lawyer" is somebody's lawyer, not the lawyer named before
      let byRole: Entity | null = null;
      if (!(plural || possessive || unnamed)) {
        const coreWords: string[] = [];
        for (const w of core) coreWords.push(w.lower);
        byRole = this.recent((e) => e.type === 'person' && roleMatches(coreWords, e), s.start);
      }
      if (byRole) return byRole;
      if (plural || unnamed || ANONYMOUS_HEADS.has(head) || (!definite && !ROLE_HEADS.has(head) && !isRoleWord(head))) {
        const prior = definite ? this.recent((e) => e.type === 'anonymous' && e.head === head, s.start) : null;
        return prior ?? this.newEntity(display, 'anonymous', { head, plural, role: UNSPECIFIC_PEOPLE.has(head) ? null : roleText, organization: orgOfDescription });
      }
      // "The Lebanese banker said", with no role given to anyone: in narration, like a pronoun, the
      // named person the sentences before are about
      // (not "the chief of the yard", "the editor and his aides": a phrase after the head makes it
      // someone else; a relative clause or "of state" does not)
      if (definite && !possessive && !restricted(ws, headAt) && !UNSPECIFIC_PEOPLE.has(head) && !SCENE_ROLES.has(head) && this.quoted[s.start] !== 1) {
        const about = this.resolvePronoun(s, { gender: genderOfRole(head), plural: false, kind: 'person' }, true);
        if (about && !otherOffice(head, about) && !(about.role === null && isPortfolioOffice(core.map((w) => w.lower)))) return about;
      }
      // "Bridge will reopen, mayor says" above "Mayor Elena Vasquez said": a role before anyone
      // holds it, when the article names exactly one person with that role further on
      if (!(possessive || unnamed)) {
        const coreWords: string[] = [];
        for (const w of core) coreWords.push(w.lower);
        const ahead = this.onlyNamedLater((e) => roleMatches(coreWords, e), s.start);
        if (ahead) return ahead;
      }
      // "the mayor" with no mayor named before: a person known by role only
      return this.newEntity(display, 'person', { head, plural, role: roleText, organization: orgOfDescription });
    }
    if (has(ORG_NOUNS, head)) {
      // "the Trump campaign", "Trump's campaign", "Donald Trump's presidential campaign": one organisation
      const owner = this.ownerIn(inside, s.start);
      const name = owner ? `${owner.name.split(' ').pop()} ${head}` : display.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '');
      const nameKey = this.orgKey(name);
      const known = this.byOrgName.get(nameKey);
      if (known) return known;
      // ("Airline blames X": a headline's bare noun is as definite as "the airline")
      if ((definite || (ws.length === 1 && (ws[0]!.headline || this.inTitleLine(s.start)))) && !possessive && core.length === 1) {
        const business = BUSINESS_HEADS.has(head);
        const prior = this.recent((e) => e.type === 'organization' && !e.isPlace && (e.head === head || e.name.toLowerCase().includes(head) ||
          GENERIC_ORG_HEADS.has(head) || (business && isCompanyName(e.name))), s.start);
        if (prior) return prior;
        // "Airline blames X" above "Skyway Airlines said": the company the article names next
        if (business || GENERIC_ORG_HEADS.has(head)) {
          const next = this.companyNamedAfter(s.end, head);
          if (next) return this.orgEntity(next, true);
        }
      }
      const e = this.newEntity(name, 'organization', { head, plural, organization: owner ? null : orgOfDescription });
      if (owner || !possessive) this.byOrgName.set(nameKey, e);
      return e;
    }
    return this.newEntity(display, 'unknown', { head, plural });
  }

  /** Whether `pos` is on the article's first line and that line reads as a headline (no closing stop). */
  private inTitleLine(pos: number): boolean {
    const nl = this.text.indexOf('\n');
    return nl > 0 && pos < nl && !/[.!?]["”’']?\s*$/.test(this.text.slice(0, nl));
  }

  /** The first company named after `pos` (within a few paragraphs) that a description with this head can mean. */
  private companyNamedAfter(pos: number, head: string): NamedMention | null {
    for (const m of this.named) {
      if (m.start < pos) continue;
      if (m.start > pos + 1500) break;
      if (m.kind !== 'org') continue;
      if (isCompanyName(m.name) || m.name.toLowerCase().includes(head)) return m;
    }
    return null;
  }

  /** A person a description belongs to ("Trump" in "the Trump campaign"). */
  private ownerIn(inside: NamedMention[], pos: number): Entity | null {
    for (const m of inside) {
      if (m.kind !== 'person' && m.kind !== 'unknown') continue;
      const e = m.nameWords >= 2 ? this.byFullName.get(`${m.first} ${m.last}`) : this.bySurname(m.last || m.name.toLowerCase(), null, pos + 1);
      if (e && e.type === 'person') return e;
    }
    return null;
  }

  /** An organisation named inside a description ("a Kremlin official", "the Pentagon's report"). */
  private organizationIn(inside: NamedMention[]): string | null {
    for (const m of inside) {
      if (m.kind === 'org' || m.kind === 'media') return KNOWN_MEDIA.get(this.orgKey(m.name)) ?? m.name.replace(/^the\s+/i, '');
      if (m.kind === 'place') return DEMONYMS.get(m.name.toLowerCase()) ?? m.name;
    }
    return null;
  }

  /**
   * "the president", "the Texas senator" in narration (not a source, not part of a name): spans
   * with the words a role must hold. They refer back to a person known by that role, so a
   * pronoun after "The president's trip ..." finds the president, not someone named earlier.
   * Only definite singular role heads not followed by "of" ("the president of Mexico" is another).
   */
  private roleDescriptions(withSource: readonly Attribution[]): RoleDescription[] {
    const covered = new Uint8Array(this.text.length + 1);
    for (const a of withSource) covered.fill(1, a.source!.start, a.source!.end);
    for (const m of this.named) covered.fill(1, m.start, m.end);
    const out: RoleDescription[] = [];
    const words = this.words;
    for (let i = 0; i + 1 < words.length; i++) {
      const det = words[i]!;
      if (det.lower !== 'the' || this.quoted[det.start] === 1 || covered[det.start] === 1) continue;
      for (let k = i + 1; k < words.length && k <= i + 3 && words[k]!.sentence === det.sentence; k++) {
        const w = words[k]!;
        if (covered[w.start] === 1) break;
        if ((w.pos === 'NOUN' || w.pos === 'PROPN') && isRoleWord(w.lower) && !w.lower.endsWith('s')) {
          // "the health secretary": the office's head, not its portfolio
          while (k + 1 < words.length && words[k + 1]!.sentence === w.sentence && words[k + 1]!.pos === 'NOUN' && isRoleWord(words[k + 1]!.lower) &&
            !words[k + 1]!.lower.endsWith('s') && covered[words[k + 1]!.start] !== 1) k++;
          const next = words[k + 1];
          if (next && next.sentence === w.sentence && (next.lower === 'of' || next.pos === 'PROPN')) break;
          out.push({ start: det.start, end: words[k]!.end, words: words.slice(i + 1, k + 1).map((x) => x.lower) });
          break;
        }
        if (w.pos !== 'ADJ' && w.pos !== 'PROPN' && w.pos !== 'NOUN') break;
      }
    }
    return out;
  }

  private resolveRoleDescription(d: RoleDescription): void {
    let e = this.recent((x) => x.type === 'person' && roleMatches(d.words, x), d.start);
    if (!e) {
      // "The health secretary was asked about it. He said ...": a post named by its portfolio at
      // the head of a sentence is someone the pronouns after it can mean, named or not
      const w = this.wordIndexAt(d.start);
      if (!isPortfolioOffice(d.words) || this.firstWordOf(this.words[w]!.sentence) !== w) return;
      const display = this.text.slice(d.start, d.end);
      e = this.onlyNamedLater((x) => roleMatches(d.words, x), d.start) ??
        this.newEntity(display, 'person', { head: d.words[d.words.length - 1]!, role: display.replace(/^the\s+/i, ''), gender: genderOfRole(d.words[d.words.length - 1]!) });
      this.mention(e, d.start, d.end);
      return;
    }
    // an antecedent for pronouns and a listed mention, but not a use of the name: which person a
    // bare surname means still follows the names (a headline's "Professor Nega" and the
    // "Berhanu Nega" of the text can be two entities that "the professor" would otherwise swap)
    const lastSeen = e.lastSeen;
    this.mention(e, d.start, d.end);
    e.lastSeen = lastSeen;
  }

  /** The most recently mentioned entity that fits, looking back a bounded number of mentions. */
  /** The one person named in full after `pos` (and not seen before it) that fits; null if none or several. */
  private onlyNamedLater(fits: (e: Entity) => boolean, pos: number): Entity | null {
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'person' || !e.fullName || !fits(e)) continue;
      if (e.firstFull <= pos || found) return null;
      found = e;
    }
    return found;
  }

  private recent(fits: (e: Entity) => boolean, before: number): Entity | null {
    let seen = 0;
    for (let i = this.events.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const ev = this.events[i]!;
      if (ev.start >= before) continue;
      if (fits(ev.entity)) return ev.entity;
    }
    return null;
  }

  /**
   * The nearest sentence with a fitting mention, and in it the first one (subjects come first:
   * "Obama met Romney. He said" is Obama). Mentions inside quotations are not the narrator's.
   */
  private resolvePronoun(s: Span, p: { gender: Gender | null; plural: boolean; kind: string }, namedOnly = false): Entity | null {
    const inQuote = this.quoted[s.start] === 1;
    const sentence = this.words[this.wordIndexAt(s.start)]?.sentence ?? -1;
    if (p.kind === 'relative') return this.resolveRelative(s, sentence);
    let seen = 0;
    let found: MentionEvent | null = null;
    // a fitting mention inside the phrase that opens its sentence: taken only when the sentence
    // has no other ("Campaigning against Romney, Obama said ... He": Obama)
    let weak: MentionEvent | null = null;
    let orgFallback: Entity | null = null;
    // "Campaigning against Romney, he ...": he is the one campaigning, never Romney
    const w = this.wordIndexAt(s.start);
    const own = p.kind === 'person' && w > 0 && this.words[w]!.start === s.start && this.words[w - 1]!.text === ',' ? this.openingPhrase(sentence, w - 1) : null;
    const ownStart = own ? own.start : -1;
    for (let i = this.events.length - 1; i >= 0 && seen < LOOKBACK; i--) {
      const ev = this.events[i]!;
      if (ev.start >= s.start) continue;
      seen++;
      if (ownStart >= 0 && ev.start >= ownStart) continue;
      const chosen = found ?? weak;
      if (chosen && ev.sentence !== chosen.sentence) break;
      if (ev.quoted && !inQuote) continue;
      const e = ev.entity;
      let fits = false;
      if (namedOnly) fits = e.type === 'person' && e.last !== '' && !e.plural && (!e.gender || !p.gender || e.gender === p.gender);
      else if (p.kind === 'person') fits = (e.type === 'person' || e.type === 'anonymous') && !e.plural && (!e.gender || e.gender === p.gender);
      else if (p.kind === 'thing') fits = e.type === 'organization' || e.type === 'media' || e.type === 'document';
      else if (e.plural) fits = true;
      else if (!orgFallback && e.type === 'organization' && !e.isPlace) orgFallback = e;
      if (!fits) continue;
      const opener = p.kind === 'person' ? this.frontedPhrase(ev.sentence) : null;
      // events are in the order they were resolved, not always in text order (a source's inner
      // names come before it): the first in the text wins
      if (opener && ev.end <= this.words[opener.comma]!.start && ev.start >= opener.start) { if (!weak || ev.start <= weak.start) weak = ev; }
      else if (!found || ev.start <= found.start) found = ev;
    }
    const e = (found ?? weak)?.entity ?? orgFallback;
    // learned, but weakly: the pronoun may be someone else's ("Patel ... she", with Patel a man)
    if (e && p.kind === 'person' && p.gender && !e.gender && e.type === 'person') { e.gender = p.gender; e.genderWeak = !namedOnly; }
    return e;
  }

  /**
   * The phrase that opens a sentence and ends at its first comma, when it has no subject of its
   * own: a participle ("Campaigning against X,", "Asked about X,") or a preposition with no verb
   * after it ("Unlike X,", "With X at his side,"). A person inside it is not what the sentence is
   * about. Not a clause ("After X left,", "When X spoke,") nor a view or topic (VIEW_FRAMES). Null
   * when the sentence opens otherwise; `comma` is the comma's word index.
   */
  private frontedPhrase(sentence: number): { start: number; comma: number } | null {
    if (sentence < 0) return null;
    let known = this.openers.get(sentence);
    if (known !== undefined) return known;
    const f = this.firstWordOf(sentence);
    let comma = -1;
    for (let k = f + 1; f >= 0 && k < this.words.length && this.words[k]!.sentence === sentence && k <= f + 25; k++) {
      if (this.words[k]!.text === ',') { comma = k; break; }
    }
    known = comma < 0 ? null : this.openingPhrase(sentence, comma);
    this.openers.set(sentence, known);
    return known;
  }

  /** The words from the sentence's start to the comma at word index `comma`, if they open it as above. */
  private openingPhrase(sentence: number, comma: number): { start: number; comma: number } | null {
    const f = this.firstWordOf(sentence);
    const words = this.words;
    const first = f >= 0 ? words[f]! : null;
    let known: { start: number; comma: number } | null = null;
    if (first && comma >= f + 2 && !VIEW_FRAMES.has(first.lower)) {
      let ok = false;
      if (first.pos === 'VERB') ok = /(?:ing|ed)$/.test(first.lower);
      // the tagger reads a capitalised "Campaigning" as a name; a name ("Fleming") is followed
      // by another name or a verb, a participle by its object or a preposition
      else if (first.pos === 'PROPN' || first.pos === 'NOUN') {
        const next = words[f + 1]!.pos;
        ok = first.lower.length >= 6 && first.lower.endsWith('ing') && next !== 'PROPN' && next !== 'VERB' && next !== 'AUX';
      } else if (first.pos === 'ADP') {
        ok = true;
        for (let k = f + 1; k < comma; k++) if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') ok = false;
      }
      if (ok) known = { start: first.start, comma };
    }
    return known;
  }

  /** Index of the first word of a sentence (words are in text order), -1 if it has none. */
  private firstWordOf(sentence: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.words.length && this.words[lo]!.sentence === sentence ? lo : -1;
  }

  /** "Chris Cox, who runs ...": the mention right before, else the noun phrase right before. */
  private resolveRelative(s: Span, sentence: number): Entity | null {
    const thing = /^(?:which|that)$/i.test(trimEdges(s.text));
    for (let i = this.events.length - 1; i >= 0; i--) {
      const ev = this.events[i]!;
      if (ev.start >= s.start) continue;
      if (ev.sentence !== sentence || s.start - ev.end > 3) break;
      const person = ev.entity.type === 'person' || ev.entity.type === 'anonymous';
      if (!thing || !person) return ev.entity;
      break;
    }
    let k = this.wordIndexAt(s.start) - 1;
    while (k >= 0 && this.words[k]!.text === ',') k--;
    const end = k;
    while (k >= 0 && this.words[k]!.sentence === sentence && NP_POS.has(this.words[k]!.pos) && this.words[k]!.text !== ',') {
      if (this.words[k]!.pos === 'DET') { k--; break; }
      k--;
    }
    if (k + 1 > end || end < 0) return null;
    const np = { start: this.words[k + 1]!.start, end: this.words[end]!.end, text: '' };
    np.text = this.text.slice(np.start, np.end);
    const inside = this.named.filter((m) => m.end > np.start && m.start < np.end);
    const e = this.resolveNamedSource(np, inside) ?? this.resolveDescription(np, inside);
    if (e) this.mention(e, np.start, np.end);
    return e;
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
    let e = best ? this.speakerOf.get(best) ?? null : null;
    // the narrator's own "I" / "we": the article's author, or for "we" its outlet
    if (!best && this.quoted[s.start] !== 1) e = this.narrator(/^(?:we|us|our)$/i.test(trimEdges(s.text)));
    if (e) this.mention(e, s.start, s.end);
    this.assign(a, e);
  }

  private narrator(plural: boolean): Entity {
    const { author, outlet } = this.meta;
    if (plural && outlet) {
      this.outletEntity ??= this.newEntity(outlet, 'media');
      return this.outletEntity;
    }
    this.authorEntity ??= author ? this.newEntity(author, 'person') : this.newEntity('the author', 'unknown');
    return this.authorEntity;
  }

  /** A quote that goes on with no source of its own keeps the previous attribution's speaker. */
  private resolveContinuations(): void {
    const ordered: Attribution[] = [];
    const byId = new Map<string, Attribution>();
    for (const a of this.attributions) {
      ordered.push(a);
      byId.set(a.id, a);
    }
    ordered.sort((x, y) => x.content.start - y.content.start);
    let previous: Attribution | null = null;
    for (const a of ordered) {
      if (a.source === null) {
        const from = a.continues ? byId.get(a.continues) ?? previous : null;
        this.assign(a, from ? this.speakerOf.get(from) ?? null : null);
      }
      previous = a;
    }
  }

  private output(): { speakers: Speaker[]; attributions: Attribution[] } {
    const used: Entity[] = [];
    for (const e of this.entities) if (e.speaker) used.push(e);
    used.sort((x, y) => x.firstSeen - y.firstSeen);
    const ids = new Map<Entity, string>();
    const speakers: Speaker[] = [];
    for (let i = 0; i < used.length; i++) {
      const e = used[i]!;
      const id = `s${i + 1}`;
      ids.set(e, id);
      speakers.push({
        id, name: e.name, type: e.type, role: e.role, organization: e.organization,
        gender: e.type === 'person' ? e.gender : null, mentions: dedupe(e.mentions),
      });
    }
    const attributions: Attribution[] = [];
    for (const a of this.attributions) {
      const e = this.speakerOf.get(a);
      const resolved = newAttribution(a);
      resolved.speakerId = e ? ids.get(e) ?? null : null;
      attributions.push(resolved);
    }
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
  if (e.roleWords.size === 0 || words.length === 0) return false;
  const others: string[] = [];
  for (let i = 0; i < words.length - 1; i++) others.push(ROLE_SYNONYMS.get(words[i]!) ?? words[i]!);
  const head = ROLE_SYNONYMS.get(words[words.length - 1]!) ?? words[words.length - 1]!;
  if (!e.roleWords.has(head)) {
    // "the NATO chief" for NATO's Secretary General: a generic head needs the organisation too
    if (!LEADER_WORDS.has(head) || !others.some((w) => e.roleWords.has(w) && !SOFT_ROLE_WORDS.has(w))) return false;
    if (![...e.roleWords].some((w) => LEADER_ROLES.has(w))) return false;
  }
  return others.every((w) => e.roleWords.has(w) || SOFT_ROLE_WORDS.has(w) || HONORIFICS.has(w));
}

/** "the chief of the yard", "the driver in the blue van", "the banker and his aides": the head noun is narrowed or joined. */
function restricted(ws: readonly Word[], headAt: number): boolean {
  const next = ws[headAt + 1];
  if (!next) return false;
  const after = ws[headAt + 2];
  // "secretary of state", "father of two" are still one person's description
  if (next.lower === 'of') return !(after && (after.lower === 'state' || after.pos === 'NUM'));
  // "the banker and his aides" is more than one person; "the banker and poet" is one
  if (next.lower === 'and') return !after || after.pos === 'DET' || POSSESSIVE_PRONOUNS.has(after.lower);
  return next.pos === 'ADP';
}

/** "health secretary", "transport minister": an office with its portfolio. */
function isPortfolioOffice(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  if (!head || !OFFICES.has(head)) return false;
  for (let i = 0; i + 1 < words.length; i++) if (PORTFOLIOS.has(words[i]!)) return true;
  return false;
}

/** The person holds an office other than the one a description names ("the senator" for a mayor). */
function otherOffice(head: string, e: Entity): boolean {
  if (!OFFICES.has(head) || !e.role) return false;
  const own = e.role.toLowerCase().split(/\s+/).pop()!;
  return OFFICES.has(own) && own !== head && !e.roleWords.has(head);
}

function genderBit(g: Gender): number {
  return g === 'male' ? 1 : 2;
}

function addRoleWords(e: Entity, phrase: string | null): void {
  if (!phrase) return;
  for (const w of phrase.toLowerCase().split(/\s+/)) if (w) e.roleWords.add(ROLE_SYNONYMS.get(w) ?? w);
}

/** A capitalised first word that reads as a common noun or adjective ("Developers", "Federal", "Europeans"). */
function looksCommon(w: string): boolean {
  const last = w.split('-').pop()!;
  const singular = last.endsWith('s') ? last.slice(0, -1) : last;
  return isPersonNoun(last) || inLexicon(last) || DEMONYMS.has(singular) || /(?:al|ic|ive|ous|ed|ing|ful|less|able|ible)$/.test(last);
}

/** A source's text as a speaker name: no edge commas, dashes or quotes; brackets kept balanced. */
function displayName(text: string): string {
  let out = text.replace(NAME_EDGE_RE, '');
  const open = out.split('(').length - 1;
  if (out.endsWith(')') && open < out.split(')').length - 1) out = out.slice(0, -1).trimEnd();
  if (out.endsWith('.') && !/\b(?:\p{Lu}|[A-Z][a-z]{1,3})\.$/u.test(out)) out = out.slice(0, -1);
  return out;
}

function has(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  if (w.endsWith('ies') && set.has(`${w.slice(0, -3)}y`)) return true;
  return w.endsWith('s') && set.has(w.slice(0, -1));
}

function inLexicon(w: string): boolean {
  return has(PERSON_NOUNS, w) || has(ROLE_HEADS, w) || has(DOCUMENT_NOUNS, w) || has(ORG_NOUNS, w) || has(MEDIA_NOUNS, w);
}

function isPersonNoun(w: string): boolean {
  if (has(PERSON_NOUNS, w) || has(ROLE_HEADS, w) || isRoleWord(w) || isAgentNoun(w)) return true;
  return isDemonymPlural(w);
}

/** "Americans", "African-Americans", "Europeans". */
function isDemonymPlural(w: string): boolean {
  const last = w.split('-').pop()!;
  return last.endsWith('s') && (DEMONYMS.has(last.slice(0, -1)) || PEOPLES.has(last.slice(0, -1)));
}

function dedupe(spans: Span[]): Span[] {
  // sorted, equal spans are neighbours: keep the first of each run
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || last.start !== s.start || last.end !== s.end) out.push(s);
  }
  return out;
}
