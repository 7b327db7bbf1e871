import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** "Wilayah › Jawa Tengah › Kabupaten Purbalingga": the way back up, the last crumb being this page. */
export function ReferenceBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs mb="xs" separator="›">
        {crumbs.map((c) =>
          c.to ? (
            <Anchor key={c.label} component={Link} to={c.to} size="sm">
              {c.label}
            </Anchor>
          ) : (
            <Text key={c.label} size="sm" aria-current="page">
              {c.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
