import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error';

/** A signed-in staff member who has passed 2FA. */
export interface StaffActor {
  id: string;
  email: string;
  name: string;
  role: string;
  scope: Record<string, unknown>;
}

/** Returns the authenticated staff actor or throws UNAUTHENTICATED (placeholder until identity lands). */
export async function requireStaff(_request: FastifyRequest): Promise<StaffActor> {
  throw new AppError('UNAUTHENTICATED');
}
