import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { serveBuiltApp } from '../../scripts/serve-built.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/**
 * Builds the app once and serves it with `vite preview` for every end-to-end test. Each test run
 * builds into a folder of its own, so runs started side by side do not overwrite each other's build.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = `.e2e-dist/run-${process.pid}`;
  const app = await serveBuiltApp({ outDir });
  project.provide('appUrl', app.url);
  return async () => {
    await app.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
