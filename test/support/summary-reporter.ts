import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** Prints the plain closing line CI reads: "N passed, N failed" (with skipped when any). */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const db = process.env.NETRA_TEST_STAGE ?? process.env.NETRA_TEST_DB ?? 'pglite';
    const file = process.env.NETRA_TEST_SUMMARY;
    if (file) fs.appendFileSync(file, `${JSON.stringify({ stage: db, passed, failed, skipped })}\n`);
    process.stdout.write(
      `\n${db}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
