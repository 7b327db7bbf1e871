import type { z } from 'zod';
import type { Queryable } from '../../../db/database';
import type { ZFormLevel, ZRegulation, ZSanctionType, ZViolationForm } from './schema';

export async function findRegulations(db: Queryable): Promise<z.infer<typeof ZRegulation>[]> {
  const { rows } = await db.query<z.infer<typeof ZRegulation>>(
    `SELECT code, short_name AS "shortName", title, number, issued_on AS "issuedOn", valid_from AS "validFrom",
            valid_to AS "validTo", purpose, confidence, source, note
       FROM regulations ORDER BY sort_order, code`,
  );
  return rows;
}

export async function findViolationForms(db: Queryable): Promise<z.infer<typeof ZViolationForm>[]> {
  const { rows } = await db.query<z.infer<typeof ZViolationForm>>(
    `SELECT code, regulation_code AS "regulationCode", track, reference, text_id AS "textId", gloss_en AS "glossEn",
            confidence, source, note
       FROM violation_forms ORDER BY sort_order, code`,
  );
  return rows;
}

export async function findSanctionTypes(db: Queryable): Promise<z.infer<typeof ZSanctionType>[]> {
  const { rows } = await db.query<z.infer<typeof ZSanctionType>>(
    `SELECT code, regulation_code AS "regulationCode", level, asn_types AS "asnTypes", label_id AS "labelId",
            gloss_en AS "glossEn", confidence, source, note
       FROM sanction_types ORDER BY sort_order, code`,
  );
  return rows;
}

export async function findFormLevels(db: Queryable): Promise<z.infer<typeof ZFormLevel>[]> {
  const { rows } = await db.query<z.infer<typeof ZFormLevel>>(
    `SELECT l.form_code AS "formCode", l.level, l.confidence, l.source, l.note
       FROM violation_form_levels l JOIN violation_forms f ON f.code = l.form_code
      ORDER BY f.sort_order, f.code`,
  );
  return rows;
}
