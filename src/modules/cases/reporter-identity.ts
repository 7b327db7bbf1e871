// Sealing a reporter's identity at rest (ARCHITECTURE.md §6: "encrypted at rest with a key the database does not
// hold"). Server only: the key never leaves the process, the clear identity never reaches SQL, the audit trail,
// the case events or the logs.
import type { Config } from '../../config';
import { deriveKey, open, resolveSecretKey, seal } from '../../platform/crypto';
import { ZReporterIdentity, type ReporterIdentity } from './reporter-api-schema';

/** The key that seals reporter identities, derived from the master secret for this purpose only. */
export function reporterIdentityKey(config: Pick<Config, 'secretKey' | 'dataDir' | 'database'>): Buffer {
  return reporterIdentityKeyFrom(resolveSecretKey(config));
}

export function reporterIdentityKeyFrom(master: Buffer): Buffer {
  return deriveKey(master, 'reporter-identity');
}

// The case and the reporter row are bound into the seal: a sealed identity copied onto another reporter (or
// another case) does not open there, so nobody with write access to the table can swap reporters unnoticed.
const contextOf = (caseId: string, reporterId: string) => `reporter-identity:${caseId}:${reporterId}`;

export function sealReporterIdentity(
  key: Buffer,
  ids: { caseId: string; reporterId: string },
  identity: ReporterIdentity,
): string {
  return seal(key, JSON.stringify(identity), contextOf(ids.caseId, ids.reporterId));
}

/** Throws SealedBoxError when the value was tampered with, copied from another row, or sealed with another key. */
export function openReporterIdentity(
  key: Buffer,
  ids: { caseId: string; reporterId: string },
  sealed: string,
): ReporterIdentity {
  return ZReporterIdentity.parse(JSON.parse(open(key, sealed, contextOf(ids.caseId, ids.reporterId))));
}
