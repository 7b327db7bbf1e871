import type { z } from 'zod';
import type { Queryable } from '../../../db/database';
import { parseJsonFile, REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import { snakeCaseKeys, upsertRows, type UpsertTarget } from '../seed-queries';
import { ZFormLevelFile, ZRegulationFile, ZSanctionTypeFile, ZViolationFormFile } from './catalogue-files';

const text = 'text';
const facts = { confidence: text, source: text, note: text };
const target = (table: string, columns: Record<string, string>, key = 'code'): UpsertTarget => ({
  table,
  key: [key],
  columns,
  adminEditable: true,
});
const REGULATIONS = target('regulations', {
  code: text,
  short_name: text,
  sort_order: 'integer',
  title: text,
  number: text,
  issued_on: 'date',
  valid_from: 'date',
  valid_to: 'date',
  purpose: text,
  ...facts,
});
const FORMS = target('violation_forms', {
  code: text,
  regulation_code: text,
  track: text,
  reference: text,
  sort_order: 'integer',
  text_id: text,
  gloss_en: text,
  ...facts,
});
const SANCTIONS = target('sanction_types', {
  code: text,
  regulation_code: text,
  level: text,
  asn_types: 'text[]',
  sort_order: 'integer',
  label_id: text,
  gloss_en: text,
  ...facts,
});
const LEVELS = target('violation_form_levels', { form_code: text, level: text, ...facts }, 'form_code');

type CatalogueKey = 'regulations' | 'violationForms' | 'sanctionTypes' | 'formLevels';

function rowsOf<T extends object>(schema: z.ZodType<T[]>, files: ReferenceFiles, key: CatalogueKey) {
  return schema.parse(parseJsonFile(files.texts[key], REFERENCE_FILES[key])).map(snakeCaseKeys);
}

/** Loads the legal catalogues (REF §1.1–§1.4): regulations first, the rows below point at them. */
export async function seedLegalCatalogues(tx: Queryable, files: ReferenceFiles): Promise<number> {
  // regulations.json is in chronological order; that order is the listing order.
  const regulations = rowsOf(ZRegulationFile, files, 'regulations').map((r, i) => ({
    ...r,
    sort_order: i + 1,
  }));
  let changed = await upsertRows(tx, REGULATIONS, regulations);
  changed += await upsertRows(tx, FORMS, rowsOf(ZViolationFormFile, files, 'violationForms'));
  changed += await upsertRows(tx, SANCTIONS, rowsOf(ZSanctionTypeFile, files, 'sanctionTypes'));
  changed += await upsertRows(tx, LEVELS, rowsOf(ZFormLevelFile, files, 'formLevels'));
  return changed;
}
