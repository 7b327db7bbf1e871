import { currentLanguage } from '../i18n/i18n';
import { ApiError, NetworkError, type ApiFieldError } from './api-error';

let csrfToken: string | undefined;
let refreshCsrfToken: (() => Promise<void>) | undefined;

/** The session provider hands over the CSRF token of the current session, and how to fetch a fresh one. */
export function setCsrfSource(token: string | undefined, refresh?: () => Promise<void>): void {
  csrfToken = token;
  if (refresh) refreshCsrfToken = refresh;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown; [detail: string]: unknown };
}

function isFieldError(value: unknown): value is ApiFieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiFieldError).path === 'string' &&
    typeof (value as ApiFieldError).message === 'string'
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const { code, message, fields, ...details } = body.error ?? {};
  return new ApiError(
    response.status,
    typeof code === 'string' ? code : 'INTERNAL',
    typeof message === 'string' ? message : response.statusText,
    Array.isArray(fields) ? fields.filter(isFieldError) : [],
    details,
  );
}

async function send(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = {
    'accept-language': currentLanguage(),
    accept: 'application/json',
  };
  const isForm = body instanceof FormData;
  if (method !== 'GET') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    // The browser writes a form's multipart content type itself, with its boundary.
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new NetworkError(err instanceof Error ? err.message : String(err));
  }
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response = await send(method, path, body, signal);
  // A session rotated by another tab makes our token stale: fetch the current one and try once more.
  if (response.status === 403 && method !== 'GET' && refreshCsrfToken) {
    const error = await toApiError(response.clone());
    if (error.code === 'CSRF_INVALID') {
      await refreshCsrfToken();
      response = await send(method, path, body, signal);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, undefined, signal);
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return request<T>('POST', path, body ?? {});
}

export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return request<T>('PUT', path, body);
}

/** Sends a multipart form (a file upload) with the session's CSRF token. */
export function apiPostForm<T>(path: string, form: FormData): Promise<T> {
  return request<T>('POST', path, form);
}

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
