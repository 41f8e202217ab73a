import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { LandingPage } from './landing-page';

/*
 * Every page, as a class sees it on a laptop or a projector: each control has a name a screen
 * reader can say, text is readable against its background (WCAG AA contrast), and the keyboard
 * reaches the controls with a visible focus ring.
 */

const appUrl = inject('appUrl');
const PAGES = ['#/', '#/judge', '#/models', '#/experiments', '#/history', '#/class', '#/tasks'];

/** Controls without an accessible name, described for the failure message. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex="-1"])')];
    const visible = controls.filter((c) => c.offsetParent !== null || c.getClientRects().length > 0);
    const nameOf = (c: HTMLElement): string => {
      const labelledBy = c.getAttribute('aria-labelledby');
      const byId = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      const labels = 'labels' in c ? [...((c as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
      return [c.getAttribute('aria-label') ?? '', byId, labels, c instanceof HTMLInputElement ? '' : (c.textContent ?? ''), c.getAttribute('title') ?? ''].join(' ').trim();
    };
    return visible.filter((c) => nameOf(c) === '').map((c) => c.outerHTML.slice(0, 120));
  });
}

/** Text whose contrast with its background is below WCAG AA (4.5:1; 3:1 for large text). */
function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (css: string): number[] => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    /** The first opaque background behind an element (the page's is white when none is set). */
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if ((c[3] ?? 1) > 0.5) return c;
      }
      return [255, 255, 255, 1];
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || (node.textContent ?? '').trim() === '') continue;
      seen.add(el);
      if (el.getClientRects().length === 0 || el.closest('[aria-hidden=true], svg, .cm-editor')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const fg = rgba(style.color);
      const bg = background(el);
      // Blend a translucent text colour over its background.
      const alpha = fg[3] ?? 1;
      const shown = [0, 1, 2].map((i) => fg[i]! * alpha + bg[i]! * (1 - alpha));
      const [a, b] = [luminance(shown), luminance(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      // Disabled controls are exempt in WCAG.
      if ((el.closest('button, input, select, textarea') as HTMLButtonElement | null)?.disabled) continue;
      if (ratio < (large ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)}:1 "${(node.textContent ?? '').trim().slice(0, 40)}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    return problems;
  });
}

describe('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('names every control and keeps text readable on every page (after a replay, with results shown)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const landing = new LandingPage(page);
    await landing.open(appUrl);
    await landing.replay('50');
    await landing.waitForStatus('done');
    await page.getByTestId('verdict-summary').waitFor({ timeout: 60_000 });
    for (const hash of PAGES) {
      await page.goto(`${appUrl}${hash}`);
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForTimeout(300);
      expect(await unnamedControls(page), hash).toEqual([]);
      expect(await lowContrastText(page), hash).toEqual([]);
    }
    await page.close();
  }, 120_000);

  it('reaches the controls with the keyboard, with a visible focus ring', async () => {
    const page = await browser.newPage();
    await new LandingPage(page).open(appUrl);
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? 'outline' : style.boxShadow !== 'none' ? 'shadow' : 'none';
        return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30) || el.tagName, ring };
      });
      expect(info, `Tab ${i + 1}`).not.toBeNull();
      expect(info!.ring, `focus ring on ${info!.name}`).not.toBe('none');
      focused.push(info!.name);
    }
    // The navigation comes first, then the page's own controls.
    expect(focused).toContain('Judge Rust');
    expect(focused.some((name) => /Replay|speed/i.test(name) || name === 'SELECT')).toBe(true);
    await page.close();
  }, 60_000);
  it('the checks above find an unnamed control and pale text when a page has them', async () => {
    const page = await browser.newPage();
    await new LandingPage(page).open(appUrl);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<button type="button"></button><p style="color:#bbb;background:#fff">pale words</p>');
    });
    expect(await unnamedControls(page)).toHaveLength(1);
    const pale = await lowContrastText(page);
    expect(pale).toHaveLength(1);
    expect(pale[0]).toContain('pale words');
    await page.close();
  });
  it('fits a projector (1024 × 768) and a small laptop screen zoomed to 150% without sideways scrolling', async () => {
    for (const viewport of [
      { width: 1024, height: 768, deviceScaleFactor: 1 },
      { width: 1366 / 1.5, height: 768 / 1.5, deviceScaleFactor: 1.5 },
    ]) {
      const page = await browser.newPage({ viewport: { width: Math.round(viewport.width), height: Math.round(viewport.height) }, deviceScaleFactor: viewport.deviceScaleFactor });
      const landing = new LandingPage(page);
      await landing.open(appUrl);
      await landing.replay('50');
      await landing.waitForStatus('done');
      for (const hash of PAGES) {
        await page.goto(`${appUrl}${hash}`);
        await page.locator('main h1, main h2').first().waitFor();
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${hash} at ${Math.round(viewport.width)} px`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  }, 120_000);
});
