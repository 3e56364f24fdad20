// Where an app process spent its processor time in a load run (`npm run bench:load -- --cpu-prof`):
// reads the V8 .cpuprofile files and prints self time grouped by package or source folder, and the
// functions that took most. Usage: npx tsx bench/load/profile-summary.ts FILE.cpuprofile [...]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "pg", "hono", "src/store" …: the package a script belongs to, or our own folder. */
function placeOf(url: string): string {
  if (url === '') return '(V8: garbage collection, idle, native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg !== undefined) return pkg;
  const own = /\/dist\/(\w+\/\w+)/.exec(url)?.[1];
  return own === undefined ? url : `dist/${own}`;
}

const byPlace = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    if (frame === undefined || frame.functionName === '(idle)') return;
    total += us;
    const place = placeOf(frame.url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
}
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(2).padStart(6)} s  ${name}`);
console.log(`busy ${(total / 1e6).toFixed(1)} s in ${process.argv.length - 2} profile(s)\n\nby place:\n${top(byPlace, 25).join('\n')}`);
console.log(`\nby function:\n${top(byFunction, 30).join('\n')}`);
