import type { AppConfig, ModelRecord } from '@mlc-ai/web-llm';
import { loadWebLlmLibrary } from './web-llm-library';

/*
 * The WebLLM models this app offers, with the facts a user needs to choose one.
 *
 * The facts come from web-llm's own `prebuiltAppConfig`. The library is one 6 MB bundle that
 * does not tree-shake (importing only the config pulls in all of it), so it is imported lazily
 * (`loadWebLlmCatalog`) and `buildWebLlmCatalog` takes the config as an argument: this module
 * stays light enough for the main thread's first bundle.
 */

/** How a variant's weights are stored: 4-bit weights with f16 or f32 group scales. */
export type WebLlmQuantization = 'q4f16_1' | 'q4f32_1';

/** A model family: one set of weights, offered in several variants. */
export interface WebLlmFamily {
  /** The model_id prefix in web-llm's catalog, e.g. "TinyLlama-1.1B-Chat-v1.0". */
  id: string;
  label: string;
  /** Parameter count from the model card (for the download-size estimate). */
  parameters: number;
  /** One of the product's core models (the ones the original experiment used). */
  core: boolean;
}

/** The families on offer, the two core models first. */
export const WEBLLM_FAMILIES: readonly WebLlmFamily[] = [
  { id: 'TinyLlama-1.1B-Chat-v1.0', label: 'TinyLlama 1.1B Chat', parameters: 1.1e9, core: true },
  { id: 'Phi-3-mini-4k-instruct', label: 'Phi-3 mini 4k Instruct', parameters: 3.82e9, core: true },
  { id: 'Phi-3.5-mini-instruct', label: 'Phi-3.5 mini Instruct', parameters: 3.82e9, core: false },
  { id: 'Qwen2.5-Coder-0.5B-Instruct', label: 'Qwen2.5-Coder 0.5B Instruct', parameters: 0.49e9, core: false },
  { id: 'Qwen2.5-Coder-1.5B-Instruct', label: 'Qwen2.5-Coder 1.5B Instruct', parameters: 1.54e9, core: false },
  { id: 'Qwen2.5-Coder-3B-Instruct', label: 'Qwen2.5-Coder 3B Instruct', parameters: 3.09e9, core: false },
  { id: 'Qwen2.5-Coder-7B-Instruct', label: 'Qwen2.5-Coder 7B Instruct', parameters: 7.62e9, core: false },
  { id: 'Llama-3.2-1B-Instruct', label: 'Llama 3.2 1B Instruct', parameters: 1.24e9, core: false },
  { id: 'SmolLM2-360M-Instruct', label: 'SmolLM2 360M Instruct', parameters: 0.36e9, core: false },
  { id: 'SmolLM2-1.7B-Instruct', label: 'SmolLM2 1.7B Instruct', parameters: 1.71e9, core: false },
];

const QUANTIZATIONS: readonly WebLlmQuantization[] = ['q4f16_1', 'q4f32_1'];

/**
 * Bits stored per weight: 4-bit values plus one scale per group of 32 weights, in f16 (16/32 bit
 * per weight) or f32 (32/32). Used only for the download estimate.
 */
const BITS_PER_WEIGHT: Record<WebLlmQuantization, number> = { q4f16_1: 4.5, q4f32_1: 5 };

/** One loadable variant: a web-llm model_id and what it needs. */
export interface WebLlmCatalogEntry {
  modelId: string;
  /** "TinyLlama 1.1B Chat · q4f32_1 · 1k context". */
  label: string;
  family: WebLlmFamily;
  quantization: WebLlmQuantization;
  /** Tokens the KV cache holds (prompt + reply); the `-1k` variants trade it for memory. */
  contextWindow: number;
  /** A `-1k` variant: same weights, smaller context window, less GPU memory. */
  shortContext: boolean;
  /** GPU memory the model needs, MB (web-llm's `vram_required_MB`). */
  vramMB: number;
  /** Needs the WebGPU `shader-f16` feature (every f16 variant does, declared or not). */
  needsShaderF16: boolean;
  /** web-llm marks it as able to run on limited devices (e.g. phones). */
  lowResource: boolean;
  /** Required `maxStorageBufferBindingSize`, bytes, when web-llm states one. */
  bufferSizeRequiredBytes: number | null;
  /**
   * ESTIMATED download size, MB: parameters × bits per weight ÷ 8. The exact figure is only known
   * once the model's tensor cache manifest is fetched (the fetch progress then reports it).
   */
  downloadEstimateMB: number;
}

/**
 * Whether a web-llm model record needs `shader-f16`. Several f16 records omit it from
 * `required_features`, but their shaders use f16 all the same: on a GPU without the feature they
 * fail while compiling instead of with web-llm's clear ShaderF16SupportError.
 */
export function recordNeedsShaderF16(record: Pick<ModelRecord, 'model_id' | 'required_features'>): boolean {
  return (record.required_features ?? []).includes('shader-f16') || /-q\d+f16(_\d+)?-/.test(`${record.model_id}-`);
}

/**
 * The catalog: for every family, its q4f16_1 and q4f32_1 variants and their `-1k` siblings
 * where web-llm has them, in family order. Throws if a full-context variant is missing from
 * `appConfig`: the pinned web-llm version and this list must agree.
 */
export function buildWebLlmCatalog(appConfig: AppConfig): WebLlmCatalogEntry[] {
  const records = new Map(appConfig.model_list.map((record) => [record.model_id, record]));
  const entries: WebLlmCatalogEntry[] = [];
  for (const family of WEBLLM_FAMILIES) {
    for (const quantization of QUANTIZATIONS) {
      const modelId = `${family.id}-${quantization}-MLC`;
      const full = records.get(modelId);
      if (!full) throw new Error(`web-llm's catalog has no ${modelId}`);
      entries.push(entryFor(full, family, quantization, false));
      const short = records.get(`${modelId}-1k`);
      if (short) entries.push(entryFor(short, family, quantization, true));
    }
  }
  return entries;
}

function entryFor(record: ModelRecord, family: WebLlmFamily, quantization: WebLlmQuantization, shortContext: boolean): WebLlmCatalogEntry {
  const contextWindow = record.overrides?.context_window_size;
  if (contextWindow === undefined) throw new Error(`web-llm states no context window for ${record.model_id}`);
  if (record.vram_required_MB === undefined) throw new Error(`web-llm states no VRAM need for ${record.model_id}`);
  return {
    modelId: record.model_id,
    label: `${family.label} · ${quantization}${shortContext ? ' · 1k context' : ''}`,
    family,
    quantization,
    contextWindow,
    shortContext,
    vramMB: record.vram_required_MB,
    needsShaderF16: recordNeedsShaderF16(record),
    lowResource: record.low_resource_required === true,
    bufferSizeRequiredBytes: record.buffer_size_required_bytes ?? null,
    downloadEstimateMB: Math.round((family.parameters * BITS_PER_WEIGHT[quantization]) / 8 / 1e6),
  };
}

/** The catalog from the installed web-llm's `prebuiltAppConfig` (imports the library lazily). */
export async function loadWebLlmCatalog(): Promise<WebLlmCatalogEntry[]> {
  const { prebuiltAppConfig } = await loadWebLlmLibrary();
  return buildWebLlmCatalog(prebuiltAppConfig);
}

/**
 * The variant of `familyId` to load on a GPU with or without shader-f16: q4f16_1 where the
 * feature exists (smaller, faster), q4f32_1 elsewhere; `shortContext` asks for the `-1k` sibling
 * and falls back to the full context when there is none. Null for an unknown family.
 */
export function pickVariant(
  catalog: readonly WebLlmCatalogEntry[],
  familyId: string,
  options: { shaderF16: boolean; shortContext?: boolean },
): WebLlmCatalogEntry | null {
  const quantization: WebLlmQuantization = options.shaderF16 ? 'q4f16_1' : 'q4f32_1';
  const candidates = catalog.filter((entry) => entry.family.id === familyId && entry.quantization === quantization);
  const wanted = options.shortContext === true;
  return candidates.find((entry) => entry.shortContext === wanted) ?? candidates.find((entry) => !entry.shortContext) ?? null;
}

/** A short human summary of a variant: memory, context, estimated download. */
export function describeVariant(entry: WebLlmCatalogEntry): string {
  return `${entry.label} (${entry.modelId}): needs ${formatMB(entry.vramMB)} of GPU memory, ${entry.contextWindow}-token context, download ≈ ${entry.downloadEstimateMB} MB (estimate)`;
}

/** "840 MB", "5.5 GB". */
export function formatMB(mb: number): string {
  return mb >= 1000 ? `${(mb / 1000).toFixed(1)} GB` : `${Math.round(mb)} MB`;
}
