// The state a subject counts under in the funnel, in SQL: the case's state, except that an ASN who left the service
// before BKN recommended anything counts as closed without a decision (funnel.ts UNRECOMMENDED_INACTIVE). Each
// read knows "recommended by then" its own way (a sanction on the aggregate, a date against the event or the day).
import { UNRECOMMENDED_INACTIVE } from '../funnel';

/** `state` is an SQL expression; `unrecommended` an SQL condition, true when BKN had not recommended by then. */
export function funnelStateSql(state: string, unrecommended: string): string {
  return `CASE WHEN ${state} = 'subject_inactive' AND (${unrecommended}) THEN '${UNRECOMMENDED_INACTIVE}'
               ELSE ${state} END`;
}
