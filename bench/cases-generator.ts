// Fills a migrated, seeded database with N cases (1 intake, 1 subject each) and 10·N case events, set-based
// (INSERT … SELECT … FROM generate_series) so 1 M cases take minutes. Distribution: bench/cases-distribution.ts.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import {
  DUE_OFFSET_DAYS,
  OPEN_SHARE_BY_AGE_DAYS,
  PROVINCE_POPULATION_M,
  SLOTS,
  electionSlotRows,
  eventInput,
  lastActionRows,
  stateSlotRows,
} from './cases-distribution';

export const EVENTS_PER_CASE = 10;
/** Cases before the first: the history starts with Pemilu 2019 (Asia/Jakarta midnight). */
const HISTORY_START = new Date('2019-01-01T00:00:00+07:00');
const CHUNK = 100_000;
const REGION_SLOTS = 100_000;

/** Case ids follow the case number, so a range of numbers is a range of ids (chunks, ordered index appends). */
const caseId = (i: string) => `('b0000000-0000-4000-8000-' || lpad(to_hex(${i}), 12, '0'))::uuid`;
const jakartaDate = (ts: string) => `((${ts} AT TIME ZONE 'UTC') + interval '7 hours')::date`;

export interface GenerationResult {
  cases: number;
  events: number;
  seconds: number;
  foreignKeysChecked: boolean;
}

type Log = (line: string) => void;

/** Helper tables (TEMP: gone with the session) that turn random numbers into regions, elections and states. */
async function createSlotTables(c: pg.PoolClient): Promise<void> {
  const provinces = Object.entries(PROVINCE_POPULATION_M).map(([code, people]) => ({ code, people }));
  // Every kab/kota gets its province's population divided by the province's number of kab/kota; its agency is
  // the pemda of its autonomous region (DKI's administrative cities: pemda-31).
  await c.query(
    `CREATE TEMP TABLE bench_region_slot AS
     WITH w AS (
       SELECT r.code, r.province_code, a.code AS agency_code,
              p.people / count(*) OVER (PARTITION BY r.province_code) AS weight
         FROM regions r
         JOIN jsonb_to_recordset($1::jsonb) AS p(code text, people float8) ON p.code = r.province_code
         LEFT JOIN agencies a ON a.region_code = r.autonomous_region_code AND a.kind = 'regional'
        WHERE r.level = 'regency'),
     c AS (SELECT w.*, sum(weight) OVER (ORDER BY code) AS hi, sum(weight) OVER () AS total FROM w)
     SELECT slot, code AS region_code, agency_code, province_code
       FROM c, generate_series(floor((hi - weight) / total * $2)::int, floor(hi / total * $2)::int - 1) AS slot`,
    [JSON.stringify(provinces), REGION_SLOTS],
  );
  await c.query('CREATE UNIQUE INDEX ON bench_region_slot (slot)');
  const { rows } = await c.query<{ regions: number; missing: number }>(
    `SELECT count(DISTINCT region_code)::int AS regions, count(*) FILTER (WHERE agency_code IS NULL)::int AS missing
       FROM bench_region_slot`,
  );
  const { rows: all } = await c.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM regions WHERE level = 'regency'`,
  );
  if (rows[0]?.regions !== all[0]?.n || rows[0]?.missing !== 0) {
    throw new Error(
      `region slots cover ${rows[0]?.regions} of ${all[0]?.n} kab/kota (${rows[0]?.missing} without agency)`,
    );
  }
  await c.query(
    `CREATE TEMP TABLE bench_state_slot AS
     SELECT x.is_open, slot, x.state, x.progress, x.outcome, x.stage, x.recommended
       FROM jsonb_to_recordset($1::jsonb) AS x(state text, is_open boolean, progress text, outcome text,
              stage text, recommended boolean, lo int, hi int),
            generate_series(x.lo, x.hi - 1) AS slot`,
    [JSON.stringify(stateSlotRows())],
  );
  await c.query('CREATE UNIQUE INDEX ON bench_state_slot (is_open, slot)');
  await c.query(
    `CREATE TEMP TABLE bench_election_slot AS
     SELECT slot, x.id, e.type
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, lo int, hi int)
       JOIN elections e ON e.id = x.id, generate_series(x.lo, x.hi - 1) AS slot`,
    [JSON.stringify(electionSlotRows())],
  );
  await c.query(
    `CREATE TEMP TABLE bench_central_agency AS
     SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, code FROM agencies WHERE kind = 'central'`,
  );
  await c.query(
    `CREATE TEMP TABLE bench_last_action AS
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(state text, last_action text, last_role text, last_input jsonb)`,
    [JSON.stringify(lastActionRows())],
  );
}

const openShareSql = (age: string) =>
  `CASE ${OPEN_SHARE_BY_AGE_DAYS.map(([max, share]) =>
    Number.isFinite(max) ? `WHEN ${age} < ${max} THEN ${share}` : `ELSE ${share}`,
  ).join(' ')} END`;

/**
 * Cases lo..hi: created evenly from 2019 to now (heap order = creation order, like a live table), region by
 * population, agency mostly the kab/kota's pemda, state open or closed by age, due dates around today.
 */
const INSERT_CASES = `
WITH g AS MATERIALIZED (
  SELECT i, $4::timestamptz + ($5::timestamptz - $4::timestamptz) * ((i - random()) / $3::float8) AS created_at,
         random() AS r_region, random() AS r_agency, random() AS r_central, random() AS r_election,
         random() AS r_open, random() AS r_state, random() AS r_due, random() AS r_act, random() AS r_known,
         random() AS r_upd, random() AS r_ver, random() AS r_form
    FROM generate_series($1::int, $2::int) AS i
), h AS (
  SELECT g.*, extract(epoch FROM $5::timestamptz - g.created_at) / 86400 AS age_days,
         ${jakartaDate('g.created_at')} AS created_on, ${jakartaDate('$5::timestamptz')} AS today,
         ${jakartaDate('$5::timestamptz')} + ${DUE_OFFSET_DAYS.from} + floor(g.r_due * ${DUE_OFFSET_DAYS.to - DUE_OFFSET_DAYS.from})::int AS due_on
    FROM g
), u AS (
  SELECT h.*, st.*, e.id AS election_id, e.type AS election_type, rs.region_code, rs.province_code,
         rs.agency_code AS kab_agency, ca.code AS central_agency,
         CASE WHEN st.is_open THEN h.created_at + ($5::timestamptz - h.created_at) * h.r_upd
              ELSE least(h.created_at + (10 + h.r_upd * 120) * interval '1 day', $5::timestamptz) END AS updated_at
    FROM h
    JOIN bench_region_slot rs ON rs.slot = floor(h.r_region * ${REGION_SLOTS})::int
    JOIN bench_election_slot e ON e.slot = floor(h.r_election * ${SLOTS})::int
    JOIN bench_state_slot st ON st.is_open = (h.r_open < ${openShareSql('h.age_days')})
                            AND st.slot = floor(h.r_state * ${SLOTS})::int
    LEFT JOIN bench_central_agency ca ON ca.n = floor(h.r_central * $6)::int
)
INSERT INTO cases (id, reference_number, election_id, region_code, agency_code, state, progress, outcome,
  deadline_rule_id, deadline_stage, deadline_started_on, due_on, escalate_on, act_date, act_known_on, act_place,
  violation_form_codes, recommendation, sanction_proposal, recommended_at, version, created_at, updated_at)
SELECT ${caseId('u.i')}, 'NTR-' || to_char(u.created_on, 'YYYY') || '-' || lpad(u.i::text, 7, '0'),
       u.election_id, u.region_code,
       CASE WHEN u.r_agency < 0.80 THEN u.kab_agency WHEN u.r_agency < 0.85 THEN 'pemda-' || u.province_code
            WHEN u.r_agency < 0.97 THEN u.central_agency END,
       u.state, u.progress, u.outcome,
       CASE WHEN u.stage IS NOT NULL THEN u.election_type || '.' || u.stage END, u.stage,
       CASE WHEN u.stage IS NOT NULL THEN u.due_on - 7 END,
       CASE WHEN u.stage IS NOT NULL THEN u.due_on END,
       CASE WHEN u.stage IS NOT NULL THEN u.due_on + 1 END,
       u.created_on - floor(u.r_act * 5)::int, u.created_on - floor(u.r_act * 5 * u.r_known)::int,
       'Kantor kecamatan, ' || u.region_code,
       CASE WHEN u.r_form < 0.5 THEN ARRAY['pp94-5n-1'] WHEN u.r_form < 0.7 THEN ARRAY['skb2022-a1', 'pp94-5n-2']
            ELSE '{}'::text[] END,
       CASE WHEN u.recommended THEN $7::jsonb END, CASE WHEN u.recommended THEN $7::jsonb END,
       CASE WHEN u.recommended THEN u.created_at + (u.updated_at - u.created_at) / 2 END,
       CASE WHEN u.state = 'received' THEN 1 ELSE 2 + floor(u.r_ver * ${2 * EVENTS_PER_CASE - 3})::int END,
       u.created_at, u.updated_at
  FROM u ORDER BY u.i`;

// 60 % laporan, each with a reporter row (a placeholder in the sealed format: the bench never opens it) and a
// channel a laporan comes by; patrol and social media yield temuan only (migration 0011).
const INSERT_INTAKES = `
WITH k AS (
  -- The reporter's id is drawn here rather than joined back from the reporters' INSERT … RETURNING: without
  -- statistics mid-load, the planner once turned that join into a nested loop (one 100 k chunk ran for minutes).
  SELECT c.id, c.created_at, c.act_known_on, CASE WHEN random() < 0.6 THEN gen_random_uuid() END AS reporter_id,
         random() AS r_channel
    FROM cases c WHERE c.id BETWEEN ${caseId('$1::int')} AND ${caseId('$2::int')}),
r AS (
  INSERT INTO case_reporters (id, case_id, sealed_identity, created_at)
  SELECT k.reporter_id, k.id,
         'v1.' || substr(md5(k.id::text), 1, 16) || '.' || md5(k.id::text || 't') || '.' || md5(k.id::text || 'b'),
         k.created_at
    FROM k WHERE k.reporter_id IS NOT NULL)
INSERT INTO case_intakes (case_id, kind, channel, received_on, known_on, summary, reporter_ref, created_at)
SELECT k.id, CASE WHEN k.reporter_id IS NOT NULL THEN 'laporan' ELSE 'temuan' END,
       CASE WHEN k.reporter_id IS NOT NULL
            THEN (ARRAY['walk_in', 'letter', 'phone', 'email', 'online', 'sp4n_lapor'])[1 + floor(k.r_channel * 6)::int]
            ELSE (ARRAY['patrol', 'social_media', 'walk_in', 'letter', 'phone', 'sp4n_lapor', 'online'])[1 + floor(k.r_channel * 7)::int]
       END,
       ${jakartaDate('k.created_at')}, k.act_known_on,
       'Dugaan ASN ikut kampanye dan mengunggah dukungan kepada pasangan calon di media sosial', k.reporter_id, k.created_at
  FROM k ORDER BY k.id`;

const INSERT_SUBJECTS = `
INSERT INTO case_subjects (case_id, position, name, nip, agency_code, jabatan, jabatan_class,
  is_regional_head_staff, region_code, asn_type)
SELECT c.id, 1, 'Terlapor ' || substr(c.reference_number, 10),
       CASE WHEN random() < 0.6 THEN '19' || lpad(floor(random() * 1e16)::bigint::text, 16, '0') END,
       c.agency_code,
       (ARRAY['Guru', 'Camat', 'Lurah', 'Kepala Bidang', 'Staf Pelaksana', 'Kepala Dinas'])[1 + floor(random() * 6)::int],
       (ARRAY['jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana'])[1 + floor(random() * 5)::int],
       random() < 0.1, c.region_code,
       (ARRAY['pns', 'pns', 'pns', 'pppk', 'ppnpn'])[1 + floor(random() * 5)::int]
  FROM cases c WHERE c.id BETWEEN ${caseId('$1::int')} AND ${caseId('$2::int')} ORDER BY c.id`;

/**
 * The history of cases lo..hi: event 1 creates the case, 2 registers it, 3 starts the clarification, the middle
 * ones record statements, and the last one (version = cases.version) is the action that led to the current
 * state. Times spread from created_at to updated_at.
 */
const INSERT_EVENTS = `
INSERT INTO case_events (case_id, at, actor_id, actor_role, action, from_state, to_state, version, input, flags)
SELECT c.id, c.created_at + (c.updated_at - c.created_at) * ((v - 1)::float8 / greatest(c.version - 1, 1)),
       NULL,
       CASE WHEN v = c.version AND v > 1 THEN la.last_role ELSE 'bawaslu_staf' END,
       CASE WHEN v = 1 THEN 'create_finding' WHEN v = c.version THEN la.last_action
            WHEN v = 2 THEN 'register_case' WHEN v = 3 THEN 'start_clarification' ELSE 'record_statement' END,
       CASE WHEN v = 1 THEN NULL WHEN v = 2 THEN 'received' WHEN v = 3 THEN 'registered' ELSE 'clarification' END,
       CASE WHEN v = c.version THEN c.state WHEN v = 1 THEN 'received' WHEN v = 2 THEN 'registered'
            ELSE 'clarification' END,
       v,
       CASE WHEN v = 1 THEN $3::jsonb WHEN v = c.version THEN la.last_input WHEN v = 2 THEN $4::jsonb
            WHEN v = 3 THEN $5::jsonb ELSE $6::jsonb END,
       '{}'::text[]
  FROM cases c
  JOIN bench_last_action la ON la.state = c.state
  CROSS JOIN LATERAL generate_series(1, c.version) AS v
 WHERE c.id BETWEEN ${caseId('$1::int')} AND ${caseId('$2::int')}
 ORDER BY c.id, v`;

/** Makes sum(version) = 10·N exactly: one more (or one fewer) event on randomly chosen cases. */
async function matchEventTotal(c: pg.PoolClient, events: number): Promise<void> {
  const { rows } = await c.query<{ total: number }>('SELECT sum(version)::bigint AS total FROM cases');
  const diff = events - (rows[0]?.total ?? 0);
  if (diff === 0) return;
  await c.query(
    `UPDATE cases SET version = version + $2 WHERE id IN (
       SELECT id FROM cases WHERE state <> 'received' AND version + $2 >= 2 ORDER BY random() LIMIT $1)`,
    [Math.abs(diff), Math.sign(diff)],
  );
}

async function inChunks(
  n: number,
  label: string,
  log: Log,
  fn: (lo: number, hi: number) => Promise<unknown>,
): Promise<void> {
  const t0 = performance.now();
  for (let lo = 1; lo <= n; lo += CHUNK) {
    const hi = Math.min(n, lo + CHUNK - 1);
    await fn(lo, hi);
    log(
      `${label}: ${hi.toLocaleString('en-US')} / ${n.toLocaleString('en-US')} cases (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
}

/** Skips foreign-key triggers while loading (the rows are consistent by construction); needs a superuser. */
async function skipForeignKeyChecks(c: pg.PoolClient): Promise<boolean> {
  try {
    await c.query('SET session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

/** Generates `cases` cases and 10× as many events into an empty cases schema. */
export async function generateCases(
  pool: pg.Pool,
  cases: number,
  now: Date,
  log: Log,
): Promise<GenerationResult> {
  const t0 = performance.now();
  const events = cases * EVENTS_PER_CASE;
  const c = await pool.connect();
  const foreignKeysChecked = !(await skipForeignKeyChecks(c));
  try {
    await c.query('SET synchronous_commit = off');
    await c.query('SELECT setseed(0.4242)');
    await createSlotTables(c);
    const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_central_agency');
    const recommendation = JSON.stringify({ level: 'moderate', sanctionTypeCodes: ['pp94-s1'] });
    await inChunks(cases, 'cases', log, (lo, hi) =>
      c.query(INSERT_CASES, [lo, hi, cases, HISTORY_START, now, rows[0]?.n ?? 0, recommendation]),
    );
    await matchEventTotal(c, events);
    await c.query(`SELECT setval('case_number_seq', $1)`, [cases]);
    const inputs = [
      eventInput('create_finding'),
      eventInput('register_case'),
      eventInput('start_clarification'),
      eventInput('record_statement'),
    ].map((i) => JSON.stringify(i));
    await inChunks(cases, 'intakes, subjects, events', log, async (lo, hi) => {
      await c.query(INSERT_INTAKES, [lo, hi]);
      await c.query(INSERT_SUBJECTS, [lo, hi]);
      await c.query(INSERT_EVENTS, [lo, hi, ...inputs]);
    });
    await c.query('DISCARD TEMP');
  } finally {
    await c.query('RESET session_replication_role').catch(() => undefined);
    await c.query('RESET synchronous_commit').catch(() => undefined);
    c.release();
  }
  log('VACUUM ANALYZE');
  for (const table of ['cases', 'case_intakes', 'case_subjects', 'case_events']) {
    await pool.query(`VACUUM (ANALYZE) ${table}`);
  }
  await pool.query('CHECKPOINT');
  const { rows } = await pool.query<{ cases: number; events: number; version_sum: number }>(
    `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::bigint AS events,
            (SELECT sum(version) FROM cases)::bigint AS version_sum`,
  );
  const got = rows[0];
  if (!got || got.cases !== cases || got.events !== events || got.version_sum !== events) {
    throw new Error(`generated ${JSON.stringify(got)}, expected ${cases} cases and ${events} events`);
  }
  return { cases, events, seconds: (performance.now() - t0) / 1000, foreignKeysChecked };
}
