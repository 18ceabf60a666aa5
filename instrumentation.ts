// Runs once when the Next.js server starts. The embedded default runs the push dispatcher in this process.
export async function register() {
  // Written as a block on NEXT_RUNTIME (not an early return) so that the Edge build drops the import: the Node
  // server's start-up uses node:http (lib/bootstrap/register-node-server.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNodeServer } = await import('./lib/bootstrap/register-node-server');
    await registerNodeServer();
  }
}
