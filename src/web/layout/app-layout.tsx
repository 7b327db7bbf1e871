import { AppShell, Box, Container } from '@mantine/core';
import { useDisclosure, useReducedMotion } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SiteNavigation } from './site-navigation';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

/** Landmarks in reading order: skip link, header, navigation, main, footer. */
export function AppLayout() {
  const [isMenuOpen, { toggle, close }] = useDisclosure(false);
  // WCAG 2.3.3: the phone menu appears without sliding for people who asked their system for less motion.
  const reduceMotion = useReducedMotion();
  useFocusOnNavigate();
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isMenuOpen } }}
        padding={0}
        transitionDuration={reduceMotion ? 0 : 200}
      >
        <SiteHeader isMenuOpen={isMenuOpen} onToggleMenu={toggle} />
        <SiteNavigation onNavigate={close} />
        {/* A div, not AppShell's own <main>, so the footer sits outside the main landmark. */}
        <AppShell.Main renderRoot={(props: Record<string, unknown>) => <div {...props} />}>
          <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
            <Container size="lg" py="lg" px="md">
              <Outlet />
            </Container>
          </Box>
          <SiteFooter />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
