import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a demo account or a demo record wherever it appears, so nobody takes it for real data. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      // White on #a63a00 is 6.5:1 (Mantine orange-9 is 4.1:1, below WCAG AA for small text).
      color="#a63a00"
      variant="filled"
      radius="sm"
      title={t('account.demoHint')}
      style={{ flexShrink: 0 }}
    >
      {t('account.demo')}
    </Badge>
  );
}
