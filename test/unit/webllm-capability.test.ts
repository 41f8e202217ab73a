import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { buildWebLlmCatalog } from '../../src/engine/webllm/catalog';
import {
  assessWebGpu,
  REQUIRED_LIMITS,
  webGpuAssessmentOf,
  webLlmCapabilities,
  type GpuAdapterFacts,
  type GpuDescription,
} from '../../src/engine/webllm/webgpu-capability';
import { probeWebGpu } from '../../src/engine/webllm/webgpu-probe';

const catalog = buildWebLlmCatalog(prebuiltAppConfig);
const GiB = 1024 ** 3;

/** What Chromium's SwiftShader adapter reports (see browser-testing notes). */
const swiftShader: GpuAdapterFacts = {
  vendor: 'google',
  architecture: 'swiftshader',
  description: 'SwiftShader Device (Subzero)',
  isFallbackAdapter: true,
  features: ['float32-filterable', 'timestamp-query'],
  limits: { maxBufferSize: GiB, maxStorageBufferBindingSize: GiB / 2, maxComputeWorkgroupStorageSize: 32768, maxStorageBuffersPerShaderStage: 10 },
};
const realGpu: GpuAdapterFacts = { ...swiftShader, vendor: 'nvidia', architecture: 'ada', description: '', isFallbackAdapter: false, features: ['shader-f16'] };

const recommended = (gpu: GpuDescription) => assessWebGpu(gpu, catalog).variants.filter((v) => v.recommended).map((v) => v.modelId);

describe('WebGPU assessment', () => {
  it('without WebGPU: unavailable, naming the browsers that have it and the CPU and server alternatives', () => {
    for (const gpu of [{ kind: 'no-api' }, { kind: 'no-adapter', error: null }] as const) {
      const capabilities = webLlmCapabilities(assessWebGpu(gpu, catalog), catalog);
      expect(capabilities.available).toBe(false);
      expect(capabilities.reason).toMatch(/Chrome and Edge 113\+/);
      expect(capabilities.reason).toMatch(/Safari 26/);
      expect(capabilities.reason).toMatch(/Firefox 141\+ \(on Windows\)/);
      expect(capabilities.reason).toMatch(/CPU engine \(wllama/);
      expect(capabilities.reason).toMatch(/OpenAI-compatible server/);
      expect(capabilities.assessment.variants.every((v) => !v.runnable)).toBe(true);
    }
    expect(assessWebGpu({ kind: 'no-api' }, catalog).reason).toMatch(/has no WebGPU/);
    expect(assessWebGpu({ kind: 'no-adapter', error: 'blocklisted' }, catalog).reason).toMatch(/no usable GPU adapter.*blocklisted/);
  });

  it('without shader-f16: q4f32_1 recommended in every family, f16 variants blocked, the adapter listed', () => {
    const gpu: GpuDescription = { kind: 'adapter', adapter: swiftShader };
    const assessment = assessWebGpu(gpu, catalog);
    expect(assessment).toMatchObject({ available: true, shaderF16: false, softwareAdapter: true });
    expect(recommended(gpu)).toEqual([...new Set(catalog.map((e) => e.family.id))].map((f) => `${f}-q4f32_1-MLC`));
    for (const v of assessment.variants.filter((v) => v.modelId.includes('q4f16_1'))) expect(v.blocker).toMatch(/shader-f16/);
    const details = webLlmCapabilities(assessment, catalog).details;
    expect(details[0]).toBe('Adapter: google swiftshader SwiftShader Device (Subzero) (fallback adapter)');
    expect(details).toContain('shader-f16: not supported');
    expect(details).toContain('maxBufferSize: 1024 MB (needs ≥ 256 MB)');
    expect(details.some((d) => /q4f32_1 variants were chosen/.test(d))).toBe(true);
    expect(details.some((d) => /software \(fallback\) adapter/.test(d))).toBe(true);
    expect(details.some((d) => /memory figures are a guide/.test(d))).toBe(true);
    expect(details.filter((d) => d.startsWith('Suggested: ')).length).toBe(WEBLLM_FAMILY_COUNT());
  });

  it('with shader-f16: q4f16_1 recommended, every variant runnable, big models flagged as large', () => {
    const gpu: GpuDescription = { kind: 'adapter', adapter: realGpu };
    const assessment = assessWebGpu(gpu, catalog);
    expect(assessment.variants.every((v) => v.runnable)).toBe(true);
    expect(recommended(gpu)).toContain('TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC');
    expect(recommended(gpu).every((id) => id.includes('q4f16_1'))).toBe(true);
    expect(assessment.variants.find((v) => v.modelId === 'Qwen2.5-Coder-7B-Instruct-q4f16_1-MLC')?.largeVram).toBe(true);
    expect(assessment.variants.find((v) => v.modelId === 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC')?.largeVram).toBe(false);
    expect(assessment.guidance.some((g) => /fallback/.test(g))).toBe(false);
  });

  it('below web-llm’s minimum limits: unavailable, saying which limit', () => {
    const small = { ...realGpu, limits: { ...realGpu.limits, maxStorageBufferBindingSize: REQUIRED_LIMITS.maxStorageBufferBindingSize / 2 } };
    const assessment = assessWebGpu({ kind: 'adapter', adapter: small }, catalog);
    expect(assessment.available).toBe(false);
    expect(assessment.reason).toMatch(/maxStorageBufferBindingSize is 64 MB, needs 128 MB/);
  });

  it('finds the assessment inside capabilities, and only in WebLLM’s', () => {
    const capabilities = webLlmCapabilities(assessWebGpu({ kind: 'no-api' }, catalog), catalog);
    expect(webGpuAssessmentOf(structuredClone(capabilities))?.available).toBe(false);
    expect(webGpuAssessmentOf({ engine: 'wllama', available: true, reason: null, details: [] })).toBeNull();
  });
});

function WEBLLM_FAMILY_COUNT(): number {
  return new Set(catalog.map((e) => e.family.id)).size;
}

describe('probeWebGpu', () => {
  it('reports a missing API, a missing adapter and a failing request', async () => {
    expect(await probeWebGpu(undefined)).toEqual({ kind: 'no-api' });
    expect(await probeWebGpu({} as Navigator)).toEqual({ kind: 'no-api' });
    const gpu = (requestAdapter: () => Promise<unknown>) => ({ gpu: { requestAdapter } }) as unknown as Navigator;
    expect(await probeWebGpu(gpu(async () => null))).toEqual({ kind: 'no-adapter', error: null });
    expect(await probeWebGpu(gpu(async () => Promise.reject(new Error('GPU process crashed'))))).toEqual({ kind: 'no-adapter', error: 'GPU process crashed' });
  });

  it('reads adapter info, features (sorted) and the limits web-llm checks', async () => {
    const adapter = {
      info: { vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader', isFallbackAdapter: true },
      features: new Set(['timestamp-query', 'float32-filterable']),
      limits: { ...swiftShader.limits, maxTextureDimension2D: 8192 },
    };
    const description = await probeWebGpu({ gpu: { requestAdapter: async () => adapter } } as unknown as Navigator);
    expect(description).toEqual({
      kind: 'adapter',
      adapter: { vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader', isFallbackAdapter: true, features: ['float32-filterable', 'timestamp-query'], limits: swiftShader.limits },
    });
  });
});
