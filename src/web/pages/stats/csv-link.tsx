import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Downloads exactly the table beside it as CSV; the spoken name says which table. */
export function CsvLink({ href, tableName }: { href: string; tableName: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} download aria-label={t('stats.downloadCsvOf', { table: tableName })}>
      {t('stats.downloadCsv')}
    </Anchor>
  );
}
