// next/server's after() for tests: the tasks are kept until the test runs them, so a test sees what the answer was
// before any of the work was done. Mocked per file (vi.mock must sit in the test file to be hoisted):
//   vi.mock('next/server', async (load) => (await import('@/test/deferred-after')).withDeferredAfter(load));
export const deferred: Array<() => unknown> = [];

/** Runs the tasks handed to after() so far, in order, and forgets them. */
export const runDeferred = () => Promise.all(deferred.splice(0).map((task) => task()));

export async function withDeferredAfter(load: () => Promise<unknown>) {
  return {
    ...((await load()) as typeof import('next/server')),
    after: (task: () => unknown) => void deferred.push(task),
  };
}
