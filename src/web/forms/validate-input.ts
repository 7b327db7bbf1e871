import { z } from 'zod';
import type { Language } from '../../platform/i18n/language';
import type { ApiFieldError } from '../api/api-error';

/** Messages by field path (`reason`, `subjects.0.name`); '' or an unknown path is for the whole form. */
export type FieldErrors = Record<string, string>;

/** Plain words for the mistakes people make in a form (zod's own say "Too small: expected string …"). */
export interface IssueTexts {
  required: string;
  choose: string;
  tick: string;
  minChars: (n: number) => string;
  maxChars: (n: number) => string;
  minItems: (n: number) => string;
  maxItems: (n: number) => string;
}

const LOCALES = { id: z.locales.id(), en: z.locales.en() };

type Issue = Parameters<z.core.$ZodErrorMap>[0];

function plainWords(issue: Issue, texts: IssueTexts): string | undefined {
  const isEmpty = issue.input === '' || issue.input === undefined;
  switch (issue.code) {
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return isEmpty ? texts.required : texts.minChars(n);
      return issue.origin === 'array' ? texts.minItems(n) : undefined;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return texts.maxChars(n);
      return issue.origin === 'array' ? texts.maxItems(n) : undefined;
    }
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] === true ? texts.tick : texts.choose;
    case 'invalid_type':
      return isEmpty ? texts.required : undefined;
    default:
      return undefined;
  }
}

/**
 * Parses `input` with the same schema the server uses. Common mistakes get plain words (`texts`), the rest
 * zod's own message in the UI language; a message the schema wrote itself (English) goes through `translate`.
 */
export function validateInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  opts: { language: Language; texts: IssueTexts; translate: (message: string) => string },
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(input, {
    error: (issue) => plainWords(issue, opts.texts) ?? LOCALES[opts.language].localeError(issue),
  });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= opts.translate(issue.message);
  }
  return { ok: false, errors };
}

/**
 * The server's `fields` as form errors: `body.input.reason` (an action) or `body.subjects.0.name` (a new case)
 * become `reason` and `subjects.0.name`. The server has already put its messages in the UI language.
 */
export function apiFieldErrors(fields: ApiFieldError[], prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    const key = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : '';
    errors[key] ??= f.message;
  }
  return errors;
}
