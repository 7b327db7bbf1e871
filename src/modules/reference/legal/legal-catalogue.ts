// The legal catalogues read straight from data/reference/legal/*.json, without the database: for pure domain
// functions (the sanction recommendation) and their unit tests. Same schemas as the seed.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { parseJsonFile, REFERENCE_DATA_DIR, REFERENCE_FILES } from '../reference-files';
import { ZFormLevelFile, ZRegulationFile, ZSanctionTypeFile, ZViolationFormFile } from './catalogue-files';

export type RegulationRecord = z.infer<typeof ZRegulationFile>[number];
export type ViolationFormRecord = z.infer<typeof ZViolationFormFile>[number];
export type SanctionTypeRecord = z.infer<typeof ZSanctionTypeFile>[number];
export type FormLevelRecord = z.infer<typeof ZFormLevelFile>[number];

export interface LegalCatalogue {
  regulations: readonly RegulationRecord[];
  violationForms: readonly ViolationFormRecord[];
  sanctionTypes: readonly SanctionTypeRecord[];
  formLevels: readonly FormLevelRecord[];
}

function read<T>(schema: z.ZodType<T>, dir: string, file: string): T {
  return schema.parse(parseJsonFile(fs.readFileSync(path.join(dir, file), 'utf8'), file));
}

export function loadLegalCatalogue(dir: string = REFERENCE_DATA_DIR): LegalCatalogue {
  return {
    regulations: read(ZRegulationFile, dir, REFERENCE_FILES.regulations),
    violationForms: read(ZViolationFormFile, dir, REFERENCE_FILES.violationForms),
    sanctionTypes: read(ZSanctionTypeFile, dir, REFERENCE_FILES.sanctionTypes),
    formLevels: read(ZFormLevelFile, dir, REFERENCE_FILES.formLevels),
  };
}

let shipped: LegalCatalogue | undefined;
/** The shipped catalogues, read once per process. */
export function shippedLegalCatalogue(): LegalCatalogue {
  shipped ??= loadLegalCatalogue();
  return shipped;
}
