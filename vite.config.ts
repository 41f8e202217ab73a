import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Cross-origin isolation: wllama (llama.cpp in WebAssembly) runs multi-threaded only with
 * SharedArrayBuffer, which browsers grant only to isolated pages. A host must send the same two
 * headers (see README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [svelte()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  // Node tools (benchmarks) are built with --ssr: they need no public files.
  build: { target: 'es2022', copyPublicDir: !isSsrBuild },
  worker: { format: 'es' },
  // Pre-bundled up front so the dev server and browser tests never reload to add them mid-run.
  // wllama locates its WASM and inlined worker relative to its own module: served as is.
  optimizeDeps: { include: ['comlink', 'idb', 'valibot', 'web-tree-sitter', '@mlc-ai/web-llm'], exclude: ['@wllama/wllama'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          // WebGPU on SwiftShader (a software adapter without shader-f16): capability detection only.
          name: 'browser-webgpu',
          include: ['test/browser-webgpu/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-unsafe-webgpu'] } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/serve-built-app.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
