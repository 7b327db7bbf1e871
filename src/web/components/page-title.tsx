import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { MAIN_CONTENT_ID } from '../layout/skip-link';

/**
 * The page's one h1, also the document title. It takes focus after navigation (tabIndex -1), see
 * use-focus-on-navigate.ts. A page that shows its heading only once its code or data has loaded finds focus
 * parked on <main> by then, and takes it over.
 */
export function PageTitle({ children, documentTitle }: { children: ReactNode; documentTitle: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle} · Netra`;
  }, [documentTitle]);
  useEffect(() => {
    if (document.activeElement?.id === MAIN_CONTENT_ID) heading.current?.focus();
  }, []);
  return (
    // Focused only by script, never by Tab: no focus ring, as on a freshly loaded page.
    <Title order={1} ref={heading} tabIndex={-1} mb="md" style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
