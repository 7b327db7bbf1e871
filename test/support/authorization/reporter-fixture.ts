// Laporan with a named reporter, for the unseal route: who may reach a reporter is declared here as data. The
// custodian reaches every reporter without seeing the case (separation of duties); anyone else must see the case
// first (case-fixture.ts SEEN_BY), and only Bawaslu of the case's area and the custodian may then unseal.
import type { FastifyInstance } from 'fastify';
import { withTransaction } from '../../../src/db/database';
import { createIntake, reporterIdentityKey, ZCreateIntakeInput } from '../../../src/modules/cases';
import type { StaffRole } from '../../../src/modules/identity';
import { CASE_TEST_NOW, findingBody } from '../case-factory';
import { createTestUser } from '../staff-session';
import { SEEN_BY, type KnownCase, type Visibility } from './case-fixture';

export interface KnownReporter {
  id: string;
  /** The reporter's name: it must appear in no answer but a successful unseal. */
  name: string;
  case: KnownCase;
}

export function reachesReporter(r: KnownReporter, role: StaffRole | null): boolean {
  return role !== null && (role === 'custodian' || r.case.seenBy.includes(role));
}

const LAPORAN: { label: string; visibility: Visibility; regionCode: string; agencyCode: string }[] = [
  {
    label: 'laporan-purbalingga',
    visibility: 'purbalinggaOpen',
    regionCode: '33.03',
    agencyCode: 'pemda-33.03',
  },
  { label: 'laporan-surabaya', visibility: 'surabaya', regionCode: '35.78', agencyCode: 'pemda-35.78' },
];

/** Records each laporan (still `received`) through createIntake, by a national Bawaslu desk. */
export async function buildReporterFixture(app: FastifyInstance): Promise<KnownReporter[]> {
  const u = await createTestUser(app, 'bawaslu_staf', { bawasluLevel: 'ri', regionCode: null });
  const actor = {
    role: 'bawaslu_staf' as const,
    scope: { bawasluLevel: 'ri' as const, regionCode: null },
    id: u.id,
    email: u.email,
    name: 'ri',
    isDemo: false,
    locale: null,
  };
  const reporterKey = reporterIdentityKey(app.ctx.config);
  const reporters: KnownReporter[] = [];
  for (const spec of LAPORAN) {
    const name = `Pelapor ${spec.label}`;
    const subjectName = `Subjek ${spec.label}`;
    const input = ZCreateIntakeInput.parse(
      findingBody({
        regionCode: spec.regionCode,
        agencyCode: spec.agencyCode,
        act: { date: '2024-11-01', knownOn: '2024-11-01', place: 'Balai desa' },
        intake: { kind: 'laporan', channel: 'walk_in', receivedOn: '2024-11-02', summary: 'Laporan warga.' },
        reporter: { name, phone: '0812 0000 0000' },
        subjects: [
          { ...(findingBody().subjects as object[])[0], name: subjectName, agencyCode: spec.agencyCode },
        ],
      }),
    );
    const { id, referenceNumber } = await withTransaction(app.ctx.db.pool, (tx) =>
      createIntake(tx, { actor, input, now: CASE_TEST_NOW, reporterKey }),
    );
    const { rows } = await app.ctx.db.pool.query<{ reporter_ref: string }>(
      'SELECT reporter_ref FROM case_intakes WHERE case_id = $1',
      [id],
    );
    const reporterId = rows[0]?.reporter_ref;
    if (!reporterId) throw new Error(`fixture ${spec.label} has no reporter`);
    const known: KnownCase = {
      label: spec.label,
      id,
      referenceNumber,
      state: 'received',
      version: 1,
      regionCode: spec.regionCode,
      agencyCode: spec.agencyCode,
      subjectNames: [subjectName],
      seenBy: SEEN_BY[spec.visibility],
    };
    reporters.push({ id: reporterId, name, case: known });
  }
  return reporters;
}
