// Which stored actor a speaker of one document belongs to. A key is "<class>|<normalised name>";
// speakers whose name alone cannot identify a person across articles get a key scoped to their
// document, so they never merge with anyone unless a person merges them by hand.
import type { SpeakerType } from '../document/types.js';
import { normaliseName } from './normalise.js';

/** Types that can be the same actor: a person is never an organization of the same name. */
export type ActorClass = 'person' | 'org' | 'document' | 'unknown';

export function actorClass(type: SpeakerType): ActorClass | null {
  switch (type) {
    case 'person':
      return 'person';
    case 'organization':
    case 'media':
      return 'org';
    case 'document':
      return 'document';
    case 'unknown':
      return 'unknown';
    case 'anonymous':
      return null;
  }
}

export interface ActorKeys {
  /** Keys an existing actor may be stored under, the best match first. */
  lookup: string[];
  /** The key this speaker's own class and name make (stored when the actor is created or found). */
  own: string;
  /** More keys the actor is stored under, so that later names find it (see initialledKey). */
  extra: string[];
  /** For a person written with initials: the plain name ("donald trump"), whose actor it may join. */
  plain?: string;
  cls: ActorClass;
  norm: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * "donald j trump" and "joseph r biden jr" without their middle initials and suffix ("donald
 * trump", "joseph biden"), or null for a name that has neither. Middle names written in full
 * are kept: "John Quincy Adams" is not "John Adams".
 */
export function withoutInitials(norm: string): string | null {
  const words = norm.split(' ');
  let last = words.length - 1;
  while (last > 1 && SUFFIXES.has(words[last]!)) last--;
  if (last < 1) return null;
  const middle = words.slice(1, last);
  if (middle.some((w) => w.length > 1) || words[0]!.length < 2 || words[last]!.length < 2) return null;
  return last === words.length - 1 && middle.length === 0 ? null : `${words[0]} ${words[last]}`;
}

/**
 * Where a person written with middle initials (or Jr.) is also filed: under the plain name, in
 * a class of its own. "Donald Trump" then finds "Donald J. Trump" stored before, and "Donald J.
 * Trump" finds a plain "Donald Trump". Two initialled names never meet ("George W. Bush" never
 * takes "George H. W. Bush"): an initialled name looks up only the plain one's own key, and the
 * store refuses that match when the actor found already goes by other initials
 * (otherInitials).
 */
function initialledKey(plain: string): string {
  return `person~|${plain}`;
}

/**
 * The keys to resolve a speaker to an actor, or null when it should have none (anonymous,
 * unnamed). A one-word person name is a bare surname (or first name), and a description in
 * lower case is no name at all: both stay in their document.
 */
export function actorKeys(name: string, type: SpeakerType, documentId: string): ActorKeys | null {
  const cls = actorClass(type);
  // "The Pentagon" and "Pentagon" are one name
  const bare = name.trim().replace(/^(the|a|an)\s+/i, '');
  const norm = normaliseName(bare);
  if (cls === null || norm === '' || norm === 'unknown') return null;
  const oneWord = !norm.includes(' ');
  // a description, not a name: "the company", "officials", "his spokesman"
  const generic = !/\p{Lu}/u.test(bare) || /^(this|that|these|those|his|her|its|their|our|my|your)\s/i.test(bare);
  // "the report" in one article is not "the report" in another
  if (generic || cls === 'document' || ((cls === 'person' || cls === 'unknown') && oneWord)) {
    const own = `doc:${documentId}|${cls}|${norm}`;
    return { lookup: [own], own, extra: [], cls, norm };
  }
  const key = (c: ActorClass) => `${c}|${norm}`;
  if (cls === 'person') {
    const plain = withoutInitials(norm);
    if (plain) return { lookup: [key('person'), `person|${plain}`, key('unknown')], own: key('person'), extra: [initialledKey(plain)], plain, cls, norm };
    return { lookup: [key('person'), key('unknown'), initialledKey(norm)], own: key('person'), extra: [], cls, norm };
  }
  const lookup = cls === 'org' ? [key('org'), key('unknown')] : [key('person'), key('org'), key('unknown')];
  return { lookup, own: key(cls), extra: [], cls, norm };
}

/** When one actor absorbs a speaker of another class, the more specific type wins. */
export function mergedType(current: SpeakerType, incoming: SpeakerType): SpeakerType {
  return current === 'unknown' ? incoming : current;
}

/** Does an actor with these keys go by initials other than the speaker's ("george w bush" for "george h w bush")? */
export function otherInitials(actorKeys: readonly string[], keys: ActorKeys): boolean {
  return actorKeys.some((k) => k.startsWith('person|') && k !== keys.own && withoutInitials(k.slice('person|'.length)) === keys.plain);
}
