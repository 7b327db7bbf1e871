import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ZCaseInboxQuery } from '../../../modules/cases/case-api-schema';
import { CASE_STATES } from '../../../modules/cases/schema';
import { SearchBox } from '../../components/search-box';
import { useLanguage } from '../../i18n/use-language';
import type { ListParams } from '../../routing/use-list-params';
import { RegionPicker } from '../reference/region-picker';
import { stateLabel } from './case-labels';
import { CodeFilter } from './code-filter';
import { PAGE_SIZES, pageSizeOf, sortOf } from './inbox-query';
import { useElectionOptions, usePhaseOptions, useViolationFormOptions } from './use-case-reference';

/** The inbox's filters and sort, each kept in the address bar (list.setFilters goes back to page 1). */
export function InboxFilters({ list }: { list: ListParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const elections = useElectionOptions();
  const electionId = list.get('electionId');
  const phases = usePhaseOptions(electionId);
  const forms = useViolationFormOptions();
  const any = { value: '', label: t('cases.filters.any') };
  const select = (name: string, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      label={label}
      value={list.get(name)}
      onChange={(e) => list.setFilters({ [name]: e.currentTarget.value })}
      data={[any, ...data]}
      maw={320}
    />
  );
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('cases.filters.label')}>
      <SearchBox
        label={t('cases.filters.q')}
        value={list.get('q')}
        // The server looks for at least two characters; one would be refused.
        onSearch={(q) => list.setFilters({ q: q.length >= 2 ? q : '' })}
      />
      <NativeSelect
        label={t('cases.filters.election')}
        value={electionId}
        onChange={(e) => list.setFilters({ electionId: e.currentTarget.value, phaseCode: '' })}
        data={[any, ...elections]}
        maw={320}
      />
      {electionId && select('phaseCode', t('cases.filters.phase'), phases)}
      <RegionPicker
        value={list.get('regionCode')}
        onChange={(code) => list.setFilters({ regionCode: code })}
      />
      <CodeFilter
        label={t('cases.filters.agency')}
        hint={t('cases.filters.agencyHint')}
        invalidText={t('caseForm.messages.agencyCode')}
        value={list.get('agencyCode')}
        schema={ZCaseInboxQuery.shape.agencyCode}
        onApply={(agencyCode) => list.setFilters({ agencyCode })}
      />
      {select(
        'state',
        t('cases.filters.state'),
        CASE_STATES.map((s) => ({ value: s, label: stateLabel(s, language) })),
      )}
      {select('violationFormCode', t('cases.filters.category'), forms)}
      <NativeSelect
        label={t('cases.filters.sort')}
        value={sortOf(list.get('sort'))}
        onChange={(e) => list.setFilters({ sort: e.currentTarget.value })}
        data={[
          { value: 'due_on', label: t('cases.filters.sortDue') },
          { value: 'updated_at', label: t('cases.filters.sortUpdated') },
          { value: 'created_at', label: t('cases.filters.sortCreated') },
        ]}
      />
      <NativeSelect
        label={t('cases.filters.pageSize')}
        value={String(pageSizeOf(list.get('pageSize')))}
        onChange={(e) => list.setFilters({ pageSize: e.currentTarget.value })}
        data={PAGE_SIZES.map(String)}
      />
    </Group>
  );
}
