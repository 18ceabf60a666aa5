import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { projectFiles } from '@/test/hostile-input';

// These forms are sent by JavaScript; one submitted before the page has hydrated (a quick click, a slow phone) is sent
// by the browser itself, and a form without a method sends its fields in the URL: passwords and e-mail addresses
// would land in the history, in server and proxy logs and in the Referer. Posted, they reach only the page's body.
const files = projectFiles('components', (f) => /^components\/(auth|account)\/.*\.tsx$/.test(f));

it.each(files.filter((f) => readFileSync(f, 'utf8').includes('<form')))('%s posts its forms', (file) => {
  const forms = readFileSync(file, 'utf8').match(/<form\b[^>]*>/g) ?? [];
  expect(forms.length).toBeGreaterThan(0);
  for (const tag of forms) expect(tag, file).toContain('method="post"');
});
