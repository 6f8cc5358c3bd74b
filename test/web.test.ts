// End-to-end: the page in real headless Chromium against `whosaid serve`'s server on a real
// SQLite ledger. Screenshots land in dist/screenshots/ for a person to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/server.js';
import { ARTICLES, buildAnalysis, fixtureLedger, type FixtureArticle, type FixtureLedger } from './server-fixtures.js';
import { assertRunnable, browserSkipReason, launch, screenshotPath, type Browser } from './web-browser.js';

/** Stored in the ledger: markup and script in the text, title, outlet and speaker name. */
const HOSTILE: FixtureArticle = {
  title: '<script>window.__pwned = 4</script>Hall <em>meeting</em>',
  outlet: '<b>Quay Post</b>',
  url: 'javascript:window.__pwned=5',
  publishedAt: '2026-05-01',
  text:
    'Residents met at the <script>window.__pwned = 1</script> hall on Friday.\n\n' +
    '“<img src=x onerror="window.__pwned = 2"> is not a picture, it is text,” said Dana <i>Cole</i>.',
  attributions: [
    {
      speaker: { name: 'Dana <i>Cole</i>', type: 'person' },
      kind: 'direct',
      content: '<img src=x onerror="window.__pwned = 2"> is not a picture, it is text,',
      cue: 'said',
      source: 'Dana <i>Cole</i>',
    },
  ],
};

const skip = browserSkipReason();

describe('web page in Chromium', { skip, timeout: 240_000 }, () => {
  let ledger: FixtureLedger;
  let real: RunningServer;
  let fixed: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    assertRunnable();
    ledger = await fixtureLedger([...ARTICLES, HOSTILE]);
    real = await startServer({ store: ledger.store, log: () => {} });
    // Renders a known analysis (the first fixture article), so every highlight is known exactly.
    const known = buildAnalysis(ARTICLES[0]!);
    fixed = await startServer({ store: ledger.store, analyze: () => known, log: () => {} });
    browser = await launch();
    page = browser.page;
    mkdirSync(dirname(screenshotPath('x')), { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await real?.close();
    await fixed?.close();
    await ledger?.cleanup();
  });

  /** Loads the page anew (a change of hash alone would keep the previous view's state). */
  async function open(url: string) {
    await page.goto('about:blank');
    await page.goto(url);
  }

  async function submitAnalysis() {
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/analyze')),
      page.click('form.analyse-form button[type=submit]'),
    ]);
    await page.waitForSelector('[data-testid=article-text]');
  }

  async function analyse(base: string, text: string) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(base + '/#/');
    await page.fill('#article', text);
    await submitAnalysis();
  }

  /** How far the page is wider than the window (0 when nothing needs sideways scrolling). */
  const horizontalOverflow = () => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
  const texts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent));

  it('Analyse: shades each speaker’s words, underlines the cue, boxes the source and lists the speakers', async () => {
    await analyse(fixed.url, ARTICLES[0]!.text);
    assert.deepEqual(await texts('.speaker-name'), ['Ana Ruiz', 'the Port Authority', 'transport officials']);
    assert.deepEqual(await texts('.speaker-role'), ['person · mayor', 'organisation', 'anonymous']);
    assert.deepEqual(await texts('.speaker .count'), ['1', '1', '1']);
    assert.deepEqual(await texts('.article-text .hl'), [
      'The bridge will reopen in May, and tolls will stay frozen,',
      'the repairs had cost far more than planned',
      'ferries would run every hour until then',
    ]);
    assert.deepEqual(await texts('.article-text .cue'), ['said', 'said', 'said in a statement']);
    assert.deepEqual(await texts('.article-text .src'), ['Mayor Ana Ruiz', 'Transport officials', 'The Port Authority']);
    // people, organisations and anonymous sources look different
    const looks = await page.$$eval('.article-text .hl', (els) =>
      els.map((e) => ({ cls: e.className, image: getComputedStyle(e).backgroundImage.split("(")[0], colour: getComputedStyle(e).backgroundColor })),
    );
    assert.match(looks[0]!.cls, /\bt-person\b/);
    assert.match(looks[1]!.cls, /\bt-anonymous\b/);
    assert.match(looks[2]!.cls, /\bt-organization\b/);
    assert.equal(looks[0]!.image, 'none');
    assert.equal(looks[1]!.image, 'radial-gradient');
    assert.equal(looks[2]!.image, 'repeating-linear-gradient');
    assert.equal(new Set(looks.map((l) => l.colour)).size, 3);
    // the speaker's swatch has the colour of their words
    const swatch = await page.$eval('.speaker .mark', (e) => getComputedStyle(e).backgroundColor);
    assert.equal(swatch, looks[0]!.colour);
    // the outlet's own flagged sentence
    assert.deepEqual(await texts('.article-text .flag'), ['probably']);
    assert.equal(await page.$eval('.article-text .voice', (e) => e.getAttribute('title')), "The outlet's own voice: hedge");
    await page.screenshot({ path: screenshotPath('analyse-desktop'), fullPage: true });

    // clicking a speaker keeps only their highlights
    await page.click('.speaker:has-text("Ana Ruiz")');
    assert.equal(await page.$eval('.speaker:has-text("Ana Ruiz")', (e) => e.getAttribute('aria-pressed')), 'true');
    assert.deepEqual(await texts('.article-text .hl.active'), ['The bridge will reopen in May, and tolls will stay frozen,']);
    const dimmed = await page.$$eval('.article-text .hl:not(.active)', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.deepEqual(dimmed, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await page.click('.speaker:has-text("Ana Ruiz")');
    assert.equal(await page.$$eval('.article-text .active', (els) => els.length), 0);

    // clicking an attribution shows its details
    await page.click('.article-text .hl >> text=ferries would run');
    const details = page.locator('[data-testid=details]');
    assert.equal(await details.locator('[data-testid=detail-kind]').textContent(), 'indirect');
    const facts = await details.locator('.facts').innerText();
    assert.match(facts, /Cue\s+said in a statement/);
    assert.match(facts, /Speaker\s+the Port Authority \(organisation\)/);
    assert.match(facts, /Confidence\s+90%/);
    await page.click('[aria-label="Previous attribution"]');
    assert.equal(await details.locator('[data-testid=detail-kind]').textContent(), 'indirect');
    assert.match(await details.locator('.facts').innerText(), /Speaker\s+transport officials/);
    await page.click('[aria-label="Previous attribution"]');
    assert.match(await details.locator('.facts').innerText(), /Stated on\s+2026-03-02/);
    assert.equal(browser.errors.length, 0, browser.errors.join('\n'));
  });

  it('Analyse: keyboard reaches the speakers and the attributions', async () => {
    await analyse(fixed.url, ARTICLES[0]!.text);
    await page.focus('form.analyse-form button[type=submit]');
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        if (el.classList.contains('speaker')) return 'speaker:' + el.querySelector('.speaker-name')?.textContent;
        if (el.hasAttribute('data-first')) return 'attribution:' + el.getAttribute('data-first');
        return el.tagName.toLowerCase();
      });
      reached.push(what);
      if (what === 'attribution:0') break;
    }
    assert.ok(reached.includes('speaker:Ana Ruiz'), reached.join(', '));
    assert.equal(reached[reached.length - 1], 'attribution:0', reached.join(', '));
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('[data-testid=detail-kind]').textContent(), 'direct');
    // a speaker, reached with the keyboard, is picked with Space
    const officials = reached.indexOf('speaker:transport officials');
    assert.ok(officials !== -1, reached.join(', '));
    await page.focus('form.analyse-form button[type=submit]');
    for (let i = 0; i <= officials; i++) await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    assert.equal(await page.$eval('.speaker.on .speaker-name', (e) => e.textContent), 'transport officials');
  });

  it('Analyse: a real extraction of a pasted article', async () => {
    const text =
      'The ferry will run again on Friday, the harbour master said on Tuesday.\n\n' +
      '“We are ready for the first crossing and the crews are rested,” said Captain Lena Hart, who leads the ferry crews.';
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(real.url + '/#/');
    await page.fill('#article', text);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/analyze')),
      page.click('form.analyse-form button[type=submit]'),
    ]);
    await page.waitForSelector('[data-testid=article-text]');
    const analysis = await response.json();
    const named = analysis.speakers.filter((s: { id: string }) => analysis.attributions.some((a: any) => a.speaker.id === s.id));
    assert.ok(named.some((s: { name: string }) => s.name === 'Lena Hart'), 'the extraction finds Lena Hart');
    assert.deepEqual((await texts('.speaker-name')).sort(), named.map((s: { name: string }) => s.name).sort());
    const firstSegments = await page.$$eval('.article-text [data-first]', (els) => els.length);
    assert.equal(firstSegments, analysis.attributions.length);
    const hart = analysis.attributions.find((a: any) => a.speaker.name === 'Lena Hart');
    assert.ok((await texts('.article-text .hl')).includes(hart.content.text));
    assert.match(await page.locator('[data-testid=status]').innerText(), new RegExp(`^${analysis.attributions.length} attributions, ${named.length} speakers$`));
  });

  it('Analyse: a second-hand attribution names who reported it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(real.url + '/#/');
    await page.fill('#article', 'The pier has been shut since Tuesday.\n\nThe Harbour Times wrote: “Ada Moss, the city engineer, said on Friday that the pier was unsafe for cargo.”');
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/analyze')), page.click('form.analyse-form button[type=submit]')]);
    await page.waitForSelector('[data-testid=article-text]');
    await page.click('.article-text .hl >> text=unsafe for cargo');
    const facts = await page.locator('[data-testid=details] .facts').innerText();
    assert.match(facts, /Speaker\s+Ada Moss/);
    assert.match(facts, /Reported by\s+Harbour Times/);
  });

  it('Analyse: an HTML file opened from disk is read as a page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(real.url + '/#/');
    const html =
      '<!doctype html><html><head><title>Quay news</title><meta property="og:site_name" content="Quay Post"></head><body>' +
      '<article><h1>Quay news</h1><p>The ferry will run again on Friday, the harbour master said on Tuesday.</p>' +
      '<p>“We are ready for the first crossing and the crews are rested,” said Captain Lena Hart.</p></article></body></html>';
    await page.setInputFiles('input[type=file]', { name: 'quay.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    assert.match(await page.locator('[data-testid=html-file]').innerText(), /HTML page quay\.html/);
    assert.equal(await page.isDisabled('#article'), true);
    await submitAnalysis();
    assert.equal(await page.$eval('.result .doc-title', (e) => e.textContent), 'Quay news');
    const shown = (await page.$eval('[data-testid=article-text]', (e) => e.textContent)) ?? '';
    assert.match(shown, /said Captain Lena Hart\.$/);
    assert.doesNotMatch(shown, /<p>|<article>/);
    assert.ok((await texts('.speaker-name')).includes('Lena Hart'));
    // Escape closes the details of a selected attribution
    await page.click('.article-text [data-first] >> nth=0');
    assert.equal(await page.locator('[data-testid=details]').count(), 1);
    await page.keyboard.press('Escape');
    // the page re-renders after the key event: wait for it rather than race it
    await page.locator('[data-testid=details]').waitFor({ state: 'detached', timeout: 5000 });
    assert.equal(await page.locator('[data-testid=details]').count(), 0);
  });

  it('Analyse: a text file dropped on the box fills it', async () => {
    await open(real.url + '/#/');
    const text = 'The council will vote on Monday, a spokesman said.';
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'note.txt', { type: 'text/plain' }));
      return data;
    }, text);
    await page.dispatchEvent('.drop', 'dragover', { dataTransfer: transfer });
    assert.match((await page.getAttribute('.drop', 'class')) ?? '', /\bdragging\b/);
    await page.dispatchEvent('.drop', 'drop', { dataTransfer: transfer });
    await page.waitForFunction((t) => (document.querySelector('#article') as HTMLTextAreaElement).value === t, text);
    assert.doesNotMatch((await page.getAttribute('.drop', 'class')) ?? '', /\bdragging\b/);
  });

  it('article content is shown as text and never executed', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    // pasted and analysed with the real extraction
    await analyse(real.url, HOSTILE.text);
    const shown = await page.$eval('[data-testid=article-text]', (e) => e.textContent);
    assert.equal(shown, HOSTILE.text);
    assert.equal(await page.$$eval('[data-testid=article-text] img, [data-testid=article-text] script, [data-testid=article-text] i', (els) => els.length), 0);

    // stored in the ledger, with markup in the title, outlet, URL and speaker name too
    const id = ledger.analyses[ledger.analyses.length - 1]!.document.id;
    await page.goto(real.url + `/#/document/${id}`);
    await page.waitForSelector('.doc-head h1');
    assert.equal(await page.$eval('.doc-head h1', (e) => e.textContent), HOSTILE.title);
    assert.equal(await page.$eval('[data-testid=article-text]', (e) => e.textContent), HOSTILE.text);
    assert.deepEqual(await texts('.speaker-name'), ['Dana <i>Cole</i>']);
    assert.equal(await page.$$eval('a[href^="javascript:"]', (els) => els.length), 0);
    assert.equal(await page.$$eval('main img, main script, main i, main em, main b', (els) => els.length), 0);

    await page.goto(real.url + '/#/search?q=picture');
    await page.waitForSelector('.result-item');
    assert.equal(await page.$eval('.result-item .quote', (e) => e.textContent), HOSTILE.attributions[0]!.content);
    assert.equal(await page.$$eval('main img', (els) => els.length), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(dialogs, 0);
    await page.screenshot({ path: screenshotPath('hostile-search'), fullPage: true });
  });

  it('Ledger: search by the day a statement was made', async () => {
    await page.goto(real.url + '/#/search');
    await page.fill('input[name=statedSince]', '2026-03-02');
    await page.fill('input[name=statedUntil]', '2026-03-02');
    await page.press('input[name=q]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent === '1 result');
    assert.match(page.url(), /statedSince=2026-03-02&statedUntil=2026-03-02/);
    assert.deepEqual(await texts('.result-item .meta-line .speaker-link'), ['Ana Ruiz']);
  });

  it('Ledger: search with filters, download CSV, open the document at the statement', async () => {
    await page.goto(real.url + '/#/search');
    await page.fill('input[name=q]', 'bridge');
    await page.selectOption('select[name=kind]', 'direct');
    await page.press('input[name=q]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent === '2 results');
    assert.match(page.url(), /#\/search\?q=bridge&kind=direct$/);
    assert.deepEqual((await texts('.result-item .meta-line .speaker-link')), ['Ana Ruiz', 'Ana Ruiz']);
    await page.screenshot({ path: screenshotPath('search-desktop'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.results-head button:has-text("CSV")')]);
    assert.equal(download.suggestedFilename(), 'search.csv');
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    assert.equal(csv.length, 3);
    assert.match(csv[0]!, /^id,speaker,speakerType,role,actorId,kind,content,/);
    assert.ok(csv.slice(1).every((line) => line.includes(',Ana Ruiz,person,mayor,')));

    const firstOutlet = await page.$eval('.result-item .meta-line', (e) => e.textContent ?? '');
    const expectedTitle = firstOutlet.includes('Valley Times') ? 'Shopkeepers doubt bridge promise' : 'Harbour bridge to reopen in spring';
    await page.click(`.result-item:first-child a:has-text("${expectedTitle}")`);
    await page.waitForSelector('.doc-head h1');
    assert.equal(await page.$eval('.doc-head h1', (e) => e.textContent), expectedTitle);
    // the statement the result pointed at is selected and its details shown
    const selected = await texts('.article-text .hl.sel');
    assert.equal(selected.length, 1);
    assert.match(selected[0]!, /^The bridge will reopen in May, and tolls will stay frozen[,.]$/);
    assert.equal(await page.locator('[data-testid=detail-kind]').textContent(), 'direct');
    assert.ok((await texts('.speaker-name')).includes('Ana Ruiz'));
    await page.screenshot({ path: screenshotPath('document-desktop'), fullPage: true });
  });

  it('Actor: timeline by month and by week, statements grouped by outlet', async () => {
    await page.goto(real.url + '/#/actors');
    await page.click('.actor-row:has-text("Ana Ruiz")');
    await page.waitForSelector('[data-testid=timeline] .bar');
    const counts = () => page.$$eval('[data-testid=timeline] .bar', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
    assert.deepEqual(await counts(), [2, 1]);
    assert.deepEqual(await texts('.outlet-group h3'), ['Harbour Gazette (2)', 'Valley Times (1)']);
    assert.match(await page.locator('.actor-head').innerText(), /Quoted by\s+Harbour Gazette \(2\), Valley Times \(1\)/);
    await page.screenshot({ path: screenshotPath('actor-desktop'), fullPage: true });
    await page.click('a:has-text("by week")');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline] .bar').length === 7);
    assert.deepEqual(await counts(), [1, 0, 1, 0, 0, 0, 1]);
    const heights = await page.$$eval('[data-testid=timeline] .bar', (els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(heights[0]! > 100 && heights[1] === 0, heights.join(','));
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: screenshotPath('actor-360'), fullPage: true });
    assert.equal(await horizontalOverflow(), 0);
  });

  it('Quote: every occurrence, earliest first', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(real.url + '/#/search?q=tolls');
    await page.waitForSelector('.result-item');
    await page.click('.result-item:first-child a:text-is("quote")');
    await page.waitForSelector('[data-testid=occurrences] li');
    assert.equal(await page.locator('[data-testid=status]').innerText(), 'Found 2 times in 2 articles; earliest first.');
    const lines = await texts('[data-testid=occurrences] .meta-line');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /Harbour Gazette · 2026-03-02/);
    assert.match(lines[1]!, /Valley Times · 2026-03-20/);
    assert.equal(await page.$eval('[data-testid=occurrences] li:first-child .badge', (e) => e.textContent), 'first seen');
  });

  it('works at 360 px wide without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    const views: [string, string][] = [
      ['#/', 'analyse-empty'],
      ['#/search?q=bridge', 'search'],
      ['#/actors', 'actors'],
      ['#/document/' + ledger.analyses[1]!.document.id, 'document'],
      ['#/quote/' + ledger.analyses[0]!.attributions[0]!.id, 'quote-missing'],
    ];
    for (const [route, name] of views) {
      await open(real.url + '/' + route);
      await page.waitForLoadState('networkidle');
      assert.equal(await horizontalOverflow(), 0, route);
      await page.screenshot({ path: screenshotPath(`${name}-360`), fullPage: true });
    }
    // an unknown id says so in the page
    assert.equal(await page.locator('[data-testid=status]').innerText(), 'no quote with id "a1"');
    await analyse(fixed.url, ARTICLES[0]!.text);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.click('.article-text .hl >> nth=0');
    assert.equal(await horizontalOverflow(), 0);
    // the details sheet sits inside the screen
    const box = (await page.locator('[data-testid=details]').boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 360 && box.y + box.height <= 780, JSON.stringify(box));
    await page.screenshot({ path: screenshotPath('analyse-360'), fullPage: false });
  });

  it('nothing moves when results load (no layout shift)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const route of ['#/search?q=bridge', '#/actors', '#/document/' + ledger.analyses[0]!.document.id]) {
      const fresh = await browser.context.newPage();
      await fresh.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await fresh.goto(real.url + '/' + route);
      await fresh.waitForLoadState('networkidle');
      await fresh.waitForTimeout(200);
      const shift = await fresh.evaluate(() => (window as unknown as { __shift: number }).__shift);
      assert.equal(shift, 0, `layout shift on ${route}`);
      await fresh.close();
    }
  });
});
