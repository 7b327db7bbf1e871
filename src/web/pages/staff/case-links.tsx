import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffRole } from '../../../modules/identity/schema';
import { canReadCases, canRecordFinding, canUsePpkPortal } from '../cases/case-roles';

/** Staff home's links to case handling, by role: the inbox, recording a temuan, the PPK portal. */
export function CaseLinks({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const links = [
    ...(canUsePpkPortal(role)
      ? [{ to: '/staf/ppk', label: t('nav.ppkPortal'), body: t('staffHome.ppkBody') }]
      : []),
    ...(canReadCases(role)
      ? [{ to: '/staf/kasus', label: t('nav.cases'), body: t('staffHome.casesBody') }]
      : []),
    ...(canRecordFinding(role)
      ? [{ to: '/staf/kasus/baru', label: t('cases.newFinding.title'), body: t('staffHome.findingBody') }]
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="staff-cases">
      <Title order={2} id="staff-cases" mb="sm">
        {t('staffHome.casesTitle')}
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
