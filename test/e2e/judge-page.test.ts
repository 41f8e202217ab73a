import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { playgroundResponse, transcript } from '../fixtures/rustc/transcripts';
import { launchChromiumWithProfile } from './chromium';
import { startFakePlayground } from './fake-playground';

const appUrl = inject('appUrl');

const UNSUPPORTED = `trait Shape { fn area(&self) -> f64; }
struct Square(f64);
impl Shape for Square { fn area(&self) -> f64 { self.0 * self.0 } }
fn total(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn main() { assert_eq!(total(&[Box::new(Square(2.0))]), 4.0); }
`;

describe('the Judge Rust page', () => {
  let playground: Awaited<ReturnType<typeof startFakePlayground>>;
  let profile: string;
  beforeAll(async () => {
    playground = await startFakePlayground(playgroundResponse(transcript('pass', 'cargo')));
    profile = await mkdtemp(join(tmpdir(), 'strategy-lab-judge-'));
  });
  afterAll(async () => {
    await playground.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('judges in the browser, and asks the playground only with consent, once per program', async () => {
    let context = await launchChromiumWithProfile(profile);
    let page = await context.newPage();
    await page.goto(`${appUrl}#/judge`);
    await page.getByRole('heading', { name: 'Judge Rust' }).waitFor();

    await page.getByRole('button', { name: 'Judge in the browser' }).click();
    const result = page.getByTestId('judge-result');
    await result.locator('[data-verdict=wrong_answer]').waitFor();
    expect(await result.innerText()).toContain('assert_eq!(is_prime(2), true)');

    // Something outside the judge's subset: it says so, and offers the playground.
    await page.getByLabel('Rust program').fill(UNSUPPORTED);
    await page.getByRole('button', { name: 'Judge in the browser' }).click();
    await result.locator('[data-verdict=unknown]').waitFor();
    expect(await result.innerText()).toContain('dyn Trait');

    await result.getByRole('button', { name: 'Ask rustc on the Rust playground' }).click();
    const panel = page.getByTestId('playground');
    await panel.locator('[data-state=needs-consent]').waitFor();
    expect(playground.requests()).toBe(0);

    await panel.getByRole('checkbox').check();
    await panel.getByLabel('Playground address').fill('not a url');
    await panel.getByRole('button', { name: 'Use this address' }).click();
    expect(await panel.getByRole('alert').innerText()).toContain('starting with https://');
    await panel.getByLabel('Playground address').fill(playground.url);
    await panel.getByRole('button', { name: 'Use this address' }).click();

    await page.getByRole('button', { name: 'Ask rustc on the Rust playground' }).first().click();
    await panel.locator('[data-state=answered] [data-verdict=pass]').waitFor();
    expect(await panel.innerText()).toContain('rustc on the Rust playground');
    expect(playground.requests()).toBe(1);

    // The same program again: answered from this browser's cache, not sent twice.
    await page.getByRole('button', { name: 'Ask rustc on the Rust playground' }).first().click();
    await panel.getByText('Answer kept from an earlier request').waitFor();
    expect(playground.requests()).toBe(1);
    await context.close();

    // Consent and address are kept for the next visit.
    context = await launchChromiumWithProfile(profile);
    page = await context.newPage();
    await page.goto(`${appUrl}#/judge`);
    const again = page.getByTestId('playground');
    await again.getByRole('checkbox').waitFor();
    expect(await again.getByRole('checkbox').isChecked()).toBe(true);
    expect(await again.getByLabel('Playground address').inputValue()).toBe(playground.url);
    await context.close();
  });
});
