// From a row of the matrix to its cells: the targets each principal is tried on, and the answer each must get.
// Pure: route-expectations.ts says who may call, case-fixture.ts who sees which case; this combines them.
import type { ErrorCode } from '../../../src/platform/errors/app-error';
import type { CaseFixture } from './case-fixture';
import { FRESH_STEPS } from './case-fixture';
import { isDocumentReadableBy, type KnownDocument } from './document-audience';
import { isAddressedTo, type KnownNotification } from './notification-fixture';
import type { Principal } from './principals';
import { reachesReporter, type KnownReporter } from './reporter-fixture';
import type { RouteRow, Target } from './route-expectations';

export interface Expected {
  status: number;
  /** The error code a refusal carries. */
  code?: ErrorCode;
}

export type MatrixFixture = CaseFixture & {
  notifications: KnownNotification[];
  /** Filled by the upload row as it runs: the content row reads them afterwards. */
  documents: KnownDocument[];
  /** Named reporters of laporan (reporter-fixture.ts). */
  reporters: KnownReporter[];
};

/** The targets `principal` is tried on for `row`. */
export function targetsFor(row: RouteRow, principal: Principal, fixture: MatrixFixture): Target[] {
  const shared = Object.values(fixture.shared);
  switch (row.target) {
    case 'none':
      return [{ kind: 'none' }];
    case 'notification':
      return fixture.notifications.map((n) => ({ kind: 'notification', notification: n }));
    case 'document':
      return fixture.documents.map((d) => ({ kind: 'document', document: d }));
    case 'reporter':
      return fixture.reporters.map((r) => ({ kind: 'reporter', reporter: r }));
    case 'case':
      return shared.map((c) => ({ kind: 'case', case: c, mode: 'read' }));
    case 'case-action': {
      const probes: Target[] = shared.map((c) => ({ kind: 'case', case: c, mode: 'probe' }));
      const role = principal.role;
      if (role === null || !(role in FRESH_STEPS)) return probes;
      return [
        ...probes,
        { kind: 'case', case: fixture.fresh[role as keyof typeof FRESH_STEPS], mode: 'real' },
      ];
    }
    case 'finding-area': {
      const inside: Target = { kind: 'area', inside: true };
      return principal.role !== null && mayCall(row, principal, inside)
        ? [inside, { kind: 'area', inside: false }]
        : [inside];
    }
  }
}

function mayCall(row: RouteRow, principal: Principal, target: Target): boolean {
  const role = principal.role;
  if (row.callers === 'public') return true;
  if (role === null) return false;
  if (row.callers !== 'next-step-holders') return row.callers.includes(role);
  if (target.kind !== 'case') return false;
  return target.mode === 'real' || (target.case.nextStep?.by.includes(role) ?? false);
}

/**
 * The answer a cell must get. In this order, as the server decides: not signed in (401); a case outside the
 * caller's scope (404, whatever the role: its existence must not leak); a role that may not call (403); a
 * document or notification not the caller's to read (404); a reporter the caller cannot reach (404, before the role); a finding outside the caller's area (403); a probe (400: allowed, input
 * refused).
 */
export function expectedFor(row: RouteRow, principal: Principal, target: Target): Expected {
  if (principal.role === null) {
    return row.callers === 'public' ? { status: row.success } : { status: 401, code: 'UNAUTHENTICATED' };
  }
  if (target.kind === 'case' && !target.case.seenBy.includes(principal.role)) {
    return { status: 404, code: 'NOT_FOUND' };
  }
  if (target.kind === 'reporter' && !reachesReporter(target.reporter, principal.role)) {
    return { status: 404, code: 'NOT_FOUND' };
  }
  if (!mayCall(row, principal, target)) return { status: 403, code: 'FORBIDDEN' };
  if (target.kind === 'document' && !isDocumentReadableBy(target.document, principal.role)) {
    return { status: 404, code: 'NOT_FOUND' };
  }
  if (target.kind === 'notification' && !isAddressedTo(target.notification, principal.role)) {
    return { status: 404, code: 'NOT_FOUND' };
  }
  if (target.kind === 'area' && !target.inside) return { status: 403, code: 'FORBIDDEN' };
  if (target.kind === 'case' && target.mode === 'probe') return { status: 400, code: 'VALIDATION_FAILED' };
  return { status: row.success };
}

export function targetLabel(target: Target): string {
  switch (target.kind) {
    case 'none':
      return '-';
    case 'area':
      return target.inside ? 'own area' : 'East Java';
    case 'case':
      return target.mode === 'probe' ? `${target.case.label} (probe)` : target.case.label;
    case 'notification':
      return `${target.notification.kind} on ${target.notification.case.label}`;
    case 'document':
      return target.document.fileName;
    case 'reporter':
      return `reporter of ${target.reporter.case.label}`;
  }
}
