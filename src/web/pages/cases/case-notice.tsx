import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseActionId } from '../../../modules/cases/schema';
import { useLanguage } from '../../i18n/use-language';
import { actionLabel } from './case-labels';
import type { IntakeKind } from './intake-forms';

export type Notice =
  | { kind: 'created' }
  | { kind: 'done'; action: CaseActionId }
  | { kind: 'intakeAdded'; intake: IntakeKind }
  | { kind: 'conflict' };

/**
 * What just happened on the page: the case recorded, a step taken, another laporan or temuan added, or a change
 * refused as the case had moved on.
 */
export function CaseNotice({ notice, referenceNumber }: { notice: Notice | null; referenceNumber: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!notice) return null;
  if (notice.kind === 'conflict') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('cases.notice.conflictTitle')}>
        {t('cases.notice.conflict')}
      </Alert>
    );
  }
  const text =
    notice.kind === 'created'
      ? t('cases.notice.created', { reference: referenceNumber })
      : notice.kind === 'intakeAdded'
        ? t(`cases.notice.intakeAdded.${notice.intake}`)
        : t('cases.notice.done', { action: actionLabel(notice.action, language) ?? notice.action });
  return (
    <Alert color="teal" variant="light" role="status">
      {text}
    </Alert>
  );
}
