import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { CountingDate } from './counting-date';

/** One block of figures: its heading, the day it counts to, its controls (view, CSV) and its content. */
export function FigureBlock({
  id,
  title,
  counting,
  controls,
  children,
  isBusy = false,
}: {
  id: string;
  title: string;
  counting: ComponentProps<typeof CountingDate> | undefined;
  controls?: ReactNode;
  children: ReactNode;
  isBusy?: boolean;
}) {
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      aria-busy={isBusy}
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      style={{ opacity: isBusy ? 0.6 : 1, minWidth: 0 }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {counting && <CountingDate {...counting} />}
        </Stack>
        {controls && (
          <Group gap="sm" align="center">
            {controls}
          </Group>
        )}
      </Group>
      {children}
    </Paper>
  );
}
