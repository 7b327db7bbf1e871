// The script of one demo case while it is written: its steps in order, and the letter numbers its desks issue.
import { fromEpochDay } from '../../platform/calendar/iso-date';
import type { IsoDate } from '../../platform/calendar';
import type { CaseActionId, CreateIntakeInput } from '../cases';
import type { AddIntakeInput } from '../cases/case-api-schema';
import type { LegalCatalogue } from '../reference';
import type { CategoryFile } from '../stats/categories';
import type { PlannedCase } from './plan-types';
import type { Random } from './random';

/** Who takes a step: the demo history's desks (demo-actors.ts). */
export type DemoDesk =
  'bawaslu_staf' | 'bawaslu_pimpinan' | 'bkn_analis' | 'bkn_pejabat' | 'ppk' | 'supervisor';

export interface DemoActionStep {
  day: number;
  desk: DemoDesk;
  action: CaseActionId;
  input: Record<string, unknown>;
  /** The step cites a document of this desk's (created by the runner). */
  document: 'bawaslu' | 'bkn' | 'ppk' | null;
}

/** A further laporan or temuan Bawaslu's staff add to the case (the runner supplies the version). */
export interface DemoIntakeStep {
  day: number;
  desk: 'bawaslu_staf';
  intake: Omit<AddIntakeInput, 'expectedVersion'>;
}

export type DemoStep = DemoActionStep | DemoIntakeStep;

export interface DemoCaseScript {
  intake: CreateIntakeInput;
  steps: DemoStep[];
}

export interface ScriptContext {
  catalogue: LegalCatalogue;
  categories: CategoryFile;
  pilkada: boolean;
  lastDay: number;
  rnd: Random;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const iso = (day: number): IsoDate => fromEpochDay(day);

function letter(prefix: string, day: number, n: number, region: string): string {
  const d = iso(day);
  return `${String(n).padStart(3, '0')}/${prefix}/${region}/${ROMAN[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}`;
}

export class Script {
  readonly steps: DemoStep[] = [];
  constructor(
    readonly c: PlannedCase,
    readonly ctx: ScriptContext,
    readonly serial: number,
  ) {}
  add(
    day: number,
    desk: DemoDesk,
    action: CaseActionId,
    input: Record<string, unknown>,
    doc: DemoActionStep['document'] = null,
  ) {
    this.steps.push({ day, desk, action, input, document: doc });
  }
  no(prefix: string, day: number): string {
    return letter(prefix, day, this.serial % 1000, this.c.regionCode);
  }
}
