import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal, SealedBoxError } from './sealed-box';

const key = crypto.randomBytes(32);

describe('sealed box (AES-256-GCM)', () => {
  it('opens what it sealed with the same key and context', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'totp:u1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(key, sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same text differently each time (random IV)', () => {
    expect(seal(key, 'same', 'c')).not.toBe(seal(key, 'same', 'c'));
  });

  it('refuses another key, another context, and a tampered value', () => {
    const sealed = seal(key, 'secret', 'totp:u1');
    expect(() => open(crypto.randomBytes(32), sealed, 'totp:u1')).toThrow(SealedBoxError);
    expect(() => open(key, sealed, 'totp:u2')).toThrow(SealedBoxError);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => open(key, parts.join('.'), 'totp:u1')).toThrow(SealedBoxError);
    expect(() => open(key, 'plain text', 'totp:u1')).toThrow(SealedBoxError);
  });
});
