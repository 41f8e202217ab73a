import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/require-chromium.mjs');
const run = (chromiumPath: string) =>
  spawnSync(process.execPath, [script], { env: { ...process.env, CHROMIUM_PATH: chromiumPath }, encoding: 'utf8' });

describe('npm test without Chromium', () => {
  it('fails with one line that says how to install it', () => {
    const result = run('/nonexistent/chromium');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chromium not found at \/nonexistent\/chromium: install it with `sudo apt-get install -y chromium`/);
  });

  it('passes silently when CHROMIUM_PATH points at a file that exists', () => {
    const result = run(process.execPath);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
