import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { taskById } from '../../src/core/tasks';
import { isPrimeTask } from '../../src/core/tasks/is-prime';
import { scriptedModel } from '../models/tiny-models';
import { launchChromium } from './chromium';

/*
 * A sweep in the built app: a real llama.cpp model (scripted to answer every prompt with the is-prime
 * reference solution) loaded on the Models page, then three strategies × three tasks run, judged,
 * stored and summarized on the Experiments page — and still there after a reload.
 */

const appUrl = inject('appUrl');
const REPLY = `Here it is:\n\`\`\`rust\n${isPrimeTask.referenceSolution}\n\`\`\`\n`;

describe('the Experiments page', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'strategy-lab-sweep-'));
    await writeFile(join(dir, 'scripted.gguf'), scriptedModel(REPLY));
    await writeFile(join(dir, 'gcd-solver.gguf'), scriptedModel(`Sure:\n\`\`\`rust\n${taskById('gcd')!.referenceSolution}\n\`\`\`\n`));
  });
  afterAll(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a sweep on the loaded model, reports pass rates with intervals, exports the report, and keeps it across a reload', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${appUrl}#/models`);
    await page.getByLabel('Or open a GGUF file from this computer').setInputFiles(join(dir, 'scripted.gguf'));
    await page.getByText('Loaded: scripted.gguf').waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.getByText('Model: scripted.gguf').waitFor();
    await page.getByLabel('Seeds per task').fill('1');
    await page.getByRole('button', { name: 'Run 9 cells' }).click();
    await page.locator('[data-testid=sweep-status][data-status=complete]').waitFor({ timeout: 120_000 });
    if (process.env.SWEEP_SCREENSHOT) await page.screenshot({ path: process.env.SWEEP_SCREENSHOT, fullPage: true });

    // The last cell as it ran: self-repair on reverse-words, its attempts streamed, graded and the submitted one marked.
    const live = page.getByTestId('live-cell');
    expect(await live.locator('h3').innerText()).toBe('Last cell: reverse-words · Self-repair · seed 1');
    expect(await live.locator('li[data-candidate] pre').first().textContent()).toBe(REPLY);
    expect(await live.locator('li.chosen .tag').innerText()).toBe('submitted');
    expect(await live.locator('li[data-candidate] [data-verdict]').count()).toBe(await live.locator('li[data-candidate]').count());
    // The submitted candidate's detail: the whole reply, its verdict, and the seed the engine really sent.
    const chosenVerdict = await live.locator('li.chosen [data-verdict]').getAttribute('data-verdict');
    await live.locator('li.chosen').getByRole('button', { name: /^Details of Self-repair — candidate \d+ of \d+$/ }).click();
    const detail = page.getByRole('dialog');
    await detail.locator('.cm-editor').waitFor();
    expect(await detail.locator('[data-section=reply] pre').textContent()).toBe(REPLY);
    expect(await detail.locator('[data-section=verdict] [data-verdict]').getAttribute('data-verdict')).toBe(chosenVerdict);
    const seed = detail.locator('[data-parameter=seed]');
    expect(await seed.locator('[data-field=asked]').innerText()).toMatch(/^\d+$/);
    expect(await seed.locator('[data-field=sent]').innerText()).toBe(await seed.locator('[data-field=asked]').innerText());
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    const results = page.getByTestId('sweep-results');
    // The scripted answer solves is-prime only: 1 of 3 tasks for every strategy (self-repair cannot fix a model that always says the same).
    for (const id of ['baseline', 'best-of-n', 'self-repair']) {
      expect(await results.locator(`tr[data-strategy="${id}"] .quality`).innerText()).toBe('1/3 passed (33%, 6%–79%)');
    }
    expect(await results.locator('tr[data-net="best-of-n"]').innerText()).toContain('no evidence of a difference');
    const chart = results.getByTestId('cost-quality-chart');
    expect(await chart.locator('g[data-strategy]').count()).toBe(3);
    expect(await chart.getAttribute('aria-label')).toMatch(/^Baseline: 33% passed \(95% interval 6–79%\) at \d+ tokens per task; Best-of-N: 33% passed/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (Markdown)' }).click()]);
    const report = await readFile((await download.path())!, 'utf8');
    expect(report).toContain('| Strategy | Tokens | Time | Speed | Cost | Quality |');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the results (CSV)' }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(10);

    await page.getByRole('button', { name: 'Share the summary as a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const shared = await browser.newPage();
    await shared.goto(link);
    expect(await shared.getByTestId('shared-sweep').locator('tr[data-strategy="best-of-n"] .quality').innerText()).toBe('1/3 passed (33%, 6%–79%)');
    await shared.close();

    await page.reload();
    await page.getByRole('link', { name: 'Experiments' }).click();
    const listed = page.locator('.sweeps li').first();
    await listed.waitFor();
    expect(await listed.innerText()).toContain('complete');
    await listed.getByRole('button', { name: 'Open' }).click();
    expect(await page.getByTestId('sweep-results').locator('tr[data-strategy="baseline"] .quality').innerText()).toBe('1/3 passed (33%, 6%–79%)');
    await context.close();
  }, 180_000);

  it('compares two models in one sweep, loading each in turn', async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}#/models`);
    const open = page.getByLabel('Or open a GGUF file from this computer');
    await open.setInputFiles(join(dir, 'scripted.gguf'));
    await page.getByText('Loaded: scripted.gguf').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.getByRole('button', { name: 'Compare models: add scripted.gguf' }).click();
    await page.getByRole('link', { name: 'Models' }).click();
    await open.setInputFiles(join(dir, 'gcd-solver.gguf'));
    await page.getByText('Loaded: gcd-solver.gguf').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.getByRole('button', { name: 'Compare models: add gcd-solver.gguf' }).click();
    for (const name of ['Best-of-N', 'Self-repair']) await page.getByRole('checkbox', { name, exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Reverse the words (medium)' }).uncheck();
    await page.getByLabel('Seeds per task').fill('1');
    await page.getByRole('button', { name: 'Run 4 cells' }).click();
    await page.locator('[data-testid=sweep-status][data-status=complete]').waitFor({ timeout: 120_000 });
    const rows = page.getByTestId('sweep-results').locator('tr[data-strategy="baseline"]');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^Baseline\s+scripted\.gguf[\s\S]*1\/2 passed/),
      expect.stringMatching(/^Baseline\s+gcd-solver\.gguf[\s\S]*1\/2 passed/),
    ]);
    await page.close();
  }, 180_000);
  it("runs a sweep on a task from the teacher's pack, which the sweep keeps with it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A task written on the Tasks page: a copy of is-prime, its reference checked by the judge, saved.
    await page.goto(`${appUrl}#/tasks`);
    await page.getByRole('button', { name: 'Use as template' }).click();
    await page.getByRole('button', { name: 'Check reference' }).click();
    await page.getByTestId('reference-check').locator('[data-verdict=pass]').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Save to pack' }).click();
    await page.getByTestId('editor-notice').waitFor();

    await page.goto(`${appUrl}#/models`);
    await page.getByLabel('Or open a GGUF file from this computer').setInputFiles(join(dir, 'scripted.gguf'));
    await page.getByText('Loaded: scripted.gguf').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Experiments' }).click();
    const pack = page.getByTestId('pack-tasks');
    await pack.waitFor();
    const builtIn = page.getByRole('group', { name: 'Tasks', exact: true }).getByRole('checkbox', { checked: true });
    while ((await builtIn.count()) > 0) await builtIn.first().uncheck();
    await pack.getByRole('checkbox').check();
    await page.getByLabel('Seeds per task').fill('1');
    await page.getByRole('button', { name: 'Run 3 cells' }).click();
    await page.locator('[data-testid=sweep-status][data-status=complete]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('live-cell').locator('h3').innerText()).toBe('Last cell: is-prime-copy · Self-repair · seed 1');
    const results = page.getByTestId('sweep-results');
    for (const id of ['baseline', 'best-of-n', 'self-repair']) {
      expect(await results.locator(`tr[data-strategy="${id}"] .quality`).innerText()).toBe('1/1 passed (100%, 21%–100%)');
    }

    // The stored sweep carries the task itself, so it resumes and reports whatever becomes of the pack.
    const stored = await page.evaluate(
      () =>
        new Promise<{ taskIds: string[]; tasks: { id: string }[] }>((resolve) => {
          const open = indexedDB.open('strategy-lab');
          open.onsuccess = () => {
            const request = open.result.transaction('sweeps').objectStore('sweeps').getAll();
            request.onsuccess = () => resolve(request.result[0].plan);
          };
        }),
    );
    expect(stored.taskIds).toEqual(['is-prime-copy']);
    expect(stored.tasks.map((t) => t.id)).toEqual(['is-prime-copy']);
    await context.close();
  }, 180_000);
});
