import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ComingSoonBadge } from '../../components/coming-soon-badge';

/** One public service on the home page (report, track, statistics) with its state, and its pages if several. */
export function PublicServiceCard({
  to,
  title,
  body,
  isComingSoon,
  links = [],
}: {
  to: string;
  title: string;
  body: string;
  isComingSoon: boolean;
  links?: { to: string; label: string }[];
}) {
  return (
    <Card withBorder padding="lg" component="article">
      <Stack gap={6} align="flex-start" mb="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={to} inherit>
            {title}
          </Anchor>
        </Title>
        {isComingSoon && <ComingSoonBadge />}
      </Stack>
      <Text size="sm">{body}</Text>
      {links.length > 0 && (
        <List size="sm" spacing={4} mt="sm" aria-label={title}>
          {links.map((link) => (
            <List.Item key={link.to}>
              <Anchor component={Link} to={link.to} size="sm">
                {link.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
