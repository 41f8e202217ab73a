import { EngineError } from '../engine-error';
import { NO_WEBGPU_ALTERNATIVES } from './webgpu-capability';

/*
 * web-llm's error classes are not exported, so failures are recognised by `name` (and, for the
 * few plain Errors, by message). Their own messages are kept after ours: they carry the figures.
 */

/** Where the failure happened: only a load downloads anything. */
export type WebLlmStage = 'load' | 'generate';

/**
 * The EngineError for a web-llm failure, or null when it is not one we recognise.
 *
 * @param modelId the model being loaded or used, to suggest a smaller variant
 * @param knownIds every model id web-llm knows, to check that a suggestion exists
 */
export function mapWebLlmError(error: unknown, stage: WebLlmStage, modelId: string, knownIds: ReadonlySet<string>): EngineError | null {
  if (error instanceof EngineError) return error;
  const { name, message } = describe(error);
  switch (name) {
    case 'WebGPUNotAvailableError':
    case 'WebGPUNotFoundError':
      return new EngineError('no-webgpu', `${message} ${NO_WEBGPU_ALTERNATIVES}`);
    case 'ShaderF16SupportError':
      return new EngineError('no-shader-f16', `${modelId} needs the shader-f16 feature this GPU lacks: ${f32Advice(modelId, knownIds)} (${message})`);
    case 'DeviceLostError':
    case 'GPUOutOfMemoryError':
      return deviceLost(modelId, knownIds, message);
    case 'ModelNotFoundError':
    case 'SpecifiedModelNotFoundError':
      return new EngineError('unknown-model', message || `web-llm does not know the model ${modelId}.`);
    case 'ContextWindowSizeExceededError':
      return new EngineError('context-window', `The prompt does not fit ${modelId}'s context window: ${message}`);
    case 'QuotaExceededError':
      return new EngineError(
        'storage-quota',
        `The browser refused to store ${modelId}: not enough storage quota. Free space or delete cached models, or allow this site persistent storage. (${message})`,
      );
    case 'ModelNotLoadedError':
    case 'EngineNotLoadedError':
      return new EngineError('not-loaded', 'Load a model before generating.');
  }
  // A plain Error when an adapter exists in name only (web-llm's detectGPUDevice).
  if (/^Unable to find a compatible GPU/.test(message) || /^Cannot initialize runtime because of requested/.test(message)) {
    return new EngineError('no-webgpu', `${message} ${NO_WEBGPU_ALTERNATIVES}`);
  }
  if (/device (was |is )?lost|out of memory/i.test(message)) return deviceLost(modelId, knownIds, message);
  if (/^Model not loaded before/.test(message)) return new EngineError('not-loaded', 'Load a model before generating.');
  // fetch() rejects with a TypeError when the network fails (Chrome "Failed to fetch", Firefox
  // "NetworkError…", Safari "Load failed"); Cache.add() with "Request failed" on an error status;
  // web-llm's IndexedDB cache wraps them in "Failed to store <url> with error: …".
  if (stage === 'load' && /failed to fetch|networkerror|load failed|request failed|network response was not ok|cannot fetch/i.test(message)) {
    return new EngineError('network', `Downloading ${modelId} failed: ${message}. Check the connection and try again; finished files stay cached.`);
  }
  return null;
}

/** Any web-llm failure as an EngineError: a recognised kind, else `fallback` with its message. */
export function toEngineError(
  error: unknown,
  stage: WebLlmStage,
  modelId: string,
  knownIds: ReadonlySet<string>,
  fallback: 'load-failed' | 'server-error' = stage === 'load' ? 'load-failed' : 'server-error',
): EngineError {
  const mapped = mapWebLlmError(error, stage, modelId, knownIds);
  if (mapped) return mapped;
  const { name, message } = describe(error);
  const what = stage === 'load' ? `Loading ${modelId} failed` : `${modelId} failed while generating`;
  return new EngineError(fallback, `${what}: ${name && name !== 'Error' ? `${name}: ` : ''}${message || 'unknown error'}`);
}

/** Advice after running out of GPU memory: the -1k sibling when there is one, else a smaller model. */
export function smallerAdvice(modelId: string, knownIds: ReadonlySet<string>): string {
  const short = `${modelId}-1k`;
  if (!modelId.endsWith('-1k') && knownIds.has(short)) {
    return `Try ${short}, which keeps a 1k-token context and needs less memory, or a smaller model.`;
  }
  return 'Try a smaller model (fewer parameters) or a -1k variant, and close other GPU-heavy tabs.';
}

function deviceLost(modelId: string, knownIds: ReadonlySet<string>, message: string): EngineError {
  return new EngineError(
    'device-lost',
    `The GPU device was lost, usually because it ran out of memory. ${smallerAdvice(modelId, knownIds)}${message ? ` (${message})` : ''}`,
  );
}

function f32Advice(modelId: string, knownIds: ReadonlySet<string>): string {
  const f32 = modelId.replace(/-q4f16_1-/, '-q4f32_1-');
  return f32 !== modelId && knownIds.has(f32) ? `use ${f32} instead.` : 'use a q4f32_1 variant instead.';
}

/**
 * Name and message of anything thrown. web-llm's worker protocol (and some rejections) deliver
 * errors as strings shaped "ShaderF16SupportError: …"; the name is read from that prefix.
 */
function describe(error: unknown): { name: string; message: string } {
  if (typeof error === 'string') {
    const prefixed = /^([A-Z][A-Za-z0-9]*Error): ?([\s\S]*)$/.exec(error);
    return prefixed ? { name: prefixed[1]!, message: prefixed[2]! } : { name: '', message: error };
  }
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : String(error) };
  }
  return { name: '', message: String(error) };
}
