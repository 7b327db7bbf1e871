import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CASE_ACTION_IDS, type CaseActionId } from '../../../modules/cases/schema';
import { useLanguage } from '../../i18n/use-language';
import { ActionForm, type ActionResult } from './action-form';
import { actionLabel } from './case-labels';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';

/** The action open in the address bar (?langkah=register_case), if the user may take it now. */
function useOpenAction(abilities: CaseActionId[]) {
  const [params, setParams] = useSearchParams();
  const value = params.get('langkah') ?? '';
  const open = (CASE_ACTION_IDS as readonly string[]).includes(value) ? (value as CaseActionId) : null;
  const setOpen = (action: CaseActionId | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (action) next.set('langkah', action);
        else next.delete('langkah');
        return next;
      },
      { replace: action === null },
    );
  return [open && abilities.includes(open) ? open : null, setOpen] as const;
}

/** The steps the user may take now (the server's `abilities`), each opening its generated form. */
export function CaseActions({
  detail,
  onResult,
  onDocumentsChanged,
}: {
  detail: CaseDetail;
  onResult: (result: ActionResult, action: CaseActionId) => void;
  onDocumentsChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useOpenAction(detail.abilities);
  const close = (action: CaseActionId) => {
    setOpen(null);
    requestAnimationFrame(() => document.getElementById(`action-${action}`)?.focus());
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="case-actions">
      <Card withBorder padding="lg">
        <Title order={2} size="h3" id="case-actions" mb="sm">
          {t('cases.actions.title')}
        </Title>
        {detail.abilities.length === 0 ? (
          <Text>{t('cases.actions.none')}</Text>
        ) : (
          <Group gap="sm">
            {detail.abilities.map((a) => (
              <Button
                key={a}
                id={`action-${a}`}
                variant={open === a ? 'filled' : 'light'}
                aria-expanded={open === a}
                aria-controls={open === a ? 'action-form' : undefined}
                onClick={() => setOpen(open === a ? null : a)}
              >
                {actionLabel(a, language) ?? a}
              </Button>
            ))}
          </Group>
        )}
      </Card>
      {open && (
        <div id="action-form">
          <ActionForm
            key={open}
            detail={detail}
            action={open}
            onResult={(result) => {
              if (result === 'done') setOpen(null);
              onResult(result, open);
            }}
            onCancel={() => close(open)}
            onDocumentsChanged={onDocumentsChanged}
          />
        </div>
      )}
    </Stack>
  );
}
