import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../platform/i18n/language';

const CHOICES: { lang: Language; short: string; name: string }[] = [
  { lang: 'id', short: 'ID', name: 'Bahasa Indonesia' },
  { lang: 'en', short: 'EN', name: 'English' },
];

/** Two toggle buttons, each named in its own language so a screen reader user finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('layout.language')}>
      {CHOICES.map(({ lang, short, name }) => {
        const isCurrent = i18n.language === lang;
        return (
          <Button
            key={lang}
            size="compact-sm"
            variant={isCurrent ? 'filled' : 'default'}
            aria-pressed={isCurrent}
            aria-label={name}
            lang={lang}
            title={name}
            onClick={() => void i18n.changeLanguage(lang)}
          >
            {short}
          </Button>
        );
      })}
    </Group>
  );
}
