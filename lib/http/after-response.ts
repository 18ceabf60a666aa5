import 'server-only';
import { after } from 'next/server';

/**
 * Runs `task` once the response has been sent (Next's after()), so that the answer neither waits for it nor shows
 * by its timing what the task found. Called outside a request (a script, a test calling an action directly) there
 * is no response to protect: the task runs at once and is awaited.
 */
export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  try {
    after(task);
  } catch (err) {
    if (!/outside a request scope/.test(String((err as Error)?.message))) throw err;
    await task();
  }
}
