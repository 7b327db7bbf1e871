// The language of a public answer: a CSV link's `lang=` (a download cannot set a header), else Accept-Language.
import type { FastifyRequest } from 'fastify';
import { pickLanguage, type Language } from '../../platform/i18n/language';

export function requestLanguage(request: FastifyRequest): Language {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return lang === 'id' || lang === 'en' ? lang : pickLanguage(request.headers['accept-language']);
}
