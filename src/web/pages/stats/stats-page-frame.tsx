import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiState } from '../../api/use-api';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { StatsNotes, type NotedAnswer } from './stats-notes';

/**
 * What every live statistics page shares: its title and lead, its filters, the loading and error states, and
 * the notes on what the figures count; the page itself only lays out its figures once the answer is in.
 */
export function StatsPageFrame<T extends NotedAnswer>({
  title,
  lead,
  filters,
  notice,
  state: { data, error, isLoading, reload },
  unitNote,
  children,
}: {
  title: string;
  lead: string;
  filters: ReactNode;
  /** Said under the filters before any answer, e.g. that an election must be chosen first. */
  notice?: ReactNode;
  state: ApiState<T>;
  unitNote: string;
  children: (answer: T) => ReactNode;
}) {
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <Text maw={760}>{lead}</Text>
      </div>
      {filters}
      {notice}
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && isLoading && <LoadingState />}
      {data && !error && (
        <>
          <StatsNotes answer={data} unitNote={unitNote} />
          {children(data)}
        </>
      )}
    </Stack>
  );
}
