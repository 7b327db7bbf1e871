// Open311 Service Discovery (wiki.open311.org/Service_Discovery): where the GeoReport v2 endpoint is and what it
// speaks. Netra serves one production endpoint, read-only.
import type { GeoReportDiscovery } from './schema';

/** When this endpoint's contract last changed (`changeset`): bump it with any change clients would notice. */
export const DISCOVERY_CHANGESET = '2026-12-06T00:00:00+07:00';

export function presentDiscovery(origin: string, prefix: string): GeoReportDiscovery {
  return {
    changeset: DISCOVERY_CHANGESET,
    contact: `Netra, ${origin}/`,
    key_service: 'Reads need no key; Netra takes no service requests over Open311 (reports go to Bawaslu).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${origin}${prefix}`,
        changeset: DISCOVERY_CHANGESET,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
