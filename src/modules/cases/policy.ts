// Who may act on a case: the role the workflow table names, resolved against the case, and the actor's scope.
// Pure. Scope is decided by the identity policy (scopeCoversRegion / scopeCoversAgency), never here.
import { scopeCoversAgency, scopeCoversRegion } from '../identity';
import type { AgencyRef, Coverage, RoleScope, StaffRole } from '../identity';
import type { ActorRule } from './transitions/transition-rule';

/** The facts of a case the scope check needs. */
export interface CaseScope {
  /** Kemendagri code of the region where the act took place (the handling Bawaslu's area). */
  regionCode: string;
  /** The subject's agency, whose PPK follows up; null while not known. */
  agency: AgencyRef | null;
}

/**
 * Whether the actor's scope covers the case. Security-critical: a case outside it must answer 404, so callers
 * refuse before saying anything else about it. Bawaslu and Ombudsman by region; BKN by region (a kanreg's
 * provinces) or agency (BKN pusat covers central agencies); PPK staff and supervisors by agency only.
 */
export function coversCase(actor: RoleScope, c: CaseScope, coverage: Coverage = {}): boolean {
  const byAgency = c.agency !== null && scopeCoversAgency(actor, c.agency, coverage);
  switch (actor.role) {
    case 'bawaslu_staf':
    case 'bawaslu_pimpinan':
    case 'ombudsman_pengawas':
      return scopeCoversRegion(actor, c.regionCode, coverage);
    case 'bkn_analis':
    case 'bkn_pejabat':
      return scopeCoversRegion(actor, c.regionCode, coverage) || byAgency;
    case 'ppk_staf':
    case 'supervisor_kemendagri':
    case 'supervisor_kemenpanrb':
      return byAgency;
    case 'admin':
    case 'custodian':
      return true;
  }
}

/** Kemendagri supervises regional PPKs (governors, regents, mayors), KemenPANRB central ones (REF §0). */
export function supervisorRoleFor(agencyKind: AgencyRef['kind'] | null): StaffRole[] {
  if (agencyKind === 'regional') return ['supervisor_kemendagri'];
  if (agencyKind === 'central') return ['supervisor_kemenpanrb'];
  return [];
}

/** The roles that may take an action on this case (before the scope check). */
export function rolesFor(
  rule: ActorRule,
  c: { ppkConflicted: boolean; agencyKind: AgencyRef['kind'] | null },
): readonly StaffRole[] {
  switch (rule.kind) {
    case 'roles':
      return rule.roles;
    case 'agency_supervisor':
      return supervisorRoleFor(c.agencyKind);
    case 'ppk_follow_up':
      // Issue 4 §5: a conflicted PPK (a candidate, kin of one, the subject) hands the follow-up to the supervisor.
      return c.ppkConflicted ? supervisorRoleFor(c.agencyKind) : ['ppk_staf'];
  }
}

const BAWASLU_ROLES: readonly StaffRole[] = ['bawaslu_staf', 'bawaslu_pimpinan'];
const CASE_DESK_ROLES: readonly StaffRole[] = [
  ...BAWASLU_ROLES,
  'bkn_analis',
  'bkn_pejabat',
  'ppk_staf',
  'supervisor_kemendagri',
  'supervisor_kemenpanrb',
];

/**
 * Whether the role may attach documents to a case it sees: the desks that act in the workflow. Ombudsman
 * (oversight, read-only), the custodian and the technical admin do not write case files (least privilege).
 */
export function mayAttachDocuments(role: StaffRole): boolean {
  return CASE_DESK_ROLES.includes(role);
}

/**
 * The uploader roles whose documents `role` may read. Bawaslu's file (clarification minutes, the laporan's
 * evidence) may name the reporter: the agency side (PPK, supervisors) and the Ombudsman never read it (issue 4
 * §6: "no reporter identity, ever"; Ombudsman "without personal data of reporters"). BKN receives Bawaslu's
 * forwarded file by law (SKB 2022), so it reads everything.
 */
export function documentRolesReadableBy(role: StaffRole): StaffRole[] {
  switch (role) {
    case 'ppk_staf':
    case 'supervisor_kemendagri':
    case 'supervisor_kemenpanrb':
    case 'ombudsman_pengawas':
      return CASE_DESK_ROLES.filter((r) => !BAWASLU_ROLES.includes(r));
    case 'custodian':
      return [];
    default:
      return [...CASE_DESK_ROLES];
  }
}
