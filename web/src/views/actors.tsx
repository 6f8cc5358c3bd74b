import { useState } from 'preact/hooks';
import { api, type ActorDetail, type ActorSummary, type AttributionRecord } from '../lib/api.js';
import { useLoad } from '../lib/fetch.js';
import { href, type Route } from '../lib/route.js';
import { buildTimeline, type TimeUnit } from '../lib/timeline.js';
import { TYPE_LABEL } from '../lib/model.js';
import { Downloads, Status, TypeMark } from '../components/bits.js';
import { TimelineChart } from '../components/timeline.js';
import { RECORD_COLUMNS, ResultLine, recordRow } from './search.js';

function typeColour(type: string): string {
  return type === 'anonymous' || type === 'unknown' ? 'cg' : type === 'person' ? 'c0' : 'c1';
}

export function ActorsPage({ route }: { route: Route }) {
  const name = route.params.get('name') ?? '';
  // the box follows the address when it changes: reset while rendering, not in an effect that
  // runs after paint and would wipe what was typed in the meantime
  const [typed, setTyped] = useState({ name, input: name });
  if (typed.name !== name) setTyped({ name, input: name });
  const input = typed.name === name ? typed.input : name;
  const setInput = (value: string) => setTyped({ name, input: value });
  const list = useLoad<{ total: number; actors: ActorSummary[] }>('actors:' + name, () => api.actors({ name, limit: 200 }));
  const actors = list.data?.actors ?? [];
  return (
    <main id="main" class="page" tabIndex={-1}>
      <h1>Actors</h1>
      <form
        class="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = href(['actors'], { name: input.trim() });
        }}
      >
        <label class="grow">
          Name or alias
          <input type="search" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Find</button>
      </form>
      <div class="row results-head">
        <Status busy={list.busy} error={list.error}>
          {list.data ? `${list.data.total} actors, most quoted first` : ''}
        </Status>
        <Downloads
          name="actors"
          columns={['id', 'name', 'type', 'attributionCount', 'documentCount', 'roles', 'aliases', 'firstSeen', 'lastSeen']}
          rows={actors.map((a) => ({ ...a, roles: a.roles.join('; '), aliases: a.aliases.join('; ') }))}
          json={actors}
        />
      </div>
      <ol class={`actor-list${list.busy ? ' stale' : ''}`} data-testid="actors">
        {actors.map((a) => (
          <li key={a.id}>
            <a class="actor-row" href={href(['actor', a.id])}>
              <TypeMark type={a.type} colour={typeColour(a.type)} />
              <span class="grow">
                <span class="speaker-name">{a.name}</span>
                <span class="speaker-role">{[TYPE_LABEL[a.type], ...a.roles.slice(0, 2)].join(' · ')}</span>
              </span>
              <span class="count" title="attributions">
                {a.attributionCount}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </main>
  );
}

/** Statements grouped by outlet, the outlet quoting the actor most first. */
function byOutlet(statements: AttributionRecord[]): [string, AttributionRecord[]][] {
  const groups = new Map<string, AttributionRecord[]>();
  for (const s of statements) {
    const key = s.outlet ?? 'Unknown outlet';
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export function ActorPage({ id, route }: { id: string; route: Route }) {
  const unit: TimeUnit = route.params.get('by') === 'week' ? 'week' : 'month';
  const actor = useLoad<ActorDetail>('actor:' + id, () => api.actor(id));
  const a = actor.data;
  const timeline = a ? buildTimeline(a.statements.map((s) => s.publishedAt ?? s.statedOn), unit) : null;
  return (
    <main id="main" class="page" tabIndex={-1}>
      <Status busy={actor.busy} error={actor.error} />
      {a ? (
        <>
          <header class="actor-head">
            <h1>
              <TypeMark type={a.type} colour={typeColour(a.type)} /> {a.name}
            </h1>
            <p class="muted">
              {TYPE_LABEL[a.type]} · {a.attributionCount} statements in {a.documentCount} articles
              {a.firstSeen ? ` · ${a.firstSeen.slice(0, 10)} to ${(a.lastSeen ?? a.firstSeen).slice(0, 10)}` : ''}
            </p>
            <dl class="facts">
              <dt>Roles</dt>
              <dd>{a.roles.length ? a.roles.join('; ') : '—'}</dd>
              <dt>Also written</dt>
              <dd>{a.aliases.filter((x) => x !== a.name).join('; ') || '—'}</dd>
              <dt>Quoted by</dt>
              <dd>{a.outlets.length ? a.outlets.map((o) => `${o.outlet} (${o.count})`).join(', ') : '—'}</dd>
            </dl>
          </header>
          <section aria-labelledby="timeline-title">
            <div class="row">
              <h2 id="timeline-title" class="grow">
                Over time
              </h2>
              <div class="toggle" role="group" aria-label="Bucket size">
                <a class={`button small${unit === 'week' ? ' on' : ' secondary'}`} aria-current={unit === 'week'} href={href(['actor', id], { by: 'week' })}>
                  by week
                </a>
                <a class={`button small${unit === 'month' ? ' on' : ' secondary'}`} aria-current={unit === 'month'} href={href(['actor', id], { by: 'month' })}>
                  by month
                </a>
              </div>
            </div>
            <TimelineChart timeline={timeline!} unit={unit} />
          </section>
          <section aria-labelledby="statements-title">
            <div class="row">
              <h2 id="statements-title" class="grow">
                Statements by outlet
              </h2>
              <Downloads name={`actor-${a.id}`} columns={RECORD_COLUMNS} rows={a.statements.map(recordRow)} json={a} />
            </div>
            {byOutlet(a.statements).map(([outlet, list]) => (
              <section class="outlet-group" key={outlet}>
                <h3>
                  {outlet} <span class="muted">({list.length})</span>
                </h3>
                <ol class="results">
                  {list.map((r) => (
                    <li key={r.id} class="result-item">
                      <ResultLine record={r} showOutlet={false} />
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
        </>
      ) : null}
    </main>
  );
}
