// The field rules of w3c/push-api's "declarative push message parser" (https://w3c.github.io/push-api/, section
// "Declarative push message"), as a test oracle: returns what a declarative engine would make of the JSON, or the
// first rule it breaks. Stricter than the spec on one point, as Crieur is: every URL must be absolute and, for
// `navigate`, of `origin` (WebKit's first versions required absolute URLs; a click must not leave the portal).

type Parsed = {
  title: string;
  navigate: string;
  actions: Array<{ action: string; title: string; navigate: string }>;
  data: unknown;
  appBadge: number | null;
  mutable: boolean;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function absolute(v: unknown, what: string): URL {
  if (typeof v !== 'string' || !URL.canParse(v)) throw new Error(`${what} is not an absolute URL: ${String(v)}`);
  return new URL(v);
}

function sameOrigin(v: unknown, origin: string, what: string): string {
  const u = absolute(v, what);
  if (u.origin !== origin) throw new Error(`${what} leaves ${origin}: ${u.href}`);
  return u.href;
}

export function parseDeclarativePush(json: string, origin: string): Parsed {
  const m: unknown = JSON.parse(json);
  if (!isObject(m)) throw new Error('not a JSON object');
  if (m.web_push !== 8030) throw new Error('web_push is not 8030');
  const n = m.notification;
  if (!isObject(n)) throw new Error('notification is not an object');
  if (typeof n.title !== 'string') throw new Error('notification.title is not a string');
  for (const k of ['body', 'lang', 'tag'] as const)
    if (k in n && typeof n[k] !== 'string') throw new Error(`${k} is not a string`);
  if ('dir' in n && !['auto', 'ltr', 'rtl'].includes(n.dir as string)) throw new Error('dir is not auto, ltr or rtl');
  for (const k of ['icon', 'badge', 'image'] as const) if (k in n) absolute(n[k], k);
  for (const k of ['renotify', 'silent', 'requireInteraction'] as const) {
    if (k in n && typeof n[k] !== 'boolean') throw new Error(`${k} is not a boolean`);
  }
  // Notifications API: renotify needs a tag (showNotification throws TypeError otherwise).
  if (n.renotify === true && !n.tag) throw new Error('renotify without a tag');
  if ('timestamp' in n && !(Number.isSafeInteger(n.timestamp) && (n.timestamp as number) >= 0))
    throw new Error('timestamp');
  const actions = n.actions ?? [];
  if (!Array.isArray(actions)) throw new Error('actions is not a list');
  const parsedActions = actions.map((a: unknown, i) => {
    if (!isObject(a) || typeof a.action !== 'string' || typeof a.title !== 'string') throw new Error(`actions[${i}]`);
    return { action: a.action, title: a.title, navigate: sameOrigin(a.navigate, origin, `actions[${i}].navigate`) };
  });
  let appBadge: number | null = null;
  if ('app_badge' in m) {
    if (!Number.isSafeInteger(m.app_badge) || (m.app_badge as number) < 0)
      throw new Error('app_badge is not an unsigned integer');
    appBadge = m.app_badge as number;
  }
  if ('mutable' in m && typeof m.mutable !== 'boolean') throw new Error('mutable is not a boolean');
  return {
    title: n.title,
    navigate: sameOrigin(n.navigate, origin, 'navigate'),
    actions: parsedActions,
    data: n.data ?? null,
    appBadge,
    mutable: m.mutable === true,
  };
}
