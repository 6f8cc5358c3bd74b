// The JSON API: request validation and the mapping of each endpoint onto extract() and the
// Store interface. Nothing here knows which database is behind the store.
import type { IncomingMessage } from 'node:http';
import type { Analysis } from '../output/analysis.js';
import type { Store } from '../store/store.js';
import { HttpError, readBody } from './http.js';
import { KINDS, Params, SPEAKER_TYPES, isIsoDateOrTimestamp } from './params.js';

/** Largest article (text or HTML, in UTF-8 bytes) that /api/analyze accepts. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** JSON escaping can grow a body; this leaves room for it and the other fields. */
const MAX_BODY_BYTES = 2 * MAX_ARTICLE_BYTES + 64 * 1024;
const MAX_META_CHARS = 2000;

export interface AnalyzeInput {
  text?: string;
  html?: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
}

/** Runs the extraction on one validated request (exactly one of text/html is set). */
export type Analyzer = (input: AnalyzeInput) => Analysis | Promise<Analysis>;

export interface ApiContext {
  /** The ledger, or null when the server runs without one (analysis only). */
  store: () => Promise<Store | null>;
  analyze: Analyzer;
}

export type Handler = (req: IncomingMessage, url: URL, params: Record<string, string>, ctx: ApiContext) => Promise<unknown>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

function route(method: string, pattern: string, handler: Handler): Route {
  return { method, parts: pattern.split('/').filter(Boolean), handler };
}

/** Finds the route for a path; 404 for an unknown path, 405 for a known path with another method. */
export function matchRoute(method: string, pathname: string): { handler: Handler; params: Record<string, string> } {
  const segments = pathname.split('/').filter(Boolean);
  let pathKnown = false;
  for (const r of routes) {
    if (r.parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < r.parts.length && ok; i++) {
      const part = r.parts[i]!;
      if (part.startsWith(':')) {
        let value: string;
        try {
          value = decodeURIComponent(segments[i]!);
        } catch {
          throw new HttpError(400, `malformed percent-encoding in the path`);
        }
        if (value.length > 300) throw new HttpError(400, `the id in the path is longer than 300 characters`);
        if (value === '') ok = false;
        else params[part.slice(1)] = value;
      } else if (part !== segments[i]) ok = false;
    }
    if (!ok) continue;
    pathKnown = true;
    if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { handler: r.handler, params };
  }
  if (pathKnown) throw new HttpError(405, `method ${method} is not allowed on ${pathname}`);
  throw new HttpError(404, `no such endpoint: ${pathname}`);
}

async function needStore(ctx: ApiContext): Promise<Store> {
  const store = await ctx.store();
  if (!store) throw new HttpError(503, 'this server has no ledger: run "whosaid ingest" to create one, or start it with --db FILE');
  return store;
}

function optionalString(body: Record<string, unknown>, name: string): string | null {
  const value = body[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new HttpError(400, `field "${name}" must be a string`);
  if (value.length > MAX_META_CHARS) throw new HttpError(400, `field "${name}" is longer than ${MAX_META_CHARS} characters`);
  return value.trim() === '' ? null : value.trim();
}

/** Parses and validates an /api/analyze request body (JSON, or a bare text/plain or text/html body). */
export async function parseAnalyzeRequest(req: IncomingMessage): Promise<AnalyzeInput> {
  const bytes = await readBody(req, MAX_BODY_BYTES);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const decode = () => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new HttpError(400, 'request body is not valid UTF-8');
    }
  };
  if (type === 'text/plain' || type === 'text/html') {
    if (bytes.length > MAX_ARTICLE_BYTES) throw new HttpError(413, `article is larger than ${MAX_ARTICLE_BYTES} bytes`);
    const content = decode();
    if (content.trim() === '') throw new HttpError(400, 'the article is empty');
    return type === 'text/plain' ? { text: content } : { html: content };
  }
  if (type !== 'application/json' && type !== '') {
    throw new HttpError(415, `unsupported content type "${type}": send application/json, text/plain or text/html`);
  }
  let body: unknown;
  try {
    body = JSON.parse(decode());
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'request body must be a JSON object with "text" or "html"');
  }
  const fields = body as Record<string, unknown>;
  const allowed = new Set(['text', 'html', 'title', 'url', 'outlet', 'publishedAt']);
  for (const key of Object.keys(fields)) {
    if (!allowed.has(key)) throw new HttpError(400, `unknown field "${key}" (known: ${[...allowed].join(', ')})`);
  }
  const hasText = fields.text !== undefined && fields.text !== null;
  const hasHtml = fields.html !== undefined && fields.html !== null;
  if (hasText === hasHtml) throw new HttpError(400, 'give exactly one of "text" or "html"');
  const key = hasText ? 'text' : 'html';
  const content = fields[key];
  if (typeof content !== 'string') throw new HttpError(400, `field "${key}" must be a string`);
  if (Buffer.byteLength(content, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new HttpError(413, `article is larger than ${MAX_ARTICLE_BYTES} bytes`);
  }
  if (content.trim() === '') throw new HttpError(400, 'the article is empty');
  const publishedAt = optionalString(fields, 'publishedAt');
  if (publishedAt !== null && !isIsoDateOrTimestamp(publishedAt)) {
    throw new HttpError(400, `field "publishedAt" must be a date as YYYY-MM-DD (or an ISO timestamp), got "${publishedAt}"`);
  }
  return {
    [key]: content,
    title: optionalString(fields, 'title'),
    url: optionalString(fields, 'url'),
    outlet: optionalString(fields, 'outlet'),
    publishedAt,
  };
}

const routes: Route[] = [
  route('POST', '/api/analyze', async (req, url, _p, ctx) => {
    new Params(url.searchParams).finish();
    const input = await parseAnalyzeRequest(req);
    return ctx.analyze(input);
  }),

  route('GET', '/api/stats', async (_req, url, _p, ctx) => {
    new Params(url.searchParams).finish();
    return (await needStore(ctx)).stats();
  }),

  route('GET', '/api/search', async (_req, url, _p, ctx) => {
    const p = new Params(url.searchParams);
    const query = {
      query: p.string('q'),
      speaker: p.string('speaker', 200),
      actorId: p.string('actor', 200),
      outlet: p.string('outlet', 200),
      since: p.date('since'),
      until: p.date('until'),
      statedSince: p.date('statedSince'),
      statedUntil: p.date('statedUntil'),
      kind: p.oneOf('kind', KINDS),
      documentId: p.string('document', 200),
      quoteId: p.string('quote', 200),
      limit: p.int('limit', 1, 1000, 50),
      offset: p.int('offset', 0, 10_000_000, 0),
    };
    p.finish();
    if (query.since && query.until && query.since > query.until) {
      throw new HttpError(400, `"since" (${query.since}) is after "until" (${query.until})`);
    }
    if (query.statedSince && query.statedUntil && query.statedSince > query.statedUntil) {
      throw new HttpError(400, `"statedSince" (${query.statedSince}) is after "statedUntil" (${query.statedUntil})`);
    }
    return (await needStore(ctx)).search(query);
  }),

  route('GET', '/api/actors', async (_req, url, _p, ctx) => {
    const p = new Params(url.searchParams);
    const query = {
      name: p.string('name', 200),
      type: p.oneOf('type', SPEAKER_TYPES),
      limit: p.int('limit', 1, 1000, 50),
      offset: p.int('offset', 0, 10_000_000, 0),
    };
    p.finish();
    return (await needStore(ctx)).listActors(query);
  }),

  route('GET', '/api/actors/:id', async (_req, url, params, ctx) => {
    const p = new Params(url.searchParams);
    const options = { limit: p.int('limit', 1, 10_000, 1000), offset: p.int('offset', 0, 10_000_000, 0) };
    p.finish();
    const actor = await (await needStore(ctx)).getActor(params.id!, options);
    if (!actor) throw new HttpError(404, `no actor with id "${params.id}"`);
    return actor;
  }),

  route('GET', '/api/documents', async (_req, url, _p, ctx) => {
    const p = new Params(url.searchParams);
    const query = {
      outlet: p.string('outlet', 200),
      since: p.date('since'),
      until: p.date('until'),
      limit: p.int('limit', 1, 1000, 50),
      offset: p.int('offset', 0, 10_000_000, 0),
    };
    p.finish();
    return (await needStore(ctx)).listDocuments(query);
  }),

  route('GET', '/api/documents/:id', async (_req, url, params, ctx) => {
    new Params(url.searchParams).finish();
    const doc = await (await needStore(ctx)).getDocument(params.id!);
    if (!doc) throw new HttpError(404, `no document with id "${params.id}"`);
    return doc;
  }),

  route('GET', '/api/quotes', async (_req, url, _p, ctx) => {
    const p = new Params(url.searchParams);
    const query = {
      minDocuments: p.int('minDocuments', 1, 1_000_000, 1),
      // only quotes reproduced elsewhere with changed words
      altered: p.oneOf('altered', ['true', 'false'] as const) === 'true',
      limit: p.int('limit', 1, 1000, 50),
      offset: p.int('offset', 0, 10_000_000, 0),
    };
    p.finish();
    return (await needStore(ctx)).listQuotes(query);
  }),

  route('GET', '/api/quotes/:id', async (_req, url, params, ctx) => {
    new Params(url.searchParams).finish();
    const quote = await (await needStore(ctx)).getQuote(params.id!);
    if (!quote) throw new HttpError(404, `no quote with id "${params.id}"`);
    return quote;
  }),
];
