import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CreditLink {
  label: string;
  href: string;
}

/** One data source: what Netra takes from it, its credit line, its licence, and links to both. */
export function DataCredit({
  title,
  credit,
  body,
  links,
  children,
}: {
  title: string;
  credit: string;
  body: string;
  links: CreditLink[];
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="article">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text fw={600}>{credit}</Text>
        <Text size="sm">{body}</Text>
        {links.map((link) => (
          <Anchor key={link.href} href={link.href} size="sm" target="_blank" rel="noopener noreferrer">
            {link.label}
          </Anchor>
        ))}
        {children}
      </Stack>
    </Card>
  );
}
