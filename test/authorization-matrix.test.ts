// The authorization matrix (issue 4): every route under /api × every caller (anonymous, half-signed-in, each staff
// role) × a case in and out of the caller's scope. The table is test/support/authorization/route-expectations.ts;
// a route the app mounts without a row there fails here, so a new route cannot skip the question of who may call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseFixture } from './support/authorization/case-fixture';
import { raiseFixtureNotifications } from './support/authorization/notification-fixture';
import { buildReporterFixture } from './support/authorization/reporter-fixture';
import { MatrixRunner, type CellOutcome } from './support/authorization/matrix-runner';
import { signInPrincipals } from './support/authorization/principals';
import { normalisedUrl, createAppWithInventory } from './support/authorization/route-inventory';
import {
  ROUTE_ROWS,
  rowName,
  SKIPPED_ROUTES,
  type RouteRow,
} from './support/authorization/route-expectations';
import { CASE_TEST_NOW } from './support/case-factory';
import { createTestUser } from './support/staff-session';

// Built while the file is collected: which rows have a mounted route decides which tests exist.
const t = await createAppWithInventory({ now: () => CASE_TEST_NOW });
const apiRoutes = t.routes.filter((r) => r.url === '/api' || r.url.startsWith('/api/'));
const isMounted = (row: Pick<RouteRow, 'method' | 'url'>) =>
  apiRoutes.some((r) => r.method === row.method && r.url === normalisedUrl(row.url));

let runner: MatrixRunner;
const started = Date.now();

beforeAll(async () => {
  const spare = await createTestUser(t.app, 'bawaslu_staf');
  const toDisable = await createTestUser(t.app, 'bawaslu_staf');
  const principals = await signInPrincipals(t.app);
  const cases = await buildCaseFixture(t.app);
  const reporters = await buildReporterFixture(t.app);
  cases.all.push(...reporters.map((r) => r.case));
  const fixture = {
    ...cases,
    notifications: await raiseFixtureNotifications(t.app, cases.all),
    documents: [],
    reporters,
  };
  let n = 0;
  runner = new MatrixRunner(t.app, principals, fixture, {
    spareAccount: { email: spare.email, password: spare.password },
    userToDisable: toDisable.id,
    unique: () => `${Date.now().toString(36)}.${(n += 1)}`,
  });
});
afterAll(async () => {
  await t.destroy();
});

function failures(outcomes: CellOutcome[]): string[] {
  return outcomes.flatMap((o) => o.problems.map((p) => `${o.row} · ${o.principal} · ${o.target}: ${p}`));
}

describe('authorization matrix', () => {
  it('has a row for every route the app mounts under /api', () => {
    const unlisted = apiRoutes.filter((r) => {
      if (SKIPPED_ROUTES.some((s) => s.url.test(r.url))) return false;
      // HEAD runs the GET handler (Fastify exposeHeadRoutes): the GET row covers it, HEAD cells included.
      const method = r.method === 'HEAD' ? 'GET' : r.method;
      return !ROUTE_ROWS.some((row) => row.method === method && normalisedUrl(row.url) === r.url);
    });
    expect(unlisted.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const dupes = ROUTE_ROWS.filter(
      (row, i) => ROUTE_ROWS.findIndex((o) => rowName(o) === rowName(row)) !== i,
    );
    expect(dupes.map(rowName)).toEqual([]);
  });

  // Rows run in table order, and a later row may use what an earlier one stored (the content row reads the
  // documents the upload row attached), so run the file whole.
  for (const row of ROUTE_ROWS) {
    if (!isMounted(row)) {
      // A row ahead of its route is a note, not a failure: the route is being built.
      it.todo(`${rowName(row)}: declared, not mounted yet`);
      continue;
    }
    it(`${rowName(row)}: ${row.why}`, async () => {
      const outcomes = await runner.runRow(row);
      expect(failures(outcomes)).toEqual([]);
      const principals = new Set(outcomes.map((o) => o.principal));
      expect(principals.size, 'every caller tried').toBe(row.anonymousOnly ? 1 : runner.principals.length);
    });
  }

  it('checked every mounted row, with no leak', () => {
    const mounted = ROUTE_ROWS.filter(isMounted);
    const byRow = new Map(mounted.map((row) => [rowName(row), new Map<string, number>()]));
    for (const o of runner.outcomes) {
      const statuses = byRow.get(o.row);
      const status = o.expected.split(' ')[0] ?? '?';
      statuses?.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const line = (name: string, statuses: Map<string, number>) => {
      const n = [...statuses.values()].reduce((a, b) => a + b, 0);
      const spread = [...statuses]
        .sort()
        .map(([status, k]) => `${status}×${k}`)
        .join(' ');
      return `  ${String(n).padStart(4)}  ${name.padEnd(52)} ${spread}`;
    };
    console.info(
      [
        `authorization matrix: ${runner.outcomes.length} cells over ${mounted.length} routes in ${seconds} s`,
        ...[...byRow].map(([name, statuses]) => line(name, statuses)),
        ...ROUTE_ROWS.filter((row) => !isMounted(row)).map(
          (row) => `     -  ${rowName(row)} (not mounted yet)`,
        ),
      ].join('\n'),
    );
    expect([...byRow].filter(([, statuses]) => statuses.size === 0).map(([name]) => name)).toEqual([]);
    expect(failures(runner.outcomes)).toEqual([]);
  });
});
