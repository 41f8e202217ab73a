import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sweepResults } from '../../src/core/sweep-results';
import { encodeShare, shareUrl } from '../../src/share/share-link';
import { studentRun, studentSweep, sweepLink, tamperedSweepLink, TINYLLAMA } from '../fixtures/class-results';
import { launchChromium } from './chromium';

/*
 * The Class page in the built app: a teacher pastes the links a class sent back and adds a results
 * file; the page pools them per strategy and model, flags the students who disagree with the rest,
 * and shows what could not be read — entry by entry, without breaking the others.
 */

const appUrl = inject('appUrl');

async function openClassPage(page: Page): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Class' }).click();
  await page.getByRole('heading', { name: 'Class', level: 1 }).waitFor();
}

async function waitUntilRead(page: Page, entries: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const items = document.querySelectorAll('[data-testid=class-entry]');
      return items.length === count && [...items].every((item) => item.getAttribute('data-status') !== 'reading');
    },
    entries,
  );
}

async function name(page: Page, entry: number, student: string): Promise<void> {
  await page.getByLabel(`Student name for entry ${entry}`, { exact: true }).fill(student);
}

/** The class table as read: per strategy row, the model heading of its group, then its cells. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('class-table')
    .locator('tbody tr[data-strategy]')
    .evaluateAll((rows) => rows.map((row) => [(row.closest('tbody')!.querySelector('tr.group') as HTMLElement).innerText, ...[...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText)]));
}

describe('the Class page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('pools links and a file per strategy and model, flags who disagrees, and reports bad entries one by one', async () => {
    // Baseline: Ann, Ben, Cleo 5/10 each, Dan 0/1 (a run), Eve 1/10. Best-of-N: 8, 7, 8 of 10, Dan 1/1, Eve 8/10.
    const ann = await sweepLink('Ann’s sweep', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 5 }, { model: TINYLLAMA, strategy: 'best-of-n', passes: 8 }]));
    const ben = await sweepLink('<b>Ben</b>', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 5 }, { model: TINYLLAMA, strategy: 'best-of-n', passes: 7 }]));
    const cleo = await sweepLink('Cleo', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 5 }, { model: TINYLLAMA, strategy: 'best-of-n', passes: 8 }]));
    const dan = await encodeShare({ kind: 'run', run: await studentRun('dan-1', { baseline: 'wrong_answer', 'best-of-n': 'pass' }) });
    const eve = JSON.stringify(sweepResults(studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 1 }, { model: TINYLLAMA, strategy: 'best-of-n', passes: 8 }])));
    const tampered = await tamperedSweepLink();

    const page = await browser.newPage();
    await openClassPage(page);
    await page.getByLabel(/^Share links, one per line/).fill(
      [
        'Links from period 3',
        `Ann: ${shareUrl(appUrl, ann)}`,
        `Ben — ${shareUrl(appUrl, ben)} (done!)`,
        `${shareUrl(appUrl, cleo)}.`,
        `Dan ${shareUrl(appUrl, dan)}`,
        `Ann again: ${shareUrl(appUrl, ann)}`,
        shareUrl(appUrl, tampered),
        shareUrl(appUrl, cleo.slice(0, -30)),
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Add the links' }).click();
    await page.getByText('Added 7 links; 1 line without a share link skipped.').waitFor();
    await page.getByLabel(/^Result files/).setInputFiles({ name: 'Eve.json', mimeType: 'application/json', buffer: Buffer.from(eve) });
    await waitUntilRead(page, 8);
    for (const [entry, student] of [[1, 'Ann'], [2, 'Ben'], [3, 'Cleo'], [4, 'Dan']] as const) await name(page, entry, student);

    expect(await page.getByTestId('class-standing').innerText()).toBe('8 entries: 5 counted, 1 duplicate counted once, 2 not readable (see the list below).');
    const entries = page.getByTestId('class-entry');
    expect(await entries.nth(1).innerText()).toContain('Sweep summary “<b>Ben</b>”: 2 rows');
    expect(await page.locator('[data-testid=class-entry] b').count()).toBe(0);
    expect(await entries.nth(4).getByTestId('entry-duplicate').innerText()).toBe('Duplicate of entry 1: the same result, counted once.');
    expect(await entries.nth(5).getByTestId('entry-error').innerText()).toBe(`Not counted: The summary row for baseline on ${TINYLLAMA} says 12 of 10 answers passed, which cannot be.`);
    expect(await entries.nth(6).getByTestId('entry-error').innerText()).toMatch(/^Not counted: The share link is (truncated|corrupted)/);
    expect(await entries.nth(7).innerText()).toContain('Sweep results: 20 cells over 5 tasks');
    expect(await page.getByLabel('Student name for entry 8', { exact: true }).inputValue()).toBe('Eve');

    // Baseline: 16/41 = 39%, Wilson 26%–54%; tokens (40 × 150 + Dan's 337) / 41 = 155.
    // Best-of-N: 32/41 = 78%, Wilson 63%–88%; tokens (40 × 450 + Dan's 1,173) / 41 = 468.
    await page.getByRole('heading', { name: 'Results of 5 students' }).waitFor();
    expect(await tableRows(page)).toEqual([
      [TINYLLAMA, 'Baseline', '5', '41', '16', '39% (26%–54%)', '155', '▼ Eve'],
      [TINYLLAMA, 'Best-of-N', '5', '41', '32', '78% (63%–88%)', '468', '—'],
    ]);

    // Eve: 1/10 against the other four's 15/31 (Wilson 32%–65%); the difference, −38 points, has the
    // interval −57 to −4 (Newcombe): below. Dan's single answer (failed on Baseline, passed on
    // Best-of-N) lies outside the rest's intervals but cannot show a difference on its own.
    const flags = page.getByTestId('rate-flag');
    expect(await flags.evaluateAll((items) => items.map((item) => [item.getAttribute('data-student'), item.getAttribute('data-strategy'), item.getAttribute('data-position')]))).toEqual([
      ['Eve', 'baseline', 'below'],
    ]);
    expect(await page.locator('[data-testid=rate-flag][data-student=Eve]').innerText()).toBe(
      `Eve · Baseline on ${TINYLLAMA}: 1/10 passed (10%), below the rest’s 15/31 (32%–65%); difference −57 to −4 points`,
    );

    // is-prime was run by Dan (run) and Eve (file): both got a wrong answer with Baseline, and passed with Best-of-N.
    expect(await page.getByTestId('task-check-count').innerText()).toBe('2 tasks were run by two or more students with the same strategy and model; on 2 of them every student got the same verdict.');
    expect(await page.getByTestId('task-checks').count()).toBe(0);

    // The duplicate was never counted: removing it changes nothing; removing Dan's run does.
    await page.getByRole('button', { name: 'Remove entry 5 (Student 5)' }).click();
    expect((await tableRows(page))[0]!.slice(2, 5)).toEqual(['5', '41', '16']);
    await page.getByRole('button', { name: 'Remove entry 4 (Dan)' }).click();
    expect((await tableRows(page))[0]!.slice(2, 5)).toEqual(['4', '40', '16']);

    await page.getByRole('button', { name: 'Clear the class' }).click();
    await page.getByText('Nothing imported yet.').waitFor();
    expect(await page.getByTestId('class-table').count()).toBe(0);
    await page.close();
  });

  it('flags a student whose verdict on a task differs from the class majority, under the name the teacher gives', async () => {
    const links = await Promise.all([
      studentRun('ann-1', { baseline: 'pass', 'best-of-n': 'pass' }),
      studentRun('ben-1', { baseline: 'pass', 'best-of-n': 'pass' }),
      studentRun('cleo-1', { baseline: 'compile_error', 'best-of-n': 'pass' }),
    ].map(async (run) => shareUrl(appUrl, await encodeShare({ kind: 'run', run: await run }))));

    const page = await browser.newPage();
    await openClassPage(page);
    await page.getByLabel(/^Share links, one per line/).fill(links.join('\n'));
    await page.getByLabel(/^Share links, one per line/).press('Tab');
    await page.keyboard.press('Enter');
    await waitUntilRead(page, 3);
    await name(page, 3, 'Cleo');

    const baseline = page.getByTestId('task-checks').locator('tbody tr[data-strategy=baseline]');
    expect(await baseline.locator('[data-col=majority]').innerText()).toBe('Passes its tests');
    expect(await baseline.locator('[data-col=dissenters]').innerText()).toBe('Cleo (does not compile)');
    expect(await page.getByTestId('task-checks').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('task-check-count').innerText()).toContain('; on 1 of them every student got the same verdict.');
    await page.close();
  });
});
