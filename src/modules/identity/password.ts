import crypto from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id. The enum is a `const enum` in the library's types, which verbatimModuleSyntax cannot
// read, so its value is written here; the `$argon2id$` prefix check in migrations/0003 catches a mistake.
const ARGON2ID: Algorithm = 2;
// argon2id, set explicitly rather than trusting the library default, with OWASP's Password Storage Cheat Sheet
// minimum: m = 19 MiB, t = 2, p = 1.
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check. Called for unknown e-mails and disabled accounts so response time does
 * not tell an attacker which addresses have accounts.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

// No 0/o, 1/l/i: the password is read aloud or copied from a printout.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A generated initial password: 4 groups of 5 characters from 31 symbols ≈ 99 bits. */
export function generateInitialPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
