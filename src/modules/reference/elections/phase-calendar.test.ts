import { describe, expect, it } from 'vitest';
import {
  applyPhaseOverrides,
  campaignRelation,
  phaseAtDate,
  phasesAtDate,
  type PhaseWindow,
} from './phase-calendar';

// Pilkada 2024 (PKPU 2/2024, REF §3.6), trimmed to the phases that overlap around the campaign.
const pilkada2024: PhaseWindow[] = [
  { code: 'voter_data_update', startsOn: '2024-05-31', endsOn: '2024-09-23' },
  { code: 'registration', startsOn: '2024-08-27', endsOn: '2024-08-29' },
  { code: 'requirement_verification', startsOn: '2024-08-27', endsOn: '2024-09-21' },
  { code: 'candidate_determination', startsOn: '2024-09-22', endsOn: '2024-09-22' },
  { code: 'campaign', startsOn: '2024-09-25', endsOn: '2024-11-23' },
  { code: 'quiet_period', startsOn: '2024-11-24', endsOn: '2024-11-26' },
  { code: 'voting', startsOn: '2024-11-27', endsOn: '2024-11-27' },
  { code: 'recapitulation', startsOn: '2024-11-27', endsOn: '2024-12-16' },
  { code: 'winner_determination', startsOn: null, endsOn: null },
];

// Pemilu 2019: only the voting day is in our sources.
const pemilu2019: PhaseWindow[] = [
  { code: 'campaign', startsOn: null, endsOn: null },
  { code: 'quiet_period', startsOn: null, endsOn: null },
  { code: 'voting', startsOn: '2019-04-17', endsOn: '2019-04-17' },
];

describe('phaseAtDate picks the most specific phase on a date', () => {
  it.each([
    ['2024-05-30', undefined],
    ['2024-08-27', 'registration'],
    ['2024-08-30', 'requirement_verification'],
    ['2024-09-22', 'candidate_determination'],
    ['2024-09-23', 'voter_data_update'],
    ['2024-09-24', undefined],
    ['2024-09-25', 'campaign'],
    ['2024-11-23', 'campaign'],
    ['2024-11-24', 'quiet_period'],
    ['2024-11-27', 'voting'],
    ['2024-11-28', 'recapitulation'],
    ['2024-12-17', undefined],
  ])('on %s the phase is %s', (date, expected) => {
    expect(phaseAtDate(pilkada2024, date)?.code).toBe(expected);
  });

  it('lists every phase running on a date, and never one without dates', () => {
    expect(phasesAtDate(pilkada2024, '2024-08-28').map((p) => p.code)).toEqual([
      'voter_data_update',
      'registration',
      'requirement_verification',
    ]);
    expect(phasesAtDate(pemilu2019, '2019-01-01')).toEqual([]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => phaseAtDate(pilkada2024, '27/11/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('campaignRelation places a date before, during or after the campaign', () => {
  it.each([
    ['2024-01-01', 'before_campaign'],
    ['2024-09-24', 'before_campaign'],
    ['2024-09-25', 'campaign'],
    ['2024-11-23', 'campaign'],
    ['2024-11-24', 'quiet_period'],
    ['2024-11-26', 'quiet_period'],
    ['2024-11-27', 'voting_day'],
    ['2024-11-28', 'after_voting'],
    ['2025-06-01', 'after_voting'],
  ])('Pilkada 2024 on %s → %s', (date, expected) => {
    expect(campaignRelation(pilkada2024, date)).toBe(expected);
  });

  it.each([
    ['2019-03-01', undefined],
    ['2019-04-17', 'voting_day'],
    ['2019-04-18', 'after_voting'],
  ])('Pemilu 2019 (campaign dates unknown) on %s → %s', (date, expected) => {
    expect(campaignRelation(pemilu2019, date)).toBe(expected);
  });

  it('counts the days between campaign and voting as quiet period when its own dates are unknown', () => {
    const calendar = pilkada2024.map((p) =>
      p.code === 'quiet_period' ? { ...p, startsOn: null, endsOn: null } : p,
    );
    expect(campaignRelation(calendar, '2024-11-25')).toBe('quiet_period');
  });

  it('cannot tell after the campaign when the voting day is unknown', () => {
    const calendar = pilkada2024.filter((p) => p.code === 'campaign');
    expect(campaignRelation(calendar, '2024-11-25')).toBeUndefined();
    expect(campaignRelation(calendar, '2024-10-01')).toBe('campaign');
  });
});

describe('applyPhaseOverrides gives a region its own dates', () => {
  const overrides = [
    { phaseCode: 'voting', regionCode: '91', startsOn: '2024-12-04', endsOn: '2024-12-04' },
    { phaseCode: 'voting', regionCode: '91.01', startsOn: '2024-12-11', endsOn: '2024-12-11' },
    { phaseCode: 'campaign', regionCode: '33.03', startsOn: '2024-09-26', endsOn: '2024-11-23' },
  ];
  const voting = (chain: string[]) =>
    applyPhaseOverrides(pilkada2024, overrides, chain).find((p) => p.code === 'voting');

  it.each([
    [['91.01.01', '91.01', '91'], '2024-12-11', true],
    [['91.02', '91'], '2024-12-04', true],
    [['33.03', '33'], '2024-11-27', false],
    [[], '2024-11-27', false],
  ])('region chain %j votes on %s (overridden: %s)', (chain, date, overridden) => {
    const phase = voting(chain);
    expect(phase?.startsOn).toBe(date);
    expect(phase?.override !== undefined).toBe(overridden);
  });

  it('leaves the other phases on the national dates', () => {
    const phases = applyPhaseOverrides(pilkada2024, overrides, ['91.01', '91']);
    expect(phases.find((p) => p.code === 'campaign')).toMatchObject({
      startsOn: '2024-09-25',
      override: undefined,
    });
  });
});
