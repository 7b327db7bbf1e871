import type { Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { withTransaction } from '../../../src/db/database';
import { createUser } from '../../../src/modules/identity/actions/create-user';
import { ZCreateUserInput, type StaffRole } from '../../../src/modules/identity/schema';
import { createTestUser, DEFAULT_SCOPES, TEST_PASSWORD } from '../../support/staff-session';
import type { BrowserSession } from './browser-session';
import { visible } from './screen';

export interface StaffAccount {
  email: string;
  password: string;
  name: string;
}

/** A staff account made through the identity module's create-user action (the same path as the admin screen). */
export async function aStaffAccount(
  s: BrowserSession,
  role: StaffRole,
  opts: { isDemo?: boolean } = {},
): Promise<StaffAccount> {
  const app = s.app.app;
  if (!opts.isDemo) {
    const { email, password } = await createTestUser(app, role);
    return { email, password, name: `Test ${role}` };
  }
  const email = `demo.${role.replace(/_/g, '.')}.${Date.now()}@test.netra.id`;
  const name = `Demo ${role}`;
  const input = ZCreateUserInput.parse({ email, name, role, scope: DEFAULT_SCOPES[role] });
  await withTransaction(app.ctx.db.pool, (tx) =>
    createUser(tx, {
      actor: { id: null, label: 'test' },
      input,
      now: app.ctx.now(),
      options: { password: TEST_PASSWORD, isDemo: true },
    }),
  );
  return { email, password: TEST_PASSWORD, name };
}

/** The code an authenticator app would show at `at` (now) for a base32 secret. */
export function currentTotp(secret: string, at: Date = new Date()): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at.getTime() });
}

/** Waits for the next 30-second TOTP step: the server refuses a code from a step it has already accepted. */
export async function nextTotpStep(): Promise<void> {
  const ms = 30_000 - (Date.now() % 30_000) + 500;
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Types e-mail and password on the sign-in page (Indonesian UI) and presses Lanjut. */
export async function enterPassword(page: Page, account: StaffAccount): Promise<void> {
  await page.getByLabel('Alamat surel').fill(account.email);
  await page.getByLabel(/^Kata sandi/).fill(account.password);
  await page.getByRole('button', { name: 'Lanjut' }).click();
}

/** Reads the secret shown under the QR code, as a person typing it into their app would. */
export async function readEnrolmentSecret(page: Page): Promise<string> {
  const shown = await (await visible(page.getByTestId('totp-secret'))).innerText();
  return shown.replace(/\s/g, '');
}

/**
 * Password, authenticator enrolment and first code of a new account, on the sign-in page; the caller waits for
 * the page it lands on (the welcome page, or the /staf page that sent it to sign in). `now` is the app's clock
 * when a test has moved it: the server checks the code at its own time.
 */
export async function enrolAndSignIn(
  page: Page,
  account: StaffAccount,
  now: () => Date = () => new Date(),
): Promise<string> {
  await enterPassword(page, account);
  await visible(page.getByRole('heading', { name: 'Pasang autentikator' }));
  const secret = await readEnrolmentSecret(page);
  await page.getByLabel('Kode 6 digit').fill(currentTotp(secret, now()));
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  return secret;
}

/** First sign-in of a new account through the screens: password, enrol the authenticator, code. */
export async function signInFirstTime(
  page: Page,
  account: StaffAccount,
  now: () => Date = () => new Date(),
): Promise<string> {
  const secret = await enrolAndSignIn(page, account, now);
  await visible(page.getByRole('heading', { level: 1, name: `Selamat datang, ${account.name}` }));
  return secret;
}

/**
 * A later sign-in of an enrolled account, on the sign-in page: password, then the code its authenticator shows
 * at `now`. The caller waits for the page it lands on.
 */
export async function signInAgain(
  page: Page,
  account: StaffAccount,
  secret: string,
  now: () => Date = () => new Date(),
): Promise<void> {
  await enterPassword(page, account);
  await visible(page.getByRole('heading', { name: 'Kode autentikator' }));
  await page.getByLabel('Kode 6 digit').fill(currentTotp(secret, now()));
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}
