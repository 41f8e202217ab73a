import type { WllamaModelRef } from '../../core/model';

/** A quantized GGUF build the CPU engine can download from its public model hub. */
export interface GgufSource {
  label: string;
  /** The model hub page, for people who want to read about the model. */
  page: string;
  url: string;
  /** Approximate download size in bytes (the hub's listing, rounded). */
  approxBytes: number;
  quantization: string;
  contextWindow: number;
}

const hub = (repo: string, file: string) => `https://huggingface.co/${repo}/resolve/main/${file}`;

/**
 * The mission's two models first, then a small code model. These run on any CPU, slowly:
 * expect a few tokens per second for TinyLlama, under one for Phi-3 on a laptop.
 */
export const GGUF_CATALOG: readonly GgufSource[] = [
  {
    label: 'TinyLlama 1.1B Chat v1.0 (Q4_K_M)',
    page: 'https://huggingface.co/TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF',
    url: hub('TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF', 'tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf'),
    approxBytes: 669e6,
    quantization: 'Q4_K_M',
    contextWindow: 2048,
  },
  {
    label: 'Phi-3 mini 4k instruct (Q4)',
    page: 'https://huggingface.co/microsoft/Phi-3-mini-4k-instruct-gguf',
    url: hub('microsoft/Phi-3-mini-4k-instruct-gguf', 'Phi-3-mini-4k-instruct-q4.gguf'),
    approxBytes: 2390e6,
    quantization: 'Q4_K_M',
    contextWindow: 4096,
  },
  {
    label: 'Qwen2.5-Coder 0.5B instruct (Q4_K_M)',
    page: 'https://huggingface.co/Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF',
    url: hub('Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF', 'qwen2.5-coder-0.5b-instruct-q4_k_m.gguf'),
    approxBytes: 398e6,
    quantization: 'Q4_K_M',
    contextWindow: 32768,
  },
];

export function ggufModelRef(source: Pick<GgufSource, 'url' | 'label'>): WllamaModelRef {
  return { engine: 'wllama', source: source.url, label: source.label };
}
