const STORE_ERROR_KINDS = ['unavailable', 'blocked', 'quota-exceeded', 'migration-failed', 'invalid-record'] as const;

/** Machine-readable reasons the local store fails. */
export type StoreErrorKind = (typeof STORE_ERROR_KINDS)[number];

/** A failure of the browser's local storage, with a message a user can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns IndexedDB's quota error into a StoreError that says nothing stored was lost. */
export function asStoreError(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new StoreError(
      'quota-exceeded',
      `This browser's storage for Strategy Lab is full, so ${what} was not saved. Everything saved before is intact; ` +
        'delete old runs or export them to free space.',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('unavailable', `Could not use this browser's storage (${what}): ${detail}`, { cause: error });
}
