import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShare, shareUrl } from '../../src/share/share-link';
import { replayOriginal } from '../unit/helpers/original-run';
import { launchChromium } from './chromium';
import { LandingPage } from './landing-page';

/* After one visit the built app works with the network off: the page, the replay, the judge, a shared link. */

const appUrl = inject('appUrl');

describe('offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a second visit works offline: the app, a replay judged by the judge, and a shared link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(appUrl);
    // The service worker has installed and kept the app shell and the judge's WebAssembly.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(async () => (await caches.keys()).some((key) => key.startsWith('strategy-lab-')));
    const link = shareUrl(appUrl, await encodeShare({ kind: 'run', run: await replayOriginal() }));

    await context.setOffline(true);
    await page.reload();
    const landing = new LandingPage(page);
    await landing.replay('50');
    await landing.waitForStatus('done');
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-col=verdict] [data-verdict=wrong_answer]').count()).toBe(1);

    const shared = await context.newPage();
    await shared.goto(link);
    await shared.getByTestId('shared-run').waitFor();
    expect(await shared.getByTestId('shared-run').locator('tbody tr').count()).toBe(4);
    await context.close();
  }, 120_000);
});
