import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a page or link whose feature is planned but not built yet. */
export function ComingSoonBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray.8" variant="outline" radius="sm">
      {t('common.comingSoon')}
    </Badge>
  );
}
