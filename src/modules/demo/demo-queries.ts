// SQL of the demo history: the regions it draws from, the agencies' kinds, and which planned cases are written.
import type { Queryable } from '../../db/database';

export async function findRegencies(db: Queryable): Promise<{ code: string; provinceCode: string }[]> {
  const { rows } = await db.query<{ code: string; province_code: string }>(
    `SELECT code, province_code FROM regions WHERE level = 'regency' ORDER BY code`,
  );
  return rows.map((r) => ({ code: r.code, provinceCode: r.province_code }));
}

export async function findProvinces(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = 'province' ORDER BY code`,
  );
  return rows.map((r) => r.code);
}

export async function agencyKinds(
  db: Queryable,
  codes: string[],
): Promise<Map<string, 'regional' | 'central'>> {
  const { rows } = await db.query<{ code: string; kind: 'regional' | 'central' }>(
    `SELECT code, kind FROM agencies WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.kind]));
}

/** Plan keys already written (an interrupted run resumes after them). */
export async function writtenPlanKeys(db: Queryable, electionId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ plan_key: string }>(
    `SELECT plan_key FROM demo_history WHERE plan_key LIKE $1`,
    [`${electionId}/%`],
  );
  return new Set(rows.map((r) => r.plan_key));
}

export async function recordPlanKey(
  tx: Queryable,
  row: { planKey: string; caseId: string; seed: number; now: Date },
): Promise<void> {
  await tx.query(`INSERT INTO demo_history (plan_key, case_id, seed, created_at) VALUES ($1, $2, $3, $4)`, [
    row.planKey,
    row.caseId,
    row.seed,
    row.now,
  ]);
}
