import { expect } from 'vitest';
import type { Page } from 'playwright';

/** The landing page as a user sees it: what they click and what they read. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Replay the original experiment' }).waitFor();
  }

  async replay(speed: string): Promise<void> {
    await this.page.getByLabel('Playback speed').selectOption(speed);
    await this.page.getByRole('button', { name: /Replay (the original experiment|again)/ }).click();
  }

  status(): Promise<string | null> {
    return this.page.getByRole('status').getAttribute('data-status');
  }

  async waitForStatus(status: string, timeout = 30_000): Promise<void> {
    await this.page.locator(`[role=status][data-status=${status}]`).waitFor({ timeout });
  }

  /** The summary table's rows as the user reads them: strategy, then each figure column. */
  async summaryRows(): Promise<string[][]> {
    const rows = this.page.locator('table tbody tr');
    const count = await rows.count();
    const result: string[][] = [];
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const cell = (col: string) => row.locator(`[data-col=${col}]`).innerText();
      result.push([
        await row.locator('th').innerText(),
        await cell('tokens'),
        await cell('time'),
        await cell('speed'),
        await cell('cost'),
      ]);
    }
    return result;
  }

  lane(strategyId: string) {
    return this.page.locator(`article[data-strategy="${strategyId}"]`);
  }

  async laneTokens(strategyId: string): Promise<number> {
    return Number(await this.lane(strategyId).getByRole('progressbar').getAttribute('aria-valuenow'));
  }
}

/** The original experiment's summary, as published. */
export const ORIGINAL_SUMMARY = [
  ['Baseline', '337', '12.4 s', '27 tok/s', '1x'],
  ['ReRead', '503', '17.0 s', '30 tok/s', '1x'],
  ['Diverse Sampling', '1,102', '36.0 s', '31 tok/s', '3x'],
  ['Best-of-N', '1,173', '39.5 s', '30 tok/s', '3x'],
];

export async function expectOriginalSummary(landing: LandingPage): Promise<void> {
  expect(await landing.summaryRows()).toEqual(ORIGINAL_SUMMARY);
}
