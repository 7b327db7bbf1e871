// Reference data module: regions, agencies, elections + phases, holidays, legal catalogues.
export { referenceRoutes } from './routes';
export { seedReferenceData, type SeedResult } from './seed-reference-data';
export {
  applyPhaseOverrides,
  campaignRelation,
  phaseAtDate,
  phasesAtDate,
  CAMPAIGN_RELATIONS,
  type CampaignRelation,
  type PhaseOverride,
  type PhaseWindow,
} from './elections/phase-calendar';
export { decidingAuthorityAt, type AuthorityPeriod } from './elections/deciding-authority';
export { findDecidingAuthorities, findPhaseOverrides, findPhases } from './elections/queries';
export { findAgency, findBknOfficesCovering, findPpkAgencyForRegion } from './agencies/queries';
export { regionalAgencyCode } from './agencies/regional-agencies';
export { findRegionRow, regionExists } from './regions/queries';
export { electionExists, findElectionIds } from './elections/queries';
export { unknownValueError } from './reference-errors';
export { loadLegalCatalogue, shippedLegalCatalogue } from './legal/legal-catalogue';
export type {
  FormLevelRecord,
  LegalCatalogue,
  RegulationRecord,
  SanctionTypeRecord,
  ViolationFormRecord,
} from './legal/legal-catalogue';
