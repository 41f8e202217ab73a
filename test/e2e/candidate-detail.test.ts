import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Run } from '../../src/core/run';
import { encodeShare, shareUrl } from '../../src/share/share-link';
import { replayOriginal } from '../unit/helpers/original-run';
import { launchChromium } from './chromium';
import { LandingPage } from './landing-page';

/* A candidate's detail in the built app: opened from the replay's lanes and from a shared run. */

const appUrl = inject('appUrl');

/** The open dialog's request table cell for `parameter`: what was asked for or what was sent. */
function requestCell(dialog: Locator, parameter: string, field: 'asked' | 'sent'): Promise<string> {
  return dialog.locator(`[data-parameter="${parameter}"] [data-field=${field}]`).innerText();
}

async function openDetails(page: Page, name: string | RegExp): Promise<Locator> {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // The highlighted view loads on first use; until then the code shows as plain text.
  await dialog.locator('.cm-editor .cm-line').first().waitFor();
  return dialog;
}

describe('candidate detail', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("opens from the replay's lanes: ReRead's compile error under its line, the baseline's failed assert, the request", async () => {
    const page = await browser.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    expect(await page.getByRole('button', { name: /^Details of/ }).count()).toBe(0);
    await landing.replay('50');
    await landing.waitForStatus('done');
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });

    const reread = await openDetails(page, 'Details of ReRead — candidate 1 of 1');
    expect(await reread.getByRole('heading', { level: 2 }).innerText()).toBe('ReRead — candidate 1 of 1');
    expect(await reread.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('compile_error');
    // rustc's error code under the line it points at, with a caret and a gutter marker.
    const finding = reread.locator('.cm-judge-mark').first();
    expect(await finding.innerText()).toContain('error[E0432]: unresolved import `num`');
    expect(await finding.evaluate((el) => el.previousElementSibling?.textContent)).toBe('use num::{is_prime, Primitive};');
    expect(await reread.locator('.cm-judge-gutter-mark').count()).toBeGreaterThan(0);
    expect(await reread.locator('.cm-content').innerText()).toContain('Primitive::from(!prime.is_true())');
    // What the replay asked for beside what the original client sent: nothing.
    expect(await requestCell(reread, 'temperature', 'asked')).toBe('0.7');
    expect(await requestCell(reread, 'temperature', 'sent')).toBe('not sent (model default)');
    expect(await requestCell(reread, 'seed', 'sent')).toBe('not sent (model default)');
    expect(await reread.locator('[data-field="completion tokens"]').innerText()).toBe('503');
    expect(await reread.locator('[data-field=model]').innerText()).toBe('TinyLlama 1.1B (Ollama: tinyllama), replayed');

    await page.keyboard.press('Escape');
    await reread.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Details of ReRead — candidate 1 of 1');

    const baseline = await openDetails(page, 'Details of Baseline — candidate 1 of 1');
    expect(await baseline.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('wrong_answer');
    const failed = baseline.locator('[aria-label=Tests] li.failed');
    expect(await failed.count()).toBe(1);
    expect((await failed.innerText()).replace(/\s+/g, ' ')).toBe('✗ assert_eq!(is_prime(2), true) left: false right: true');
    expect(await baseline.locator('.cm-content').innerText()).toContain('for I in 2..=num');
    expect(await requestCell(baseline, 'temperature', 'asked')).toBe('0.3');
    expect(await requestCell(baseline, 'seed', 'asked')).toBe('0');
    await baseline.getByRole('button', { name: 'Close' }).click();
    await baseline.waitFor({ state: 'detached' });

    // Diverse sampling's unrecorded replies: the detail says so rather than showing nothing.
    const second = page.getByRole('button', { name: 'Details of Diverse Sampling — candidate 2 of 3' });
    await second.click();
    const unrecorded = page.getByRole('dialog');
    expect(await unrecorded.locator('[data-section=code]').innerText()).toContain('The recording kept no text of this reply');
    expect(await requestCell(unrecorded, 'temperature', 'asked')).toBe('0.5');
    await page.close();
  });

  it('opens from a shared run, with a reply of HTML shown as inert text', async () => {
    const replayed = await replayOriginal();
    const [first] = replayed.results;
    const hostile = 'Sure!<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\n```rust\nfn is_prime(n: u32) -> bool { n > 1 }\n```';
    const candidate = { ...first!.candidates[0]!, generation: { ...first!.candidates[0]!.generation, text: hostile, textCoverage: 'full' as const }, code: 'fn is_prime(n: u32) -> bool { n > 1 }' };
    const run: Run = { ...replayed, source: { kind: 'live' }, results: [{ ...first!, candidates: [candidate] }] };
    const page = await browser.newPage();
    await page.goto(shareUrl(appUrl, await encodeShare({ kind: 'run', run })));
    await page.getByTestId('shared-run').waitFor();

    const dialog = await openDetails(page, 'Details of Baseline — candidate 1 of 1');
    expect(await dialog.locator('[data-section=reply] pre').innerText()).toBe(hostile);
    expect(await dialog.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await dialog.locator('[data-field=origin]').innerText()).toBe('Taken from the reply’s last ```rust code block.');
    await page.close();
  });
});
