import { z } from 'zod';
import type { Language } from '../i18n/language';
import type { FieldError } from '../errors/app-error';

const locales = { id: z.locales.id(), en: z.locales.en() };

interface ValidationLike {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

type LocaleIssue = Parameters<ReturnType<typeof z.locales.en>['localeError']>[0];

function localeText(lang: Language, issue: LocaleIssue): string | undefined {
  const out = locales[lang].localeError(issue);
  if (typeof out === 'string') return out;
  return out?.message;
}

/**
 * Turns zod validation errors (as fastify-type-provider-zod reports them) into `fields` in the caller's
 * language. zod's default messages are re-rendered with its Indonesian or English locale; a message a schema
 * set itself is kept as written.
 */
export function validationFields(errors: ValidationLike[], context: string, lang: Language): FieldError[] {
  return errors.map((e) => {
    const pathParts = e.instancePath.split('/').filter(Boolean);
    const issue = { code: e.keyword, path: pathParts, ...(e.params ?? {}) } as unknown as LocaleIssue;
    const defaultEn = localeText('en', issue);
    const isDefault = e.message === undefined || e.message === defaultEn;
    const message = isDefault
      ? (localeText(lang, issue) ?? e.message ?? e.keyword)
      : (e.message ?? e.keyword);
    return { path: [context, ...pathParts].join('.'), message };
  });
}
