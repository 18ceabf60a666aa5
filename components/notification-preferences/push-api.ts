// fetch() for the push and preferences routes, with the JSON error shape of lib/http/json-error.ts.

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error?: string; fields?: Record<string, string> };

export type DeviceView = {
  id: string;
  /** As stored (the admin console's); the cell shows customName, else a name built from browser and os. */
  name: string;
  browser: string | null;
  os: string | null;
  customName: string | null;
  createdAt: string;
  lastSeenAt: string;
  lastSuccessAt: string | null;
};

export async function callApi<T = unknown>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? null : await res.json().catch(() => null);
    return res.ok
      ? { ok: true, status: res.status, data: json as T }
      : { ok: false, status: res.status, error: json?.error, fields: json?.fields };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** What the browser's PushSubscription looks like to POST /api/push/subscriptions. */
export function subscriptionBody(sub: PushSubscription) {
  const key = sub.options?.applicationServerKey;
  return { ...sub.toJSON(), applicationServerKey: key ? toBase64Url(key) : undefined };
}

export function toBase64Url(buffer: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
