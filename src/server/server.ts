// The HTTP server behind `whosaid serve`: the JSON API under /api/ and the built page elsewhere.
// Every request is handled inside one try/catch, so bad input never takes the server down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/store.js';
import { matchRoute, type Analyzer, type ApiContext } from './api.js';
import { WorkerAnalyzer } from './analyze.js';
import { HttpError, sendError, sendJson } from './http.js';
import { serveStatic, defaultWebRoot } from './static.js';

export interface ServerOptions {
  /** The ledger; a function is asked on each request (so a store created later is found). */
  store: Store | null | (() => Promise<Store | null>);
  /** Folder of the built page; defaults to dist/page. */
  webRoot?: string;
  /** Replaces the extraction (tests use it to render a known analysis); default: a worker thread. */
  analyze?: Analyzer;
  /** Where request failures are logged; defaults to stderr. */
  log?: (line: string) => void;
}

/** Hosts a loopback-bound server answers to; anything else is a DNS-rebinding attempt. */
function hostAllowed(hostHeader: string | undefined, boundHost: string): boolean {
  const loopback = boundHost === '127.0.0.1' || boundHost === 'localhost' || boundHost === '::1';
  if (!loopback) return true;
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0]!;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(name.toLowerCase());
}

export function createWhosaidServer(options: ServerOptions, boundHost = '127.0.0.1'): Server {
  const given = options.store;
  const store = typeof given === 'function' ? given : async () => given;
  const worker = options.analyze ? null : new WorkerAnalyzer();
  const ctx: ApiContext = { store, analyze: options.analyze ?? ((input) => worker!.analyze(input)) };
  const webRoot = options.webRoot ?? defaultWebRoot();
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, boundHost)) throw new HttpError(403, 'unexpected Host header');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const { handler, params } = matchRoute(method, url.pathname);
      const result = await handler(req, url, params, ctx);
      sendJson(res, 200, result);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `method ${method} is not allowed here`);
    if (await serveStatic(webRoot, url.pathname, res, method === 'HEAD')) return;
    throw new HttpError(404, `not found: ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        sendError(res, err.status, err.message);
      } else if (err instanceof StoreError) {
        sendError(res, 400, err.message);
      } else {
        log(`whosaid serve: ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        sendError(res, 500, 'internal error (see the server log)');
      }
    });
  });
  // A malformed request line or header never reaches the handler; answer it and move on.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.requestTimeout = 300_000;
  server.on('close', () => void worker?.close());
  return server;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts listening; `port` 0 picks a free port (tests). */
export function startServer(options: ServerOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createWhosaidServer(options, host);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shown}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
