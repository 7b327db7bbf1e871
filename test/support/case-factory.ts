// Cases for integration tests: a valid temuan body and helpers to drive a case through the API.
import { expect } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CaseDetail } from '../../src/modules/cases';
import { PLACEHOLDER_DOCUMENT_ID, VALID_INPUTS } from '../../src/modules/cases/workflow-test-fixtures';
import { uploadDocument, withDocument } from './case-documents';
import type { StaffSession } from './staff-session';

/** Mon 4 Nov 2024, 10:00 WIB: during the Pilkada 2024 campaign (25 Sep – 23 Nov 2024). */
export const CASE_TEST_NOW = new Date('2024-11-04T03:00:00Z');

/** A temuan in Purbalingga (33.03) for Pilkada 2024: a village head campaigning on 1 Nov 2024. */
export function findingBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    electionId: 'pilkada-2024',
    regionCode: '33.03',
    agencyCode: 'pemda-33.03',
    act: { date: '2024-11-01', place: 'Balai Desa Karangreja, Kec. Kutasari' },
    violationFormCodes: ['pp94-5n-1'],
    intake: {
      channel: 'patrol',
      receivedOn: '2024-11-02',
      summary: 'Pengawas desa mendapati kepala seksi kecamatan berkampanye untuk salah satu paslon.',
    },
    subjects: [
      {
        name: 'Budi Santoso',
        nip: '198001012005011001',
        agencyCode: 'pemda-33.03',
        jabatan: 'Kepala Seksi Pemerintahan Kecamatan',
        jabatanClass: 'pengawas',
        asnType: 'pns',
      },
    ],
    ...over,
  };
}

/** Creates a case through POST /api/cases as `session` (a Bawaslu user); throws unless 201. */
export async function createCaseAs(
  app: FastifyInstance,
  session: StaffSession,
  body: Record<string, unknown> = findingBody(),
): Promise<CaseDetail> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: session.headers,
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`createCaseAs: ${res.statusCode} ${res.body}`);
  return res.json<CaseDetail>();
}

/**
 * POST /api/cases/:id/actions/:action with a valid input for the action unless one is given; the placeholder
 * document id of VALID_INPUTS becomes a PDF uploaded for the step by the same session.
 */
export async function actOn(
  app: FastifyInstance,
  session: StaffSession,
  c: Pick<CaseDetail, 'id' | 'version'>,
  action: keyof typeof VALID_INPUTS,
  input: Record<string, unknown> = VALID_INPUTS[action],
): Promise<LightMyRequestResponse> {
  const payloadInput = await withDocument(input, async () => {
    const res = await uploadDocument(app, session, c.id);
    // Out of scope or a read-only role cannot upload: keep the placeholder so the action answers for itself.
    return res.statusCode === 201 ? res.json<{ id: string }>().id : PLACEHOLDER_DOCUMENT_ID;
  });
  return app.inject({
    method: 'POST',
    url: `/api/cases/${c.id}/actions/${action}`,
    headers: session.headers,
    payload: { expectedVersion: c.version, input: payloadInput },
  });
}

/** actOn that must succeed: asserts 200 (naming the action and the answer) and returns the case. */
export async function stepOk(
  app: FastifyInstance,
  session: StaffSession,
  c: Pick<CaseDetail, 'id' | 'version'>,
  action: keyof typeof VALID_INPUTS,
  input?: Record<string, unknown>,
): Promise<CaseDetail> {
  const res = await actOn(app, session, c, action, input);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json<CaseDetail>();
}

export function getCase(
  app: FastifyInstance,
  session: StaffSession,
  id: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'GET',
    url: `/api/cases/${id}`,
    headers: { cookie: session.headers.cookie ?? '' },
  });
}
