import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with words, announced politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="md" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label ?? t('common.loading')}</Text>
    </Group>
  );
}
