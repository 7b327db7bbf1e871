import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ZElectionSummary } from '../../../modules/reference/schema';

export type ElectionSummary = z.infer<typeof ZElectionSummary>;

export const ELECTION_TYPE_KEYS = {
  pemilu: 'elections.types.pemilu',
  pilkada: 'elections.types.pilkada',
} as const satisfies Record<ElectionSummary['type'], string>;

/** "37 provinsi, 508 kab/kota", saying when the figures are published totals rather than counted per region. */
export function regionsHoldingText(holding: ElectionSummary['regionsHolding'], t: TFunction): string {
  if (holding.basis === 'unknown' || (holding.provinces === null && holding.regencies === null)) {
    return t('elections.holdingUnknown');
  }
  const parts: string[] = [];
  if (holding.provinces !== null) parts.push(t('elections.provinces', { count: holding.provinces }));
  if (holding.regencies !== null) parts.push(t('elections.regencies', { count: holding.regencies }));
  const text = parts.join(', ');
  return holding.basis === 'declared_totals' ? t('elections.declaredTotals', { text }) : text;
}
