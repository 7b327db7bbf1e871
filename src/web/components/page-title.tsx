import { Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/**
 * The page's one h1, also the document title. It takes focus after navigation (tabIndex -1), see
 * use-focus-on-navigate.ts.
 */
export function PageTitle({ children, documentTitle }: { children: ReactNode; documentTitle: string }) {
  useEffect(() => {
    document.title = `${documentTitle} · Netra`;
  }, [documentTitle]);
  return (
    // Focused only by script, never by Tab: no focus ring, as on a freshly loaded page.
    <Title order={1} tabIndex={-1} mb="md" style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
