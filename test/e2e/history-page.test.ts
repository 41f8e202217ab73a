import { readFile } from 'node:fs/promises';
import type { Browser, Download } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { LandingPage } from './landing-page';

/* The History page: every stored run listed newest first, searchable, comparable two at a time, deletable for good. */

const appUrl = inject('appUrl');

describe('the History page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists, searches, compares and deletes stored runs; a delete survives a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    for (let i = 0; i < 2; i++) {
      await landing.replay('50');
      await landing.waitForStatus('done');
      await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
    }

    await page.getByRole('link', { name: 'History' }).click();
    const entries = page.locator('li[data-entry=run]');
    await entries.nth(1).waitFor();
    expect(await entries.count()).toBe(2);
    expect(await entries.first().innerText()).toContain('Run: ');

    await page.getByLabel('Search by task, model or strategy').fill('best-of-n tinyllama-not-here');
    await page.getByText('Nothing matches the search.').waitFor();
    await page.getByLabel('Search by task, model or strategy').fill('Best-of-N');
    expect(await entries.count()).toBe(2);

    await entries.nth(0).getByRole('checkbox').check();
    await entries.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Compare the two chosen' }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    expect(await comparison.locator('section').count()).toBe(2);
    expect(await comparison.locator('section').first().locator('tbody tr').count()).toBe(4);

    await entries.first().getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => document.querySelectorAll('li[data-entry=run]').length === 1);
    await page.reload();
    await page.locator('li[data-entry=run]').first().waitFor();
    expect(await page.locator('li[data-entry=run]').count()).toBe(1);
    await context.close();
  }, 120_000);
  it('exports a run as JSON, CSV and Markdown, and opens the JSON again after the run was deleted', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    await landing.replay('50');
    await landing.waitForStatus('done');
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'History' }).click();
    const entry = page.locator('li[data-entry=run]').first();
    await entry.waitFor();

    const download = async (name: string): Promise<{ file: Download; text: string }> => {
      const [file] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name, exact: true }).click()]);
      return { file, text: await readFile((await file.path())!, 'utf8') };
    };
    const json = await download('JSON');
    expect(json.file.suggestedFilename()).toMatch(/^strategy-lab-run-.+\.json$/);
    const csv = await download('CSV');
    expect(csv.text.split('\r\n')[0]).toBe('task,strategy,verdict,calls,prompt_tokens,completion_tokens,wall_ms,reason');
    expect(csv.text).toContain('wrong_answer');
    const markdown = await download('Markdown');
    expect(markdown.text).toContain('| Strategy | Tokens | Time | Speed | Cost | Quality |');
    expect(markdown.text).toContain('| no_code |');

    await entry.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Nothing yet').waitFor();
    const open = (text: string, name = 'run.json') => page.getByLabel('Open a saved run or a shared file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    // A damaged file is refused with the reason, and nothing is added.
    await open(json.text.replace('"results"', '"resultz"'));
    const opened = page.getByTestId('opened');
    await opened.waitFor();
    expect(await opened.getAttribute('role')).toBe('alert');
    expect(await page.locator('li[data-entry=run]').count()).toBe(0);

    await open(json.text);
    await page.getByText('Added to the history').waitFor();
    await page.locator('li[data-entry=run]').first().waitFor();
    expect(await page.locator('li[data-entry=run]').first().innerText()).toContain('Run: ');
    await context.close();
  }, 120_000);
});
