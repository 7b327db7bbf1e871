import type { Config } from '../../config';
import { deriveKey, open, resolveSecretKey, seal } from '../../platform/crypto';

/** Keys the identity module uses, derived from the one master secret key. */
export interface IdentityKeys {
  totp: Buffer;
  /** HMAC key binding CSRF tokens to a session (the same on every node). */
  csrf: Buffer;
}

export function identityKeys(config: Pick<Config, 'secretKey' | 'dataDir' | 'database'>): IdentityKeys {
  return identityKeysFrom(resolveSecretKey(config));
}

export function identityKeysFrom(master: Buffer): IdentityKeys {
  return { totp: deriveKey(master, 'totp-seed'), csrf: deriveKey(master, 'csrf-token') };
}

// The user id is bound into the seal, so a sealed seed copied to another user's row does not open there.
export function sealTotpSecret(keys: IdentityKeys, userId: string, secretBase32: string): string {
  return seal(keys.totp, secretBase32, `totp:${userId}`);
}

export function openTotpSecret(keys: IdentityKeys, userId: string, sealed: string): string {
  return open(keys.totp, sealed, `totp:${userId}`);
}
