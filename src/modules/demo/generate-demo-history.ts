// `netra demo`: plays the planned history of Pilkada 2020 and Pemilu 2024 through the real workflow (createIntake,
// transitionCase), each case in one transaction with its clock at the days the plan gives, so the statistics,
// deadlines, audit trail and league table come from the same code as for real cases (issue 5 §7).
import { Readable } from 'node:stream';
import type pg from 'pg';
import { withTransaction, type Queryable } from '../../db/database';
import type { BlobStore } from '../../platform/blobs/blob-store';
import { addIntake, createIntake, transitionCase, ZCreateIntakeInput } from '../cases';
import { ZAddIntakeInput } from '../cases/case-api-schema';
import { insertDocument } from '../cases/queries';
import type { StaffActor } from '../identity';
import { shippedLegalCatalogue } from '../reference';
import { shippedAgencyFigures } from '../stats/agency-figures';
import { shippedCategories } from '../stats/categories';
import { scriptOf } from './case-steps';
import { agencyKinds, findProvinces, findRegencies, recordPlanKey, writtenPlanKeys } from './demo-queries';
import { demoDesks, type DemoDeskSet } from './demo-desks';
import { DEMO_PROFILES, type DemoProfile } from './demo-profiles';
import { planHistory } from './history-plan';
import type { PlannedCase } from './plan-types';
import { seededRandom, type Random } from './random';
import type { DemoCaseScript, ScriptContext } from './script';
import { toEpochDay } from '../../platform/calendar/iso-date';

/** The seed of the shipped demo: the replay test and `netra demo` see the same history. */
export const DEMO_SEED = 20201209;

/** The one document every demo step cites: a one-page PDF that says what it is. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n' +
    '4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 72 760 Td (DOKUMEN DEMO - data sintetis) Tj ET\nendstream endobj\n' +
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface GenerateDemoHistoryArgs {
  pool: pg.Pool;
  blobs: BlobStore;
  reporterKey: Buffer;
  now: Date;
  seed?: number;
  /** Only these elections (default: every profile). */
  elections?: readonly string[];
  log?: (line: string) => void;
  /** Stops after the case being written (the server shutting down): a later run resumes. */
  signal?: AbortSignal;
}

export interface DemoHistoryRun {
  cases: number;
  steps: number;
  /** Planned cases already written by an earlier run. */
  skipped: number;
}

/** Office hours in Jakarta: a step on a new day at 08:00–10:00 WIB, later steps of that day minutes apart. */
class CaseClock {
  private at: number | null = null;
  constructor(private readonly rnd: Random) {}
  on(day: number): Date {
    const dayStart = day * 86_400_000 - 7 * 3_600_000;
    if (this.at !== null && this.at >= dayStart + 8 * 3_600_000) this.at += this.rnd.int(5, 40) * 60_000;
    else this.at = dayStart + (8 * 60 + this.rnd.int(0, 120)) * 60_000;
    // Never into the next day: a step's day is what the plan counts it on (as-of counts end at midnight WIB).
    this.at = Math.min(this.at, dayStart + 86_400_000 - 60_000);
    return new Date(this.at);
  }
}

interface Playing {
  desks: DemoDeskSet;
  kinds: Map<string, 'regional' | 'central'>;
  pdf: { sha256: string; sizeBytes: number };
  reporterKey: Buffer;
  clockRnd: Random;
}

async function documentOf(
  tx: Queryable,
  caseId: string,
  actor: StaffActor,
  at: Date,
  p: Playing,
): Promise<string> {
  const doc = await insertDocument(tx, {
    case_id: caseId,
    kind: 'letter',
    file_name: 'dokumen-demo.pdf',
    media_type: 'application/pdf',
    size_bytes: p.pdf.sizeBytes,
    sha256: p.pdf.sha256,
    uploaded_by: actor.id,
    uploaded_by_role: actor.role,
    uploaded_at: at,
  });
  return doc.id;
}

/** One case: its intake and every step, in one transaction (all or nothing, so a rerun resumes cleanly). */
async function playCase(
  tx: Queryable,
  c: PlannedCase,
  script: DemoCaseScript,
  p: Playing,
): Promise<{ caseId: string; steps: number }> {
  const agency = { code: c.agencyCode, kind: p.kinds.get(c.agencyCode) ?? 'regional' };
  const clock = new CaseClock(p.clockRnd);
  const intakeActor = p.desks.actor('bawaslu_staf', agency);
  const { id: caseId } = await createIntake(tx, {
    actor: intakeActor,
    input: ZCreateIntakeInput.parse(script.intake),
    now: clock.on(c.intake.receivedDay),
    reporterKey: p.reporterKey,
  });
  let version = 1;
  const docs = new Map<string, string>();
  for (const step of script.steps) {
    const actor = p.desks.actor(step.desk, agency);
    const now = clock.on(step.day);
    try {
      if ('intake' in step) {
        const input = ZAddIntakeInput.parse({ ...step.intake, expectedVersion: version });
        version = (await addIntake(tx, { actor, caseId, input, now, reporterKey: p.reporterKey })).version;
        continue;
      }
      let input: Record<string, unknown> = step.input;
      if (step.document) {
        const id = docs.get(actor.id) ?? (await documentOf(tx, caseId, actor, now, p));
        docs.set(actor.id, id);
        input = { ...input, documentIds: [id] };
      }
      version = (
        await transitionCase(tx, { actor, caseId, action: step.action, input, expectedVersion: version, now })
      ).version;
    } catch (err) {
      const what = 'intake' in step ? `add ${step.intake.intake.kind}` : step.action;
      throw new Error(`demo history: ${c.key} ${what} on ${now.toISOString()}: ${String(err)}`, {
        cause: err,
      });
    }
  }
  return { caseId, steps: script.steps.length };
}

async function playElection(
  args: GenerateDemoHistoryArgs,
  profile: DemoProfile,
  seed: number,
  run: DemoHistoryRun,
): Promise<void> {
  const { pool, log = () => undefined } = args;
  const ref = {
    regencies: await findRegencies(pool),
    provinces: await findProvinces(pool),
    figures: shippedAgencyFigures(),
  };
  const plan = planHistory(profile, ref, seed);
  const agencies = [...new Set(plan.map((c) => c.agencyCode))];
  const kinds = await agencyKinds(pool, agencies);
  const desks = await withTransaction(pool, (tx) => demoDesks(tx, agencies, args.now));
  const pdf = await args.blobs.put(Readable.from([DEMO_PDF]), {
    maxBytes: DEMO_PDF.length,
    accept: async () => true,
  });
  const playing: Playing = {
    desks,
    kinds,
    pdf,
    reporterKey: args.reporterKey,
    clockRnd: seededRandom(seed + 1),
  };
  const ctx: ScriptContext = {
    catalogue: shippedLegalCatalogue(),
    categories: shippedCategories().file,
    pilkada: profile.electionId.startsWith('pilkada'),
    lastDay: toEpochDay(profile.lastActivity),
    rnd: seededRandom(seed + 2),
  };
  const written = await writtenPlanKeys(pool, profile.electionId);
  let done = 0;
  for (const [serial, c] of plan.entries()) {
    if (args.signal?.aborted) return;
    // Scripts are drawn for every case, written or not, so a resumed run draws the same ones.
    const script = scriptOf(c, serial + 1, ctx);
    if (written.has(c.key)) {
      run.skipped++;
      continue;
    }
    run.steps += await withTransaction(pool, async (tx) => {
      const { caseId, steps } = await playCase(tx, c, script, playing);
      await recordPlanKey(tx, { planKey: c.key, caseId, seed, now: args.now });
      return steps;
    });
    run.cases++;
    if (++done % 250 === 0)
      log(`demo history ${profile.electionId}: ${done} of ${plan.length - written.size} cases`);
  }
}

/** Writes the demo history of every profile (or the given elections); resumes an interrupted run. */
export async function generateDemoHistory(args: GenerateDemoHistoryArgs): Promise<DemoHistoryRun> {
  const seed = args.seed ?? DEMO_SEED;
  const run: DemoHistoryRun = { cases: 0, steps: 0, skipped: 0 };
  for (const [i, profile] of DEMO_PROFILES.entries()) {
    if (args.elections && !args.elections.includes(profile.electionId)) continue;
    await playElection(args, profile, seed + 1000 * i, run);
  }
  return run;
}
