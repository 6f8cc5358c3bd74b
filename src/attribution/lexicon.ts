// The cue lexicon: which words signal attribution and how reliably. The counts come from the
// PolNeAR train split (scripts/derive-cue-lexicon.ts -> cue-lexicon.ts); the small closed
// word classes below are grammar, written by hand.
import type { Token } from '../document/types.js';
import { CUE_HEADS, CUE_PARTICLES } from './cue-lexicon.js';

export interface CueEntry {
  /** Gold cues this lemma headed in train. */
  count: number;
  /** Share of its occurrences (outside quotes) that headed a cue. */
  rate: number;
}

const POS_CLASS: Record<string, string> = { VERB: 'v', AUX: 'v', NOUN: 'n', ADJ: 'a', ADP: 'p', ADV: 'r' };

const heads = new Map<string, CueEntry>();
for (const [key, count, rate] of CUE_HEADS) heads.set(key, { count, rate });
const particles = new Map<string, CueEntry>();
for (const [key, count, rate] of CUE_PARTICLES) particles.set(key, { count, rate });

/** "lemma/class" for a token, the lexicon's key. */
export function lexKey(t: Token): string | null {
  const c = POS_CLASS[t.pos];
  return c ? `${t.lemma.toLowerCase()}/${c}` : null;
}

// verbs by lemma, so the hot path needs no key string per token
const verbHeads = new Map<string, CueEntry>();
for (const [key, entry] of heads) if (key.endsWith('/v')) verbHeads.set(key.slice(0, -2), entry);

export function cueEntry(t: Token): CueEntry | undefined {
  if (t.pos === 'VERB' || t.pos === 'AUX') return verbHeads.get(t.lemma) ?? verbHeads.get(t.lemma.toLowerCase());
  const k = lexKey(t);
  return k ? heads.get(k) : undefined;
}

/** A verb's entry by lemma ("promise" for a "promising" the tagger read as an adjective). */
export function verbEntry(lemma: string): CueEntry | undefined {
  return verbHeads.get(lemma);
}

// verbs that have a learned particle, so a word that is none can be passed over without a key string
const particleVerbs = new Set<string>();
for (const key of particles.keys()) if (key.includes('/v ')) particleVerbs.add(key.slice(0, key.indexOf('/v ')));

/** Whether the verb with this lemma has any learned particle. */
export function hasVerbParticle(lemma: string): boolean {
  return particleVerbs.has(lemma);
}

/** The learned particle of a verb by lemma ("point" + "out"), for a verb the tagger read as a noun. */
export function verbParticle(lemma: string, next: Token): CueEntry | undefined {
  return particles.get(`${lemma}/v ${next.normal}`);
}

export function lookupCue(key: string): CueEntry | undefined {
  return heads.get(key);
}

/** The learned particle that a cue keeps after its head ("call for", "point out"), if any. */
export function cueParticle(head: Token, next: Token | undefined): CueEntry | undefined {
  if (!next) return undefined;
  const k = lexKey(head);
  return k ? particles.get(`${k} ${next.normal}`) : undefined;
}

/**
 * Verbs whose reported content is a full clause or quotation (as opposed to an object noun
 * phrase or an infinitive). They get a lower bar in the lexicon: "said" is almost always a cue.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'write', 'note', 'argue', 'explain', 'insist', 'claim', 'declare', 'state',
  'announce', 'suggest', 'warn', 'acknowledge', 'admit', 'predict', 'stress', 'emphasize', 'tweet',
  'report', 'respond', 'reply', 'recall', 'conclude', 'contend', 'assert', 'maintain', 'observe',
  'remark', 'allege', 'charge', 'complain', 'concede', 'confirm', 'deny', 'reveal', 'disclose',
  'joke', 'quip', 'muse', 'continue', 'ask', 'wonder', 'agree', 'counter', 'caution', 'promise',
  'vow', 'pledge', 'boast', 'brag', 'lament', 'mention', 'point', 'testify', 'hint', 'indicate',
  'estimate', 'believe', 'think', 'feel', 'hope', 'fear', 'worry', 'expect', 'know', 'say',
]);

/** Verbs whose first object is the addressee, not the content ("told reporters that ..."). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'remind', 'notify', 'advise', 'brief', 'warn', 'promise', 'convince',
  'persuade', 'reassure', 'caution',
]);

/** Auxiliaries and modals that belong to a cue's verb group. */
export const AUXILIARY: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'ought', 'not', "n't", 'never',
]);

/** Adverbs that open a clause rather than modify the cue: the verb group stops before them. */
export const CLAUSE_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'instead', 'yet', 'so', 'then', 'thus', 'therefore', 'though',
  'nevertheless', 'moreover', 'indeed', 'otherwise', 'anyway', 'here', 'there', 'when', 'where',
  'why', 'how', 'as',
]);

/** Words that name a time: an adjunct between cue and content, never a source. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight', 'tomorrow', 'earlier', 'later', 'recently', 'previously', 'last', 'this',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'ago', 'once',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** Nouns of an occasion or medium: "at a rally", "in an interview", "on Twitter". */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'speech', 'rally', 'conference', 'briefing', 'event', 'debate', 'call',
  'email', 'e-mail', 'letter', 'tweet', 'post', 'twitter', 'facebook', 'instagram', 'appearance',
  'hearing', 'meeting', 'forum', 'memo', 'op-ed', 'column', 'release', 'message', 'video', 'show',
  'broadcast', 'program', 'podcast', 'radio', 'television', 'tv', 'town', 'hall', 'session',
  'address', 'remarks', 'report', 'book', 'blog', 'episode', 'stop', 'gathering',
  'luncheon', 'dinner', 'breakfast', 'fundraiser', 'news', 'press', 'phone', 'telephone',
  'response', 'reply', 'part', 'addition', 'filing', 'document', 'transcript', 'thread',
]);

/** Pronouns that stand for the addressee after "told": him, them, reporters ... */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/** Relative pronouns: the source of "who said ..." is the pronoun itself (no coreference). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Subject pronouns: a one-word source. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'it']);

/** Sentence-final punctuation that is not part of indirect content. */
export const FINAL_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);

export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', "''", '‘', "'", '«', '„', '``']);
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', "''", '’', "'", '»']);
