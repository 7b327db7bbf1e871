import type { IdentityKeys } from './identity-keys';
import { openTotpSecret } from './identity-keys';
import { abilitiesOf } from './policy';
import { presentSessionUser } from './present';
import type { LoadedSession } from './require-staff';
import type { SessionState } from './schema';
import { enrolmentOffer } from './totp';

/** GET /api/auth/session: who is signed in, how far, and what they may do. */
export async function sessionState(
  session: LoadedSession | null,
  csrfToken: string,
  keys: IdentityKeys,
): Promise<SessionState> {
  if (!session) return { csrfToken, user: null, stage: 'anonymous', mustEnrolTotp: false, abilities: [] };
  const user = presentSessionUser(session.user);
  if (session.row.stage === 'mfa_ok') {
    return { csrfToken, user, stage: 'mfa_ok', mustEnrolTotp: false, abilities: abilitiesOf(user) };
  }
  const pending = session.user.totp_secret_sealed === null ? session.row.pending_totp_sealed : null;
  if (!pending) return { csrfToken, user, stage: 'password_ok', mustEnrolTotp: false, abilities: [] };
  // A reload during enrolment shows the same QR code again instead of sending the person back to the password.
  const enrolment = await enrolmentOffer(openTotpSecret(keys, session.user.id, pending), session.user.email);
  return { csrfToken, user, stage: 'password_ok', mustEnrolTotp: true, enrolment, abilities: [] };
}
