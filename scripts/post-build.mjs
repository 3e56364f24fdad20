// After tsc: make the CLI entry executable so `npx foothold` and the bin link run it directly.
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
