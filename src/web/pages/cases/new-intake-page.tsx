import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { apiPost } from '../../api/api-client';
import { PageTitle } from '../../components/page-title';
import { setAt, type FormValues } from '../../forms/form-values';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { useStaffUser } from '../../session/session-context';
import { FormError } from '../login/form-error';
import { canRecordIntake } from './case-roles';
import { jakartaToday } from './deadline-status';
import { INTAKE_FORMS, toIntakeInput, type IntakeKind } from './intake-forms';
import { IntakeKindChoice } from './intake-kind-choice';
import { useElectionOptions, useViolationFormOptions } from './use-case-reference';
import { SubmitCancelButtons } from '../../components/submit-cancel-buttons';

/** Today as the day of the intake, and the officer's own kabupaten/kota as the place. */
function seedIntake(regionCode: string | null) {
  return (values: FormValues) => {
    let next = setAt(values, ['intake', 'receivedOn'], jakartaToday());
    if (regionCode && regionCode.length > 2) next = setAt(next, ['regionCode'], regionCode);
    return next;
  };
}

/**
 * Records a laporan (brought by a member of the public, staff-assisted) or a temuan (Bawaslu's own finding) as a
 * new case, with a form generated from the kind's schema; what was typed stays when the kind changes.
 */
export function NewIntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useStaffUser();
  const scopeRegion = user && 'regionCode' in user.scope ? user.scope.regionCode : null;
  const [kind, setKind] = useState<IntakeKind>('temuan');
  const { schema, name } = INTAKE_FORMS[kind];
  const form = useSchemaForm<typeof schema>(schema, name, seedIntake(scopeRegion));
  const elections = useElectionOptions();
  const forms = useViolationFormOptions();
  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.',
    send: (input) =>
      apiPost<CaseDetail>('/api/cases', toIntakeInput(kind, input)).then((created) =>
        navigate(`/staf/kasus/${created.id}`, { state: { created: true } }),
      ),
  });
  if (!user) return null;
  if (!canRecordIntake(user.role)) return <Text role="alert">{t('cases.newIntake.notAllowed')}</Text>;

  return (
    <Stack gap="md" maw={760}>
      <div>
        <PageTitle documentTitle={t('cases.newIntake.title')}>{t('cases.newIntake.title')}</PageTitle>
        <Text>{t(`cases.newIntake.lead.${kind}`)}</Text>
      </div>
      <form onSubmit={submit} noValidate aria-label={t('cases.newIntake.title')}>
        <Stack gap="md">
          <FormError error={error} />
          <IntakeKindChoice kind={kind} form={form} onChange={setKind} />
          <SchemaFields
            form={form}
            optionsFor={(field) =>
              field === 'electionId' ? elections : field === 'violationFormCodes' ? forms : undefined
            }
          />
          <SubmitCancelButtons
            submitLabel={t(`cases.newIntake.submit.${kind}`)}
            sending={isSending}
            cancel={{ to: '/staf/kasus' }}
          />
        </Stack>
      </form>
    </Stack>
  );
}
