import { useState } from 'preact/hooks';
import { api, type SearchPage, type AttributionRecord } from '../lib/api.js';
import { useLoad } from '../lib/fetch.js';
import { href, type Route } from '../lib/route.js';
import { Downloads, Status, clip } from '../components/bits.js';

const FIELDS = ['q', 'speaker', 'outlet', 'since', 'until', 'statedSince', 'statedUntil', 'kind', 'limit'] as const;
type Field = (typeof FIELDS)[number];

/** The flat row a CSV download holds for one stored attribution. */
export function recordRow(r: AttributionRecord): Record<string, unknown> {
  return {
    id: r.id,
    speaker: r.speaker.actorName ?? r.speaker.name,
    speakerType: r.speaker.type,
    role: r.speaker.role,
    actorId: r.speaker.actorId,
    kind: r.kind,
    content: r.content.text,
    cue: r.cue?.text ?? null,
    outlet: r.outlet,
    publishedAt: r.publishedAt,
    statedOn: r.statedOn,
    title: r.title,
    url: r.url,
    documentId: r.documentId,
    start: r.content.start,
    end: r.content.end,
    quoteId: r.quoteId,
    confidence: r.confidence,
    reportedBy: r.reportedByName ?? null,
  };
}
export const RECORD_COLUMNS = Object.keys(
  recordRow({
    id: '',
    documentId: '',
    kind: 'direct',
    content: { start: 0, end: 0, text: '' },
    cue: null,
    source: null,
    speaker: { name: '', type: 'unknown', role: null, actorId: null, actorName: null },
    statedOn: null,
    confidence: 0,
    quoteId: null,
    outlet: null,
    publishedAt: null,
    title: null,
    url: null,
  }),
);

export function SearchPageView({ route }: { route: Route }) {
  const current = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? ''])) as Record<Field, string>;
  const offset = Number(route.params.get('offset') ?? '0') || 0;
  const key = route.params.toString();
  // The form follows the address when it changes (back, a link): reset while rendering, not in
  // an effect, since effects run after paint and would wipe what was typed in the meantime.
  const [formState, setFormState] = useState({ key, form: current });
  if (formState.key !== key) setFormState({ key, form: current });
  const form = formState.key === key ? formState.form : current;
  const limit = Number(current.limit) || 50;
  const page = useLoad<SearchPage>(key === '' ? '__all' : key, () =>
    api.search({ ...current, limit, offset }),
  );

  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = href(['search'], { ...form, limit: form.limit === '50' ? '' : form.limit });
  };
  // an update from the latest form, not this render's: two quick edits must not undo each other
  const set = (field: Field) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    setFormState((state) => ({ ...state, form: { ...state.form, [field]: value } }));
  };
  const results = page.data?.results ?? [];
  const total = page.data?.total ?? 0;

  return (
    <main id="main" class="page" tabIndex={-1}>
      <h1>Search the ledger</h1>
      <form class="search-form" onSubmit={submit} role="search">
        <label class="wide">
          Words in the statement
          <input type="search" name="q" value={form.q} onInput={set('q')} placeholder='e.g. bridge "interest rates"' />
        </label>
        <label>
          Speaker
          <input name="speaker" value={form.speaker} onInput={set('speaker')} />
        </label>
        <label>
          Outlet
          <input name="outlet" value={form.outlet} onInput={set('outlet')} />
        </label>
        <label>
          Published from
          <input type="date" name="since" value={form.since} onInput={set('since')} />
        </label>
        <label>
          Published until
          <input type="date" name="until" value={form.until} onInput={set('until')} />
        </label>
        <label title="The day the statement was made, when the article says it">
          Said from
          <input type="date" name="statedSince" value={form.statedSince} onInput={set('statedSince')} />
        </label>
        <label title="The day the statement was made, when the article says it">
          Said until
          <input type="date" name="statedUntil" value={form.statedUntil} onInput={set('statedUntil')} />
        </label>
        <label>
          Kind
          <select name="kind" value={form.kind} onChange={set('kind')}>
            <option value="">any</option>
            <option value="direct">direct</option>
            <option value="indirect">indirect</option>
            <option value="mixed">mixed</option>
          </select>
        </label>
        <label>
          Per page
          <select name="limit" value={form.limit || '50'} onChange={set('limit')}>
            <option value="20">20</option>
            <option value="50">50</option>
            <option value="200">200</option>
            <option value="1000">1000</option>
          </select>
        </label>
        <div class="row wide">
          <button type="submit">Search</button>
        </div>
      </form>
      <div class="row results-head">
        <Status busy={page.busy} error={page.error}>
          {page.data ? `${total} ${total === 1 ? 'result' : 'results'}${total > results.length ? `, showing ${offset + 1}–${offset + results.length}` : ''}` : ''}
        </Status>
        <Downloads name="search" columns={RECORD_COLUMNS} rows={results.map(recordRow)} json={results} />
      </div>
      {page.data && total === 0 && key === '' ? (
        <p class="muted">
          The ledger is empty. Fill it from a terminal: <code>whosaid ingest FOLDER --db FILE</code>, then start the server with that{' '}
          <code>--db</code>.
        </p>
      ) : null}
      <ol class={`results${page.busy ? ' stale' : ''}`} data-testid="results">
        {results.map((r) => (
          <li key={r.id} class="result-item">
            <ResultLine record={r} />
          </li>
        ))}
      </ol>
      {total > limit ? (
        <nav class="row pager" aria-label="Pages">
          <a class={`button secondary${offset === 0 ? ' disabled' : ''}`} aria-disabled={offset === 0} href={offset === 0 ? undefined : href(['search'], { ...current, offset: Math.max(0, offset - limit) || '' })}>
            Previous
          </a>
          <a
            class={`button secondary${offset + limit >= total ? ' disabled' : ''}`}
            aria-disabled={offset + limit >= total}
            href={offset + limit >= total ? undefined : href(['search'], { ...current, offset: offset + limit })}
          >
            Next
          </a>
        </nav>
      ) : null}
    </main>
  );
}

/** One stored statement: the words, then who, where, when, with links to the article and actor. */
export function ResultLine({ record: r, showOutlet = true }: { record: AttributionRecord; showOutlet?: boolean }) {
  return (
    <>
      <blockquote class={`quote k-${r.kind}`}>{clip(r.content.text)}</blockquote>
      <p class="meta-line">
        {r.speaker.actorId ? (
          <a class="speaker-link" href={href(['actor', r.speaker.actorId])}>
            {r.speaker.actorName ?? r.speaker.name}
          </a>
        ) : (
          <span class="speaker-link">{r.speaker.name}</span>
        )}
        {r.speaker.role ? <span class="muted">, {r.speaker.role}</span> : null}
        {r.reportedByName ? <span class="muted" data-testid="reported-by"> (as reported by {r.reportedByName})</span> : null}
        {showOutlet && r.outlet ? <span> · {r.outlet}</span> : null}
        <span>
          {' · '}
          <span class="nowrap">{r.publishedAt ? r.publishedAt.slice(0, 10) : 'undated'}</span>
        </span>
        <span class="muted"> · {r.kind}</span>
        <span>
          {' · '}
          <a href={href(['document', r.documentId], { a: r.id })}>{r.title ? clip(r.title, 80) : 'open the article'}</a>
        </span>
        {r.quoteId ? (
          <span>
            {' · '}
            <a href={href(['quote', r.quoteId])}>quote</a>
          </span>
        ) : null}
      </p>
    </>
  );
}
