import { createContext, useContext } from 'react';
import type { LoginResult, SessionState, StaffAction } from '../../modules/identity/schema';

export interface SessionApi {
  /** Undefined until the first answer of GET /api/auth/session. */
  session: SessionState | undefined;
  loadError: Error | undefined;
  refresh: () => Promise<void>;
  login: (email: string, password: string) => Promise<LoginResult>;
  verifyTotp: (code: string) => Promise<void>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<SessionApi | undefined>(undefined);

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession must be used inside <SessionProvider>');
  return api;
}

/** The signed-in staff user once both factors passed, else null. */
export function useStaffUser(): SessionState['user'] {
  const { session } = useSession();
  return session?.stage === 'mfa_ok' ? session.user : null;
}

/** Whether the signed-in user may take `action` (the server sends its policy's answer as `abilities`). */
export function useCan(action: StaffAction): boolean {
  const { session } = useSession();
  return session?.stage === 'mfa_ok' && session.abilities.includes(action);
}
