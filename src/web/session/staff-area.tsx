import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useSession } from './session-context';

/**
 * Gate of the /staf pages: only a staff member past both factors sees them; anyone else goes to sign-in and
 * comes back after. The API checks every call itself; this only spares a page of 401 errors.
 */
export function StaffArea() {
  const { session, loadError, refresh } = useSession();
  const location = useLocation();
  if (!session) {
    return loadError ? <ErrorState error={loadError} onRetry={() => void refresh()} /> : <LoadingState />;
  }
  if (session.stage !== 'mfa_ok') {
    return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
