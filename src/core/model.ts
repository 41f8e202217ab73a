/**
 * Which model a generation came from, and through which engine. Persisted inside runs, so every
 * variant is plain JSON.
 */
export type ModelRef =
  | ReplayModelRef
  | WebLlmModelRef
  | WllamaModelRef
  | OpenAiCompatibleModelRef;

/** A recording of earlier generations, played back at `speed` × the recorded pace. */
export interface ReplayModelRef {
  engine: 'replay';
  recordingId: string;
  /** 1 = as fast as recorded; 10 = ten times faster. */
  speed: number;
}

/** A WebLLM (MLC) prebuilt model running on WebGPU, e.g. "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC". */
export interface WebLlmModelRef {
  engine: 'webllm';
  modelId: string;
}

/** A GGUF model run on the CPU by llama.cpp compiled to WebAssembly. */
export interface WllamaModelRef {
  engine: 'wllama';
  /** Where the GGUF file comes from (a model hub URL or a local blob name). */
  source: string;
  label: string;
}

/** Any server that speaks the OpenAI chat-completions protocol (Ollama, llama.cpp, vLLM). */
export interface OpenAiCompatibleModelRef {
  engine: 'openai-compatible';
  baseUrl: string;
  model: string;
}

export type EngineKind = ModelRef['engine'];

/** A short human label for a model reference. */
export function describeModel(model: ModelRef): string {
  switch (model.engine) {
    case 'replay':
      return `recording “${model.recordingId}” at ${model.speed}×`;
    case 'webllm':
      return model.modelId;
    case 'wllama':
      return model.label;
    case 'openai-compatible':
      return `${model.model} @ ${model.baseUrl}`;
  }
}
