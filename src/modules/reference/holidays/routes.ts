import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors/app-error';
import { pickLanguage } from '../../../platform/i18n/language';
import { outOfRangeError } from '../reference-errors';
import { findHolidays, findHolidayYears } from './queries';
import { ZHolidayList, ZHolidaysQuery } from './schema';

/** Public, read-only: national holidays and cuti bersama (non-working days for ASN deadlines). */
export const holidayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/holidays',
    {
      schema: {
        tags: ['reference'],
        summary: 'National holidays, cuti bersama and voting-day holidays',
        querystring: ZHolidaysQuery,
        response: { 200: ZHolidayList },
      },
    },
    async (request) => {
      const years = await findHolidayYears(app.ctx.db.pool);
      if (!years) throw new AppError('UNAVAILABLE');
      const { year } = request.query;
      if (year !== undefined && (year < years.first || year > years.last)) {
        // A year outside the data would silently look like a year without holidays.
        throw outOfRangeError(
          'querystring.year',
          years.first,
          years.last,
          pickLanguage(request.headers['accept-language']),
        );
      }
      return {
        firstYear: years.first,
        lastYear: years.last,
        items: await findHolidays(app.ctx.db.pool, year),
      };
    },
  );
};
