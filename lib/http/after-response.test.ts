import { expect, it, vi } from 'vitest';
import { afterResponse } from './after-response';

it('outside a request (scripts, tests) runs the task at once and waits for it', async () => {
  const task = vi.fn(async () => undefined);
  await afterResponse(task);
  expect(task).toHaveBeenCalledOnce();
});
