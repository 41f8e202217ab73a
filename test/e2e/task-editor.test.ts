import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportTaskPack } from '../../src/core/task-pack';
import { taskById } from '../../src/core/tasks';
import { launchChromium } from './chromium';

/*
 * The task editor in the built app: a teacher writes a task in the Rust editors, the judge blocks a
 * wrong reference solution, the fixed one is saved, and the pack travels as a link to a new browser.
 */

const appUrl = inject('appUrl');

/** Replaces the text of the CodeMirror editor labelled `label` by typing, as a user would. */
async function typeInEditor(page: Page, label: string, text: string): Promise<void> {
  const labelId = await page.getByText(label, { exact: true }).getAttribute('id');
  const editor = page.locator(`.cm-content[aria-labelledby="${labelId}"]`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const editorText = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true }).evaluate((el) => [...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));

describe('task editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a task whose reference the judge fails cannot be saved; fixed, checked and saved, its pack opens from a link elsewhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    const save = page.getByRole('button', { name: 'Save to pack' });
    const blocker = page.getByTestId('save-blocker');

    await page.getByRole('textbox', { name: 'Id', exact: true }).fill('add-two');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Add two numbers');
    await page.getByRole('textbox', { name: /^Prompt/ }).fill('Write a Rust function `add(a: i32, b: i32) -> i32` that returns the sum of a and b.');
    await typeInEditor(page, 'Function signature (optional; shown to the model)', 'fn add(a: i32, b: i32) -> i32');
    await page.getByRole('textbox', { name: 'Call' }).fill('add(1, 2)');
    await page.getByRole('textbox', { name: 'Returns' }).fill('3');
    await typeInEditor(page, 'Hidden tests (fn main of asserts; never shown to the model)', 'fn main() {\nassert_eq!(add(2, 2), 4);\nassert_eq!(add(-3, 3), 0);\n}');
    expect(await editorText(page, 'Hidden tests (fn main of asserts; never shown to the model)')).toBe('fn main() {\n    assert_eq!(add(2, 2), 4);\n    assert_eq!(add(-3, 3), 0);\n}');
    await typeInEditor(page, 'Reference solution', 'fn add(a: i32, b: i32) -> i32 { a - b }');

    expect(await save.isDisabled()).toBe(true);
    expect(await blocker.innerText()).toMatch(/^Check the reference solution first/);
    expect(await save.getAttribute('aria-describedby')).toBe(await blocker.getAttribute('id'));

    // The wrong reference: the verdict is shown and saving stays blocked, saying why.
    await page.getByRole('button', { name: 'Check reference' }).click();
    const check = page.getByTestId('reference-check');
    await check.locator('[data-verdict=wrong_answer]').first().waitFor({ timeout: 30_000 });
    expect(await check.innerText()).toContain('assert_eq!(add(2, 2), 4)');
    expect(await blocker.innerText()).toMatch(/^The reference solution does not pass the hidden tests \(wrong answer: assert_eq!\(add\(2, 2\), 4\) — left: 0, right: 4\)/);
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Share this task as a link' }).isDisabled()).toBe(true);

    // Fixed: an edit asks for a new check; the passing check unlocks saving.
    await typeInEditor(page, 'Reference solution', 'fn add(a: i32, b: i32) -> i32 { a + b }');
    expect(await blocker.innerText()).toMatch(/^Edited since the last check/);
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Check reference' }).click();
    await check.locator('[data-verdict=pass]').first().waitFor({ timeout: 30_000 });
    expect(await check.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['pass', 'pass']);
    expect(await save.isEnabled()).toBe(true);
    await save.click();
    expect(await page.getByTestId('editor-notice').innerText()).toBe('Saved “Add two numbers” in your pack.');
    const pack = page.getByRole('list', { name: 'Tasks in your pack' });
    expect(await pack.locator('li').allInnerTexts()).toEqual([expect.stringContaining('Add two numbers')]);

    // Kept across a reload.
    await page.reload();
    await pack.locator('li[data-task=add-two]').waitFor();

    await page.getByRole('button', { name: 'Share the pack as a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${appUrl}#sl1.`)).toBe(true);

    // A colleague's browser: the shared pack shows the task and opens in the task editor.
    const elsewhere = await browser.newContext();
    const shared = await elsewhere.newPage();
    await shared.goto(link);
    const tasks = shared.getByTestId('shared-tasks');
    await tasks.waitFor();
    expect(await tasks.innerText()).toContain('Add two numbers — Write a Rust function `add(a: i32, b: i32) -> i32`');
    await shared.getByRole('button', { name: 'Open in the task editor' }).click();
    await shared.getByTestId('import-report').waitFor({ timeout: 30_000 });
    expect(await shared.getByTestId('import-report').innerText()).toMatch(/1 task added/);
    await shared.getByRole('button', { name: 'Edit Add two numbers' }).click();
    expect(await shared.getByRole('heading', { name: 'Editing “Add two numbers”' }).isVisible()).toBe(true);
    expect(await editorText(shared, 'Reference solution')).toBe('fn add(a: i32, b: i32) -> i32 { a + b }');
    await elsewhere.close();
    await context.close();
  });

  it('imports a pack file, showing its text as text; a broken pasted link gives a clear error and imports nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}#/tasks`);
    await page.getByRole('textbox', { name: 'Or paste a share link' }).fill(`${appUrl}#sl1.not-a-real-link`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await page.getByTestId('import-error').innerText()).toMatch(/^The pasted link: The share link is (truncated or )?corrupted/);
    expect(await page.getByRole('list', { name: 'Tasks in your pack' }).count()).toBe(0);

    const hostile = '<img src=x onerror="window.pwned=1">GCD <b>bold</b>';
    const wrong = { ...taskById('is-prime')!, id: 'wrong-prime', referenceSolution: 'fn is_prime(num: u32) -> bool { num > 1 }' };
    const file = exportTaskPack('Imported', [{ ...taskById('gcd')!, title: hostile }, wrong]);
    await page.getByLabel('From a file (a task pack or a share file)').setInputFiles({ name: 'week3.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.innerText()).toMatch(/^From week3\.json: 1 task added, 1 not added\./);
    expect(await report.innerText()).toContain('wrong-prime');
    expect(await page.getByRole('list', { name: 'Tasks in your pack' }).innerText()).toContain(hostile);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});
