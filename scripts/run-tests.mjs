#!/usr/bin/env node
// `npm test`: the whole suite — unit + integration on embedded PGlite, the same on PostgreSQL, then the
// browser tests in Debian chromium. Prints one closing line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const summaryFile = path.join(root, '.tmp', 'test-summary.jsonl');
fs.mkdirSync(path.dirname(summaryFile), { recursive: true });
fs.rmSync(summaryFile, { force: true });
const extra = process.argv.slice(2);
const stages = [];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, NETRA_TEST_SUMMARY: summaryFile, ...env } });
  return r.status ?? 1;
}

const deps = spawnSync('bash', ['scripts/ensure-test-deps.sh'], { cwd: root, stdio: 'inherit' });
if (deps.status !== 0) process.exit(1);

stages.push(['pglite', run('npx', ['vitest', 'run', ...extra], { NETRA_TEST_DB: 'pglite' })]);

let pgUrl = process.env.NETRA_TEST_PG_URL;
if (!pgUrl) {
  const r = spawnSync('bash', ['scripts/test-postgres.sh', 'start'], { cwd: root, encoding: 'utf8' });
  if (r.status === 0) pgUrl = r.stdout.trim().split('\n').pop();
  else process.stderr.write(r.stderr);
}
if (pgUrl) {
  stages.push(['postgres', run('npx', ['vitest', 'run', ...extra], { NETRA_TEST_DB: 'postgres', NETRA_TEST_PG_URL: pgUrl })]);
} else {
  process.stderr.write('PostgreSQL stage could not start: install postgresql or set NETRA_TEST_PG_URL.\n');
  stages.push(['postgres', 1]);
}

if (!process.env.NETRA_SKIP_BROWSER) {
  stages.push(['browser', run('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts'], { NETRA_TEST_DB: 'pglite', NETRA_TEST_STAGE: 'browser' })]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(summaryFile)) {
  for (const line of fs.readFileSync(summaryFile, 'utf8').split('\n').filter(Boolean)) {
    const s = JSON.parse(line);
    passed += s.passed;
    failed += s.failed;
    skipped += s.skipped;
  }
}
const badStages = stages.filter(([, code]) => code !== 0).map(([name]) => name);
if (badStages.length && failed === 0) failed = badStages.length;
process.stdout.write(`\nStages: ${stages.map(([n, c]) => `${n} ${c === 0 ? 'ok' : 'FAILED'}`).join(', ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(badStages.length ? 1 : 0);
