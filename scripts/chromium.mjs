// Where tests and scripts find Chromium, and the flags it needs on a machine without network.
import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without these, Chromium stalls on background connections that a closed network refuses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The one line to print when Chromium is missing, or null when it is there. */
export function missingChromiumMessage() {
  if (existsSync(chromiumPath)) return null;
  return (
    `Chromium not found at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\` ` +
    `(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`
  );
}
