import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term and its value inside a <dl>. */
export function DescriptionRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap="xs" mb="xs" align="baseline" wrap="wrap">
      <Text component="dt" fw={600}>
        {term}:
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Group>
  );
}
