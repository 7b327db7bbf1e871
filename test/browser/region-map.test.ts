// The public choropleth component on its own, before any page mounts it: a throwaway page (built into .tmp)
// renders <RegionMap>, served beside the real /geo routes under the app's own Content-Security-Policy, and
// a person hovers, clicks and uses the keyboard to drill down from a province to its kab/kota.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import react from '@vitejs/plugin-react';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEO_DATA_DIR, GEO_LAYERS, geoRoutes } from '../../src/modules/stats/routes.geo';
import { boxOf, regionLayer, type RegionTopology } from '../../src/web/pages/stats/region-boundaries';
import { TMP } from '../support/test-env';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { textOf, visible } from './support/screen';

const HARNESS = path.join(TMP, 'region-map-harness');
const CENTROIDS = JSON.parse(
  fs.readFileSync(path.join(GEO_DATA_DIR, 'region-centroids.json'), 'utf8'),
) as Record<string, [number, number]>;
const topology = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(GEO_DATA_DIR, file), 'utf8')) as RegionTopology;
const provinces = regionLayer(topology(GEO_LAYERS.provinces), 'province').regions;
const jatengRegencies = regionLayer(topology(GEO_LAYERS.regencies), 'regency', '33').regions;

// Figures the harness shows: 31 DKI withheld, 94 Papua Tengah unknown; in Jawa Tengah 33.05 withheld, 33.06 unknown.
const VALUES = {
  province: provinces
    .map((f) => f.properties.code)
    .filter((code) => code !== '94')
    .map((code) =>
      code === '31'
        ? { code, value: null, withheld: true }
        : { code, value: code === '33' ? 40 : Number(code) % 17 },
    ),
  regency: jatengRegencies
    .map((f) => f.properties.code)
    .filter((code) => code !== '33.06')
    .map((code) =>
      code === '33.05' ? { code, value: null, withheld: true } : { code, value: Number(code.slice(3)) * 6 },
    ),
  names: Object.fromEntries(provinces.map((f) => [f.properties.code, f.properties.name])),
};

const MAIN = `
import '@mantine/core/styles.css';
import { Button, MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../../src/web/i18n/i18n';
import { RegionMap } from '../../src/web/pages/stats/region-map';
import { theme } from '../../src/web/theme';
import values from './values.json';

function Harness() {
  const [province, setProvince] = useState<string | undefined>();
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <MantineProvider theme={theme} forceColorScheme="light">
      <div style={{ width: 960, padding: 16 }}>
        <Button onClick={() => void i18next.changeLanguage('en')}>English</Button>
        <RegionMap
          level={province ? 'regency' : 'province'}
          province={province}
          provinceName={province ? values.names[province as keyof typeof values.names] : undefined}
          values={province ? values.regency : values.province}
          metricLabel="Dilaporkan"
          formatValue={(v) => String(v)}
          height={500}
          onSelect={(code) => {
            setSelected((s) => [...s, code]);
            if (!province) setProvince(code);
          }}
        />
        <output data-testid="selected">{selected.join(' ')}</output>
      </div>
    </MantineProvider>
  );
}
void initI18n().then(() => createRoot(document.getElementById('root')!).render(<Harness />));
`;

async function buildHarness(): Promise<void> {
  fs.rmSync(HARNESS, { recursive: true, force: true });
  fs.mkdirSync(HARNESS, { recursive: true });
  fs.writeFileSync(path.join(HARNESS, 'values.json'), JSON.stringify(VALUES));
  fs.writeFileSync(path.join(HARNESS, 'main.tsx'), MAIN);
  fs.writeFileSync(
    path.join(HARNESS, 'index.html'),
    '<!doctype html><html lang="id"><head><meta charset="UTF-8"><link rel="icon" href="data:,"></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  await build({
    root: HARNESS,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
  });
}

/** The harness and the real boundary routes, every answer under the CSP the app itself sends. */
async function serveHarness(csp: string): Promise<FastifyInstance> {
  const server = Fastify().withTypeProvider<ZodTypeProvider>();
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', csp);
  });
  await server.register(geoRoutes, { prefix: '/api/public' });
  await server.register(fastifyStatic, { root: path.join(HARNESS, 'dist') });
  await server.listen({ port: 0, host: '127.0.0.1' });
  return server;
}

/** Where a point lands on the canvas after fitBounds(box, { padding: 16 }) (Web Mercator, no rotation). */
function pixelOf(
  box: [[number, number], [number, number]],
  size: { width: number; height: number },
  p: number[],
) {
  const mx = (lng: number) => (lng + 180) / 360;
  const my = (lat: number) =>
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  const [[w, s], [e, n]] = box;
  const scale = Math.min((size.width - 32) / (mx(e) - mx(w)), (size.height - 32) / (my(s) - my(n)));
  const [lng = 0, lat = 0] = p;
  return {
    x: size.width / 2 + (mx(lng) - (mx(w) + mx(e)) / 2) * scale,
    y: size.height / 2 + (my(lat) - (my(n) + my(s)) / 2) * scale,
  };
}

async function hoverRegion(page: Page, box: [[number, number], [number, number]], code: string) {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const frame = await canvas.boundingBox();
  if (!frame) throw new Error('the map has no canvas');
  const { x, y } = pixelOf(box, frame, CENTROIDS[code] ?? []);
  await page.mouse.move(frame.x + x, frame.y + y);
  return { x: frame.x + x, y: frame.y + y };
}

describe('the region map', () => {
  let s: BrowserSession;
  let harness: FastifyInstance;
  let harnessUrl: string;
  beforeAll(async () => {
    s = await startBrowserSession();
    const csp = (await fetch(`${s.baseUrl}/health`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    await buildHarness();
    harness = await serveHarness(csp);
    const address = harness.server.address();
    if (!address || typeof address === 'string') throw new Error('the harness has no TCP address');
    harnessUrl = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await harness?.close();
    await s?.close();
  });

  it('shades the provinces, explains the key, credits the boundaries and drills down on a click', async () => {
    const page = await s.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(harnessUrl);
    await visible(page.locator('canvas[aria-label="Peta: Dilaporkan per provinsi"]'), 30_000);
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });
    const legend = page.getByRole('list', { name: 'Keterangan: Dilaporkan' });
    expect(await textOf(legend)).toMatch(/Disembunyikan \(x\).*Tidak ada data/);
    expect(await textOf(page.locator('.maplibregl-ctrl-attrib'))).toContain(
      'Batas wilayah: © Cahya DSN, cahyadsn/wilayah_boundaries (lisensi MIT), disederhanakan',
    );
    await visible(page.getByText('Klik provinsi pada peta untuk melihat kabupaten/kotanya.'));

    const national = boxOf(provinces) ?? [
      [0, 0],
      [0, 0],
    ];
    const at = await hoverRegion(page, national, '33');
    await visible(page.getByText('Dilaporkan: 40'));
    await visible(page.getByText('Jawa Tengah', { exact: true }));
    await hoverRegion(page, national, '31');
    await visible(page.getByText('Dilaporkan: x'));
    await hoverRegion(page, national, '94');
    await visible(page.getByText('Dilaporkan: Tidak ada data'));
    await page.mouse.move(at.x, at.y);
    await s.screenshot(page, 'region-map-provinces');

    await page.mouse.click(at.x, at.y);
    expect(await textOf(page.getByTestId('selected'))).toBe('33');
    await visible(page.locator('canvas[aria-label="Peta: Dilaporkan per kabupaten/kota di Jawa Tengah"]'));
    const drilled = boxOf(jatengRegencies) ?? [
      [0, 0],
      [0, 0],
    ];
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });
    await hoverRegion(page, drilled, '33.02');
    await visible(page.getByText('Kabupaten Banyumas', { exact: true }));
    await visible(page.getByText('Dilaporkan: 12'));
    // Away from the withheld (hatched) 33.05 Kebumen, so the screenshot shows it.
    await hoverRegion(page, drilled, '33.16');
    await visible(page.getByText('Kabupaten Blora', { exact: true }));
    await s.screenshot(page, 'region-map-jawa-tengah');

    // Aggregates and shapes only, all from our origin: no tile server, no font or sprite host.
    expect(requests.filter((url) => !url.startsWith(harnessUrl) && !url.startsWith('data:'))).toEqual([]);
    expect(requests.some((url) => url.includes('maplibre-gl-worker'))).toBe(true);
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('lets a keyboard user pick a region by name, and follows the language switch', async () => {
    const page = await s.newPage();
    await page.goto(harnessUrl);
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });
    const chooser = page.getByRole('combobox', { name: 'Lihat kabupaten/kota di provinsi' });
    await chooser.focus();
    await page.keyboard.type('Jawa Teng');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await textOf(page.getByTestId('selected'))).toBe('33');
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.locator('canvas[aria-label="Map: Dilaporkan by kab/kota in Jawa Tengah"]'), 30_000);
    expect(await textOf(page.locator('.maplibregl-ctrl-attrib'))).toContain(
      'Boundaries: © Cahya DSN, cahyadsn/wilayah_boundaries (MIT licence), simplified',
    );
    expect(await textOf(page.getByRole('list', { name: 'Key: Dilaporkan' }))).toMatch(
      /Withheld \(x\).*No data/,
    );
    await visible(page.getByRole('button', { name: 'Zoom in' }));
    expect(s.pageErrors(page)).toEqual([]);
  });
});
