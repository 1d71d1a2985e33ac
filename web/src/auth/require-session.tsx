import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/loading.js';
import { useSession } from './session.js';

/** The routes behind a login: without a session, the login page, which brings the person back here. */
export function RequireSession() {
  const { user, ended } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    const returnTo = `${location.pathname}${location.search}`;
    const params = new URLSearchParams({ returnTo });
    if (ended) params.set('ended', '1');
    return <Navigate to={`/login?${params.toString()}`} replace />;
  }
  return <Outlet />;
}

/** A route only some roles may open; others see "not found", as the API would answer. */
export function RequireRole({ roles }: { roles: string[] }) {
  const { user } = useSession();
  if (!user || !roles.includes(user.role)) return <Navigate to="/not-found" replace />;
  return <Outlet />;
}
