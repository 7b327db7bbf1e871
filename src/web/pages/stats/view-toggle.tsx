import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type FigureView = 'chart' | 'table';

/** Chart or table: the table is the same numbers, and the way in for screen readers and copying. */
export function ViewToggle({
  value,
  onChange,
  label,
}: {
  value: FigureView;
  onChange: (view: FigureView) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v === 'table' ? 'table' : 'chart')}
      data={[
        { value: 'chart', label: t('stats.view.chart') },
        { value: 'table', label: t('stats.view.table') },
      ]}
    />
  );
}
