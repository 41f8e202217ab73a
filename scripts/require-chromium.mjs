// Fails the test run with one clear line when the browser tests cannot find Chromium.
import { missingChromiumMessage } from './chromium.mjs';

const message = missingChromiumMessage();
if (message) {
  console.error(message);
  process.exit(1);
}
