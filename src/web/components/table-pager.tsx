import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Showing 21–40 of 514" and page buttons, each with a spoken name. */
export function TablePager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels = {
    first: t('common.firstPage'),
    previous: t('common.previousPage'),
    next: t('common.nextPage'),
    last: t('common.lastPage'),
  };
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" aria-live="polite">
        {t('common.showing', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onPage}
            size="sm"
            siblings={1}
            getItemProps={(n) => ({ 'aria-label': t('common.page', { page: n }) })}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
          />
        </nav>
      )}
    </Group>
  );
}
