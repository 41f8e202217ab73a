import { prebuiltAppConfig, type AppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { buildWebLlmCatalog, describeVariant, pickVariant, recordNeedsShaderF16, WEBLLM_FAMILIES } from '../../src/engine/webllm/catalog';

const catalog = buildWebLlmCatalog(prebuiltAppConfig);
const records = new Map(prebuiltAppConfig.model_list.map((r) => [r.model_id, r]));

describe('WebLLM catalog (from the installed web-llm prebuiltAppConfig)', () => {
  it('lists the core models first: TinyLlama, then Phi-3 mini, then the rest in family order', () => {
    const familyOrder = [...new Set(catalog.map((e) => e.family.id))];
    expect(familyOrder.slice(0, 2)).toEqual(['TinyLlama-1.1B-Chat-v1.0', 'Phi-3-mini-4k-instruct']);
    expect(familyOrder).toEqual(WEBLLM_FAMILIES.map((f) => f.id));
    expect(catalog.filter((e) => e.family.core).map((e) => e.family.id)).toEqual(
      catalog.slice(0, catalog.filter((e) => e.family.core).length).map((e) => e.family.id),
    );
    for (const id of ['Phi-3.5-mini-instruct', 'Qwen2.5-Coder-0.5B-Instruct', 'Qwen2.5-Coder-7B-Instruct', 'Llama-3.2-1B-Instruct', 'SmolLM2-360M-Instruct']) {
      expect(familyOrder).toContain(id);
    }
  });

  it('offers every family in q4f16_1 and q4f32_1, each id known to web-llm', () => {
    for (const family of WEBLLM_FAMILIES) {
      const full = catalog.filter((e) => e.family.id === family.id && !e.shortContext);
      expect(full.map((e) => e.modelId).sort()).toEqual([`${family.id}-q4f16_1-MLC`, `${family.id}-q4f32_1-MLC`]);
    }
    for (const entry of catalog) expect(records.has(entry.modelId)).toBe(true);
  });

  it('takes memory needs and context windows from web-llm, not from a hand-copied table', () => {
    for (const entry of catalog) {
      const record = records.get(entry.modelId)!;
      expect(entry.vramMB).toBe(record.vram_required_MB);
      expect(entry.contextWindow).toBe(record.overrides?.context_window_size);
      expect(entry.vramMB).toBeGreaterThan(0);
    }
    // f32 scales cost memory: within a family the f32 variant always needs more.
    for (const family of WEBLLM_FAMILIES) {
      const f16 = catalog.find((e) => e.modelId === `${family.id}-q4f16_1-MLC`)!;
      const f32 = catalog.find((e) => e.modelId === `${family.id}-q4f32_1-MLC`)!;
      expect(f32.vramMB).toBeGreaterThan(f16.vramMB);
      expect(f32.downloadEstimateMB).toBeGreaterThan(f16.downloadEstimateMB);
    }
  });

  it('estimates download sizes that grow with the parameter count', () => {
    const f16 = WEBLLM_FAMILIES.map((f) => catalog.find((e) => e.modelId === `${f.id}-q4f16_1-MLC`)!);
    for (const entry of f16) expect(entry.downloadEstimateMB).toBeGreaterThan(0);
    const byParams = [...f16].sort((a, b) => a.family.parameters - b.family.parameters);
    const sizes = byParams.map((e) => e.downloadEstimateMB);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    // 4.5 bits per weight: TinyLlama's 1.1 B parameters come to about 0.6 GB.
    expect(f16[0]!.downloadEstimateMB).toBeGreaterThan(500);
    expect(f16[0]!.downloadEstimateMB).toBeLessThan(800);
  });

  it('includes the -1k variants where web-llm has them, with a smaller context and memory need', () => {
    const short = catalog.filter((e) => e.shortContext);
    expect(short.map((e) => e.modelId)).toEqual(
      expect.arrayContaining(['TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC-1k', 'Phi-3-mini-4k-instruct-q4f16_1-MLC-1k', 'Phi-3-mini-4k-instruct-q4f32_1-MLC-1k']),
    );
    for (const entry of short) {
      const full = catalog.find((e) => e.modelId === entry.modelId.replace(/-1k$/, ''))!;
      expect(entry.contextWindow).toBeLessThan(full.contextWindow);
      expect(entry.vramMB).toBeLessThan(full.vramMB);
    }
    expect(catalog.some((e) => e.family.id.startsWith('Qwen2.5-Coder') && e.shortContext)).toBe(false);
  });

  it('marks every f16 variant as needing shader-f16, also where the record omits it (Phi-3)', () => {
    expect(records.get('Phi-3-mini-4k-instruct-q4f16_1-MLC')!.required_features ?? []).not.toContain('shader-f16');
    for (const entry of catalog) expect(entry.needsShaderF16).toBe(entry.quantization === 'q4f16_1');
    expect(recordNeedsShaderF16({ model_id: 'X-q0f16-MLC' })).toBe(true);
    expect(recordNeedsShaderF16({ model_id: 'X-q4f32_1-MLC' })).toBe(false);
  });

  it('picks q4f32_1 without shader-f16, the -1k sibling on request, and the full context where none exists', () => {
    expect(pickVariant(catalog, 'TinyLlama-1.1B-Chat-v1.0', { shaderF16: false })?.modelId).toBe('TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC');
    expect(pickVariant(catalog, 'Phi-3-mini-4k-instruct', { shaderF16: true })?.modelId).toBe('Phi-3-mini-4k-instruct-q4f16_1-MLC');
    expect(pickVariant(catalog, 'Phi-3-mini-4k-instruct', { shaderF16: false, shortContext: true })?.modelId).toBe('Phi-3-mini-4k-instruct-q4f32_1-MLC-1k');
    expect(pickVariant(catalog, 'Qwen2.5-Coder-1.5B-Instruct', { shaderF16: true, shortContext: true })?.modelId).toBe('Qwen2.5-Coder-1.5B-Instruct-q4f16_1-MLC');
    expect(pickVariant(catalog, 'No-Such-Model', { shaderF16: true })).toBeNull();
  });

  it('describes a variant with its label, memory, context and estimated download', () => {
    const entry = catalog.find((e) => e.modelId === 'Phi-3-mini-4k-instruct-q4f32_1-MLC')!;
    expect(entry.label).toBe('Phi-3 mini 4k Instruct · q4f32_1');
    expect(describeVariant(entry)).toMatch(/^Phi-3 mini 4k Instruct · q4f32_1 \(Phi-3-mini-4k-instruct-q4f32_1-MLC\): needs 5\.5 GB of GPU memory, 4096-token context, download ≈ \d+ MB \(estimate\)$/);
  });

  it('refuses a web-llm version that lacks one of the offered models', () => {
    const without: AppConfig = { model_list: prebuiltAppConfig.model_list.filter((r) => r.model_id !== 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC') };
    expect(() => buildWebLlmCatalog(without)).toThrow(/TinyLlama-1\.1B-Chat-v1\.0-q4f32_1-MLC/);
  });
});
