import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/use-language';
import { actionLabel, stateLabel } from './case-labels';

/** The events of intakes, which are not workflow actions (POST /api/cases and /api/cases/:id/intakes). */
const INTAKE_EVENT_LABELS: Record<
  string,
  | 'cases.timeline.createReport'
  | 'cases.timeline.createFinding'
  | 'cases.timeline.addReport'
  | 'cases.timeline.addFinding'
> = {
  create_report: 'cases.timeline.createReport',
  create_finding: 'cases.timeline.createFinding',
  add_report: 'cases.timeline.addReport',
  add_finding: 'cases.timeline.addFinding',
};
import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { EventInput } from './event-input';
import type { CodeFieldOptions } from './use-case-reference';
import { roleLabel } from './role-label';

type CaseEvent = CaseDetail['events'][number];

// The flags a transition raises for BKN (TransitionFlag in src/modules/cases/transition-checks.ts).
const FLAG_KEYS = {
  decree_differs_from_recommendation: 'cases.flags.decree_differs_from_recommendation',
  sanction_differs_from_proposal: 'cases.flags.sanction_differs_from_proposal',
  followed_up_by_supervisor: 'cases.flags.followed_up_by_supervisor',
} as const;

function MovedText({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const to = stateLabel(event.toState, language);
  if (!event.fromState) return <>{t('cases.timeline.opened', { to })}</>;
  if (event.fromState === event.toState) return <>{t('cases.timeline.stayed', { state: to })}</>;
  return <>{t('cases.timeline.moved', { from: stateLabel(event.fromState, language), to })}</>;
}

/** The case's history, oldest first: when, who (role), what, the state it moved from and to, flags, input. */
export function CaseTimeline({
  events,
  codeOptions,
}: {
  events: CaseEvent[];
  codeOptions: CodeFieldOptions;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="case-timeline">
      <Title order={2} size="h3" id="case-timeline" mb="sm">
        {t('cases.timeline.title')}
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((e) => (
          <Card key={e.seq} component="li" withBorder padding="md" data-testid="timeline-event">
            <Group gap="xs" justify="space-between" align="baseline">
              <Text fw={700}>
                {actionLabel(e.action, language) ??
                  t(INTAKE_EVENT_LABELS[e.action] ?? 'cases.timeline.createFinding')}
              </Text>
              <Text size="sm" component="time" dateTime={e.at}>
                {formatDateTime(e.at, language)}
              </Text>
            </Group>
            <Text size="sm">
              {roleLabel(e.actorRole, t)} · <MovedText event={e} />
            </Text>
            {e.flags.length > 0 && (
              <Group gap={4} mt={4}>
                {e.flags.map((f) => (
                  <Badge key={f} color="#8a4b00" variant="outline" radius="sm" tt="none">
                    {f in FLAG_KEYS ? t(FLAG_KEYS[f as keyof typeof FLAG_KEYS]) : f}
                  </Badge>
                ))}
              </Group>
            )}
            <EventInput action={e.action} input={e.input} codeOptions={codeOptions} />
          </Card>
        ))}
      </Stack>
    </section>
  );
}
