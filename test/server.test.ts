// The JSON API on a real SQLite ledger: every endpoint, and the 400/404/405/413/415 cases.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/server/server.js';
import { MAX_ARTICLE_BYTES } from '../src/server/api.js';
import { WorkerAnalyzer } from '../src/server/analyze.js';
import { HttpError } from '../src/server/http.js';
import { quoteId } from '../src/ledger/normalise.js';
import { fixtureLedger, type FixtureLedger } from './server-fixtures.js';

let ledger: FixtureLedger;
let server: RunningServer;
let webRoot: string;
const logged: string[] = [];

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: res.status, body, headers: res.headers };
}

const post = (body: unknown, type = 'application/json') =>
  call('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

before(async () => {
  ledger = await fixtureLedger();
  webRoot = mkdtempSync(join(tmpdir(), 'whosaid-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>whosaid test page</title>');
  server = await startServer({ store: ledger.store, webRoot, log: (line) => logged.push(line) });
});

after(async () => {
  await server.close();
  await ledger.cleanup();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('POST /api/analyze', () => {
  const article = 'The ferry will run again on Friday, the harbour master said.\n\n“We are ready,” said Captain Lena Hart.';

  it('returns the extract JSON contract for text', async () => {
    const { status, body } = await post({ text: article, title: 'Ferry news', publishedAt: '2026-05-04', outlet: 'Quay Post' });
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['attributions', 'document', 'embeds', 'speakers', 'voice']);
    assert.equal(body.document.text, article);
    assert.equal(body.document.title, 'Ferry news');
    assert.equal(body.document.outlet, 'Quay Post');
    assert.equal(body.document.publishedAt, '2026-05-04');
    assert.equal(body.document.publishedAtSource, 'given');
    assert.ok(Array.isArray(body.attributions) && Array.isArray(body.speakers));
    for (const a of body.attributions) assert.equal(article.slice(a.content.start, a.content.end), a.content.text);
  });

  it('accepts a bare text/plain body', async () => {
    const { status, body } = await post(article, 'text/plain; charset=utf-8');
    assert.equal(status, 200);
    assert.equal(body.document.text, article);
    assert.equal(body.document.publishedAt, null);
  });

  it('reads the main text and title of an HTML page, without its scripts', async () => {
    const html =
      '<!doctype html><html><head><title>Quay news</title><script>window.bad = 1</script></head><body>' +
      '<article><h1>Quay news</h1><p>The ferry will run again on Friday, the harbour master said in the morning.</p>' +
      '<p>“We are ready for the first crossing and the crews are rested,” said Captain Lena Hart.</p></article></body></html>';
    const { status, body } = await post({ html });
    assert.equal(status, 200);
    assert.equal(body.document.title, 'Quay news');
    assert.match(body.document.text, /The ferry will run again on Friday/);
    assert.match(body.document.text, /said Captain Lena Hart\./);
    assert.doesNotMatch(body.document.text, /window\.bad/);
  });

  it('refuses an article over 5 MB with 413', async () => {
    const big = 'a'.repeat(MAX_ARTICLE_BYTES + 1);
    const json = await post({ text: big });
    assert.equal(json.status, 413);
    assert.equal(json.body.error, `article is larger than ${MAX_ARTICLE_BYTES} bytes`);
    const plain = await post(big, 'text/plain');
    assert.equal(plain.status, 413);
  });

  it('refuses a body over the request limit with 413 before reading it all', async () => {
    const { status, body } = await post('x'.repeat(11 * 1024 * 1024), 'application/json');
    assert.equal(status, 413);
    assert.match(body.error, /^request body is larger than \d+ bytes$/);
  });

  it('answers bad requests with 400 and a message naming the problem', async () => {
    const cases: [unknown, string, RegExp][] = [
      ['{"text": ', 'application/json', /not valid JSON/],
      [[1, 2], 'application/json', /must be a JSON object/],
      [{}, 'application/json', /exactly one of "text" or "html"/],
      [{ text: 'a', html: '<p>a</p>' }, 'application/json', /exactly one of "text" or "html"/],
      [{ text: 42 }, 'application/json', /field "text" must be a string/],
      [{ text: '   ' }, 'application/json', /the article is empty/],
      [{ text: 'Hello.', publishedAt: '2026-02-30' }, 'application/json', /field "publishedAt" must be a date/],
      [{ text: 'Hello.', title: 7 }, 'application/json', /field "title" must be a string/],
      [{ text: 'Hello.', author: 'me' }, 'application/json', /unknown field "author"/],
    ];
    for (const [body, type, message] of cases) {
      const res = await post(body, type);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error, message);
    }
  });

  it('refuses other content types with 415 and GET with 405', async () => {
    const xml = await post('<a/>', 'application/xml');
    assert.equal(xml.status, 415);
    const get = await call('/api/analyze');
    assert.equal(get.status, 405);
    assert.equal(get.body.error, 'method GET is not allowed on /api/analyze');
  });
});

describe('ledger endpoints', () => {
  it('GET /api/stats counts what is stored', async () => {
    const { status, body } = await call('/api/stats');
    assert.equal(status, 200);
    assert.equal(body.documents, 3);
    assert.equal(body.attributions, 6);
  });

  it('GET /api/search finds statements by words, ranked, with a link back', async () => {
    const { status, body } = await call('/api/search?q=bridge');
    assert.equal(status, 200);
    assert.equal(body.total, 2);
    assert.deepEqual(body.results.map((r: any) => r.outlet).sort(), ['Harbour Gazette', 'Valley Times']);
    for (const r of body.results) {
      assert.equal(r.speaker.name, 'Ana Ruiz');
      const doc = ledger.analyses.find((a) => a.document.id === r.documentId)!;
      assert.equal(doc.document.text.slice(r.content.start, r.content.end), r.content.text);
    }
  });

  it('GET /api/search applies the CLI filters', async () => {
    const bySpeaker = await call('/api/search?speaker=ruiz');
    assert.equal(bySpeaker.body.total, 3);
    const byOutlet = await call('/api/search?outlet=' + encodeURIComponent('valley times'));
    assert.deepEqual(byOutlet.body.results.map((r: any) => r.speaker.name).sort(), ['Ana Ruiz', 'Tom Becker']);
    const inMarch = await call('/api/search?since=2026-03-01&until=2026-03-31&kind=indirect');
    assert.deepEqual(inMarch.body.results.map((r: any) => r.speaker.name).sort(), ['the Port Authority', 'transport officials']);
    const paged = await call('/api/search?speaker=ruiz&limit=1&offset=1');
    assert.equal(paged.body.total, 3);
    assert.equal(paged.body.results.length, 1);
  });

  it('GET /api/search refuses bad parameters with 400', async () => {
    const cases: [string, RegExp][] = [
      ['since=2026-13-01', /parameter "since" must be a date as YYYY-MM-DD/],
      ['until=yesterday', /parameter "until" must be a date/],
      ['kind=quoted', /parameter "kind" must be one of direct, indirect, mixed/],
      ['limit=0', /parameter "limit" must be between 1 and 1000/],
      ['limit=ten', /parameter "limit" must be a whole number/],
      ['offset=-1', /parameter "offset" must be a whole number/],
      ['colour=red', /unknown parameter "colour"/],
      ['q=a&q=b', /parameter "q" is given 2 times/],
      ['since=2026-04-01&until=2026-03-01', /"since" \(2026-04-01\) is after "until"/],
      ['statedSince=March', /parameter "statedSince" must be a date/],
      ['statedSince=2026-04-01&statedUntil=2026-03-01', /"statedSince" \(2026-04-01\) is after "statedUntil"/],
    ];
    for (const [query, message] of cases) {
      const res = await call('/api/search?' + query);
      assert.equal(res.status, 400, query);
      assert.match(res.body.error, message);
    }
  });

  it('GET /api/actors ranks actors; /api/actors/:id has statements over time', async () => {
    const list = await call('/api/actors');
    assert.equal(list.status, 200);
    assert.equal(list.body.actors[0].name, 'Ana Ruiz');
    assert.equal(list.body.actors[0].attributionCount, 3);
    const filtered = await call('/api/actors?type=organization');
    assert.deepEqual(filtered.body.actors.map((a: any) => a.name), ['the Port Authority']);
    const bad = await call('/api/actors?type=robot');
    assert.equal(bad.status, 400);

    const id = list.body.actors[0].id;
    const detail = await call('/api/actors/' + encodeURIComponent(id));
    assert.equal(detail.status, 200);
    assert.deepEqual(detail.body.statements.map((s: any) => s.publishedAt), ['2026-03-02', '2026-03-20', '2026-04-15']);
    assert.deepEqual(detail.body.outlets.map((o: any) => [o.outlet, o.count]).sort(), [['Harbour Gazette', 2], ['Valley Times', 1]]);
    const missing = await call('/api/actors/no-such-actor');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'no actor with id "no-such-actor"');
  });

  it('GET /api/documents/:id returns the stored article with its attributions', async () => {
    const first = ledger.analyses[0]!;
    const { status, body } = await call('/api/documents/' + first.document.id);
    assert.equal(status, 200);
    assert.equal(body.text, first.document.text);
    assert.equal(body.title, 'Harbour bridge to reopen in spring');
    assert.equal(body.attributions.length, 3);
    const list = await call('/api/documents?outlet=' + encodeURIComponent('Harbour Gazette'));
    assert.equal(list.body.total, 2);
    const missing = await call('/api/documents/0000000000000000');
    assert.equal(missing.status, 404);
  });

  it('GET /api/quotes/:id lists every occurrence, earliest first', async () => {
    const id = quoteId('The bridge will reopen in May, and tolls will stay frozen')!;
    const { status, body } = await call('/api/quotes/' + id);
    assert.equal(status, 200);
    assert.equal(body.occurrenceCount, 2);
    assert.deepEqual(body.occurrences.map((o: any) => o.outlet), ['Harbour Gazette', 'Valley Times']);
    assert.equal(body.first.publishedAt, '2026-03-02');
    const missing = await call('/api/quotes/q000000000000000');
    assert.equal(missing.status, 404);
  });
});

describe('robustness', () => {
  it('answers unknown paths with 404 and malformed ids with 400', async () => {
    assert.equal((await call('/api/nothing')).status, 404);
    assert.equal((await call('/api/actors/%E0%A4%A')).status, 400);
    const long = await call('/api/actors/' + 'x'.repeat(301));
    assert.equal(long.status, 400);
    assert.equal(long.body.error, 'the id in the path is longer than 300 characters');
    assert.equal((await call('/no/such/page')).status, 404);
  });

  it('serves the page with a strict Content-Security-Policy and never a file outside it', async () => {
    const page = await call('/');
    assert.equal(page.status, 200);
    assert.match(page.body, /whosaid test page/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00']) {
      assert.equal((await call(path)).status, 404, path);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        socket.write('GET /api/stats HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
      });
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('end', () => resolve(data.split('\r\n')[0]!));
      socket.on('error', reject);
    });
    assert.equal(status, 'HTTP/1.1 403 Forbidden');
  });

  it('keeps serving after a malformed request and a failing extraction', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 Bad Request/);

    // a client that hangs up halfway through its upload
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        socket.write('POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text": "cut');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });

    const failing = await startServer({
      store: null,
      webRoot,
      analyze: () => {
        throw new Error('boom');
      },
      log: (line) => logged.push(line),
    });
    try {
      const res = await fetch(failing.url + '/api/analyze', { method: 'POST', body: JSON.stringify({ text: 'Hello.' }) });
      assert.equal(res.status, 500);
      assert.deepEqual(await res.json(), { error: 'internal error (see the server log)' });
      assert.ok(logged.some((l) => l.includes('boom')));
      const noStore = await fetch(failing.url + '/api/search?q=x');
      assert.equal(noStore.status, 503);
      const again = await fetch(failing.url + '/api/analyze', { method: 'POST', body: JSON.stringify({ text: 'Hello.' }) });
      assert.equal(again.status, 500);
    } finally {
      await failing.close();
    }
    assert.equal((await call('/api/stats')).status, 200);
  });
});

describe('analysis on a worker thread', () => {
  const paragraph =
    '“The ferry timetable will change next week, and the night crossings will stop,” said Captain Lena Hart on Tuesday. ' +
    'The harbour master said the crews needed rest.\n\n';

  it('keeps answering other requests while a long article is analysed', async () => {
    const order: string[] = [];
    const long = post({ text: paragraph.repeat(1500) }).then((r) => {
      order.push('analysis');
      return r;
    });
    // give the request time to reach the worker, then ask for something else
    await new Promise((r) => setTimeout(r, 200));
    const stats = await call('/api/stats');
    order.push('stats');
    assert.equal(stats.status, 200);
    const analysis = await long;
    assert.equal(analysis.status, 200);
    assert.equal(analysis.body.document.text.length, paragraph.length * 1500);
    assert.deepEqual(order, ['stats', 'analysis']);
  });

  it('stops an analysis that overruns and starts a fresh worker for the next', async () => {
    const quick = new WorkerAnalyzer({ timeoutMs: 1 });
    await assert.rejects(quick.analyze({ text: paragraph }), (err: unknown) => {
      assert.ok(err instanceof HttpError);
      assert.equal(err.status, 503);
      assert.equal(err.message, 'the analysis took longer than 0 s and was stopped');
      return true;
    });
    await quick.close();
    const patient = new WorkerAnalyzer();
    try {
      const analysis = await patient.analyze({ text: paragraph, publishedAt: '2026-06-01' });
      assert.equal(analysis.document.text, paragraph);
      assert.equal(analysis.document.publishedAt, '2026-06-01');
      await assert.rejects(patient.analyze({ html: '<html><body><script>x()</script></body></html>' }), /no readable article text/);
    } finally {
      await patient.close();
    }
  });
});
