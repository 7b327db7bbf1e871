// The staff members the cases bench acts as: real staff_users rows (events and audit rows reference them), no
// password that could sign in.
import type { Queryable } from '../src/db/database';
import type { RoleScope, StaffActor } from '../src/modules/identity';

export interface BenchActor {
  /** Who they are, for the printed figures. */
  label: string;
  actor: StaffActor;
}

const ACTORS = {
  'bawaslu-prov-33': {
    label: 'Bawaslu Provinsi Jawa Tengah (33), staf',
    scope: { role: 'bawaslu_staf', scope: { bawasluLevel: 'provinsi', regionCode: '33' } },
  },
  'bkn-kanreg-1': {
    label: 'BKN Kanreg I (serves 33, 34), analis',
    scope: { role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } },
  },
  'ppk-33-03': {
    label: 'PPK Kab. Purbalingga (pemda-33.03), staf',
    scope: { role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } },
  },
  'bkn-pusat': {
    label: 'BKN pusat (national), analis',
    scope: { role: 'bkn_analis', scope: { bknOffice: 'pusat' } },
  },
  // return_to_assessment is the leadership's (the pleno), so the transition loop acts as pimpinan.
  'bawaslu-prov-33-pimpinan': {
    label: 'Bawaslu Provinsi Jawa Tengah (33), pimpinan',
    scope: { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'provinsi', regionCode: '33' } },
  },
} satisfies Record<string, { label: string; scope: RoleScope }>;

export type ActorKey = keyof typeof ACTORS;

/** Upserts the bench's staff users and returns them as signed-in actors. */
export async function benchActors(db: Queryable): Promise<Record<ActorKey, BenchActor>> {
  const out: Partial<Record<ActorKey, BenchActor>> = {};
  for (const [key, { label, scope }] of Object.entries(ACTORS) as [
    ActorKey,
    { label: string; scope: RoleScope },
  ][]) {
    const email = `bench-${key}@netra.invalid`;
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO staff_users (email, name, role, scope, password_hash)
       VALUES ($1, $2, $3, $4, '$argon2id$bench-user-without-password')
       ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role, scope = EXCLUDED.scope RETURNING id`,
      [email, label, scope.role, JSON.stringify(scope.scope)],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error(`could not create bench user ${email}`);
    out[key] = { label, actor: { ...scope, id, email, name: label, isDemo: false, locale: 'en' } };
  }
  return out as Record<ActorKey, BenchActor>;
}
