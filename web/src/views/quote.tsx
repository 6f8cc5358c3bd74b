import { api, type QuoteDetail } from '../lib/api.js';
import { useLoad } from '../lib/fetch.js';
import { Downloads, Status } from '../components/bits.js';
import { RECORD_COLUMNS, ResultLine, recordRow } from './search.js';

export function QuotePage({ id }: { id: string }) {
  const quote = useLoad<QuoteDetail>('quote:' + id, () => api.quote(id));
  const q = quote.data;
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
        </>
      ) : null}
    </main>
  );
}
