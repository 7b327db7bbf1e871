/** One field's message from `{ error: { fields } }`; `path` is dotted, e.g. `body.email`. */
export interface ApiFieldError {
  path: string;
  message: string;
}

/** An error answer of the API, its message already in the UI language (the server reads Accept-Language). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[] = [],
    /** Whatever else the error body carries, e.g. `allowed` (the actions still open) on a refused step. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The message for one input, matched on the last segment of the field path (`body.email` → `email`). */
  fieldMessage(name: string): string | undefined {
    return this.fields.find((f) => f.path === name || f.path.endsWith(`.${name}`))?.message;
  }
}

/** Thrown when the server cannot be reached at all (offline, connection refused). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}
