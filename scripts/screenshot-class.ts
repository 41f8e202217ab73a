// Takes the README's screenshot of the Class page: the real built app in headless Chromium, after a
// teacher pastes the links of a class (two students, plus one link cut short) and adds three results
// files — five students, Baseline and Best-of-N on two models. Run with `npm run screenshot:class`.
import { chromium } from 'playwright';
import { sweepResults } from '../src/core/sweep-results';
import { shareUrl } from '../src/share/share-link';
import { QWEN_CODER, studentSweep, sweepLink, TINYLLAMA, type SweepPart } from '../test/fixtures/class-results';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './chromium.mjs';
import { serveBuiltApp } from './serve-built.mjs';

const missing = missingChromiumMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

/** Passes out of 10 cells per strategy and model, and completion tokens per candidate. */
function parts(tiny: [number, number], qwen: [number, number], tokens: number): SweepPart[] {
  return [
    { model: TINYLLAMA, strategy: 'baseline', passes: tiny[0], completionTokens: tokens },
    { model: TINYLLAMA, strategy: 'best-of-n', passes: tiny[1], completionTokens: tokens },
    { model: QWEN_CODER, strategy: 'baseline', passes: qwen[0], completionTokens: Math.round(tokens * 0.8) },
    { model: QWEN_CODER, strategy: 'best-of-n', passes: qwen[1], completionTokens: Math.round(tokens * 0.8) },
  ];
}

const out = process.argv[2] ?? 'docs/class-view.png';
const app = await serveBuiltApp({ outDir: '.e2e-dist' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const links = [
    `Amira: ${shareUrl(app.url, await sweepLink('Week 3 pack', studentSweep(parts([4, 7], [6, 8], 212))))}`,
    `Bruno ${shareUrl(app.url, await sweepLink('week3', studentSweep(parts([3, 6], [6, 8], 187))))}`,
    `Finn: ${shareUrl(app.url, (await sweepLink('Finn', studentSweep(parts([5, 8], [7, 9], 240)))).slice(0, 180))}`,
  ];
  const files = [
    { name: 'Chloe.json', parts: parts([5, 7], [7, 9], 230) },
    { name: 'Dmitri.json', parts: parts([4, 7], [1, 4], 195) },
    { name: 'Esme.json', parts: parts([4, 7], [6, 8], 205) },
  ].map(({ name, parts }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sweepResults(studentSweep(parts)))) }));

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${app.url}#/class`);
  await page.getByLabel(/^Share links, one per line/).fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add the links' }).click();
  await page.getByLabel(/^Result files/).setInputFiles(files);
  await page.waitForFunction(() => {
    const entries = document.querySelectorAll('[data-testid=class-entry]');
    return entries.length === 6 && [...entries].every((e) => e.getAttribute('data-status') !== 'reading');
  });
  for (const [entry, name] of [[1, 'Amira'], [2, 'Bruno'], [3, 'Finn']] as const) await page.getByLabel(`Student name for entry ${entry}`, { exact: true }).fill(name);
  await page.locator(':focus').blur();
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await app.close();
}
