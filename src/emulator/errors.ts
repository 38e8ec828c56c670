/** GitHub's error answers, with the messages clients match on. */

export const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

export function error(status: number, message: string, docs = DOCS): HttpError {
  return new HttpError(status, { message, documentation_url: docs, status: String(status) });
}

export function notFound(): HttpError {
  return error(404, 'Not Found');
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
  /** The refused value (`code: 'invalid'` of an assignee). */
  value?: unknown;
}

/** 422 "Validation Failed" with GitHub's list of field errors. */
export function validationFailed(errors: FieldError[], docs = DOCS): HttpError {
  return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: docs, status: '422' });
}

/** 422 with a bare message, as the git endpoints answer ("Reference already exists"). */
export function unprocessable(message: string, docs = DOCS): HttpError {
  return error(422, message, docs);
}

/** The body GitHub refuses past 65,536 characters. */
export function checkBodyLength(body: unknown, resource: string): void {
  if (typeof body === 'string' && body.length > 65536) {
    throw validationFailed([
      { resource, code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
    ]);
  }
}

/** A required, non-empty string field's value, or 422 "missing_field" naming it. */
export function requireString(value: unknown, field: string, resource: string, docs = DOCS): string {
  if (typeof value !== 'string' || value === '')
    throw validationFailed([{ resource, code: 'missing_field', field }], docs);
  return value;
}
