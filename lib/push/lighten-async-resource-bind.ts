import { AsyncResource } from 'node:async_hooks';

// Node 20's AsyncResource#bind gives every bound function a deprecated `asyncResource` accessor (DEP0172) built from
// two fresh util.deprecate wrappers, each re-prototyped with Object.setPrototypeOf: about 20 µs a call. Its HTTP/2
// client calls bind once per request (the pending request's async scope), so a dispatcher paid it on every push:
// about a third of HTTP/2's CPU per POST over TLS (bench/README, "Levers"). This bind does the same thing — the
// bound function runs in the resource's async scope, keeps the target's `length`, and still has the accessor, which
// warns DEP0172 once — with one shared getter and setter instead of new closures per call.

const RESOURCE = Symbol('crieur.asyncResource');
const LIGHT = Symbol('crieur.lightBind');
const DEPRECATION = 'The asyncResource property on bound functions is deprecated';

type AnyFunction = (...args: unknown[]) => unknown;
type Bound = AnyFunction & { [RESOURCE]?: AsyncResource };
type BindFunction = (this: AsyncResource, fn: unknown, thisArg?: unknown) => AnyFunction;

let warned = false;
const accessor: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: Bound) {
    warnOnce();
    return this[RESOURCE];
  },
  set(this: Bound, value: AsyncResource) {
    warnOnce();
    this[RESOURCE] = value;
  },
};

function warnOnce() {
  if (warned) return;
  warned = true;
  process.emitWarning(DEPRECATION, 'DeprecationWarning', 'DEP0172');
}

/** Whether this Node's bind still builds the deprecated accessor per call (a later Node may drop it: then no-op). */
function bindBuildsDeprecatedAccessor(bind: BindFunction): boolean {
  const probe = bind.call(new AsyncResource('crieur.probe'), () => undefined);
  return typeof Object.getOwnPropertyDescriptor(probe, 'asyncResource')?.get === 'function';
}

/** For the dispatcher processes (scripts/worker.ts), before their first request; true when it replaced the bind. */
export function lightenAsyncResourceBind(): boolean {
  const builtin = AsyncResource.prototype.bind as BindFunction & { [LIGHT]?: true };
  if (builtin[LIGHT] || !bindBuildsDeprecatedAccessor(builtin)) return false;

  function lightBind(this: AsyncResource, fn: AnyFunction, thisArg?: unknown): AnyFunction {
    // The built-in's own checks and errors for anything unusual.
    if (typeof fn !== 'function') return builtin.call(this, fn, thisArg);
    return bindToResource(this, fn, thisArg);
  }
  AsyncResource.prototype.bind = Object.assign(lightBind, { [LIGHT]: true as const }) as AsyncResource['bind'];
  return true;
}

function bindToResource(resource: AsyncResource, fn: AnyFunction, thisArg: unknown): Bound {
  const bound: Bound =
    thisArg === undefined
      ? function (this: unknown, ...args: unknown[]) {
          return resource.runInAsyncScope(fn, this, ...args);
        }
      : resource.runInAsyncScope.bind(resource, fn, thisArg);
  Object.defineProperty(bound, 'length', { configurable: true, enumerable: false, writable: false, value: fn.length });
  bound[RESOURCE] = resource;
  Object.defineProperty(bound, 'asyncResource', accessor);
  return bound;
}
