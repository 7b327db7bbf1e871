import { AppError } from '../errors/app-error';

export type CalendarErrorKind = 'outside_coverage' | 'negative_days' | 'invalid_date';

/**
 * A date calculation the calendar refuses. It is a BAD_REQUEST (400): the date or the day count came from a
 * person (a report's date of knowledge, an admin's deadline rule), and a deadline computed without holiday data
 * would be silently wrong. `kind` lets callers tell the cases apart without parsing messages.
 */
export class CalendarError extends AppError {
  override name = 'CalendarError';
  readonly kind: CalendarErrorKind;

  constructor(kind: CalendarErrorKind, reason: string) {
    super('BAD_REQUEST', { message: reason, params: { reason } });
    this.kind = kind;
  }
}
