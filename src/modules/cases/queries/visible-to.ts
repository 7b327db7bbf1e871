// The access filter of the cases module: every read of a case goes through visibleTo, the one place that
// decides which cases a staff member may know to exist.
import type { RoleScope } from '../../identity';

export type Bind = (value: unknown) => string;

/** A binder that appends values to `params` and returns their placeholders ($1, $2 …). */
export function binder(params: unknown[]): Bind {
  return (value) => `$${params.push(value)}`;
}

/** Prefix match on a Kemendagri code: the area itself or anything inside it (`33.03` covers `33.03.01`). */
export function withinRegion(column: string, area: string, bind: Bind): string {
  const p = bind(area);
  return `(${column} = ${p} OR ${column} LIKE ${p} || '.%')`;
}

/**
 * SECURITY-CRITICAL. The SQL predicate (on alias `c` = cases) of the cases `actor` may see. Reads and actions
 * both filter through it, and a case outside it answers 404 (not 403): its existence must not leak. It mirrors
 * policy.ts coversCase, plus one rule coversCase cannot know: PPK staff see a case only from BKN's
 * recommendation on (recommended_at), never while Bawaslu or BKN are still handling it.
 */
export function visibleTo(actor: RoleScope, bind: Bind): string {
  const agencyOfCase = (cond: string) =>
    `EXISTS (SELECT 1 FROM agencies va WHERE va.code = c.agency_code AND ${cond})`;
  switch (actor.role) {
    case 'admin':
      return 'true';
    // The custodian unseals reporter identities; case files are not theirs to read (separation of duties).
    case 'custodian':
      return 'false';
    // Bawaslu by level: RI all, a province or kabupaten/kota its region and below. Ombudsman reads the same way.
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan':
    case 'ombudsman_pengawas':
      return actor.scope.regionCode === null
        ? 'true'
        : withinRegion('c.region_code', actor.scope.regionCode, bind);
    // BKN pusat sees all; a Kantor Regional the provinces it serves, by the act's region or the agency's.
    case 'bkn_analis':
    case 'bkn_pejabat': {
      if (actor.scope.bknOffice === 'pusat') return 'true';
      const provinces = `(SELECT bp.province_code FROM bkn_office_provinces bp WHERE bp.office_code = ${bind(actor.scope.bknOffice)})`;
      return `(substr(c.region_code, 1, 2) IN ${provinces} OR ${agencyOfCase(
        `va.kind = 'regional' AND substr(va.region_code, 1, 2) IN ${provinces}`,
      )})`;
    }
    case 'ppk_staf':
      return `(c.agency_code = ${bind(actor.scope.agencyCode)} AND c.recommended_at IS NOT NULL)`;
    // Kemendagri supervises regional PPKs (optionally one province), KemenPANRB central ones (REF §0).
    case 'supervisor_kemendagri':
      return agencyOfCase(
        actor.scope.regionCode === null
          ? `va.kind = 'regional'`
          : `va.kind = 'regional' AND ${withinRegion('va.region_code', actor.scope.regionCode, bind)}`,
      );
    case 'supervisor_kemenpanrb':
      return agencyOfCase(`va.kind = 'central'`);
  }
}
