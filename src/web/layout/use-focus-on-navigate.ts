import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_CONTENT_ID } from './skip-link';

/**
 * After a client-side navigation, moves focus to the new page's heading (or main), as a full page load would
 * reset it; screen readers then announce the new page. The first render keeps the browser's own focus.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  // Compared with the last path rather than a "first run" flag: StrictMode runs effects twice on mount.
  const lastPath = useRef(pathname);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    const frame = requestAnimationFrame(() => {
      const main = document.getElementById(MAIN_CONTENT_ID);
      const heading = main?.querySelector<HTMLElement>('h1');
      (heading ?? main)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
