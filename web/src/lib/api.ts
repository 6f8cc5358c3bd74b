// The page's client for the JSON API; errors carry the server's one-line message.
import type { Analysis } from '../../../src/output/analysis.js';
import type {
  ActorDetail,
  ActorSummary,
  QuoteDetail,
  QuoteVariant,
  SearchPage,
  StoreStats,
  StoredDocument,
} from '../../../src/store/store.js';

export type {
  Analysis,
  ActorDetail,
  ActorSummary,
  QuoteDetail,
  QuoteVariant,
  SearchPage,
  StoreStats,
  StoredDocument,
};
export type { AttributionRecord, SearchResult } from '../../../src/store/store.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'the whosaid server cannot be reached');
  }
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `request failed (${res.status})`);
  return body as T;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? '?' + s : '';
}

export interface AnalyzeRequest {
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
}

export const api = {
  analyze: (body: AnalyzeRequest) =>
    request<Analysis>('api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  stats: () => request<StoreStats>('api/stats'),
  search: (params: Record<string, string | number | null | undefined>) => request<SearchPage>('api/search' + query(params)),
  actors: (params: Record<string, string | number | null | undefined>) =>
    request<{ total: number; actors: ActorSummary[] }>('api/actors' + query(params)),
  actor: (id: string) => request<ActorDetail>('api/actors/' + encodeURIComponent(id)),
  document: (id: string) => request<StoredDocument>('api/documents/' + encodeURIComponent(id)),
  quote: (id: string) => request<QuoteDetail>('api/quotes/' + encodeURIComponent(id)),
};
