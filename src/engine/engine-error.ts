const ENGINE_ERROR_KINDS = [
  'aborted',
  'not-loaded',
  'unsupported-model',
  'unknown-recording',
  'replay-mismatch',
  'worker-crashed',
  /** This browser has no WebGPU (or no usable adapter). */
  'no-webgpu',
  /** The model variant needs the shader-f16 feature this GPU lacks. */
  'no-shader-f16',
  /** The GPU device was lost — usually out of memory. */
  'device-lost',
  /** The browser refused to store the model (storage quota). */
  'storage-quota',
  /** The network failed (download, or a server that cannot be reached). */
  'network',
  /** A server refused the page's origin (CORS). */
  'cors',
  /** A server wants a (different) API key. */
  'unauthorized',
  /** The server or catalog does not know this model. */
  'unknown-model',
  /** The prompt does not fit the model's context window. */
  'context-window',
  /** A server answered with an error (5xx, 429, malformed reply). */
  'server-error',
  /** The model file could not be loaded (corrupt, unsupported format). */
  'load-failed',
] as const;

/** Machine-readable reasons an engine call fails. They survive the worker boundary. */
export type EngineErrorKind = (typeof ENGINE_ERROR_KINDS)[number];

const KINDS: ReadonlySet<string> = new Set(ENGINE_ERROR_KINDS);

/** A failure of an engine call (not of the model's answer: that is a Verdict). */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The kind of an engine failure, also for errors rebuilt on this side of a worker boundary. */
export function engineErrorKind(error: unknown): EngineErrorKind | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, kind } = error as { name?: unknown; kind?: unknown };
  return name === 'EngineError' && typeof kind === 'string' && KINDS.has(kind) ? (kind as EngineErrorKind) : null;
}
