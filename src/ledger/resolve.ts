// How a person names an actor on the command line: its id ("12" or "#12") or a name.
import type { ActorSummary, Store } from '../store/store.js';
import { StoreError } from '../store/store.js';

export interface ResolvedActor {
  actor: ActorSummary;
  /** Other actors with the same name, when the name was ambiguous. */
  others: ActorSummary[];
}

export async function resolveActor(store: Store, ref: string): Promise<ResolvedActor> {
  const id = /^#?(\d+)$/.exec(ref.trim())?.[1];
  if (id) {
    const actor = await store.getActor(id, { limit: 0 });
    if (actor) return { actor, others: [] };
  }
  const exact = await store.findActors(ref);
  if (exact.length > 0) return { actor: exact[0]!, others: exact.slice(1) };
  const partial = await store.listActors({ name: ref, limit: 6 });
  if (partial.actors.length === 1) return { actor: partial.actors[0]!, others: [] };
  if (partial.actors.length > 1) {
    const names = partial.actors.map((a) => `#${a.id} ${a.name}`).join(', ');
    throw new StoreError(`"${ref}" matches several actors (${names}${partial.total > 6 ? ', ...' : ''}); give the id or the full name`);
  }
  throw new StoreError(id ? `no actor with id ${id}` : `no actor named "${ref}"`);
}
