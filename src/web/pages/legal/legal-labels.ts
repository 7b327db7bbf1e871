import type { z } from 'zod';
import type { ZSanctionLevel, ZViolationTrack } from '../../../modules/reference/schema';

export const SANCTION_LEVEL_KEYS = {
  light: 'legal.levels.light',
  moderate: 'legal.levels.moderate',
  severe: 'legal.levels.severe',
  moral: 'legal.levels.moral',
  dismissal: 'legal.levels.dismissal',
} as const satisfies Record<z.infer<typeof ZSanctionLevel>, string>;

export const VIOLATION_TRACK_KEYS = {
  ethics: 'legal.tracks.ethics',
  discipline: 'legal.tracks.discipline',
  report_category: 'legal.tracks.report_category',
} as const satisfies Record<z.infer<typeof ZViolationTrack>, string>;

export const ASN_TYPE_KEYS = {
  pns: 'legal.asnTypes.pns',
  pppk: 'legal.asnTypes.pppk',
  ppnpn: 'legal.asnTypes.ppnpn',
} as const;
