// The statistics category of a violation form (data/reference/stats/violation-categories.json), read once.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJsonFile, REFERENCE_DATA_DIR } from '../reference/reference-files';
import { ZConfidence } from '../reference/shared-schema';

const ZCategory = z.object({
  code: z.string().regex(/^[a-z_]+$/),
  labelId: z.string().min(1),
  labelEn: z.string().min(1),
});
export const ZCategoryFile = z.object({
  confidence: ZConfidence,
  source: z.string().min(1),
  fallback: ZCategory,
  categories: z.array(ZCategory.extend({ formCodes: z.array(z.string().min(1)).min(1) })).min(1),
});
export type CategoryFile = z.infer<typeof ZCategoryFile>;
export type Category = z.infer<typeof ZCategory>;

export const CATEGORY_FILE = path.join(REFERENCE_DATA_DIR, 'stats', 'violation-categories.json');

export interface CategoryCatalogue {
  file: CategoryFile;
  /** The category of a form code; the fallback for null or an unmapped form. */
  of: (formCode: string | null) => Category;
  all: readonly Category[];
}

export function categoryCatalogue(file: CategoryFile): CategoryCatalogue {
  const byForm = new Map<string, Category>();
  for (const c of file.categories)
    for (const f of c.formCodes) {
      if (byForm.has(f)) throw new Error(`violation form ${f} is in two statistics categories`);
      byForm.set(f, { code: c.code, labelId: c.labelId, labelEn: c.labelEn });
    }
  const all = [
    ...file.categories.map(({ code, labelId, labelEn }) => ({ code, labelId, labelEn })),
    file.fallback,
  ];
  return {
    file,
    of: (formCode) => (formCode === null ? undefined : byForm.get(formCode)) ?? file.fallback,
    all,
  };
}

let shipped: CategoryCatalogue | undefined;
export function shippedCategories(): CategoryCatalogue {
  shipped ??= categoryCatalogue(
    ZCategoryFile.parse(parseJsonFile(fs.readFileSync(CATEGORY_FILE, 'utf8'), 'violation-categories.json')),
  );
  return shipped;
}
