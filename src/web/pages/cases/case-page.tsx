import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useStaffUser } from '../../session/session-context';
import { AddIntake } from './add-intake-form';
import { CaseActions } from './case-actions';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { CaseDocuments } from './case-documents';
import { CaseNotice, type Notice } from './case-notice';
import { CaseIntakes, CaseSubjects } from './case-parties';
import { canAddIntake } from './case-roles';
import { CaseSummary } from './case-summary';
import { CaseTimeline } from './case-timeline';
import { useCodeFieldOptions } from './use-case-reference';
import { DeadlineClock } from './deadline-clock';

/** Moves focus to the page's heading, so a screen reader starts again from the top after a step. */
function focusHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}

/**
 * One case: summary, deadline, the steps the user may take now, subjects, intakes (with the form to add one),
 * documents and history.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useStaffUser();
  const wasCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<Notice | null>(wasCreated ? { kind: 'created' } : null);
  const { data, error, isLoading, reload } = useApi<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
  useEffect(() => setNotice(wasCreated ? { kind: 'created' } : null), [id, wasCreated]);
  // Loaded once for the summary and every event of the timeline: the names of the codes a case records, whole.
  const codeOptions = useCodeFieldOptions(Number.POSITIVE_INFINITY);

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const title = t('cases.page.title', { reference: data.referenceNumber });
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/staf/kasus" size="sm">
          {t('cases.page.back')}
        </Anchor>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <div aria-live="polite">{isLoading && <LoadingState label={t('cases.page.reloading')} />}</div>
        <CaseNotice notice={notice} referenceNumber={data.referenceNumber} />
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CaseSummary detail={data} codeOptions={codeOptions} />
        <DeadlineClock clock={data.deadline} />
      </SimpleGrid>
      <CaseActions
        detail={data}
        onResult={(result, action) => {
          setNotice(result === 'done' ? { kind: 'done', action } : { kind: 'conflict' });
          reload();
          focusHeading();
        }}
        onDocumentsChanged={reload}
      />
      <CaseSubjects subjects={data.subjects} />
      <CaseIntakes caseId={data.id} intakes={data.intakes}>
        {user && canAddIntake(user.role, data.state) && (
          <AddIntake
            detail={data}
            onResult={(result) => {
              setNotice(result.kind === 'added' ? { kind: 'intakeAdded', intake: result.intake } : result);
              reload();
              focusHeading();
            }}
          />
        )}
      </CaseIntakes>
      <CaseDocuments
        caseId={data.id}
        documents={data.documents}
        canUpload={data.abilities.length > 0}
        onUploaded={reload}
      />
      <CaseTimeline events={data.events} codeOptions={codeOptions} />
    </Stack>
  );
}
