// `npm run validate`: everything CI runs — lint, typecheck, unit/integration tests, browser tests —
// then one closing line "N passed, N failed" that totals every test, with lint and typecheck
// counted as one check each. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp');
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
/** Names of the failed tests, repeated just above the closing line so that the tail of a CI log shows them. */
const failures = [];

// CI=true makes vitest fail on a snapshot that is missing or differs instead of writing it.
const env = { ...process.env, CI: 'true' };

function step(title, command, args) {
  console.log(`\n── ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  console.log(`── ${title}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function vitest(title, extraArgs) {
  const report = join(out, `${title}.json`);
  rmSync(report, { force: true });
  const ok = step(title, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    for (const file of r.testResults ?? []) {
      const name = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const t of failedTests) failures.push(`${title}: ${name} > ${t.fullName ?? t.title}`);
      if (failedTests.length === 0 && file.status === 'failed') failures.push(`${title}: ${name} (did not load: ${(file.message ?? '').split('\n')[0]})`);
    }
    // A suite that failed to load has no failed test but must still fail the run.
    if (!ok && r.numFailedTests === 0) failed++;
  } catch {
    failed++;
    failures.push(`${title}: no report was written`);
    console.log(`── ${title}: no report was written`);
  }
}

/**
 * `npm audit --omit=dev --audit-level=high`: fails on a high or critical advisory in a runtime
 * dependency. When the registry's advisory service cannot be reached (some mirrors and proxies
 * answer 405), the check is counted as skipped with the reason, never as passed.
 */
function audit() {
  console.log('\n── audit: npm audit --omit=dev --audit-level=high');
  const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, env, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  if (report?.statusCode !== undefined || report?.error !== undefined) {
    skipped++;
    console.log(
      `── audit: SKIPPED — the advisory service did not answer (${report.statusCode ?? ''} ${report.message ?? report.error?.summary ?? ''}); nothing was checked`,
    );
    return;
  }
  const counts = report?.metadata?.vulnerabilities ?? {};
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (result.status === 0 && serious === 0) {
    passed++;
    console.log(`── audit: ok (${JSON.stringify(counts)})`);
  } else {
    failed++;
    console.log(`── audit: FAILED — ${serious} high or critical advisories in runtime dependencies; run npm audit --omit=dev for details`);
  }
}

function check(title, command, args) {
  if (step(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

check('lint', 'npm', ['run', '--silent', 'lint']);
audit();
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('tests', []);
vitest('browser-tests', ['--config', 'vitest.e2e.config.ts']);

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
// The last line stays exactly "N passed, N failed" (CI reads it); skipped tests are counted on the line before.
if (skipped > 0) console.log(`\n${skipped} skipped (each test says why)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
