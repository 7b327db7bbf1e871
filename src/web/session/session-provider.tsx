import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, apiPost, setCsrfSource } from '../api/api-client';
import { SessionContext, type SessionApi } from './session-context';
import type { LoginResult, SessionState } from '../../modules/identity/schema';

/** Holds the staff session (GET /api/auth/session) and the login, TOTP and logout calls. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState | undefined>(undefined);
  const [loadError, setLoadError] = useState<Error | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const next = await apiGet<SessionState>('/api/auth/session');
      setCsrfSource(next.csrfToken);
      setSession(next);
      setLoadError(undefined);
    } catch (err) {
      setLoadError(err instanceof Error ? err : new Error(String(err)));
    }
  }, []);

  useEffect(() => {
    setCsrfSource(undefined, refresh);
    void refresh();
  }, [refresh]);

  const api = useMemo<SessionApi>(
    () => ({
      session,
      loadError,
      refresh,
      login: async (email, password) => {
        const result = await apiPost<LoginResult>('/api/auth/login', { email, password });
        // Login may rotate the session and its CSRF token.
        await refresh();
        return result;
      },
      verifyTotp: async (code) => {
        await apiPost('/api/auth/totp', { code });
        await refresh();
      },
      logout: async () => {
        await apiPost('/api/auth/logout');
        await refresh();
      },
    }),
    [session, loadError, refresh],
  );

  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}
