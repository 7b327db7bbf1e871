// The routes the real app mounts, collected while it is built: an onRoute hook added the moment Fastify creates
// the instance (its documented `fastify.initialization` diagnostics channel), before buildApp registers anything.
import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../test-app';

export interface MountedRoute {
  method: string;
  url: string;
}

/** `/api/cases/` and `/api/cases` are one route to a caller. */
export function normalisedUrl(url: string): string {
  return url.length > 1 && url.endsWith('/') ? url.slice(0, -1) : url;
}

/** createTestApp, plus every route it mounted (HEAD included, one entry per method). */
export async function createAppWithInventory(
  opts: Parameters<typeof createTestApp>[0],
): Promise<TestApp & { routes: MountedRoute[] }> {
  const routes: MountedRoute[] = [];
  const onInit = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) routes.push({ method, url: normalisedUrl(route.url) });
    });
  };
  diagnostics.subscribe('fastify.initialization', onInit);
  try {
    const t = await createTestApp(opts);
    return { ...t, routes };
  } finally {
    diagnostics.unsubscribe('fastify.initialization', onInit);
  }
}
