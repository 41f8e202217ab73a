import type * as WebLlm from '@mlc-ai/web-llm';
import type { WebLlmRuntime } from './webllm-engine';

/** The web-llm module's exports. */
export type WebLlmLibrary = typeof WebLlm;

let library: Promise<WebLlmLibrary> | null = null;

/**
 * web-llm, imported on first use only. The library is a 6 MB bundle (2.2 MB gzip): a dynamic
 * import keeps it out of the app's first bundle; the bundler splits it into a chunk of its own
 * that a worker (or a models page) fetches when it first needs it. A failed import is not
 * cached, so a later call retries.
 */
export function loadWebLlmLibrary(): Promise<WebLlmLibrary> {
  library ??= import('@mlc-ai/web-llm').catch((error: unknown) => {
    library = null;
    throw error;
  });
  return library;
}

/**
 * The real web-llm runtime for WebLlmEngine: its prebuilt model list, and an MLCEngine that
 * stores models in the Cache API (web-llm's default and best-tested backend; model-cache.ts
 * looks there too).
 */
export async function loadWebLlmRuntime(): Promise<WebLlmRuntime> {
  const webllm = await loadWebLlmLibrary();
  const appConfig = webllm.prebuiltAppConfig;
  return { appConfig, createEngine: () => new webllm.MLCEngine({ appConfig }) };
}
