import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShare, shareUrl } from '../../src/share/share-link';
import { replayOriginal } from '../unit/helpers/original-run';
import { launchChromium } from './chromium';
import { LandingPage } from './landing-page';

/* Share links in the built app: a run travels in the URL to a fresh browser; broken links and hostile text stay inert. */

const appUrl = inject('appUrl');

describe('share links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a replayed run, shared as a link, opens in a new browser context with the same verdicts', async () => {
    const page = await browser.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    await landing.replay('50');
    await landing.waitForStatus('done');
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
    const verdictsHere = await page.locator('[data-col=verdict] [data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));

    await page.getByRole('button', { name: 'Share this run as a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${appUrl}#sl1.`)).toBe(true);
    expect(link.length - appUrl.length).toBeLessThanOrEqual(4096);

    const elsewhere = await browser.newContext();
    const shared = await elsewhere.newPage();
    await shared.goto(link);
    const table = shared.getByTestId('shared-run');
    await table.waitFor();
    expect(await table.locator('tbody [data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(verdictsHere);
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['Baseline', 'ReRead', 'Diverse Sampling', 'Best-of-N']);
    expect(await shared.getByRole('link', { name: 'Run this yourself' }).isVisible()).toBe(true);

    // Cut short (a truncated paste): a clear error and nothing else.
    await shared.goto(link.slice(0, -40));
    await shared.reload();
    expect(await shared.getByTestId('share-error').innerText()).toMatch(/^This link cannot be opened: /);
    expect(await shared.locator('table').count()).toBe(0);
    await elsewhere.close();
  });

  it('text inside a link is shown as text, never run as HTML', async () => {
    const run = await replayOriginal();
    const hostile = { ...run, task: { ...run.task, title: '<img src=x onerror="window.pwned=1">Hello <b>there</b>' } };
    const page = await browser.newPage();
    await page.goto(shareUrl(appUrl, await encodeShare({ kind: 'run', run: hostile })));
    const heading = page.getByTestId('shared-run').locator('h2');
    await heading.waitFor();
    expect(await heading.innerText()).toContain('<img src=x onerror="window.pwned=1">Hello <b>there</b>');
    expect(await page.locator('[data-testid=shared-run] img, [data-testid=shared-run] b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('the Content Security Policy refuses inline script', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = 1';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: (window as { inlineRan?: number }).inlineRan ?? null, violations };
    });
    expect(outcome).toEqual({ ran: null, violations: ['script-src-elem'] });
  });
});
