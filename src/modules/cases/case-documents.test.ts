// Case documents over HTTP: upload (sniffed, size-capped, scoped), download, citing them in steps, and what the
// agency side may read of Bawaslu's file (no reporter identity, ever).
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, tinyPdf, uploadDocument } from '../../../test/support/case-documents';
import { actOn, CASE_TEST_NOW, createCaseAs, getCase, stepOk } from '../../../test/support/case-factory';
import { signInAs, type StaffSession } from '../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { BlobStore } from '../../platform/blobs/blob-store';
import type { CaseDetail, CaseDocument } from './case-api-schema';
import { VALID_INPUTS } from './workflow-test-fixtures';

let t: TestApp;
const s = {} as Record<
  'staf' | 'pimpinan' | 'analis' | 'pejabat' | 'ppk' | 'ombudsman' | 'otherKab',
  StaffSession
>;
const REPORTER = 'Rahmat Hidayatullah';
let atPpk: CaseDetail; // a case awaiting the PPK, with Bawaslu's and BKN's documents

const step = (
  session: StaffSession,
  c: CaseDetail,
  action: keyof typeof VALID_INPUTS,
  input?: Record<string, unknown>,
) => stepOk(t.app, session, c, action, input);

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  const kab = { bawasluLevel: 'kabkota', regionCode: '33.03' };
  s.staf = await signInAs(t.app, 'bawaslu_staf', kab);
  s.pimpinan = await signInAs(t.app, 'bawaslu_pimpinan', kab);
  s.analis = await signInAs(t.app, 'bkn_analis', { bknOffice: 'kanreg-1' });
  s.pejabat = await signInAs(t.app, 'bkn_pejabat', { bknOffice: 'pusat' });
  s.ppk = await signInAs(t.app, 'ppk_staf', { agencyCode: 'pemda-33.03' });
  s.ombudsman = await signInAs(t.app, 'ombudsman_pengawas', { regionCode: '33' });
  s.otherKab = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.01' });
  let c = await createCaseAs(t.app, s.staf);
  c = await step(s.staf, c, 'register_case');
  // The reporter is invited to clarification: their name is in Bawaslu's record.
  c = await step(s.staf, c, 'start_clarification', {
    invitees: [{ name: REPORTER, role: 'reporter' }],
    scheduledOn: '2024-11-05',
  });
  c = await step(s.staf, c, 'complete_clarification');
  c = await step(s.staf, c, 'submit_to_plenary');
  c = await step(s.pimpinan, c, 'forward_to_bkn');
  c = await step(s.analis, c, 'start_verification');
  c = await step(s.analis, c, 'submit_recommendation_draft');
  atPpk = await step(s.pejabat, c, 'recommend_proven');
});
afterAll(async () => {
  await t?.destroy();
});

const detail = async (who: StaffSession, id = atPpk.id) => (await getCase(t.app, who, id)).json<CaseDetail>();
const download = (who: StaffSession, caseId: string, docId: string) =>
  t.app.inject({
    url: `/api/cases/${caseId}/documents/${docId}/content`,
    headers: { cookie: who.headers.cookie ?? '' },
  });

describe('uploading a document', () => {
  it('stores a PDF under its SHA-256, lists it on the case and gives the same bytes back', async () => {
    const content = tinyPdf();
    const res = await uploadDocument(t.app, s.staf, atPpk.id, {
      kind: 'minutes',
      name: '../../BA Klarifikasi.pdf',
      content,
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json<CaseDocument>();
    expect(doc).toMatchObject({
      kind: 'minutes',
      fileName: 'BA Klarifikasi.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: crypto.createHash('sha256').update(content).digest('hex'),
      uploadedByRole: 'bawaslu_staf',
    });
    expect((await detail(s.staf)).documents.map((d) => d.id)).toContain(doc.id);
    const back = await download(s.staf, atPpk.id, doc.id);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-disposition']).toBe("attachment; filename*=UTF-8''BA%20Klarifikasi.pdf");
    expect(back.rawPayload.equals(content)).toBe(true);
  });

  it('refuses a file that is not really a PDF, JPEG or PNG, whatever its name and declared type, and keeps none of it', async () => {
    const content = Buffer.from('MZ\x90\x00 not a pdf at all');
    const res = await uploadDocument(t.app, s.staf, atPpk.id, { content });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ path: 'file' }] } });
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    expect(await BlobStore.inDataDir(t.config.dataDir).has(sha256)).toBe(false);
  });

  it('refuses a file over 10 MB with 413 and an unknown kind with 400 naming the field', async () => {
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await uploadDocument(t.app, s.staf, atPpk.id, { content: big })).statusCode).toBe(413);
    const bad = await uploadDocument(t.app, s.staf, atPpk.id, { kind: 'selfie' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'kind' }] } });
  });

  it('refuses a request without a file, or not multipart, with 400', async () => {
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${atPpk.id}/documents`,
      headers: { ...s.staf.headers, 'content-type': 'application/json' },
      payload: { kind: 'letter' },
    });
    expect(noFile.statusCode).toBe(400);
    const body = multipartBody(
      { kind: 'letter' },
      { name: 'x.pdf', type: 'application/pdf', content: tinyPdf() },
    );
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${atPpk.id}/documents`,
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect([401, 403]).toContain(anonymous.statusCode);
  });

  it('answers 404 outside the uploader’s scope and 403 to the read-only Ombudsman', async () => {
    expect((await uploadDocument(t.app, s.otherKab, atPpk.id)).statusCode).toBe(404);
    expect((await uploadDocument(t.app, s.ombudsman, atPpk.id)).statusCode).toBe(403);
  });
});

describe('citing documents in a step', () => {
  it('refuses a document of another case, naming documentIds', async () => {
    const other = await createCaseAs(t.app, s.staf);
    const foreign = (await uploadDocument(t.app, s.staf, other.id)).json<CaseDocument>();
    const res = await actOn(t.app, s.ppk, atPpk, 'record_sanction_decree', {
      ...VALID_INPUTS.record_sanction_decree,
      documentIds: [foreign.id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'body.input.documentIds' }] } });
  });
});

describe('what the agency side reads', () => {
  it('shows the PPK the steps Bawaslu took but not what Bawaslu recorded, nor its documents', async () => {
    const ppkView = await detail(s.ppk);
    const staffView = await detail(s.staf);
    const bawasluEvents = ppkView.events.filter((e) => e.actorRole.startsWith('bawaslu_'));
    expect(bawasluEvents.length).toBeGreaterThan(0);
    for (const e of bawasluEvents) expect(e).toMatchObject({ input: null, inputRedacted: true });
    const bknEvent = ppkView.events.find((e) => e.action === 'recommend_proven');
    expect(bknEvent).toMatchObject({ inputRedacted: false });
    expect(bknEvent?.input).not.toBeNull();

    const bawasluDocs = staffView.documents.filter((d) => d.uploadedByRole.startsWith('bawaslu_'));
    expect(bawasluDocs.length).toBeGreaterThan(0);
    expect(ppkView.documents.filter((d) => d.uploadedByRole.startsWith('bawaslu_'))).toEqual([]);
    expect(ppkView.documents.some((d) => d.uploadedByRole.startsWith('bkn_'))).toBe(true);
    const first = bawasluDocs[0];
    if (first) expect((await download(s.ppk, atPpk.id, first.id)).statusCode).toBe(404);
    expect(JSON.stringify(staffView)).toContain(REPORTER);
    expect(JSON.stringify(ppkView)).not.toContain(REPORTER);
    expect(JSON.stringify(await detail(s.ombudsman))).not.toContain(REPORTER);
  });
});
