// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by file, and inclusive time of the
// functions you name. `node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top 25] [--focus name,…]`
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--top 25] [--focus fnA,fnB]');
const opt = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
const top = Number(opt('top') ?? 25);
const focus = (opt('focus') ?? '').split(',').filter(Boolean);

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\//, 'nm:')
    .replace(/^.*\/(lib|bench|test)\//, '$1/');
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}` +
  `${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;

function rank(key: (n: Node) => string) {
  const sums = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const k = key(byId.get(id)!);
    sums.set(k, (sums.get(k) ?? 0) + us);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
console.log(
  `${file}: ${(total / 1e6).toFixed(2)} s sampled (${((profile.endTime - profile.startTime) / 1e6).toFixed(2)} s wall)`,
);
console.log('\nself time by function:');
for (const [k, us] of rank(label)) console.log(`${pct(us)}  ${k}`);
console.log('\nself time by file:');
for (const [k, us] of rank((n) => shortUrl(n.callFrame.url) || `(${n.callFrame.functionName})`))
  console.log(`${pct(us)}  ${k}`);

// Inclusive time: a sample counts for a function when that function is anywhere on its stack.
for (const name of focus) {
  let us = 0;
  for (const [id, t] of selfUs) {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur)!.callFrame.functionName === name) {
        us += t;
        break;
      }
    }
  }
  console.log(`\ninclusive ${name}: ${pct(us)}`);
}
