import { api, type QuoteDetail, type QuoteVariant } from '../lib/api.js';
import { useLoad } from '../lib/fetch.js';
import { href } from '../lib/route.js';
import { Downloads, Status, clip } from '../components/bits.js';
import { RECORD_COLUMNS, ResultLine, recordRow } from './search.js';

export function QuotePage({ id }: { id: string }) {
  const quote = useLoad<QuoteDetail>('quote:' + id, () => api.quote(id));
  const q = quote.data;
  const variants = q?.variants ?? [];
  return (
    <main id="main" class="page" tabIndex={-1}>
      <h1>Quote</h1>
      <Status busy={quote.busy} error={quote.error}>
        {q ? `Found ${q.occurrenceCount} times in ${q.documentCount} articles; earliest first.` : ''}
      </Status>
      {q ? (
        <>
          <blockquote class="quote big">{q.text}</blockquote>
          <div class="row">
            <h2 class="grow">Occurrences</h2>
            <Downloads name={`quote-${q.id}`} columns={RECORD_COLUMNS} rows={q.occurrences.map(recordRow)} json={q} />
          </div>
          <ol class="results" data-testid="occurrences">
            {q.occurrences.map((r, i) => (
              <li key={r.id} class="result-item">
                {i === 0 ? <span class="badge">first seen</span> : null}
                <ResultLine record={r} />
              </li>
            ))}
          </ol>
          {variants.length > 0 ? (
            <>
              <h2>Other versions of this quote</h2>
              <p class="muted">
                Quoted elsewhere with changed words (altered) or shortened (excerpt). Differences read from the earlier version to the
                later one.
              </p>
              <ol class="results" data-testid="variants">
                {variants.map((v) => (
                  <VariantItem key={v.id} variant={v} />
                ))}
              </ol>
            </>
          ) : null}
        </>
      ) : null}
    </main>
  );
}

function VariantItem({ variant: v }: { variant: QuoteVariant }) {
  const first = v.first;
  return (
    <li class={`result-item variant ${v.relation}`} data-relation={v.relation}>
      <span class="badge">{v.relation}</span> <span class="muted">{v.earlier ? 'came first' : 'came later'}</span>
      <blockquote class="quote">{clip(v.text)}</blockquote>
      <p class="changes" data-testid="changes">
        {v.changes.map((c, i) => (
          <span key={i} class={`change ${c.kind}`}>
            {c.kind === 'altered' ? null : <span class="muted">{c.kind}: </span>}
            {c.removed.length ? <del>{c.removed.join(' ')}</del> : null}
            {c.removed.length && c.added.length ? ' → ' : null}
            {c.added.length ? <ins>{c.added.join(' ')}</ins> : null}
          </span>
        ))}
      </p>
      <p class="meta-line">
        {first.speaker.actorName ?? first.speaker.name}
        {first.outlet ? <span> · {first.outlet}</span> : null}
        <span>
          {' · '}
          <span class="nowrap">{first.publishedAt ? first.publishedAt.slice(0, 10) : 'undated'}</span>
        </span>
        <span>
          {' · '}
          <a href={href(['quote', v.id])}>
            {v.occurrenceCount === 1 ? '1 occurrence' : `${v.occurrenceCount} occurrences`}
          </a>
        </span>
      </p>
    </li>
  );
}
