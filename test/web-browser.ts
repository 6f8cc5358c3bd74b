// Launching Debian's Chromium for the page's end-to-end tests, and deciding whether they run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { defaultWebRoot } from '../src/server/static.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or false when they can. Outside CI a missing Chromium
 * skips them; in CI (CI set) it is a failure, reported by the tests themselves.
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM) || process.env.CI) return false;
  return `${CHROMIUM} is not installed (apt-get install -y chromium); browser tests skipped`;
}

export function assertRunnable(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
  if (!existsSync(join(defaultWebRoot(), 'index.html'))) throw new Error(`the page is not built (${defaultWebRoot()}): run "npm run build"`);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Messages of uncaught page errors and console errors, to assert there were none. */
  errors: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of (400|404|413)/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go: dist/screenshots/ (ignored by git), for a person to look at. */
export function screenshotPath(name: string): string {
  return join(defaultWebRoot(), '..', 'screenshots', `${name}.png`);
}
