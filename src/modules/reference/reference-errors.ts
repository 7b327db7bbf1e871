import { AppError } from '../../platform/errors/app-error';
import type { Language } from '../../platform/i18n/language';

/**
 * A well-formed filter value that names nothing we know (an election id, a province): a 400 on that field,
 * so the caller learns which input was wrong rather than getting an empty list.
 */
export function unknownValueError(path: string, value: string, lang: Language): AppError {
  const message = lang === 'id' ? `Nilai tidak dikenal: ${value}` : `Unknown value: ${value}`;
  return new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
}

export function outOfRangeError(path: string, min: number, max: number, lang: Language): AppError {
  const message = lang === 'id' ? `Harus antara ${min} dan ${max}` : `Must be between ${min} and ${max}`;
  return new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
}
