// After tsc: make the CLI entry executable so `npx foothold` and the bin link run it directly, and
// write the top-level help beside it, so `foothold --help` answers without loading the commands.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

const helpText = new URL('../dist/cli/help-text.js', import.meta.url);
if (existsSync(helpText)) {
  const { HELP_FILE, topLevelHelp } = await import(helpText.href);
  writeFileSync(new URL(`../dist/cli/${HELP_FILE}`, import.meta.url), await topLevelHelp());
}
