import { chromium, type Browser, type BrowserContext } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Debian's Chromium, headless, with a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Chromium with a profile kept in `userDataDir`, as when a user closes and reopens the browser. */
export function launchChromiumWithProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
