import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

// The benchmark, the worker and the scripts load data functions outside Next, under react-server conditions (as
// `npm run bench` and `npm run worker` do). A data function that pulls Next's request APIs (next/navigation,
// next/headers) through an import chain breaks them at load time, which only `npm run bench` used to reveal.
it('the benchmark pipeline and the data layer load outside Next under react-server conditions', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const modules = [
    'bench/crieur/run-crieur.ts',
    'lib/notifications/create-notification.ts',
    'lib/push/dispatcher/run-worker.ts',
    'lib/people/reset-password.ts',
    'lib/topics/manage-topic.ts',
    'lib/people/people-errors.ts',
  ];
  const script = modules.map((m) => `await import(${JSON.stringify(`./${m}`)});`).join('');
  const out = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', `${script}console.log('loaded')`],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  expect(out.trim()).toBe('loaded');
});
