import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { SubmitCancelButtons } from '../../components/submit-cancel-buttons';
import { FormError } from '../login/form-error';

/**
 * A refusal handler for useSchemaSubmit: a 409 (the case moved on since the page loaded it, or left the desk)
 * goes to `onConflict` for the page to reload; anything else is the form's to show.
 */
export function conflictTo(onConflict: () => void): (error: unknown) => boolean {
  return (error) => {
    if (!(error instanceof ApiError && error.status === 409)) return false;
    onConflict();
    return true;
  };
}

/**
 * The frame of a form opened on the case page (a workflow step, another intake): its heading, focused when the
 * form opens (again when `focusKey` changes), the version it was opened on, the form's alert, its fields
 * (`children`) and the submit/cancel pair.
 */
export function CaseFormCard({
  titleId,
  title,
  lead,
  focusKey,
  onSubmit,
  error,
  submitLabel,
  isSending,
  onCancel,
  children,
}: {
  titleId: string;
  title: string;
  lead: string;
  focusKey?: string;
  onSubmit: (event: FormEvent) => void;
  error: Error | undefined;
  submitLabel: string;
  isSending: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} id={titleId} ref={heading} tabIndex={-1} mb="xs" style={{ outline: 'none' }}>
        {title}
      </Title>
      <Text size="sm" mb="md">
        {lead}
      </Text>
      <form onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
        <Stack gap="md">
          <FormError error={error} />
          {children}
          <SubmitCancelButtons submitLabel={submitLabel} sending={isSending} cancel={{ onClick: onCancel }} />
        </Stack>
      </form>
    </Card>
  );
}
