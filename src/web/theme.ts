import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Netra's theme. Shades are picked for WCAG 2.1 AA contrast on white: the default blue-6 and dimmed gray-6 fall
 * near 3.3:1, blue-8 (#1971c2) and gray-7 (#495057) pass 4.5:1 for body text.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  // System fonts only: the CSP allows no external font host.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  // WCAG 2.3.3: no sliding menus for people who asked their system for less motion.
  respectReducedMotion: true,
  defaultRadius: 'sm',
  headings: { fontWeight: '700' },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Text of "light" buttons and the current menu item: blue-8 on the light tint is 4.4:1, blue-9 is 5.3:1.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
