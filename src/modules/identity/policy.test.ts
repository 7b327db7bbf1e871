import { describe, expect, it } from 'vitest';
import { can, isNational, scopeCoversAgency, scopeCoversRegion, type AgencyRef } from './policy';
import {
  STAFF_ACTIONS,
  STAFF_ROLES,
  ZRoleScope,
  type RoleScope,
  type StaffAction,
  type StaffRole,
} from './schema';

const r = (v: unknown): RoleScope => ZRoleScope.parse(v);

describe('can(actor, action)', () => {
  const table: Record<StaffAction, StaffRole[]> = {
    'user.manage': ['admin'],
    'audit.read': ['admin'],
    'legal.read': [...STAFF_ROLES],
    'reference.manage': ['admin'],
    'deadline_rules.manage': ['admin'],
    'stats.publish': ['admin'],
  };
  for (const action of STAFF_ACTIONS) {
    for (const role of STAFF_ROLES) {
      const allowed = table[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can({ role }, action)).toBe(allowed);
      });
    }
  }
});

// Purbalingga (33.03) and a kecamatan in it; Banyumas (33.02); Jawa Tengah (33); Jawa Timur (35) and Surabaya.
const PURBALINGGA = '33.03';
const IN_PURBALINGGA = '33.03.01';
const BANYUMAS = '33.02';
const JATENG = '33';
const SURABAYA = '35.78';
const JATIM = '35';
const KANREG_1_PROVINCES = ['33', '34'];

/** Every scoped actor: the region it covers and one it must be refused. */
const regionCases: {
  who: RoleScope;
  inside: string[];
  outside: string[];
  coverage?: { bknOfficeProvinces: string[] };
}[] = [
  ...(['bawaslu_staf', 'bawaslu_pimpinan'] as const).flatMap((role) => [
    {
      who: r({ role, scope: { bawasluLevel: 'kabkota', regionCode: PURBALINGGA } }),
      inside: [PURBALINGGA, IN_PURBALINGGA],
      outside: [BANYUMAS, JATENG, SURABAYA, '33.030'],
    },
    {
      who: r({ role, scope: { bawasluLevel: 'provinsi', regionCode: JATENG } }),
      inside: [JATENG, PURBALINGGA, BANYUMAS, IN_PURBALINGGA],
      outside: [JATIM, SURABAYA, '34.01'],
    },
  ]),
  ...(['bkn_analis', 'bkn_pejabat'] as const).map((role) => ({
    who: r({ role, scope: { bknOffice: 'kanreg-1' } }),
    coverage: { bknOfficeProvinces: KANREG_1_PROVINCES },
    inside: [JATENG, PURBALINGGA, '34.71'],
    outside: [JATIM, SURABAYA, '11.01'],
  })),
  {
    who: r({ role: 'supervisor_kemendagri', scope: { regionCode: JATENG } }),
    inside: [PURBALINGGA, JATENG],
    outside: [SURABAYA, JATIM],
  },
  {
    who: r({ role: 'ombudsman_pengawas', scope: { regionCode: JATIM } }),
    inside: [SURABAYA, JATIM],
    outside: [PURBALINGGA, JATENG],
  },
  {
    who: r({ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } }),
    inside: [],
    outside: [PURBALINGGA, JATENG, SURABAYA],
  },
];

describe('scopeCoversRegion', () => {
  for (const { who, inside, outside, coverage } of regionCases) {
    const label = `${who.role} ${JSON.stringify(who.scope)}`;
    for (const code of inside) {
      it(`${label} covers ${code}`, () => expect(scopeCoversRegion(who, code, coverage)).toBe(true));
    }
    for (const code of outside) {
      it(`${label} is refused ${code}`, () => expect(scopeCoversRegion(who, code, coverage)).toBe(false));
    }
  }

  it('a BKN regional office covers nothing when its provinces are not known (deny by default)', () => {
    expect(scopeCoversRegion(r({ role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } }), PURBALINGGA)).toBe(
      false,
    );
  });

  const national: RoleScope[] = [
    r({ role: 'admin', scope: {} }),
    r({ role: 'custodian', scope: {} }),
    r({ role: 'supervisor_kemenpanrb', scope: {} }),
    r({ role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'ri' } }),
    r({ role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } }),
    r({ role: 'supervisor_kemendagri', scope: { regionCode: null } }),
    r({ role: 'ombudsman_pengawas', scope: {} }),
  ];
  for (const who of national) {
    it(`${who.role} ${JSON.stringify(who.scope)} is national and covers every region`, () => {
      expect(isNational(who)).toBe(true);
      for (const code of [PURBALINGGA, SURABAYA, '96.01']) expect(scopeCoversRegion(who, code)).toBe(true);
    });
  }
});

const pemdaPurbalingga: AgencyRef = { code: 'pemda-33.03', kind: 'regional', regionCode: PURBALINGGA };
const pemdaBanyumas: AgencyRef = { code: 'pemda-33.02', kind: 'regional', regionCode: BANYUMAS };
const pemdaJatim: AgencyRef = { code: 'pemda-35', kind: 'regional', regionCode: JATIM };
const kemenag: AgencyRef = { code: 'kl-kemenag', kind: 'central', regionCode: null };

const agencyCases: {
  who: RoleScope;
  inside: AgencyRef[];
  outside: AgencyRef[];
  coverage?: { bknOfficeProvinces: string[] };
}[] = [
  {
    who: r({ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } }),
    inside: [pemdaPurbalingga],
    outside: [pemdaBanyumas, pemdaJatim, kemenag],
  },
  {
    who: r({ role: 'ppk_staf', scope: { agencyCode: 'kl-kemenag' } }),
    inside: [kemenag],
    outside: [pemdaPurbalingga],
  },
  {
    who: r({ role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: PURBALINGGA } }),
    inside: [pemdaPurbalingga],
    outside: [pemdaBanyumas, pemdaJatim, kemenag],
  },
  {
    who: r({ role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'provinsi', regionCode: JATENG } }),
    inside: [pemdaPurbalingga, pemdaBanyumas],
    outside: [pemdaJatim, kemenag],
  },
  {
    who: r({ role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } }),
    coverage: { bknOfficeProvinces: KANREG_1_PROVINCES },
    inside: [pemdaPurbalingga],
    outside: [pemdaJatim, kemenag],
  },
  {
    who: r({ role: 'bkn_pejabat', scope: { bknOffice: 'kanreg-2' } }),
    coverage: { bknOfficeProvinces: [JATIM] },
    inside: [pemdaJatim],
    outside: [pemdaPurbalingga, kemenag],
  },
  {
    who: r({ role: 'supervisor_kemendagri', scope: {} }),
    inside: [pemdaPurbalingga, pemdaJatim],
    outside: [kemenag],
  },
  {
    who: r({ role: 'supervisor_kemendagri', scope: { regionCode: JATIM } }),
    inside: [pemdaJatim],
    outside: [pemdaPurbalingga, kemenag],
  },
  {
    who: r({ role: 'supervisor_kemenpanrb', scope: {} }),
    inside: [kemenag],
    outside: [pemdaPurbalingga, pemdaJatim],
  },
  {
    who: r({ role: 'ombudsman_pengawas', scope: { regionCode: JATENG } }),
    inside: [pemdaBanyumas],
    outside: [pemdaJatim, kemenag],
  },
  { who: r({ role: 'admin', scope: {} }), inside: [pemdaPurbalingga, pemdaJatim, kemenag], outside: [] },
  { who: r({ role: 'custodian', scope: {} }), inside: [pemdaPurbalingga, kemenag], outside: [] },
];

describe('scopeCoversAgency', () => {
  for (const { who, inside, outside, coverage } of agencyCases) {
    const label = `${who.role} ${JSON.stringify(who.scope)}`;
    for (const a of inside)
      it(`${label} covers ${a.code}`, () => expect(scopeCoversAgency(who, a, coverage)).toBe(true));
    for (const a of outside)
      it(`${label} is refused ${a.code}`, () => expect(scopeCoversAgency(who, a, coverage)).toBe(false));
  }

  it('every scoped role appears in the refusal tables', () => {
    const refused = new Set([
      ...agencyCases.filter((c) => c.outside.length).map((c) => c.who.role),
      ...regionCases.filter((c) => c.outside.length).map((c) => c.who.role),
    ]);
    const unscoped: StaffRole[] = ['admin', 'custodian'];
    expect(STAFF_ROLES.filter((role) => !unscoped.includes(role) && !refused.has(role))).toEqual([]);
  });
});

describe('scope shapes', () => {
  it.each([
    [
      'bawaslu kabkota with a province code',
      { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33' } },
    ],
    [
      'bawaslu provinsi with a regency code',
      { role: 'bawaslu_staf', scope: { bawasluLevel: 'provinsi', regionCode: '33.03' } },
    ],
    ['bawaslu ri with a region', { role: 'bawaslu_staf', scope: { bawasluLevel: 'ri', regionCode: '33' } }],
    ['an unknown BKN office', { role: 'bkn_analis', scope: { bknOffice: 'kanreg-15' } }],
    ['a malformed agency code', { role: 'ppk_staf', scope: { agencyCode: 'Pemda Purbalingga' } }],
    ['PPK staff without an agency', { role: 'ppk_staf', scope: {} }],
    ['an admin with a region', { role: 'admin', scope: { regionCode: '33' } }],
    ['an Ombudsman scope with a regency', { role: 'ombudsman_pengawas', scope: { regionCode: '33.03' } }],
    ['an unknown role', { role: 'root', scope: {} }],
  ])('refuses %s', (_label, value) => {
    expect(ZRoleScope.safeParse(value).success).toBe(false);
  });
});
