import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../src/engine/engine';
import { engineErrorKind } from '../../src/engine/engine-error';
import { createWebLlmEngine } from '../../src/engine/webllm/create-webllm-engine';
import { deleteCachedModel, estimateStorage, isModelCached, listWebLlmModels } from '../../src/engine/webllm/model-cache';
import { webGpuAssessmentOf } from '../../src/engine/webllm/webgpu-capability';
import type { WorkerEngine } from '../../src/engine/worker-engine';

/*
 * The WebLLM engine in its real module worker, in Chromium launched without WebGPU (no
 * --enable-unsafe-webgpu: requestAdapter() finds nothing), through the app's own wrapper.
 */

const engines: WorkerEngine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.dispose()));

function started(): WorkerEngine {
  const engine = createWebLlmEngine();
  engines.push(engine);
  return engine;
}

const TINY = 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC';
const SMOL = 'SmolLM2-360M-Instruct-q4f32_1-MLC';

async function webLlmCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith('webllm/'));
}

describe('WebLLM engine worker without WebGPU', () => {
  it('says it is unavailable, naming the browsers that have WebGPU and the CPU and server alternatives', async () => {
    const capabilities = await started().capabilities();
    expect(capabilities).toMatchObject({ engine: 'webllm', available: false });
    expect(capabilities.reason).toMatch(/WebGPU ships in Chrome and Edge 113\+, Safari 26 and Firefox 141\+ \(on Windows\)/);
    expect(capabilities.reason).toMatch(/CPU engine \(wllama/);
    expect(capabilities.reason).toMatch(/OpenAI-compatible server such as Ollama/);
    expect(capabilities.details[0]).toMatch(/^navigator\.gpu: /);
    // The structured assessment survives the worker boundary.
    expect(webGpuAssessmentOf(capabilities)).toMatchObject({ available: false, shaderF16: false });
  });

  it('rejects a load with "no-webgpu" at once, without reporting progress or storing anything', async () => {
    const engine = started();
    const progress: LoadProgress[] = [];
    const startedAt = performance.now();
    const error = await engine.load({ engine: 'webllm', modelId: TINY }, (p) => progress.push(p)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(engineErrorKind(error)).toBe('no-webgpu');
    expect((error as Error).message).toMatch(/Chrome and Edge 113\+/);
    expect(progress).toEqual([]);
    expect(await webLlmCaches()).toEqual([]);
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    // The worker still answers afterwards.
    expect(await engine.capabilities()).toMatchObject({ available: false });
  });
});

describe('WebLLM model cache on the main thread', () => {
  it('lists the catalog with nothing cached, core models first', async () => {
    const models = await listWebLlmModels();
    expect(models.slice(0, 2).map((m) => m.family.id)).toEqual(['TinyLlama-1.1B-Chat-v1.0', 'TinyLlama-1.1B-Chat-v1.0']);
    expect(models.some((m) => m.family.id === 'Phi-3-mini-4k-instruct')).toBe(true);
    expect(models.every((m) => m.cached === false)).toBe(true);
  });

  it('deletes a model that was never downloaded without touching the network, and estimates storage', async () => {
    await deleteCachedModel(TINY);
    expect(await isModelCached(TINY)).toBe(false);
    const estimate = await estimateStorage();
    expect(estimate.quotaBytes).toBeGreaterThan(0);
    expect(estimate.usageBytes).toBeGreaterThanOrEqual(0);
    expect(typeof estimate.persisted).toBe('boolean');
  });

  it('sees a model stored the way web-llm stores it, and deletes all of its files', async () => {
    // Web-llm's Cache API layout for one model: manifest + shards + tokenizer, config, library.
    const base = `${prebuiltAppConfig.model_list.find((r) => r.model_id === SMOL)!.model}/resolve/main/`;
    const libUrl = prebuiltAppConfig.model_list.find((r) => r.model_id === SMOL)!.model_lib;
    const model = await caches.open('webllm/model');
    const manifest = { metadata: {}, records: [{ dataPath: 'params_shard_0.bin' }, { dataPath: 'params_shard_1.bin' }] };
    await model.put(`${base}tensor-cache.json`, new Response(JSON.stringify(manifest)));
    await model.put(`${base}params_shard_0.bin`, new Response(new Uint8Array(16)));
    expect(await isModelCached(SMOL)).toBe(false);
    await model.put(`${base}params_shard_1.bin`, new Response(new Uint8Array(16)));
    await model.put(`${base}tokenizer.json`, new Response('{}'));
    await (await caches.open('webllm/config')).put(`${base}mlc-chat-config.json`, new Response('{}'));
    await (await caches.open('webllm/wasm')).put(libUrl, new Response(new Uint8Array(8)));
    expect(await isModelCached(SMOL)).toBe(true);
    expect((await listWebLlmModels()).find((m) => m.modelId === SMOL)?.cached).toBe(true);

    await deleteCachedModel(SMOL);
    expect(await isModelCached(SMOL)).toBe(false);
    const left = await Promise.all(['webllm/model', 'webllm/config', 'webllm/wasm'].map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
    // Every weight, tokenizer, config and library file is gone, and the manifest web-llm leaves behind.
    expect(left.flat()).toEqual([]);
  });
});
