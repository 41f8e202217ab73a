// Takes the README's screenshots of the landing page, a candidate's detail and the Models page: the real
// built app in headless Chromium, after a full replay of the original experiment and the judge's verdicts.
//   npm run screenshot                              all three into docs/
//   npm run screenshot -- path/to/landing.png       the landing page only, to that file
//   npm run screenshot -- --only=candidate-detail   one of them (landing-page, candidate-detail, models-page)
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './chromium.mjs';
import { serveBuiltApp } from './serve-built.mjs';

const missing = missingChromiumMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const arg = process.argv[2];
const only = arg?.startsWith('--only=') ? arg.slice('--only='.length) : arg ? 'landing-page' : null;
const SHOTS = ['landing-page', 'candidate-detail', 'models-page'];
if (only !== null && !SHOTS.includes(only)) {
  console.error(`Unknown screenshot "${only}"; one of: ${SHOTS.join(', ')}`);
  process.exit(2);
}
const wanted = (/** @type {string} */ name) => only === null || only === name;
const landingOut = arg && !arg.startsWith('--') ? arg : 'docs/landing-page.png';

const app = await serveBuiltApp({ outDir: '.e2e-dist' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  if (wanted('landing-page') || wanted('candidate-detail')) {
    await page.goto(app.url);
    await page.getByLabel('Playback speed').selectOption('50');
    await page.getByRole('button', { name: 'Replay the original experiment' }).click();
    await page.locator('[role=status][data-status=done]').waitFor({ timeout: 60_000 });
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
  }
  if (wanted('landing-page')) {
    await page.screenshot({ path: landingOut, fullPage: true });
    console.log(`Saved ${landingOut}`);
  }
  if (wanted('candidate-detail')) {
    // ReRead's answer: rustc's errors under the lines they point at, and a request that sent nothing.
    await page.getByRole('button', { name: 'Details of ReRead — candidate 1 of 1' }).click();
    await page.getByRole('dialog').locator('.cm-editor .cm-judge-mark').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'docs/candidate-detail.png' });
    console.log('Saved docs/candidate-detail.png');
    await page.keyboard.press('Escape');
  }
  if (wanted('models-page')) {
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
