// Takes the README's screenshots of the landing page and the Models page: the real built app in headless Chromium,
// after a full replay of the original experiment and the judge's verdicts.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './chromium.mjs';
import { serveBuiltApp } from './serve-built.mjs';

const missing = missingChromiumMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const out = process.argv[2] ?? 'docs/landing-page.png';
const app = await serveBuiltApp({ outDir: '.e2e-dist' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(app.url);
  await page.getByLabel('Playback speed').selectOption('50');
  await page.getByRole('button', { name: 'Replay the original experiment' }).click();
  await page.locator('[role=status][data-status=done]').waitFor({ timeout: 60_000 });
  await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
  if (!process.argv[2]) {
    // The Models page as a browser without WebGPU sees it: the GPU card explains, CPU and server work.
    await page.goto(`${app.url}#/models`);
    await page.locator('[data-engine=wllama]').getByText('Available here').waitFor({ timeout: 60_000 });
    await page.locator('[data-engine=webllm]').getByText('Not available here').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'docs/models-page.png', fullPage: true });
    console.log('Saved docs/models-page.png');
  }
} finally {
  await browser.close();
  await app.close();
}
