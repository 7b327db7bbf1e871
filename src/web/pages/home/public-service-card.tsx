import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ComingSoonBadge } from '../../components/coming-soon-badge';

/** One public service on the home page (report, track, statistics) with its state. */
export function PublicServiceCard({
  to,
  title,
  body,
  isComingSoon,
}: {
  to: string;
  title: string;
  body: string;
  isComingSoon: boolean;
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
    </Card>
  );
}
