// The public statistics' filters checked against the reference data: a code that names nothing answers 400
// naming the parameter, rather than an empty, misleading table.
import type { Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import type { Language } from '../../../platform/i18n/language';
import { electionExists, regionExists, unknownValueError } from '../../reference';

export interface KnownFilters {
  election?: string | undefined;
  province?: string | undefined;
  regency?: string | undefined;
  asOf?: string | undefined;
}

export async function assertKnownFilters(
  db: Queryable,
  q: KnownFilters,
  lang: Language,
  today: string,
): Promise<void> {
  if (q.asOf && q.asOf > today)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'querystring.asOf', message: `must not be after today (${today})` }],
    });
  if (q.election && !(await electionExists(db, q.election)))
    throw unknownValueError('querystring.election', q.election, lang);
  if (q.province && !(await regionExists(db, q.province, 'province')))
    throw unknownValueError('querystring.province', q.province, lang);
  if (q.regency && !(await regionExists(db, q.regency, 'regency')))
    throw unknownValueError('querystring.regency', q.regency, lang);
}
