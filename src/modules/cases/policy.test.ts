import { describe, expect, it } from 'vitest';
import type { RoleScope } from '../identity';
import { coversCase, rolesFor } from './policy';
import { KEMENAG, PURBALINGGA } from './workflow-test-fixtures';

const purbalingga = { regionCode: '33.03', agency: PURBALINGGA };
const kemenagInPurbalingga = { regionCode: '33.03', agency: KEMENAG };

describe('coversCase', () => {
  it.each([
    [{ role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.03' } }, purbalingga, true],
    [{ role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.04' } }, purbalingga, false],
    [{ role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'provinsi', regionCode: '33' } }, purbalingga, true],
    [
      { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'ri', regionCode: null } },
      kemenagInPurbalingga,
      true,
    ],
    [{ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } }, purbalingga, true],
    [{ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } }, kemenagInPurbalingga, false],
    [{ role: 'supervisor_kemendagri', scope: { regionCode: '33' } }, purbalingga, true],
    [{ role: 'supervisor_kemendagri', scope: { regionCode: null } }, kemenagInPurbalingga, false],
    [{ role: 'supervisor_kemenpanrb', scope: {} }, kemenagInPurbalingga, true],
    [{ role: 'supervisor_kemenpanrb', scope: {} }, purbalingga, false],
    [{ role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } }, kemenagInPurbalingga, true],
  ] as [RoleScope, typeof purbalingga, boolean][])('%j covers %j: %s', (actor, c, expected) => {
    expect(coversCase(actor, c)).toBe(expected);
  });

  it('lets a BKN kanreg reach a central agency case only through the provinces it serves', () => {
    const kanreg: RoleScope = { role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } };
    expect(coversCase(kanreg, kemenagInPurbalingga, { bknOfficeProvinces: ['33'] })).toBe(true);
    expect(coversCase(kanreg, kemenagInPurbalingga, { bknOfficeProvinces: ['34'] })).toBe(false);
    expect(coversCase(kanreg, kemenagInPurbalingga)).toBe(false);
  });

  it('gives no PPK or supervisor access to a case whose agency is not known yet', () => {
    const unknown = { regionCode: '33.03', agency: null };
    expect(coversCase({ role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } }, unknown)).toBe(false);
    expect(coversCase({ role: 'supervisor_kemenpanrb', scope: {} }, unknown)).toBe(false);
  });
});

describe('rolesFor', () => {
  it.each([
    [false, 'regional', ['ppk_staf']],
    [true, 'regional', ['supervisor_kemendagri']],
    [true, 'central', ['supervisor_kemenpanrb']],
    [true, null, []],
  ] as const)(
    'routes the PPK follow-up (conflicted %s, %s agency) to %j',
    (ppkConflicted, agencyKind, roles) => {
      expect(rolesFor({ kind: 'ppk_follow_up' }, { ppkConflicted, agencyKind })).toEqual(roles);
    },
  );
});
