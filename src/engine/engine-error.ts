const ENGINE_ERROR_KINDS = [
  'aborted',
  'not-loaded',
  'unsupported-model',
  'unknown-recording',
  'replay-mismatch',
  'worker-crashed',
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
