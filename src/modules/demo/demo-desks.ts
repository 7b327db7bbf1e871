// The staff accounts the demo history acts as: Bawaslu RI, BKN pusat, the supervisors, and a PPK desk per agency.
// Marked demo and disabled from the start: they exist so every event has a real actor, and nobody signs in as them.
import crypto from 'node:crypto';
import type { Queryable } from '../../db/database';
import type { Actor } from '../../platform/audit';
import {
  createUser,
  disableUser,
  getUserByEmail,
  hashPassword,
  type RoleScope,
  type StaffActor,
} from '../identity';
import type { DemoDesk } from './script';

const SEED_ACTOR: Actor = { id: null, label: 'demo-history' };
const DOMAIN = 'demo.netra.invalid';

const FIXED: Record<
  Exclude<DemoDesk, 'ppk' | 'supervisor'>,
  { local: string; name: string; rs: RoleScope }
> = {
  bawaslu_staf: {
    local: 'riwayat.bawaslu.staf',
    name: 'Riwayat demo: staf Bawaslu',
    rs: { role: 'bawaslu_staf', scope: { bawasluLevel: 'ri', regionCode: null } },
  },
  bawaslu_pimpinan: {
    local: 'riwayat.bawaslu.pimpinan',
    name: 'Riwayat demo: pimpinan Bawaslu',
    rs: { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'ri', regionCode: null } },
  },
  bkn_analis: {
    local: 'riwayat.bkn.analis',
    name: 'Riwayat demo: analis KASN/BKN',
    rs: { role: 'bkn_analis', scope: { bknOffice: 'pusat' } },
  },
  bkn_pejabat: {
    local: 'riwayat.bkn.pejabat',
    name: 'Riwayat demo: pejabat KASN/BKN',
    rs: { role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } },
  },
};
const SUPERVISORS = {
  regional: {
    local: 'riwayat.kemendagri',
    name: 'Riwayat demo: Kemendagri',
    rs: { role: 'supervisor_kemendagri', scope: { regionCode: null } },
  },
  central: {
    local: 'riwayat.kemenpanrb',
    name: 'Riwayat demo: KemenPANRB',
    rs: { role: 'supervisor_kemenpanrb', scope: {} },
  },
} as const satisfies Record<string, { local: string; name: string; rs: RoleScope }>;

export interface DemoDeskSet {
  actor: (desk: DemoDesk, agency: { code: string; kind: 'regional' | 'central' }) => StaffActor;
}

async function ensureAccount(
  db: Queryable,
  spec: { local: string; name: string; rs: RoleScope },
  passwordHash: string,
  now: Date,
): Promise<StaffActor> {
  const email = `${spec.local}@${DOMAIN}`;
  let user = await getUserByEmail(db, email);
  if (!user) {
    user = (
      await createUser(db, {
        actor: SEED_ACTOR,
        input: { email, name: spec.name, ...spec.rs },
        now,
        options: { isDemo: true, passwordHash },
      })
    ).user;
    await disableUser(db, {
      actor: SEED_ACTOR,
      input: { userId: user.id, reason: 'Akun riwayat demo' },
      now,
    });
  }
  return { ...spec.rs, id: user.id, email, name: spec.name, isDemo: true, locale: null };
}

/** Every desk the history needs, created once (call inside one transaction). */
export async function demoDesks(
  db: Queryable,
  agencyCodes: readonly string[],
  now: Date,
): Promise<DemoDeskSet> {
  const passwordHash = await hashPassword(crypto.randomBytes(32).toString('base64url'));
  const fixed = {} as Record<keyof typeof FIXED, StaffActor>;
  for (const [desk, spec] of Object.entries(FIXED) as [
    keyof typeof FIXED,
    (typeof FIXED)[keyof typeof FIXED],
  ][])
    fixed[desk] = await ensureAccount(db, spec, passwordHash, now);
  const supervisors = {
    regional: await ensureAccount(db, SUPERVISORS.regional, passwordHash, now),
    central: await ensureAccount(db, SUPERVISORS.central, passwordHash, now),
  };
  const ppk = new Map<string, StaffActor>();
  for (const code of agencyCodes)
    ppk.set(
      code,
      await ensureAccount(
        db,
        {
          local: `riwayat.ppk.${code}`,
          name: `Riwayat demo: PPK ${code}`,
          rs: { role: 'ppk_staf', scope: { agencyCode: code } },
        },
        passwordHash,
        now,
      ),
    );
  return {
    actor: (desk, agency) => {
      if (desk === 'ppk') return ppk.get(agency.code) as StaffActor;
      if (desk === 'supervisor') return supervisors[agency.kind];
      return fixed[desk];
    },
  };
}
