import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { serviceWorker } from './scripts/service-worker.mjs';

/**
 * Cross-origin isolation: wllama (llama.cpp in WebAssembly) runs multi-threaded only with
 * SharedArrayBuffer, which browsers grant only to isolated pages. A host must send the same two
 * headers (see README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The built page's Content Security Policy: no inline or foreign script, so model output or a share
 * link that slipped into the page as HTML could not run. Connections stay open to any http(s) server
 * (model hubs, a user's Ollama or vLLM); `blob:` serves files opened from disk and downloads.
 * Dev mode injects inline scripts of its own, so the policy is added to builds only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http: blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [svelte(), contentSecurityPolicy, ...(isSsrBuild ? [] : [serviceWorker()])],
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
