import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../modules/reference/schema';

// Text colours with at least 4.5:1 contrast on white (Mantine's yellow-9 has only 3:1).
const COLOR: Record<Confidence, string> = { verified: 'teal.9', secondary: '#8a4b00', unverified: 'red.9' };

/** How sure a reference fact is (REFERENCE.md: ✅ verified, ⚠️ secondary, ❓ unverified), in words and colour. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    // Never cut to "TERVERIFIK…" in a narrow column: the label keeps its full width.
    <Badge
      color={COLOR[confidence]}
      variant="outline"
      radius="sm"
      tt="none"
      style={{ flexShrink: 0 }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`confidence.${confidence}`)}
    </Badge>
  );
}
