import type { TestProject } from 'vitest/node';
import { serveBuiltApp } from '../../scripts/serve-built.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Builds the app once and serves it with `vite preview` for every end-to-end test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await serveBuiltApp({ outDir: '.e2e-dist' });
  project.provide('appUrl', app.url);
  return app.close;
}
