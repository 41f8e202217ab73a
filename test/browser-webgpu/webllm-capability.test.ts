import { afterEach, describe, expect, it } from 'vitest';
import { engineErrorKind } from '../../src/engine/engine-error';
import { createWebLlmEngine } from '../../src/engine/webllm/create-webllm-engine';
import { probeWebGpu } from '../../src/engine/webllm/webgpu-probe';
import { webGpuAssessmentOf } from '../../src/engine/webllm/webgpu-capability';
import type { WorkerEngine } from '../../src/engine/worker-engine';

/*
 * Chromium with --enable-unsafe-webgpu: WebGPU on SwiftShader, a software adapter without
 * shader-f16. Capability detection and variant choice only — far too slow for real models, and
 * no weights can be downloaded here.
 */

const engines: WorkerEngine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.dispose()));

function started(): WorkerEngine {
  const engine = createWebLlmEngine();
  engines.push(engine);
  return engine;
}

describe('WebLLM capabilities on SwiftShader WebGPU', () => {
  it('finds a fallback adapter without shader-f16 on the main thread', async () => {
    const gpu = await probeWebGpu();
    expect(gpu.kind).toBe('adapter');
    if (gpu.kind !== 'adapter') return;
    expect(gpu.adapter.isFallbackAdapter).toBe(true);
    expect(gpu.adapter.features).not.toContain('shader-f16');
    expect(gpu.adapter.limits.maxBufferSize).toBeGreaterThanOrEqual(256 * 1024 * 1024);
  });

  it('through the worker: available, q4f32_1 chosen for TinyLlama and Phi-3, the adapter listed', async () => {
    const capabilities = await started().capabilities();
    expect(capabilities).toMatchObject({ engine: 'webllm', available: true, reason: null });
    const assessment = webGpuAssessmentOf(capabilities)!;
    expect(assessment).toMatchObject({ shaderF16: false, softwareAdapter: true });
    const recommended = assessment.variants.filter((v) => v.recommended).map((v) => v.modelId);
    expect(recommended).toContain('TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC');
    expect(recommended).toContain('Phi-3-mini-4k-instruct-q4f32_1-MLC');
    expect(recommended.some((id) => id.includes('q4f16_1'))).toBe(false);
    expect(assessment.variants.find((v) => v.modelId === 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC')).toMatchObject({ runnable: false });

    expect(capabilities.details[0]).toMatch(/^Adapter: .*swiftshader.*\(fallback adapter\)$/i);
    expect(capabilities.details).toContain('shader-f16: not supported');
    expect(capabilities.details.some((d) => /^maxBufferSize: \d+ MB \(needs ≥ 256 MB\)$/.test(d))).toBe(true);
    expect(capabilities.details.some((d) => /^maxStorageBufferBindingSize: \d+ MB \(needs ≥ 128 MB\)$/.test(d))).toBe(true);
    expect(capabilities.details.some((d) => /q4f32_1 variants were chosen/.test(d))).toBe(true);
    expect(capabilities.details.some((d) => /^Suggested: TinyLlama 1\.1B Chat · q4f32_1/.test(d))).toBe(true);
  });

  it('refuses an f16 variant with "no-shader-f16" before downloading, naming the q4f32_1 one', async () => {
    const error = await started()
      .load({ engine: 'webllm', modelId: 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC' }, () => {})
      .then(() => null, (e: unknown) => e);
    expect(engineErrorKind(error)).toBe('no-shader-f16');
    expect((error as Error).message).toMatch(/TinyLlama-1\.1B-Chat-v1\.0-q4f32_1-MLC/);
    expect((await caches.keys()).filter((name) => name.startsWith('webllm/'))).toEqual([]);
  });
});
