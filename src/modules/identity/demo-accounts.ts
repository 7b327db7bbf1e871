import crypto from 'node:crypto';
import { Secret } from 'otpauth';
import type { CreateUserInput } from './schema';

/** Public on purpose: demo accounts exist to be tried, and every API response flags them (`isDemo`). */
export const DEMO_PASSWORD = 'netra-demo-2024';

/** One account per role, with a scope that shows what the role sees (Purbalingga: REFERENCE.md §2.2). */
export const DEMO_ACCOUNTS: CreateUserInput[] = [
  { email: 'admin@demo.netra.id', name: 'Demo Admin', role: 'admin', scope: {} },
  {
    email: 'bawaslu.staf@demo.netra.id',
    name: 'Demo Staf Bawaslu Kab. Purbalingga',
    role: 'bawaslu_staf',
    scope: { bawasluLevel: 'kabkota', regionCode: '33.03' },
  },
  {
    email: 'bawaslu.pimpinan@demo.netra.id',
    name: 'Demo Pimpinan Bawaslu Provinsi Jawa Tengah',
    role: 'bawaslu_pimpinan',
    scope: { bawasluLevel: 'provinsi', regionCode: '33' },
  },
  {
    email: 'bkn.analis@demo.netra.id',
    name: 'Demo Analis BKN Kanreg I',
    role: 'bkn_analis',
    scope: { bknOffice: 'kanreg-1' },
  },
  {
    email: 'bkn.pejabat@demo.netra.id',
    name: 'Demo Pejabat BKN Pusat',
    role: 'bkn_pejabat',
    scope: { bknOffice: 'pusat' },
  },
  {
    email: 'ppk.staf@demo.netra.id',
    name: 'Demo Staf PPK Pemkab Purbalingga',
    role: 'ppk_staf',
    scope: { agencyCode: 'pemda-33.03' },
  },
  {
    email: 'supervisor.kemendagri@demo.netra.id',
    name: 'Demo Pengawas Kemendagri',
    role: 'supervisor_kemendagri',
    scope: { regionCode: null },
  },
  {
    email: 'supervisor.kemenpanrb@demo.netra.id',
    name: 'Demo Pengawas KemenPANRB',
    role: 'supervisor_kemenpanrb',
    scope: {},
  },
  {
    email: 'ombudsman@demo.netra.id',
    name: 'Demo Ombudsman Perwakilan Jawa Tengah',
    role: 'ombudsman_pengawas',
    scope: { regionCode: '33' },
  },
  {
    email: 'custodian@demo.netra.id',
    name: 'Demo Kustodian Identitas Pelapor',
    role: 'custodian',
    scope: {},
  },
];

/** A fixed TOTP seed per demo account, so the printed secret works on every fresh install. */
export function demoTotpSecret(email: string): string {
  return Secret.fromHex(crypto.createHash('sha1').update(`netra-demo-totp:${email}`).digest('hex')).base32;
}
