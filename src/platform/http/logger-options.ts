import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';

/**
 * Structured logs that never carry an IP address, user agent, cookie or query string: public reporters are
 * anonymous (ARCHITECTURE.md §6), so no request log line may identify where a request came from.
 */
export function loggerOptions(
  config: Config,
  stream?: NodeJS.WritableStream,
): Record<string, unknown> | false {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: FastifyRequest) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.ip', 'req.ips', 'req.hostname'], remove: true },
  };
}
