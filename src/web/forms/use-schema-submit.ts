import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/api-error';
import type { SchemaForm } from './use-schema-form';

export interface SchemaSubmit {
  submit: (event: FormEvent) => void;
  /** A refusal not told beside the fields (or told there and more), for the form's alert. */
  error: Error | undefined;
  isSending: boolean;
}

/**
 * Submitting a schema form: validate with the schema, send, and show the server's refusal — a 400 with fields
 * beside its fields only, anything else in the form's alert. `onRefusal` sees a refusal first and returns true
 * when it took care of it (the action form's 409: the case moved on).
 */
export function useSchemaSubmit<S extends z.ZodObject>(
  form: SchemaForm<S>,
  opts: {
    /** Where the schema's fields sit in the server's field paths (`body.`, `body.input.`). */
    pathPrefix: string;
    send: (input: z.output<S>) => Promise<unknown>;
    onRefusal?: (error: unknown) => boolean;
  },
): SchemaSubmit {
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isSending, setSending] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const input = form.validate();
    if (!input) return;
    setSending(true);
    opts
      .send(input)
      .catch((err: unknown) => {
        if (opts.onRefusal?.(err)) return;
        const isShownByField = form.showApiErrors(err, opts.pathPrefix);
        if (isShownByField && err instanceof ApiError && err.status === 400) return;
        setError(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => setSending(false));
  };
  return { submit, error, isSending };
}
