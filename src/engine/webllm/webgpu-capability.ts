import type { EngineCapabilities } from '../engine';
import { describeVariant, formatMB, type WebLlmCatalogEntry } from './catalog';

/*
 * What this browser's WebGPU can run, decided from a plain description of the adapter (see
 * webgpu-probe.ts for how the description is read from a real browser). Pure, so every case is
 * unit-tested, and plain data, so it crosses the worker boundary.
 */

/** The adapter limits WebLLM checks before it creates its device. */
export interface GpuLimitFacts {
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
  maxComputeWorkgroupStorageSize: number;
  maxStorageBuffersPerShaderStage: number;
}

/** An adapter, as plain data. */
export interface GpuAdapterFacts {
  vendor: string;
  architecture: string;
  description: string;
  /** A software or otherwise degraded adapter (e.g. SwiftShader). */
  isFallbackAdapter: boolean;
  features: string[];
  limits: GpuLimitFacts;
}

/** What the browser offers: no WebGPU at all, WebGPU without a usable adapter, or an adapter. */
export type GpuDescription =
  | { kind: 'no-api' }
  | { kind: 'no-adapter'; error: string | null }
  | { kind: 'adapter'; adapter: GpuAdapterFacts };

const MB = 1024 * 1024;

/**
 * The minimum limits, as web-llm 0.2.86's detectGPUDevice requests them (it falls back from 1 GB
 * to these and fails below them).
 */
export const REQUIRED_LIMITS: Readonly<GpuLimitFacts> = {
  maxBufferSize: 256 * MB,
  maxStorageBufferBindingSize: 128 * MB,
  maxComputeWorkgroupStorageSize: 32 * 1024,
  maxStorageBuffersPerShaderStage: 10,
};

/**
 * Above this GPU memory need a model is flagged as large. WebGPU does not reveal how much memory a
 * GPU has; 4 GB is what entry-level discrete GPUs have and more than integrated GPUs often give.
 */
export const LARGE_VRAM_MB = 4000;

/** The browsers that ship WebGPU, and the engines that need none. */
export const NO_WEBGPU_ALTERNATIVES =
  'WebGPU ships in Chrome and Edge 113+, Safari 26 and Firefox 141+ (on Windows). ' +
  'Without it, use the CPU engine (wllama: small GGUF models on the processor, slower) ' +
  'or an OpenAI-compatible server such as Ollama.';

/** How one catalog variant fits this GPU. */
export interface VariantFit {
  modelId: string;
  runnable: boolean;
  /** Why it cannot run here; null when it can. */
  blocker: string | null;
  /** Needs more than LARGE_VRAM_MB of GPU memory: may fail with "device lost". */
  largeVram: boolean;
  /** The variant to pick for its family on this GPU. */
  recommended: boolean;
}

/** The verdict on this browser's WebGPU, with the reasons in words. */
export interface WebGpuAssessment {
  available: boolean;
  /** Why WebLLM cannot run here, naming the alternatives; null when it can. */
  reason: string | null;
  shaderF16: boolean;
  softwareAdapter: boolean;
  /** Plain-language advice: what was chosen and why, what to expect. */
  guidance: string[];
  /** One line per fact: adapter, features, limits. */
  facts: string[];
  variants: VariantFit[];
}

/** Capabilities of the WebLLM engine: the generic answer plus the structured assessment. */
export interface WebLlmCapabilities extends EngineCapabilities {
  engine: 'webllm';
  assessment: WebGpuAssessment;
}

/** Decides what this GPU can run from `catalog`. */
export function assessWebGpu(gpu: GpuDescription, catalog: readonly WebLlmCatalogEntry[]): WebGpuAssessment {
  if (gpu.kind !== 'adapter') {
    const reason =
      gpu.kind === 'no-api'
        ? 'This browser has no WebGPU, which in-browser GPU models need. '
        : 'This browser has WebGPU but found no usable GPU adapter (no GPU, a blocked driver, or WebGPU switched off' +
          (gpu.error ? `: ${gpu.error}` : '') +
          '). ';
    const facts = [gpu.kind === 'no-api' ? 'navigator.gpu: missing' : 'navigator.gpu: present, requestAdapter(): no adapter'];
    return unavailable(reason + NO_WEBGPU_ALTERNATIVES, facts, catalog, 'WebGPU is unavailable');
  }

  const { adapter } = gpu;
  const shaderF16 = adapter.features.includes('shader-f16');
  const facts = [
    `Adapter: ${[adapter.vendor, adapter.architecture, adapter.description].filter(Boolean).join(' ') || 'unnamed'}` +
      (adapter.isFallbackAdapter ? ' (fallback adapter)' : ''),
    `shader-f16: ${shaderF16 ? 'supported' : 'not supported'}`,
    ...limitNames().map((name) => `${name}: ${formatLimit(name, adapter.limits[name])} (needs ≥ ${formatLimit(name, REQUIRED_LIMITS[name])})`),
  ];
  const tooSmall = limitNames().filter((name) => !(adapter.limits[name] >= REQUIRED_LIMITS[name]));
  if (tooSmall.length > 0) {
    const which = tooSmall.map((name) => `${name} is ${formatLimit(name, adapter.limits[name])}, needs ${formatLimit(name, REQUIRED_LIMITS[name])}`);
    const reason = `This GPU's WebGPU limits are below what WebLLM needs (${which.join('; ')}). ${NO_WEBGPU_ALTERNATIVES}`;
    return unavailable(reason, facts, catalog, 'the GPU limits are too small');
  }

  const variants = fitVariants(catalog, adapter, shaderF16);
  const guidance: string[] = [];
  if (!shaderF16) {
    guidance.push(
      'This GPU lacks the shader-f16 feature, so the q4f32_1 variants were chosen: they work everywhere but need more GPU memory than q4f16_1.',
    );
  }
  if (adapter.isFallbackAdapter) {
    guidance.push(
      'This is a software (fallback) adapter: the GPU is emulated on the processor, so models will be very slow. ' +
        'The CPU engine (wllama) or an OpenAI-compatible server (e.g. Ollama) is likely faster.',
    );
  }
  // WebGPU reveals the largest buffer, not the GPU's memory: the needs below are a hint only.
  guidance.push(
    'WebGPU does not reveal how much memory this GPU has, so the memory figures are a guide: ' +
      `models needing more than ${formatMB(LARGE_VRAM_MB)} may fail with “device lost” on smaller GPUs; their -1k variants need less.`,
  );
  return { available: true, reason: null, shaderF16, softwareAdapter: adapter.isFallbackAdapter, guidance, facts, variants };
}

/** The engine-level answer: available or not, and every fact and piece of advice as a line. */
export function webLlmCapabilities(assessment: WebGpuAssessment, catalog: readonly WebLlmCatalogEntry[]): WebLlmCapabilities {
  const byId = new Map(catalog.map((entry) => [entry.modelId, entry]));
  const recommended = assessment.variants
    .filter((v) => v.recommended)
    .map((v) => `Suggested: ${describeVariant(byId.get(v.modelId)!)}${v.largeVram ? ' (large: more GPU memory than many GPUs have)' : ''}`);
  return {
    engine: 'webllm',
    available: assessment.available,
    reason: assessment.reason,
    details: [...assessment.facts, ...assessment.guidance, ...recommended],
    assessment,
  };
}

function fitVariants(catalog: readonly WebLlmCatalogEntry[], adapter: GpuAdapterFacts, shaderF16: boolean): VariantFit[] {
  const fits = catalog.map((entry): VariantFit => {
    let blocker: string | null = null;
    if (entry.needsShaderF16 && !shaderF16) blocker = 'needs the shader-f16 feature, which this GPU lacks';
    else if (entry.bufferSizeRequiredBytes !== null && entry.bufferSizeRequiredBytes > adapter.limits.maxStorageBufferBindingSize) {
      blocker = `needs maxStorageBufferBindingSize ≥ ${formatMB(entry.bufferSizeRequiredBytes / MB)}`;
    }
    return { modelId: entry.modelId, runnable: blocker === null, blocker, largeVram: entry.vramMB > LARGE_VRAM_MB, recommended: false };
  });
  // Per family: the full-context variant of the preferred quantization (f16 is smaller and faster
  // where the GPU has it), else any runnable full-context one, else a runnable -1k one.
  const preferred = shaderF16 ? 'q4f16_1' : 'q4f32_1';
  const families = [...new Set(catalog.map((entry) => entry.family.id))];
  for (const family of families) {
    const candidates = catalog
      .map((entry, i) => ({ entry, fit: fits[i]! }))
      .filter(({ entry, fit }) => entry.family.id === family && fit.runnable);
    const rank = ({ entry }: { entry: WebLlmCatalogEntry }) => (entry.shortContext ? 2 : 0) + (entry.quantization === preferred ? 0 : 1);
    const best = candidates.sort((a, b) => rank(a) - rank(b))[0];
    if (best) best.fit.recommended = true;
  }
  return fits;
}

function unavailable(reason: string, facts: string[], catalog: readonly WebLlmCatalogEntry[], blocker: string): WebGpuAssessment {
  const variants = catalog.map((entry) => ({
    modelId: entry.modelId,
    runnable: false,
    blocker,
    largeVram: entry.vramMB > LARGE_VRAM_MB,
    recommended: false,
  }));
  return { available: false, reason, shaderF16: false, softwareAdapter: false, guidance: [], facts, variants };
}

function limitNames(): (keyof GpuLimitFacts)[] {
  return Object.keys(REQUIRED_LIMITS) as (keyof GpuLimitFacts)[];
}

function formatLimit(name: keyof GpuLimitFacts, value: number): string {
  if (name === 'maxStorageBuffersPerShaderStage') return String(value);
  if (name === 'maxComputeWorkgroupStorageSize') return `${Math.floor(value / 1024)} KB`;
  return `${Math.floor(value / MB)} MB`;
}

/** The WebGPU assessment inside capabilities that came from the WebLLM engine (also across a worker), else null. */
export function webGpuAssessmentOf(capabilities: EngineCapabilities): WebGpuAssessment | null {
  const assessment = (capabilities as Partial<WebLlmCapabilities>).assessment;
  return capabilities.engine === 'webllm' && assessment ? assessment : null;
}
