import crypto from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
// A full 128-bit tag: a shorter tag given at open time would weaken the integrity check.
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random 96-bit IV: `v1.<iv>.<tag>.<ciphertext>` (base64url). `context` is bound as
 * associated data (e.g. `totp:<user id>`), so a sealed value copied onto another row does not open there.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

export class SealedBoxError extends Error {
  override name = 'SealedBoxError';
}

/** Opens a value made by `seal`; throws SealedBoxError on a wrong key, a wrong context or tampering. */
export function open(key: Buffer, sealed: string, context: string): string {
  const [version, iv, tag, body, extra] = sealed.split('.');
  if (
    version !== VERSION ||
    iv === undefined ||
    tag === undefined ||
    body === undefined ||
    extra !== undefined
  ) {
    throw new SealedBoxError('not a sealed value');
  }
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new SealedBoxError('sealed value does not open with this key and context');
  }
}
