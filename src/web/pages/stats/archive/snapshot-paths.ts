/** Where a published snapshot lives: its page, its JSON and its CSV. */
export const snapshotPagePath = (id: string) => `/statistik/arsip/${encodeURIComponent(id)}`;
export const snapshotApiPath = (id: string) => `/api/public/stats/snapshots/${encodeURIComponent(id)}`;
export const snapshotCsvPath = (id: string) => `/api/public/stats/snapshots/${encodeURIComponent(id)}.csv`;
