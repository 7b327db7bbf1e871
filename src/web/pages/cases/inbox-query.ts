import { CASE_SORTS } from '../../../modules/cases/case-api-schema';
import { withQuery } from '../../api/api-client';
import { DUE_SOON_DAYS } from './deadline-status';

export const INBOX_TABS = ['mine', 'due_soon', 'overdue', 'all'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

/** The URL parameters of the inbox's filters, passed to GET /api/cases under the same names. */
export const FILTER_PARAMS = [
  'electionId',
  'regionCode',
  'agencyCode',
  'state',
  'violationFormCode',
  'phaseCode',
  'q',
] as const;

export function inboxTab(value: string): InboxTab {
  return (INBOX_TABS as readonly string[]).includes(value) ? (value as InboxTab) : 'mine';
}

export function pageSizeOf(value: string): number {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : PAGE_SIZES[0];
}

export function sortOf(value: string): (typeof CASE_SORTS)[number] {
  return (CASE_SORTS as readonly string[]).includes(value)
    ? (value as (typeof CASE_SORTS)[number])
    : 'due_on';
}

/** `today` plus `days` calendar days (YYYY-MM-DD). */
function addDays(today: string, days: number): string {
  const d = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * GET /api/cases for the inbox as the address bar describes it (`get` reads a URL parameter, '' when unset).
 * Tabs: my tasks (mine), due within DUE_SOON_DAYS and not yet overdue, overdue, or all.
 */
export function inboxApiPath(get: (name: string) => string, page: number, today: string): string {
  const tab = inboxTab(get('tab'));
  const filters = Object.fromEntries(FILTER_PARAMS.map((name) => [name, get(name)]));
  const byTab: Record<InboxTab, Record<string, string>> = {
    mine: { mine: 'true' },
    due_soon: { overdue: 'false', dueBefore: addDays(today, DUE_SOON_DAYS) },
    overdue: { overdue: 'true' },
    all: {},
  };
  return withQuery('/api/cases', {
    ...filters,
    ...byTab[tab],
    sort: sortOf(get('sort')),
    page,
    pageSize: pageSizeOf(get('pageSize')),
  });
}
