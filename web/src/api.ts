// The one way the pages talk to the server: JSON over fetch with the session cookie, the CSRF token on writes and
// X-Acting-For when the user acts for an enterprise. Errors carry the server's bilingual message and field pointer.
export interface Bilingual { zh: string; en: string }
export interface ApiErrorBody { code: string; message?: Bilingual; field?: string | null; details?: unknown }

export class ApiError extends Error {
  constructor(public status: number, public body: ApiErrorBody) {
    super(body.code);
  }
}

const ACTING_KEY = 'tongban.actingFor';

export const actingFor = {
  get: (): string | null => (typeof localStorage === 'undefined' ? null : localStorage.getItem(ACTING_KEY)),
  set: (value: string | null) => (value ? localStorage.setItem(ACTING_KEY, value) : localStorage.removeItem(ACTING_KEY)),
};

export function csrfToken(): string | null {
  const match = /(?:^|;\s*)tongban_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

export function requestHeaders(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  const acting = actingFor.get();
  if (acting) headers['x-acting-for'] = acting;
  return headers;
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  const body = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? { code: `http.${res.status}` });
  return body as T;
}

export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const res = await fetch(`/api/v1${path}`, {
    method, credentials: 'same-origin', headers: requestHeaders(method, options.body !== undefined),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return parse<T>(res);
}

/** Uploads one file with progress (XMLHttpRequest reports upload progress; fetch does not). */
export function uploadFile(file: File, onProgress: (fraction: number) => void, opts: { forPersonId?: string } = {}): Promise<{ id: string; originalName: string; size: number }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    // A clerk's scan of a walk-in's paper belongs to the walk-in (线下收件).
    xhr.open('POST', opts.forPersonId ? `/api/v1/files?forPersonId=${encodeURIComponent(opts.forPersonId)}` : '/api/v1/files');
    for (const [k, v] of Object.entries(requestHeaders('POST', false))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body?.error ?? { code: `http.${xhr.status}` }));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'network' }));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
