import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface LinkCard {
  to: string;
  label: string;
  body: string;
}

/** A titled section of link cards (staff home: case handling, reference pages). */
export function LinkCardSection({ id, title, links }: { id: string; title: string; links: LinkCard[] }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {links.map((link) => (
          <Card key={link.to} withBorder padding="lg" component="article">
            <Title order={3} size="h4" mb="xs">
              <Anchor component={Link} to={link.to} inherit>
                {link.label}
              </Anchor>
            </Title>
            <Text size="sm">{link.body}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
