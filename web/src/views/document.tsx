import { api, type StoredDocument } from '../lib/api.js';
import { useLoad } from '../lib/fetch.js';
import { fromStored } from '../lib/model.js';
import { ArticleView } from '../components/article.js';
import { Downloads, Status } from '../components/bits.js';
import { RECORD_COLUMNS, recordRow } from './search.js';

/** Only web links are made clickable; a stored URL could say anything. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function DocumentPage({ id, attributionId }: { id: string; attributionId: string | null }) {
  const doc = useLoad<StoredDocument>('doc:' + id, () => api.document(id));
  const d = doc.data;
  const link = d ? safeHttpUrl(d.url) : null;
  return (
    <main id="main" class="page" tabIndex={-1}>
      <Status busy={doc.busy} error={doc.error} />
      {d ? (
        <>
          <header class="doc-head">
            <h1>{d.title ?? 'Untitled article'}</h1>
            <p class="muted">
              {[d.outlet, d.author, d.publishedAt ? d.publishedAt.slice(0, 10) : 'undated'].filter(Boolean).join(' · ')}
              {link ? (
                <>
                  {' · '}
                  <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                    original
                  </a>
                </>
              ) : null}
              <span>
                {' · '}
                {d.attributionCount} attributions
              </span>
            </p>
            <Downloads name={`document-${d.id}`} columns={RECORD_COLUMNS} rows={d.attributions.map(recordRow)} json={d} />
          </header>
          <ArticleView model={fromStored(d)} initialId={attributionId} />
        </>
      ) : null}
    </main>
  );
}
