import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { z } from 'zod';

/**
 * A typed code (agency code) applied on Enter or on leaving the field, once the schema accepts it: a half-typed
 * code never reaches the server as a 400.
 */
export function CodeFilter({
  label,
  hint,
  invalidText,
  value,
  schema,
  onApply,
}: {
  label: string;
  hint: string;
  invalidText: string;
  value: string;
  schema: z.ZodType;
  onApply: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const [isInvalid, setInvalid] = useState(false);
  useEffect(() => setText(value), [value]);
  const apply = () => {
    const next = text.trim();
    const ok = next === '' || schema.safeParse(next).success;
    setInvalid(!ok);
    if (ok && next !== value) onApply(next);
  };
  return (
    <TextInput
      label={label}
      description={hint}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      error={isInvalid ? invalidText : undefined}
      w={220}
    />
  );
}
