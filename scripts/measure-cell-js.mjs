// Client JS of the notification-preferences cell, from the last `next build`: gzip of the chunks the settings page
// loads that a page without the cell (/inbox) does not, i.e. the page's own JS with the framework subtracted.
// Usage: node scripts/measure-cell-js.mjs   (after next build)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const dir = '.next';
function entryChunks(route) {
  const ctx = { globalThis: {} };
  vm.runInNewContext(
    readFileSync(path.join(dir, 'server/app', route, 'page_client-reference-manifest.js'), 'utf8'),
    ctx,
  );
  const manifest = Object.values(ctx.globalThis.__RSC_MANIFEST)[0];
  return new Set(Object.values(manifest.entryJSFiles).flat());
}
const withCell = entryChunks('(portal)/settings/notifications');
const without = entryChunks('(portal)/inbox');
let total = 0;
for (const chunk of [...withCell].filter((c) => !without.has(c))) {
  const bytes = readFileSync(path.join(dir, chunk));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${chunk}  ${bytes.length} B  gzip ${gz} B`);
}
console.log(`notification-preferences cell, own client JS: ${(total / 1024).toFixed(1)} kB gzip (budget 30 kB)`);
if (total > 30 * 1024) process.exit(1);
