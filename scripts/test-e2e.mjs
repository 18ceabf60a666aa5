// `npm run test:e2e [-- playwright args]`: build, seed a throw-away data folder, then run Playwright's two projects,
// `chromium` and `firefox` (`-- --project=firefox` for one; playwright.config.ts seeds the second portal itself).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (args, extra = {}) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (process.env.E2E_SKIP_BUILD !== '1') run(['node_modules/next/dist/bin/next', 'build']);
run(['--conditions=react-server', '--import', 'tsx', 'e2e/fixtures/seed.ts']);
run(['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]);
