import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/engine-error';
import { mapWebLlmError, smallerAdvice, toEngineError } from '../../src/engine/webllm/webllm-errors';

const known = new Set(['TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC', 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC-1k', 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC', 'Qwen2.5-Coder-7B-Instruct-q4f16_1-MLC']);
const TINY16 = 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC';
const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('web-llm error mapping', () => {
  it('recognises web-llm’s error classes by name', () => {
    const kind = (error: unknown, stage: 'load' | 'generate' = 'load') => mapWebLlmError(error, stage, TINY16, known)?.kind ?? null;
    expect(kind(named('WebGPUNotAvailableError'))).toBe('no-webgpu');
    expect(kind(named('ShaderF16SupportError'))).toBe('no-shader-f16');
    expect(kind(named('DeviceLostError'))).toBe('device-lost');
    expect(kind(named('ModelNotFoundError', 'Cannot find model record'))).toBe('unknown-model');
    expect(kind(named('ContextWindowSizeExceededError'), 'generate')).toBe('context-window');
    expect(kind(named('ModelNotLoadedError'), 'generate')).toBe('not-loaded');
    expect(kind(new DOMException('full', 'QuotaExceededError'))).toBe('storage-quota');
  });

  it('recognises the plain Errors and strings web-llm also throws', () => {
    const kind = (error: unknown, stage: 'load' | 'generate' = 'load') => mapWebLlmError(error, stage, TINY16, known)?.kind ?? null;
    expect(kind(new Error('Unable to find a compatible GPU. This issue might be…'))).toBe('no-webgpu');
    expect(kind(new Error('Cannot initialize runtime because of requested maxBufferSize exceeds limit.'))).toBe('no-webgpu');
    expect(kind('ShaderF16SupportError: This model requires WebGPU extension shader-f16')).toBe('no-shader-f16');
    expect(kind(new Error('Device was lost. This can happen due to insufficient memory'), 'generate')).toBe('device-lost');
    expect(kind(new TypeError('Failed to fetch'))).toBe('network');
    expect(kind(new TypeError("Failed to execute 'add' on 'Cache': Request failed"))).toBe('network');
    expect(kind(new Error('Failed to store https://huggingface.co/x with error: TypeError: NetworkError when attempting to fetch resource.'))).toBe('network');
    // Only a load downloads: a TypeError while generating is a bug, not the network.
    expect(kind(new TypeError('Failed to fetch'), 'generate')).toBeNull();
    expect(kind(new Error('something else'))).toBeNull();
  });

  it('advises the -1k sibling after running out of memory, a smaller model where there is none', () => {
    expect(mapWebLlmError(named('DeviceLostError'), 'load', TINY16, known)?.message).toMatch(/Try TinyLlama-1\.1B-Chat-v1\.0-q4f16_1-MLC-1k/);
    expect(smallerAdvice('Qwen2.5-Coder-7B-Instruct-q4f16_1-MLC', known)).toMatch(/^Try a smaller model/);
    expect(smallerAdvice(`${TINY16}-1k`, known)).toMatch(/^Try a smaller model/);
  });

  it('advises the q4f32_1 variant when shader-f16 is missing', () => {
    expect(mapWebLlmError(named('ShaderF16SupportError', 'needs f16'), 'load', TINY16, known)?.message).toMatch(/use TinyLlama-1\.1B-Chat-v1\.0-q4f32_1-MLC instead/);
  });

  it('keeps an EngineError, and wraps the unknown as load-failed / server-error with the original words', () => {
    const original = new EngineError('aborted', 'stop');
    expect(toEngineError(original, 'load', TINY16, known)).toBe(original);
    const load = toEngineError(named('TypeErrorish', 'odd'), 'load', TINY16, known);
    expect(load).toMatchObject({ kind: 'load-failed', message: `Loading ${TINY16} failed: TypeErrorish: odd` });
    expect(toEngineError(new Error('boom'), 'generate', TINY16, known)).toMatchObject({ kind: 'server-error', message: `${TINY16} failed while generating: boom` });
  });
});
