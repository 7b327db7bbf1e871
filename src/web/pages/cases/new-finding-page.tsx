import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ZCreateFindingInput, type CaseDetail } from '../../../modules/cases/case-api-schema';
import { apiPost } from '../../api/api-client';
import { PageTitle } from '../../components/page-title';
import { setAt, type FormValues } from '../../forms/form-values';
import { SchemaFields } from '../../forms/schema-fields';
import { useSchemaForm } from '../../forms/use-schema-form';
import { useSchemaSubmit } from '../../forms/use-schema-submit';
import { useStaffUser } from '../../session/session-context';
import { FormError } from '../login/form-error';
import { canRecordFinding } from './case-roles';
import { jakartaToday } from './deadline-status';
import { useElectionOptions, useViolationFormOptions } from './use-case-reference';

/** Today as the day the finding is recorded, and the officer's own kabupaten/kota as the place. */
function seedFinding(regionCode: string | null) {
  return (values: FormValues) => {
    let next = setAt(values, ['intake', 'receivedOn'], jakartaToday());
    if (regionCode && regionCode.length > 2) next = setAt(next, ['regionCode'], regionCode);
    return next;
  };
}

/** Records a temuan (Bawaslu's own finding) as a new case, with a form generated from its schema. */
export function NewFindingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useStaffUser();
  const scopeRegion = user && 'regionCode' in user.scope ? user.scope.regionCode : null;
  const form = useSchemaForm(ZCreateFindingInput, 'create_finding', seedFinding(scopeRegion));
  const elections = useElectionOptions();
  const forms = useViolationFormOptions();
  const { submit, error, isSending } = useSchemaSubmit(form, {
    pathPrefix: 'body.',
    send: (input) =>
      apiPost<CaseDetail>('/api/cases', input).then((created) =>
        navigate(`/staf/kasus/${created.id}`, { state: { created: true } }),
      ),
  });
  if (!user) return null;
  if (!canRecordFinding(user.role)) return <Text role="alert">{t('cases.newFinding.notAllowed')}</Text>;

  return (
    <Stack gap="md" maw={760}>
      <div>
        <PageTitle documentTitle={t('cases.newFinding.title')}>{t('cases.newFinding.title')}</PageTitle>
        <Text>{t('cases.newFinding.lead')}</Text>
      </div>
      <form onSubmit={submit} noValidate aria-label={t('cases.newFinding.title')}>
        <Stack gap="md">
          <FormError error={error} />
          <SchemaFields
            form={form}
            optionsFor={(name) =>
              name === 'electionId' ? elections : name === 'violationFormCodes' ? forms : undefined
            }
          />
          <Group>
            <Button type="submit" loading={isSending}>
              {t('cases.newFinding.submit')}
            </Button>
            <Button component={Link} to="/staf/kasus" variant="default">
              {t('caseForm.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
