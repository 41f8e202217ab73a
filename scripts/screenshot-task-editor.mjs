// Takes the README's screenshot of the task editor (docs/task-editor.png): the real built app in headless
// Chromium, a pack of two tasks written from built-in templates, and a third being edited whose reference
// solution the judge has just passed.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './chromium.mjs';
import { serveBuiltApp } from './serve-built.mjs';

const missing = missingChromiumMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const out = process.argv[2] ?? 'docs/task-editor.png';
const app = await serveBuiltApp({ outDir: '.screenshot-dist' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${app.url}#/tasks`);
  await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Pack title' }).fill('Week 3: loops and slices');
  await page.getByRole('textbox', { name: 'Pack title' }).press('Tab');

  /** Starts from a built-in task, checks its reference with the judge and (unless `keepOpen`) saves it. */
  const fromTemplate = async (/** @type {string} */ title, /** @type {string} */ newTitle, keepOpen = false) => {
    await page.getByLabel('Start from a built-in task').selectOption({ label: title });
    await page.getByRole('button', { name: 'Use as template' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(newTitle);
    await page.locator('#task-reference-label + .host .cm-content, #task-reference-label ~ .host .cm-content').waitFor();
    await page.getByRole('button', { name: 'Check reference' }).click();
    await page.getByTestId('reference-check').waitFor({ timeout: 60_000 });
    if (keepOpen) return;
    await page.getByRole('button', { name: 'Save to pack' }).click();
    await page.getByTestId('editor-notice').waitFor();
  };
  await fromTemplate('Greatest common divisor (easy)', 'Greatest common divisor');
  await fromTemplate('Second largest value (medium)', 'Second largest value');
  await fromTemplate('Binary search (medium)', 'Binary search in a sorted slice', true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await app.close();
}
