import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../support/test-app';
import { ROOT } from '../../support/test-env';

export const SCREENSHOT_DIR = path.join(ROOT, '.tmp', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

export interface BrowserSession {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no cookies, no localStorage) with one page. */
  newPage: (opts?: { viewport?: { width: number; height: number } }) => Promise<Page>;
  /** Console errors, uncaught exceptions and CSP violations the page reported so far. */
  pageErrors: (page: Page) => string[];
  /** Saves `.tmp/screenshots/<name>.png` for a person to look at. */
  screenshot: (page: Page, name: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * The real app on a random port and a test database, and a headless Debian chromium to drive it. `now` is the
 * app's clock (real time unless given): a test that lets a deadline pass moves it, and the pages' clocks with
 * `page.context().clock.setSystemTime`.
 */
export async function startBrowserSession(opts: { now?: () => Date } = {}): Promise<BrowserSession> {
  const app = await createTestApp(opts.now ? { now: opts.now } : {});
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const errors = new WeakMap<Page, string[]>();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    app,
    baseUrl,
    browser,
    newPage: async (opts = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: opts.viewport ?? { width: 1280, height: 900 },
        // Screenshots show the end state, not a menu half-way through sliding in.
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      const seen: string[] = [];
      errors.set(page, seen);
      page.on('console', (msg) => {
        if (msg.type() === 'error') seen.push(msg.text());
      });
      page.on('pageerror', (err) => seen.push(err.message));
      return page;
    },
    pageErrors: (page) => errors.get(page) ?? [],
    screenshot: async (page, name) => {
      // A full-page capture of a scrolled page draws the fixed header mid-way; start from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await app.destroy();
    },
  };
}
