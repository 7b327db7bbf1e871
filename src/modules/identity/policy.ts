// Who may do what, as pure functions of the actor and the resource (STYLE.md "policy.ts").
import { STAFF_ROLES, type RoleScope, type StaffAction, type StaffRole } from './schema';

const ALLOWED: Record<StaffAction, readonly StaffRole[]> = {
  'user.manage': ['admin'],
  // Admin only: the custodian unlocks reporter identities and those unlocks are audited, so the custodian must
  // not also be the one who reads the trail about them (separation of duties).
  'audit.read': ['admin'],
  // Every staff role reads the legal catalogue: it is the shared vocabulary of the case workflow.
  'legal.read': STAFF_ROLES,
  'reference.manage': ['admin'],
  // ARCHITECTURE.md §4: the unverified deadline periods are set by an admin, with audit.
  'deadline_rules.manage': ['admin'],
  // Issue 5 §2: a published snapshot is frozen and cited; publishing is an administrator's act, audited.
  'stats.publish': ['admin'],
};

export function can(actor: Pick<RoleScope, 'role'>, action: StaffAction): boolean {
  return ALLOWED[action].includes(actor.role);
}

/** Every action the actor may take: sent to the web app, which draws its buttons from it. */
export function abilitiesOf(actor: Pick<RoleScope, 'role'>): StaffAction[] {
  return (Object.keys(ALLOWED) as StaffAction[]).filter((a) => can(actor, a));
}

/** Province of a Kemendagri region code: its first two digits (`33.03.01` → `33`). */
export function provinceOf(regionCode: string): string {
  return regionCode.slice(0, 2);
}

/** True when `regionCode` is `area` or lies inside it (`33.03.01` is inside `33.03` and `33`). */
export function isWithinRegion(regionCode: string, area: string): boolean {
  return regionCode === area || regionCode.startsWith(`${area}.`);
}

/**
 * Facts the policy needs from reference data, passed in so the policy stays pure. The provinces a BKN regional
 * office serves come from the reference module; without them a kanreg user covers nothing (deny by default).
 */
export interface Coverage {
  bknOfficeProvinces?: readonly string[];
}

/** Whether a region (province, kabupaten/kota or below) falls inside the actor's scope. Security-critical. */
export function scopeCoversRegion(actor: RoleScope, regionCode: string, coverage: Coverage = {}): boolean {
  switch (actor.role) {
    case 'admin':
    case 'custodian':
    case 'supervisor_kemenpanrb':
      return true;
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan':
      return actor.scope.regionCode === null || isWithinRegion(regionCode, actor.scope.regionCode);
    case 'bkn_analis':
    case 'bkn_pejabat':
      if (actor.scope.bknOffice === 'pusat') return true;
      return (coverage.bknOfficeProvinces ?? []).includes(provinceOf(regionCode));
    case 'supervisor_kemendagri':
    case 'ombudsman_pengawas':
      return actor.scope.regionCode === null || isWithinRegion(regionCode, actor.scope.regionCode);
    case 'ppk_staf':
      // PPK staff reach cases through their agency only, never by region.
      return false;
  }
}

/** An agency as the policy sees it: pemda agencies are regional, ministries and national bodies central. */
export interface AgencyRef {
  code: string;
  kind: 'regional' | 'central';
  /** Region of a pemda (`33` for a province, `33.03` for a kabupaten/kota); null for central agencies. */
  regionCode: string | null;
}

/** Whether an agency falls inside the actor's scope. Security-critical. */
export function scopeCoversAgency(actor: RoleScope, agency: AgencyRef, coverage: Coverage = {}): boolean {
  const region = agency.kind === 'regional' ? agency.regionCode : null;
  switch (actor.role) {
    case 'admin':
    case 'custodian':
      return true;
    case 'ppk_staf':
      return agency.code === actor.scope.agencyCode;
    // Kemendagri supervises regional PPKs (governors, regents, mayors); KemenPANRB central ones (REFERENCE.md §0).
    case 'supervisor_kemendagri':
      return region !== null && scopeCoversRegion(actor, region, coverage);
    case 'supervisor_kemenpanrb':
      return agency.kind === 'central';
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan':
    case 'bkn_analis':
    case 'bkn_pejabat':
    case 'ombudsman_pengawas':
      // A central agency has no region: only a national user of these bodies covers it.
      return region === null ? isNational(actor) : scopeCoversRegion(actor, region, coverage);
  }
}

/** True when the actor's scope has no regional or agency limit. */
export function isNational(actor: RoleScope): boolean {
  switch (actor.role) {
    case 'bkn_analis':
    case 'bkn_pejabat':
      return actor.scope.bknOffice === 'pusat';
    case 'ppk_staf':
      return false;
    case 'admin':
    case 'custodian':
    case 'supervisor_kemenpanrb':
      return true;
    default:
      return actor.scope.regionCode === null;
  }
}
