// Runs the cells of the authorization matrix against the real app and records each outcome.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Queryable } from '../../../src/db/database';
import type { CaseDetail } from '../../../src/modules/cases';
import { expectedFor, targetLabel, targetsFor, type Expected, type MatrixFixture } from './cell-expectations';
import { SEEN_BY, type KnownCase } from './case-fixture';
import { isDocumentReadableBy } from './document-audience';
import { isAddressedTo } from './notification-fixture';
import { caseCountProblems, caseListProblems, notificationListProblems } from './list-checks';
import { listProbes } from './list-probes';
import type { Principal, PrincipalKey } from './principals';
import type { KnownReporter } from './reporter-fixture';
import {
  rowName,
  type MatrixContext,
  type MatrixRequest,
  type RouteRow,
  type Target,
} from './route-expectations';

export interface CellOutcome {
  row: string;
  principal: PrincipalKey;
  target: string;
  expected: string;
  got: string;
  problems: string[];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Everything a refused request must leave as it was. */
async function fingerprint(db: Queryable): Promise<string> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT coalesce(sum(version), 0) FROM cases)::int AS versions,
            (SELECT count(*) FROM case_events)::int AS events, (SELECT count(*) FROM audit_log)::int AS audit,
            (SELECT count(*) FROM staff_users)::int AS users,
            (SELECT count(*) FROM staff_users WHERE disabled_at IS NOT NULL)::int AS disabled,
            (SELECT count(*) FROM case_documents)::int AS documents,
            (SELECT count(*) FROM case_notification_reads)::int AS reads,
            (SELECT count(*) FROM deadline_rule_edits)::int AS deadline_rule_edits`,
  );
  return JSON.stringify(rows[0]);
}

const describeExpected = (e: Expected) => (e.code ? `${e.status} ${e.code}` : String(e.status));

function describeGot(res: LightMyRequestResponse): string {
  const code = res.statusCode >= 400 ? errorCodeOf(res) : undefined;
  return code ? `${res.statusCode} ${code}` : String(res.statusCode);
}

function errorCodeOf(res: LightMyRequestResponse): string | undefined {
  try {
    return res.json<{ error?: { code?: string } }>().error?.code;
  } catch {
    return undefined;
  }
}

export class MatrixRunner {
  readonly outcomes: CellOutcome[] = [];

  constructor(
    readonly app: FastifyInstance,
    readonly principals: readonly Principal[],
    readonly fixture: MatrixFixture,
    readonly context: MatrixContext,
  ) {}

  private sees(principal: Principal, c: KnownCase): boolean {
    return principal.role !== null && c.seenBy.includes(principal.role);
  }

  /**
   * Nothing the principal may not see is named in the answer: no case (id, reference), no document (id, name), no
   * reporter's name but in the one answer that unseals it (`unsealed`).
   */
  private leaks(principal: Principal, res: LightMyRequestResponse, unsealed?: KnownReporter): string[] {
    const names = (...values: string[]) => values.some((v) => res.body.includes(v));
    const cases = this.fixture.all
      .filter((c) => !this.sees(principal, c) && names(c.id, c.referenceNumber))
      .map((c) => `answer names case ${c.label}, outside the caller's scope`);
    const documents = this.fixture.documents
      .filter((d) => !isDocumentReadableBy(d, principal.role) && names(d.id, d.fileName))
      .map((d) => `answer names document ${d.fileName}, not the caller's to read`);
    const reporters = this.fixture.reporters
      .filter((r) => r !== unsealed && names(r.name))
      .map((r) => `answer names the reporter of ${r.case.label}`);
    return [...cases, ...documents, ...reporters];
  }

  private inject(
    row: RouteRow,
    principal: Principal,
    req: MatrixRequest,
    opts: { method?: 'HEAD'; withoutCsrf?: boolean } = {},
  ) {
    const headers: Record<string, string> = opts.withoutCsrf
      ? { cookie: principal.headers.cookie ?? '' }
      : { ...principal.headers };
    if (req.contentType) headers['content-type'] = req.contentType;
    return this.app.inject({
      method: opts.method ?? row.method,
      url: req.url,
      headers,
      remoteAddress: principal.remoteAddress,
      ...(req.body === undefined ? {} : { payload: req.body as object | Buffer }),
    });
  }

  private record(
    row: RouteRow,
    principal: Principal,
    target: string,
    e: Expected,
    got: string,
    problems: string[],
  ) {
    const outcome = {
      row: rowName(row),
      principal: principal.key,
      target,
      expected: describeExpected(e),
      got,
      problems,
    };
    this.outcomes.push(outcome);
    return outcome;
  }

  /** What a success changed: the matrix keeps its picture of the database true. */
  private afterSuccess(
    row: RouteRow,
    principal: Principal,
    target: Target,
    res: LightMyRequestResponse,
  ): void {
    if (target.kind === 'area') {
      // findingBody(): an act in Purbalingga by a Pemkab Purbalingga subject, still with Bawaslu.
      const c = res.json<CaseDetail>();
      this.fixture.all.push({
        label: `created ${c.referenceNumber}`,
        id: c.id,
        referenceNumber: c.referenceNumber,
        state: c.state,
        version: c.version,
        regionCode: c.regionCode,
        agencyCode: c.agencyCode ?? '',
        subjectNames: ['Budi Santoso'],
        seenBy: SEEN_BY.purbalinggaOpen,
      });
    } else if (target.kind === 'case' && target.mode === 'real') {
      const c = res.json<CaseDetail>();
      Object.assign(target.case, { state: c.state, version: c.version });
    } else if (target.kind === 'case' && row.url.endsWith('/documents') && principal.role !== null) {
      const d = res.json<{ id: string; fileName: string }>();
      this.fixture.documents.push({
        id: d.id,
        fileName: d.fileName,
        case: target.case,
        uploaderRole: principal.role,
      });
    }
  }

  async runCell(row: RouteRow, principal: Principal, target: Target): Promise<CellOutcome> {
    const expected = expectedFor(row, principal, target);
    const req = row.request({ principal, target, context: this.context });
    const refusedWrite = UNSAFE.has(row.method) && expected.status >= 400;
    const before = refusedWrite ? await fingerprint(this.app.ctx.db.pool) : '';
    const res = await this.inject(row, principal, req);
    const unsealed = target.kind === 'reporter' && expected.status < 300 ? target.reporter : undefined;
    const problems = this.leaks(principal, res, unsealed);
    if (res.statusCode !== expected.status || (expected.code && errorCodeOf(res) !== expected.code)) {
      problems.unshift(
        `expected ${describeExpected(expected)}, got ${describeGot(res)}: ${res.body.slice(0, 200)}`,
      );
    } else if (res.statusCode < 300) {
      this.afterSuccess(row, principal, target, res);
    }
    if (refusedWrite && (await fingerprint(this.app.ctx.db.pool)) !== before) {
      problems.push('the refused request changed the database');
    }
    return this.record(row, principal, targetLabel(target), expected, describeGot(res), problems);
  }

  /** One GET of a list, checked by `check` against what the principal may see. */
  private async runListCell(
    row: RouteRow,
    principal: Principal,
    query: { url: string; label: string },
    check: (res: LightMyRequestResponse) => string[],
  ): Promise<void> {
    const res = await this.inject(row, principal, { url: query.url });
    const problems = this.leaks(principal, res);
    if (res.statusCode !== 200) problems.unshift(`expected 200, got ${describeGot(res)}`);
    else problems.push(...check(res));
    this.record(row, principal, query.label, { status: 200 }, describeGot(res), problems);
  }

  /** The list rows: the inbox under every probe, the tab counts, the notifications. */
  private async runLists(row: RouteRow, principal: Principal): Promise<void> {
    const seen = this.fixture.all.filter((c) => this.sees(principal, c));
    if (row.list === 'cases') {
      for (const probe of listProbes(Object.values(this.fixture.shared))) {
        const url = `${row.url}?${[probe.query, 'pageSize=100'].filter(Boolean).join('&')}`;
        await this.runListCell(row, principal, { url, label: probe.label }, (res) =>
          caseListProblems(res, probe, seen, this.fixture.all),
        );
      }
    } else if (row.list === 'case-counts') {
      await this.runListCell(row, principal, { url: row.url, label: 'counts' }, (res) =>
        caseCountProblems(res, seen),
      );
    } else {
      const wanted = this.fixture.notifications
        .filter((n) => isAddressedTo(n, principal.role))
        .map((n) => n.id);
      await this.runListCell(row, principal, { url: row.url, label: `${wanted.length} addressed` }, (res) =>
        notificationListProblems(res, wanted),
      );
    }
  }

  /** Every cell of one row: each principal on each target, HEAD for a GET, no CSRF token for a write. */
  async runRow(row: RouteRow): Promise<CellOutcome[]> {
    const from = this.outcomes.length;
    const principals = row.anonymousOnly
      ? this.principals.filter((p) => p.key === 'anonymous')
      : this.principals;
    for (const principal of principals) {
      if (principal.role !== null && row.list) await this.runLists(row, principal);
      else
        for (const target of targetsFor(row, principal, this.fixture))
          await this.runCell(row, principal, target);
    }
    const anonymous = this.principals.find((p) => p.key === 'anonymous');
    const admin = this.principals.find((p) => p.key === 'admin');
    if (anonymous && row.method === 'GET') await this.runHead(row, anonymous);
    const forger = row.callers === 'public' || row.anonymousOnly ? anonymous : admin;
    if (forger && UNSAFE.has(row.method)) await this.runWithoutCsrf(row, forger);
    return this.outcomes.slice(from);
  }

  /** HEAD runs the GET handler: it must refuse as the GET does. */
  private async runHead(row: RouteRow, principal: Principal): Promise<void> {
    const target = targetsFor(row, principal, this.fixture)[0] ?? { kind: 'none' };
    const expected = { status: expectedFor(row, principal, target).status };
    const res = await this.inject(row, principal, row.request({ principal, target, context: this.context }), {
      method: 'HEAD',
    });
    const problems =
      res.statusCode === expected.status ? [] : [`HEAD: expected ${expected.status}, got ${res.statusCode}`];
    this.record(row, principal, `HEAD ${targetLabel(target)}`, expected, String(res.statusCode), problems);
  }

  /** A write without the x-csrf-token header is refused before anything else, and changes nothing. */
  private async runWithoutCsrf(row: RouteRow, principal: Principal): Promise<void> {
    const target = targetsFor(row, principal, this.fixture)[0] ?? { kind: 'none' };
    const expected: Expected = { status: 403, code: 'CSRF_INVALID' };
    const before = await fingerprint(this.app.ctx.db.pool);
    const req = row.request({ principal, target, context: this.context });
    const res = await this.inject(row, principal, req, { withoutCsrf: true });
    const problems = this.leaks(principal, res);
    if (res.statusCode !== 403 || errorCodeOf(res) !== 'CSRF_INVALID') {
      problems.unshift(`expected 403 CSRF_INVALID, got ${describeGot(res)}`);
    }
    if ((await fingerprint(this.app.ctx.db.pool)) !== before)
      problems.push('the refused request changed the database');
    this.record(
      row,
      principal,
      `no CSRF token, ${targetLabel(target)}`,
      expected,
      describeGot(res),
      problems,
    );
  }
}
