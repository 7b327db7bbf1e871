import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// RFC 6238 with what every authenticator app assumes by default: SHA-1, 6 digits, 30-second steps.
const PARAMS = { issuer: 'Netra', algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Accept the previous and the next step too (±30 s of clock drift between phone and server). */
const WINDOW = 1;

function totpOf(secretBase32: string, label = 'netra'): TOTP {
  return new TOTP({ ...PARAMS, label, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh 160-bit seed (RFC 4226 §4 recommends 160 bits), base32-encoded. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an authenticator app reads from the QR code. */
export function totpUrl(secretBase32: string, email: string): string {
  return totpOf(secretBase32, email).toString();
}

export function totpQrSvg(otpauthUrl: string): Promise<string> {
  return QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The time step a code belongs to, or null when it matches none within the window. */
export function matchTotp(secretBase32: string, code: string, at: Date): number | null {
  const totp = totpOf(secretBase32);
  const delta = totp.validate({ token: code, timestamp: at.getTime(), window: WINDOW });
  if (delta === null) return null;
  return totp.counter({ timestamp: at.getTime() }) + delta;
}

/** The current code for a seed (demo printouts and tests). */
export function totpCodeAt(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}

/** What the first-login screen shows: the seed to type, and the same as a URL and a QR code to scan. */
export async function enrolmentOffer(
  secretBase32: string,
  email: string,
): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
  const otpauthUrl = totpUrl(secretBase32, email);
  return { secret: secretBase32, otpauthUrl, qrSvg: await totpQrSvg(otpauthUrl) };
}
