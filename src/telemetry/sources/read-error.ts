/** A telemetry source that cannot be read, and whether trying again may help. */
export class TelemetrySourceError extends Error {
  constructor(
    message: string,
    /** Worth retrying (a transient read error) or not (a missing file, a bad pattern). */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'TelemetrySourceError';
  }
}

/** A failed read; transient conditions (EAGAIN, EIO, EBUSY, EMFILE) are worth a retry. */
export function readError(file: string, message: string, code: string | undefined): TelemetrySourceError {
  const retryable = code === 'EAGAIN' || code === 'EIO' || code === 'EBUSY' || code === 'EMFILE';
  return new TelemetrySourceError(`reading ${file} failed: ${message}`, retryable);
}
