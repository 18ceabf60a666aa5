import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lightenAsyncResourceBind } from './lighten-async-resource-bind';

const builtinBind = AsyncResource.prototype.bind;

describe('lightenAsyncResourceBind', () => {
  beforeAll(() => {
    expect(lightenAsyncResourceBind()).toBe(true);
  });
  afterAll(() => {
    AsyncResource.prototype.bind = builtinBind;
  });

  it('replaces the bind once, and no longer builds new deprecation wrappers per call', () => {
    expect(AsyncResource.prototype.bind).not.toBe(builtinBind);
    expect(lightenAsyncResourceBind()).toBe(false);
    const a = new AsyncResource('a').bind(() => 1);
    const b = new AsyncResource('b').bind(() => 2);
    // The built-in gives each bound function its own pair of util.deprecate closures.
    expect(Object.getOwnPropertyDescriptor(a, 'asyncResource')?.get).toBe(
      Object.getOwnPropertyDescriptor(b, 'asyncResource')?.get,
    );
  });

  it('runs the bound function in the async scope the resource was made in, like the built-in', () => {
    const als = new AsyncLocalStorage<string>();
    const resource = als.run('at creation', () => new AsyncResource('test'));
    const seen = als.run('at call', () => resource.bind(() => als.getStore())());
    expect(seen).toBe('at creation');
  });

  it('passes `this`, the arguments and the return value through; keeps the length', () => {
    const resource = new AsyncResource('test');
    function target(this: unknown, a: number, b: number) {
      return [this, a + b];
    }
    const self = { name: 'self' };
    const unbound = resource.bind(target);
    expect(unbound.length).toBe(2);
    expect(unbound.call(self, 1, 2)).toEqual([self, 3]);
    // Node's types leave out bind's thisArg (documented since Node 14.8).
    const bindWithThis = resource.bind as (fn: typeof target, thisArg: unknown) => typeof target;
    const withThis = bindWithThis.call(resource, target, self);
    expect(withThis.length).toBe(2);
    expect(withThis.call({ other: true }, 2, 3)).toEqual([self, 5]);
  });

  it('keeps the deprecated asyncResource accessor, warning DEP0172 once', () => {
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const resource = new AsyncResource('test');
      const bound = resource.bind(() => undefined) as (() => void) & { asyncResource: AsyncResource };
      expect(bound.asyncResource).toBe(resource);
      const other = new AsyncResource('other');
      bound.asyncResource = other;
      expect(bound.asyncResource).toBe(other);
      expect(Object.keys(bound)).toContain('asyncResource');
      const deprecations = emit.mock.calls.filter((c) => (c as unknown[])[2] === 'DEP0172');
      expect(deprecations).toHaveLength(1);
    } finally {
      emit.mockRestore();
    }
  });

  it('throws what the built-in throws for a non-function', () => {
    const resource = new AsyncResource('test');
    const call = () => resource.bind('not a function' as unknown as () => void);
    expect(call).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('leaves HTTP/2 requests working, their response in the request’s async scope', async () => {
    const server = http2.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(201).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const session = http2.connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const als = new AsyncLocalStorage<number>();
    try {
      const answers = await Promise.all(
        [1, 2, 3].map((n) =>
          als.run(
            n,
            () =>
              new Promise<[number, number | undefined]>((resolve, reject) => {
                const req = session.request({ ':method': 'POST', ':path': '/' });
                req.on('response', (h) => resolve([h[':status'] as number, als.getStore()]));
                req.on('error', reject);
                req.end('x');
              }),
          ),
        ),
      );
      expect(answers).toEqual([
        [201, 1],
        [201, 2],
        [201, 3],
      ]);
    } finally {
      session.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
