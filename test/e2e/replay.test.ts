import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchChromiumWithProfile } from './chromium';
import { expectOriginalSummary, LandingPage } from './landing-page';

const appUrl = inject('appUrl');

describe('the built app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("replays the original experiment through the engine worker and shows the original's figures", async () => {
    const page = await browser.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.getByText('Recording', { exact: true }).isVisible()).toBe(true);

    await landing.replay('50');
    await landing.waitForStatus('done');

    expect(page.workers().map((worker) => worker.url()).some((url) => url.includes('replay-engine'))).toBe(true);
    await expectOriginalSummary(landing);
    const quality = await page.locator('[data-col=quality] .claim').allInnerTexts();
    expect(quality).toEqual(['✓ Correct', '✗ Broken', '✗ Broken', '✗ Failed']);
    // Beside the hand-written claims: what the judge finds when it compiles and tests each answer.
    const verdicts = page.locator('[data-col=verdict] [data-verdict]:not([data-verdict=pending])');
    await page.waitForFunction(() => document.querySelectorAll('[data-col=verdict] [data-verdict]:not([data-verdict=pending])').length === 4);
    expect(await verdicts.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual([
      'wrong_answer',
      'compile_error',
      'compile_error',
      'no_code',
    ]);
    const details = await page.locator('[data-col=verdict] .detail').allInnerTexts();
    expect(details[0]).toContain('assert_eq!(is_prime(2), true)');
    expect(details[1]).toContain('error[E0432]');
    expect(details[2]).toContain('error[E0308]');
    expect(await page.getByTestId('verdict-summary').innerText()).toBe(
      'Judged by hand, 1 of 4 answers were correct. Compiled and tested, 0 of 4 pass.',
    );
    expect(await landing.lane('baseline').locator('pre').innerText()).toContain('for I in 2..=num');
    expect(await landing.lane('best-of-n').getByText('The chosen answer is empty (0 characters).').isVisible()).toBe(true);
    await page.close();
  });

  it('cancels a replay in progress, keeps what it had, and can play again', async () => {
    const page = await browser.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    await landing.replay('1');
    await page.waitForFunction(
      () => Number(document.querySelector('article[data-strategy="baseline"] [role=progressbar]')?.getAttribute('aria-valuenow')) > 0,
    );
    await page.getByRole('button', { name: 'Cancel replay' }).click();
    await landing.waitForStatus('cancelled');

    const tokens = await landing.laneTokens('baseline');
    expect(tokens).toBeGreaterThan(0);
    expect(tokens).toBeLessThan(337);
    expect(await landing.lane('baseline').getAttribute('data-state')).toBe('cancelled');
    expect(await landing.lane('reread').getAttribute('data-state')).toBe('waiting');
    expect(await page.locator('table').count()).toBe(0);
    // Stopped means stopped: no more tokens arrive.
    await page.waitForTimeout(300);
    expect(await landing.laneTokens('baseline')).toBe(tokens);

    await landing.replay('50');
    await landing.waitForStatus('done');
    await expectOriginalSummary(landing);
    await page.close();
  });
});

describe('IndexedDB state across reloads and restarts', () => {
  it('keeps the finished replay and the chosen speed', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'strategy-lab-profile-'));
    try {
      let context = await launchChromiumWithProfile(profile);
      let landing = new LandingPage(await context.newPage());
      await landing.open(appUrl);
      await landing.replay('50');
      await landing.waitForStatus('done');
      await landing.page.locator('[data-col=verdict] [data-verdict=no_code]').waitFor();
      const replayedAt = await landing.page.locator('table caption').innerText();

      await landing.page.reload();
      await landing.waitForStatus('done');
      await expectOriginalSummary(landing);
      // The verdicts were kept with the run.
      expect(await landing.page.locator('[data-col=verdict] [data-verdict]').count()).toBe(4);
      expect(await landing.page.locator('table caption').innerText()).toBe(replayedAt);
      expect(await landing.page.getByLabel('Playback speed').inputValue()).toBe('50');
      await context.close();

      context = await launchChromiumWithProfile(profile);
      landing = new LandingPage(await context.newPage());
      await landing.open(appUrl);
      await landing.waitForStatus('done');
      await expectOriginalSummary(landing);
      expect(await landing.page.locator('table caption').innerText()).toBe(replayedAt);
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});
