// Ways hostile text reaches a route handler, for app/api/hostile-input.test.ts: a path parameter, a query parameter,
// a field of the JSON body, a header. Each input sends one value and returns the handler's Response.
import { valuesFor, withValue, type Slot } from '../hostile-input';
import { request } from './push-api-harness';

type Handler = (req: Request, ctx?: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
export type Input = {
  name: string;
  /** Label, value, whether it must be refused (4xx); default: valuesFor(strict). */
  values?: Array<[string, unknown, boolean]>;
  strict: boolean;
  send: (v: unknown) => Promise<Response>;
};

const load = async (file: string, method: string) => (await import(`@/${file}`))[method] as Handler;
const ctx = (params: Record<string, unknown>) => ({ params: Promise.resolve(params) });

/** The handlers of one route file, with the headers every call carries (an API token…). */
export function routeInputs(file: string, headers?: Record<string, string>) {
  const call = async (method: string, path: string, body?: unknown, params: Record<string, unknown> = {}) =>
    (await load(file, method))(request(method, path, { body, headers }), ctx(params));
  return {
    /** The `[id]` path parameter, as Next hands it over (already percent-decoded). */
    param: (method: string, body?: unknown): Input => ({
      name: 'path [id]',
      strict: true,
      send: (v) => call(method, '/x', body, { id: v }),
    }),
    /** A query parameter. A URL cannot carry a lone surrogate (URLSearchParams writes U+FFFD): no 500 is enough. */
    query: (method: string, key: string, prefix = ''): Input => ({
      name: `query ${key}=${prefix}…`,
      strict: true,
      values: valuesFor(true).map(([label, v, refuse]) => [label, v, refuse && !/\p{Cs}/u.test(String(v))]),
      send: (v) => call(method, `/x?${new URLSearchParams({ [key]: `${prefix}${String(v)}` })}`),
    }),
    /** One input per field of a valid body. */
    fields: (method: string, base: unknown, slots: Slot[], params?: Record<string, unknown>): Input[] =>
      slots.map((s) => ({
        name: `body ${s.path}`,
        strict: s.strict,
        send: (v) => call(method, '/x', withValue(s.base ?? base, s.path, v), params),
      })),
    /** A body built from the value in another way (dates, an endpoint with the value inside its path). */
    body: (method: string, name: string, build: (v: unknown) => unknown, values?: Input['values']): Input => ({
      name,
      strict: true,
      values,
      send: (v) => call(method, '/x', build(v)),
    }),
    /** A route with no input: called once, it must simply not fail. */
    none: (method: string): Input => ({
      name: 'no input',
      strict: false,
      values: [['a plain call', null, false]],
      send: () => call(method, '/x'),
    }),
    /** A header value. undici's Headers refuses NUL; a proxy or raw socket may pass one on: hand the raw value over. */
    header: (method: string, body: unknown, name: string, build: (v: unknown) => string): Input => ({
      name: `header ${name}`,
      strict: true,
      send: async (v) => {
        const req = request(method, '/x', { body, headers });
        const real = req.headers;
        const get = (n: string) => (n.toLowerCase() === name ? build(v) : real.get(n));
        Object.defineProperty(req, 'headers', { value: { get, has: (n: string) => get(n) !== null } });
        return (await load(file, method))(req, ctx({}));
      },
    }),
  };
}
