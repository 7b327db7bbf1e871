import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/counts';
import { useLanguage } from '../i18n/use-language';

/**
 * "Showing 21–40 of 514" and page buttons, each with a spoken name. With `totalIsLowerBound` (the server stopped
 * counting), "of 1,020+": the buttons reach the last counted page, and the next count starts from there.
 */
export function TablePager({
  page,
  pageSize,
  total,
  totalIsLowerBound = false,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound?: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
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
        {t('common.showing', {
          from: formatCount(from, language),
          to: formatCount(to, language),
          total: formatCount(total, language, totalIsLowerBound),
        })}
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
