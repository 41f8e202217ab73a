import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchChromiumWithProfile } from './chromium';
import { LandingPage } from './landing-page';

/*
 * When the browser's storage misbehaves the app says so plainly and loses nothing it had stored:
 * a full quota, an upgrade blocked by a tab still holding an older database, a browser restart.
 */

const appUrl = inject('appUrl');

/** Replays the original experiment once and waits for its verdicts. */
async function replayOnce(landing: LandingPage): Promise<void> {
  await landing.replay('50');
  await landing.waitForStatus('done');
  await landing.page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
}

async function historyEntries(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();
  await page.locator('li[data-entry=run]').first().waitFor();
  return page.locator('li[data-entry=run]').count();
}

describe('storage limits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says the storage is full when a run cannot be saved, and keeps the runs saved before', async () => {
    const context = await browser.newContext();
    // Chromium's quota override (DevTools' Storage.overrideQuotaForOrigin) does not stop IndexedDB
    // writes here, so the page's IndexedDB refuses writes the way a full quota does once asked to.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    await replayOnce(landing);

    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await replayOnce(landing);
    const alert = page.getByRole('alert').filter({ hasText: 'storage' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/full.*Everything saved before is intact/s);

    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    expect(await historyEntries(page)).toBe(1);
    await context.close();
  }, 120_000);

  it('waits for a tab holding an older database, says why, then upgrades it keeping its runs', async () => {
    // A run as the current app stores it.
    const first = await browser.newContext();
    const landing = new LandingPage(await first.newPage());
    await landing.open(appUrl);
    await replayOnce(landing);
    const record = await landing.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('strategy-lab');
          open.onsuccess = () => {
            const request = open.result.transaction('runs').objectStore('runs').getAll();
            request.onsuccess = () => resolve(request.result[0]);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    await first.close();

    // A fresh browser where an old tab made version 1 of the database, kept it open, and stored that run.
    const context = await browser.newContext();
    const oldTab = await context.newPage();
    await oldTab.goto(new URL('/favicon.svg', appUrl).href);
    await oldTab.evaluate(
      (run) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('strategy-lab', 1);
          open.onupgradeneeded = () => {
            const runs = open.result.createObjectStore('runs', { keyPath: 'id' });
            runs.createIndex('by-created', 'createdAt');
            open.result.createObjectStore('settings');
          };
          open.onsuccess = () => {
            (window as unknown as { oldDb: IDBDatabase }).oldDb = open.result;
            const tx = open.result.transaction('runs', 'readwrite');
            tx.objectStore('runs').put(run);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      record,
    );

    const page = await context.newPage();
    await page.goto(appUrl);
    const alert = page.getByRole('alert').filter({ hasText: 'another tab' });
    await alert.waitFor();

    // The old tab lets go; the upgrade goes ahead and the run it held is still there.
    expect(await alert.innerText()).toContain('nothing stored is lost');
    await oldTab.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
    await alert.waitFor({ state: 'detached' });
    expect(await historyEntries(page)).toBe(1);
    await context.close();
  }, 120_000);

  it('keeps the history across a browser restart', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'strategy-lab-profile-'));
    try {
      let context = await launchChromiumWithProfile(profile);
      let landing = new LandingPage(await context.newPage());
      await landing.open(appUrl);
      await replayOnce(landing);
      await replayOnce(landing);
      expect(await historyEntries(landing.page)).toBe(2);
      await context.close();

      context = await launchChromiumWithProfile(profile);
      landing = new LandingPage(await context.newPage());
      await landing.page.goto(`${appUrl}#/history`);
      await landing.page.locator('li[data-entry=run]').nth(1).waitFor();
      expect(await landing.page.locator('li[data-entry=run]').count()).toBe(2);
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
