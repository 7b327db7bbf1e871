// Open311 GeoReport v2 (issue 5 §6): public cases as requests, personal data withheld, GeoReport errors, XML = JSON.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TEST_NOW, createCaseAs, findingBody } from '../../../../test/support/case-factory';
import {
  CaseDriver,
  createDesks,
  PATH_TO_AWAITING_PPK,
  type Desk,
  type Desks,
} from '../../../../test/support/case-driver';
import { signInAs } from '../../../../test/support/staff-session';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import type { CaseActionId } from '../../cases';
import { AppError } from '../../../platform/errors/app-error';
import { registerErrorHandler, sendError } from '../../../platform/http/error-handler';
import { shippedCategories } from '../categories';
import { escapeXml, georeportXml } from './georeport-xml';
import { open311Routes } from './routes';
import {
  ZGeoReportDiscovery,
  ZGeoReportErrors,
  ZGeoReportRequest,
  ZGeoReportService,
  type GeoReportRequest,
} from './schema';

/** Everything personal the cases below hold: none of it may leave through Open311. */
const PERSONAL = [
  'Budi Santoso',
  '198001012005011001',
  'Kepala Seksi Pemerintahan',
  'Karangreja',
  'Kutasari',
  'Pengawas desa mendapati',
  'Siti Pelapor Rahasia',
  '0812 3456 7890',
  'Ahmad Terlapor',
  '197502022000031002',
  'Rumah warga',
  'Kemangkon',
  'Warga melaporkan',
];
const TO_NOT_A_VIOLATION: [Desk, CaseActionId][] = [
  ['staf', 'register_case'],
  ['staf', 'start_assessment'],
  ['staf', 'submit_to_plenary'],
  ['pimpinan', 'decide_not_a_violation'],
];

let t: TestApp;
let app: FastifyInstance;
let centroidsFile: string;
const ref: Record<string, string> = {};
let ppkDueOn: string;

async function open311App(file: string): Promise<FastifyInstance> {
  const a = Fastify().withTypeProvider<ZodTypeProvider>();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  // As in src/server.ts: the app's own error and not-found handlers; the plugin must answer in GeoReport format.
  registerErrorHandler(a);
  await a.register(open311Routes, {
    prefix: '/open311/v2',
    db: t.db.pool,
    now: () => CASE_TEST_NOW,
    centroidsFile: file,
  });
  a.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('NOT_FOUND')));
  await a.ready();
  return a;
}

async function refOf(d: CaseDriver): Promise<string> {
  const { rows } = await t.db.pool.query<{ r: string }>(
    'SELECT reference_number AS r FROM cases WHERE id = $1',
    [d.id],
  );
  return rows[0]?.r ?? '';
}

beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  const desks: Desks = await createDesks(t.app);
  const make = async (
    name: string,
    over: Record<string, unknown>,
    walk: [Desk, CaseActionId][],
    d = desks,
  ) => {
    const c = await (await CaseDriver.create(t.db.pool, d, over)).walk(walk);
    ref[name] = await refOf(c);
    return c;
  };
  const ppk = await make('ppk', {}, PATH_TO_AWAITING_PPK);
  const due = await t.db.pool.query<{ d: string }>('SELECT due_on AS d FROM cases WHERE id = $1', [ppk.id]);
  ppkDueOn = due.rows[0]?.d ?? '';
  const early = (d: string, r: string) => ({
    act: { date: d, place: 'Balai Desa Karangreja, Kec. Kutasari' },
    intake: {
      channel: 'patrol',
      receivedOn: r,
      summary: 'Pengawas desa mendapati kepala seksi berkampanye.',
    },
  });
  await make(
    'closed',
    { ...early('2024-10-18', '2024-10-20'), violationFormCodes: ['skb2022-a2'] },
    TO_NOT_A_VIOLATION,
  );
  await make('received', {}, []);
  await make('invalidated', {}, [
    ['staf', 'register_case'],
    ['pimpinan', 'invalidate_case'],
  ]);
  await make('reopenedUnregistered', {}, [
    ['staf', 'reject_formal'],
    ['pimpinan', 'reopen_at_bawaslu'],
  ]);
  await make('reopened', {}, [...TO_NOT_A_VIOLATION, ['pimpinan', 'reopen_at_bawaslu']]);
  await make('old', early('2024-06-28', '2024-07-01'), [['staf', 'register_case']]);
  await make('demo', {}, [['staf', 'register_case']], { ...desks, staf: { ...desks.staf, isDemo: true } });
  // A laporan from a named reporter, in a kecamatan (published as its kab/kota).
  const session = await signInAs(t.app, 'bawaslu_staf', { bawasluLevel: 'kabkota', regionCode: '33.03' });
  const subject = (findingBody().subjects as Record<string, unknown>[])[0];
  const created = await createCaseAs(
    t.app,
    session,
    findingBody({
      regionCode: '33.03.01',
      act: { date: '2024-11-01', knownOn: '2024-11-02', place: 'Rumah warga di Desa Kemangkon' },
      intake: {
        kind: 'laporan',
        channel: 'walk_in',
        receivedOn: '2024-11-03',
        summary: 'Warga melaporkan ajakan memilih.',
      },
      reporter: { name: 'Siti Pelapor Rahasia', phone: '0812 3456 7890' },
      subjects: [{ ...subject, name: 'Ahmad Terlapor', nip: '197502022000031002' }],
    }),
  );
  const laporan = new CaseDriver(t.db.pool, desks, created.id);
  laporan.version = created.version;
  await laporan.walk([['staf', 'register_case']]);
  ref.laporan = created.referenceNumber;

  centroidsFile = path.join(os.tmpdir(), `netra-centroids-${crypto.randomBytes(6).toString('hex')}.json`);
  fs.writeFileSync(
    centroidsFile,
    JSON.stringify({ '33.03': [109.3637, -7.3886], '33': [110.1403, -7.1509] }),
  );
  app = await open311App(centroidsFile);
});
afterAll(async () => {
  await app?.close();
  await t?.destroy();
  if (centroidsFile) fs.rmSync(centroidsFile, { force: true });
});

const get = (url: string, lang = 'id') =>
  app.inject({ method: 'GET', url: `/open311/v2${url}`, headers: { 'accept-language': lang } });
const requests = async (query = '', lang = 'id') => {
  const res = await get(`/requests.json${query}`, lang);
  expect(res.statusCode, res.body).toBe(200);
  return z_requests(res.json());
};
const z_requests = (body: unknown): GeoReportRequest[] => ZGeoReportRequest.array().parse(body);
const ids = (rs: GeoReportRequest[]) => rs.map((r) => r.service_request_id);
const xml = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (n) => ['request', 'service', 'error'].includes(n),
});
const asXmlText = (r: object) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe('GET requests', () => {
  it('publishes a registered case with every GeoReport field and no personal data', async () => {
    const all = await requests('', 'en');
    const r = all.find((x) => x.service_request_id === ref.ppk);
    const category = shippedCategories().of('pp94-5n-1');
    expect(r).toEqual({
      service_request_id: ref.ppk,
      status: 'open',
      status_notes: 'Awaiting PPK follow-up',
      service_name: category.labelEn,
      service_code: category.code,
      description: `Alleged breach of civil-servant (ASN) neutrality: ${category.labelEn}. Election: Pemilihan Kepala Daerah Serentak 2024. When: campaign period.`,
      agency_responsible: 'Bupati Purbalingga (Pemerintah Kabupaten Purbalingga)',
      service_notice: null,
      requested_datetime: '2024-11-02T00:00:00+07:00',
      updated_datetime: '2024-11-04T00:00:00+07:00',
      expected_datetime: `${ppkDueOn}T23:59:59+07:00`,
      address: 'Kabupaten Purbalingga, Jawa Tengah, Indonesia',
      address_id: '33.03',
      zipcode: null,
      lat: -7.3886,
      long: 109.3637,
      media_url: null,
    });
    const laporan = all.find((x) => x.service_request_id === ref.laporan);
    expect(laporan).toMatchObject({
      address_id: '33.03',
      agency_responsible: 'Bawaslu Kabupaten Purbalingga',
    });
    const bodies = [
      (await get('/requests.json')).body,
      (await get('/requests.xml', 'en')).body,
      (await get(`/requests/${ref.laporan}.json`)).body,
      (await get(`/requests/${ref.ppk}.xml`)).body,
    ];
    for (const body of bodies) for (const p of PERSONAL) expect(body, p).not.toContain(p);
  });

  it('leaves out cases never registered: received, invalidated, reopened without registration', async () => {
    const listed = ids(await requests());
    expect(listed.sort()).toEqual([ref.ppk, ref.closed, ref.reopened, ref.demo, ref.laporan].sort());
    for (const name of ['received', 'invalidated', 'reopenedUnregistered']) {
      const one = await get(`/requests/${ref[name]}.json`);
      expect(one.statusCode, name).toBe(404);
      expect(ZGeoReportErrors.parse(one.json())[0]?.description).toContain(ref[name]);
      expect(ids(await requests(`?service_request_id=${ref[name]}`))).toEqual([]);
    }
  });

  it('orders newest first and pages with page and page_size', async () => {
    const all = await requests();
    const days = all.map((r) => r.requested_datetime);
    expect(days).toEqual([...days].sort().reverse());
    expect(all[0]?.service_request_id).toBe(ref.laporan);
    const p1 = ids(await requests('?page_size=2'));
    const p2 = ids(await requests('?page_size=2&page=2'));
    expect([...p1, ...p2]).toEqual(ids(all).slice(0, 4));
  });

  it('filters by status: open, closed, or both', async () => {
    const closed = await requests('?status=closed', 'en');
    expect(closed).toEqual([
      expect.objectContaining({
        service_request_id: ref.closed,
        status: 'closed',
        status_notes: 'Not a violation',
        agency_responsible: 'Bawaslu Kabupaten Purbalingga',
        expected_datetime: null,
        service_code: 'media_sosial',
      }),
    ]);
    const open = ids(await requests('?status=open'));
    expect(open).not.toContain(ref.closed);
    expect(open).toHaveLength(4);
    expect(ids(await requests('?status=open,closed'))).toHaveLength(5);
    expect(ids(await requests('?status=open&status=closed'))).toHaveLength(5);
  });

  it('filters by service_code, a comma list', async () => {
    expect(ids(await requests('?service_code=media_sosial'))).toEqual([ref.closed]);
    const kampanye = shippedCategories().of('pp94-5n-1').code;
    expect(ids(await requests(`?service_code=${kampanye}`))).not.toContain(ref.closed);
    expect(ids(await requests(`?service_code=media_sosial,${kampanye}`))).toHaveLength(5);
    expect(ids(await requests('?service_code=lainnya'))).toEqual([]);
  });

  it('looks up service_request_id outside the date window (it overrides every other argument)', async () => {
    expect(ids(await requests())).not.toContain(ref.old);
    const found = ids(
      await requests(`?service_request_id=${ref.old},${ref.closed},NTR-2024-999999&status=open`),
    );
    expect(found.sort()).toEqual([ref.old, ref.closed].sort());
    // One bound given: the window runs 90 days from it.
    expect(ids(await requests('?start_date=2024-06-15T00:00:00%2B07:00'))).toEqual([ref.old]);
    expect(ids(await requests('?end_date=2024-07-01'))).toEqual([ref.old]);
  });

  it('marks demo cases', async () => {
    const demo = (await requests()).find((r) => r.service_request_id === ref.demo);
    expect(demo?.description.startsWith('[DEMO] ')).toBe(true);
    expect((await requests()).find((r) => r.service_request_id === ref.ppk)?.description).not.toContain(
      'DEMO',
    );
  });

  it('answers one request by id in JSON and XML, and 404 in GeoReport format for an unknown one', async () => {
    const one = await get(`/requests/${ref.reopened}.json`, 'en');
    expect(one.statusCode).toBe(200);
    expect(z_requests(one.json())).toEqual([
      expect.objectContaining({ status: 'open', status_notes: 'Reopened' }),
    ]);
    const x = await get(`/requests/${ref.reopened}.xml`, 'en');
    expect(x.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(
      (xml.parse(x.body) as { service_requests: { request: object[] } }).service_requests.request,
    ).toEqual(z_requests(one.json()).map(asXmlText));
    for (const url of [
      '/requests/NTR-2024-999999.json',
      '/requests/nonsense.json',
      '/requests/NTR-2024-000001',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(ZGeoReportErrors.parse(res.json())).toHaveLength(1);
    }
    const missingXml = await get('/requests/NTR-2024-999999.xml', 'en');
    expect(missingXml.statusCode).toBe(404);
    expect(xml.parse(missingXml.body)).toEqual({
      errors: {
        error: [{ code: '404', description: 'service request NTR-2024-999999 not found (or not public)' }],
      },
    });
  });

  it('has the same records in XML as in JSON, in a document a parser accepts', async () => {
    for (const lang of ['id', 'en']) {
      const json = await requests('?status=open,closed', lang);
      const res = await get('/requests.xml?status=open,closed', lang);
      expect(res.statusCode).toBe(200);
      expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(XMLValidator.validate(res.body)).toBe(true);
      const parsed = xml.parse(res.body) as { service_requests: { request: object[] } };
      expect(parsed.service_requests.request).toEqual(json.map(asXmlText));
    }
  });
});

describe('bad input', () => {
  it('refuses unknown parameters and codes, wide or reversed ranges and bad dates with 400 naming them', async () => {
    const cases: [string, string][] = [
      ['?colour=red', 'unknown parameter: colour'],
      ['?service_code=media_sosial,shoe_size', 'service_code: unknown value "shoe_size"'],
      ['?start_date=2024-01-01T00:00:00Z&end_date=2024-11-01T00:00:00Z', 'date range exceeds 90 days'],
      ['?start_date=2024-11-01T00:00:00Z&end_date=2024-10-01T00:00:00Z', 'end_date is before start_date'],
      ['?start_date=yesterday', 'start_date: "yesterday" is not a W3C datetime'],
      ['?end_date=2024-02-30T00:00:00Z', 'end_date: "2024-02-30T00:00:00Z" is not a W3C datetime'],
      ['?start_date=2024-10-01T00:00:00', 'start_date'],
      ['?status=pending', 'status: unknown value "pending"'],
      ['?page_size=5000', 'page_size: a whole number from 1 to 1000'],
      ['?page=0', 'page: a whole number'],
      [
        `?service_request_id=${Array.from({ length: 101 }, (_, i) => `NTR-2024-${String(i).padStart(6, '0')}`).join(',')}`,
        'at most 100',
      ],
      ['?service_request_id=42', 'service_request_id: unknown value "42"'],
      ['?start_date=2024-10-01&start_date=2024-10-02', 'start_date'],
    ];
    for (const [query, text] of cases) {
      const res = await get(`/requests.json${query}`, 'en');
      expect(res.statusCode, query).toBe(400);
      const errors = ZGeoReportErrors.parse(res.json());
      expect(errors[0]?.code, query).toBe(400);
      expect(errors.map((e) => e.description).join(' | '), query).toContain(text);
    }
    const xmlRes = await get('/requests.xml?colour=red&size=xl', 'en');
    expect(xmlRes.statusCode).toBe(400);
    expect(xml.parse(xmlRes.body)).toEqual({
      errors: {
        error: [
          { code: '400', description: 'unknown parameter: colour' },
          { code: '400', description: 'unknown parameter: size' },
        ],
      },
    });
    const id = ZGeoReportErrors.parse((await get('/requests.json?colour=red', 'id')).json());
    expect(id[0]?.description).toBe('parameter tidak dikenal: colour');
  });

  it('accepts jurisdiction_id netra (or empty) and api_key, and answers 404 for another jurisdiction', async () => {
    for (const q of ['?jurisdiction_id=netra', '?jurisdiction_id=', '?api_key=abc&jurisdiction_id=netra'])
      expect((await get(`/requests.json${q}`)).statusCode, q).toBe(200);
    for (const url of ['/requests.json', '/services.json', '/services.xml', `/requests/${ref.ppk}.json`]) {
      const res = await get(`${url}?jurisdiction_id=sfgov.org`, 'en');
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('unknown jurisdiction_id');
    }
  });

  it('answers unknown paths and writes as GeoReport errors, not the app shape', async () => {
    const missing = await get('/nothing.json');
    expect(missing.statusCode).toBe(404);
    expect(ZGeoReportErrors.parse(missing.json())[0]?.code).toBe(404);
    const post = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: {} });
    expect(post.statusCode).toBe(405);
    expect(ZGeoReportErrors.parse(post.json())[0]?.code).toBe(405);
    // Outside the prefix the app keeps its own shape.
    expect((await app.inject({ method: 'GET', url: '/elsewhere' })).json()).toHaveProperty(
      'error.code',
      'NOT_FOUND',
    );
  });
});

describe('GET services and discovery', () => {
  it('lists one service per statistics category, named in the caller language, the same in XML', async () => {
    const cats = shippedCategories().all;
    const id = ZGeoReportService.array().parse((await get('/services.json', 'id')).json());
    const en = ZGeoReportService.array().parse((await get('/services.json', 'en')).json());
    expect(id.map((s) => s.service_code)).toEqual(cats.map((c) => c.code));
    expect(id.map((s) => s.service_name)).toEqual(cats.map((c) => c.labelId));
    expect(en.map((s) => s.service_name)).toEqual(cats.map((c) => c.labelEn));
    expect(
      en.every((s) => s.metadata === false && s.type === 'realtime' && s.group === 'netralitas_asn'),
    ).toBe(true);
    const res = await get('/services.xml', 'en');
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect((xml.parse(res.body) as { services: { service: object[] } }).services.service).toEqual(
      en.map(asXmlText),
    );
  });

  it('has no service definitions (metadata is false): 404', async () => {
    const known = await get('/services/media_sosial.json', 'en');
    expect(known.statusCode).toBe(404);
    expect(ZGeoReportErrors.parse(known.json())[0]?.description).toContain('metadata is false');
    const unknown = await get('/services/nope.xml', 'en');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<code>404</code>');
  });

  it('describes itself for service discovery', async () => {
    const d = ZGeoReportDiscovery.parse((await get('/discovery.json')).json());
    expect(d.endpoints[0]).toMatchObject({ url: 'http://localhost:80/open311/v2', type: 'production' });
  });

  it('lets public answers be cached for a minute, by language, from any origin', async () => {
    const res = await get('/services.json');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers.vary).toContain('accept-language');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('a GeoReport client', () => {
  it('reads requests over HTTP the way Open311 clients ask', async () => {
    const served = await open311App(centroidsFile);
    try {
      const address = await served.listen({ port: 0, host: '127.0.0.1' });
      const res = await fetch(
        `${address}/open311/v2/requests.json?jurisdiction_id=netra&status=open&start_date=2024-10-01T00:00:00Z&end_date=2024-11-05T00:00:00Z`,
        { headers: { accept: 'application/json' } },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = z_requests(await res.json());
      expect(body.map((r) => r.status)).toEqual(body.map(() => 'open'));
      expect(ids(body).sort()).toEqual([ref.ppk, ref.reopened, ref.demo, ref.laporan].sort());
      const services = await fetch(`${address}/open311/v2/services.xml`, { headers: { accept: 'text/xml' } });
      expect(services.headers.get('content-type')).toBe('text/xml; charset=utf-8');
      expect(XMLValidator.validate(await services.text())).toBe(true);
    } finally {
      await served.close();
    }
  });

  it('gets no lat/long when no region centroids are shipped', async () => {
    const bare = await open311App(path.join(os.tmpdir(), 'netra-no-such-centroids.json'));
    try {
      const res = await bare.inject({ method: 'GET', url: `/open311/v2/requests/${ref.ppk}.json` });
      const [r] = z_requests(res.json());
      expect(r).toBeDefined();
      expect(r).not.toHaveProperty('lat');
      expect(r).not.toHaveProperty('long');
    } finally {
      await bare.close();
    }
  });
});

describe('georeport-xml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001\u0008`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    const nasty = `]]> <![CDATA[ & </request> \u0000 ok`;
    const doc = georeportXml('service_requests', 'request', [
      { description: nasty, lat: 1.5, media_url: null, skip: undefined },
    ]);
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(xml.parse(doc)).toEqual({
      service_requests: {
        request: [{ description: ']]> <![CDATA[ & </request>  ok', lat: '1.5', media_url: '' }],
      },
    });
    expect(() => georeportXml('bad name', 'x', [])).toThrow(/element name/);
  });
});
