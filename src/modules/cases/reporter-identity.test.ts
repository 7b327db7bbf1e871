import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, SealedBoxError } from '../../platform/crypto';
import { openReporterIdentity, reporterIdentityKeyFrom, sealReporterIdentity } from './reporter-identity';

const master = crypto.randomBytes(32);
const key = reporterIdentityKeyFrom(master);
const ids = { caseId: crypto.randomUUID(), reporterId: crypto.randomUUID() };
const identity = { name: 'Siti Rahmawati', nik: '3303014507900002', phone: '0812 3456 7890' };

describe('sealed reporter identity', () => {
  it('opens for the case and reporter it was sealed for, and holds no clear text', () => {
    const sealed = sealReporterIdentity(key, ids, identity);
    for (const value of Object.values(identity)) expect(sealed).not.toContain(value);
    expect(openReporterIdentity(key, ids, sealed)).toEqual(identity);
  });

  it('does not open on another reporter, another case, or under another key', () => {
    const sealed = sealReporterIdentity(key, ids, identity);
    expect(() => openReporterIdentity(key, { ...ids, reporterId: crypto.randomUUID() }, sealed)).toThrow(
      SealedBoxError,
    );
    expect(() => openReporterIdentity(key, { ...ids, caseId: crypto.randomUUID() }, sealed)).toThrow(
      SealedBoxError,
    );
    expect(() => openReporterIdentity(reporterIdentityKeyFrom(crypto.randomBytes(32)), ids, sealed)).toThrow(
      SealedBoxError,
    );
  });

  it('uses a key of its own, not the TOTP or CSRF key of the same master secret', () => {
    // The purposes identity-keys.ts derives from the same master secret.
    const [totp, csrf] = [deriveKey(master, 'totp-seed'), deriveKey(master, 'csrf-token')];
    expect(key.equals(totp) || key.equals(csrf)).toBe(false);
    expect(() => openReporterIdentity(totp, ids, sealReporterIdentity(key, ids, identity))).toThrow(
      SealedBoxError,
    );
  });
});
