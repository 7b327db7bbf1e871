import crypto from 'node:crypto';
import type { Queryable } from '../../../db/database';
import { appendAudit, type Actor } from '../../../platform/audit';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import { sealTotpSecret, type IdentityKeys } from '../identity-keys';
import { generateInitialPassword, hashPassword } from '../password';
import { findAgency, findRegionRow } from '../../reference';
import { insertStaffUser, type StaffUserRow } from '../queries';
import type { CreateUserInput, RoleScope } from '../schema';

export interface CreateUserOptions {
  /** A password chosen by an operator (CLI --password-file); otherwise one is generated and returned once. */
  password?: string;
  isDemo?: boolean;
  /** Demo accounts only: a seed that is already enrolled, so the printed secret works at once. */
  enrolledTotpSecret?: string;
  /**
   * An argon2id hash made once for many accounts nobody signs in to (the demo history's desks, which are disabled):
   * hashing each one's unused password would cost ~40 ms apiece.
   */
  passwordHash?: string;
}

/** Region and agency codes in a scope must exist in the reference data, not only look right. */
async function checkReferences(q: Queryable, input: RoleScope): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const scope: Record<string, unknown> = input.scope;
  const regionCode = typeof scope.regionCode === 'string' ? scope.regionCode : undefined;
  if (regionCode && !(await findRegionRow(q, regionCode))) {
    errors.push({
      path: 'body.scope.regionCode',
      message: `Wilayah ${regionCode} tidak dikenal / unknown region`,
    });
  }
  if (input.role === 'ppk_staf' && !(await findAgency(q, input.scope.agencyCode))) {
    errors.push({
      path: 'body.scope.agencyCode',
      message: `Instansi ${input.scope.agencyCode} tidak dikenal / unknown agency`,
    });
  }
  return errors;
}

function requireKeys(keys: IdentityKeys | undefined): IdentityKeys {
  if (!keys) throw new Error('createUser: an enrolled TOTP seed needs the identity keys to seal it');
  return keys;
}

/** Creates a staff account (admin screen, CLI, demo seed, test factory) and audits it in the same transaction. */
export async function createUser(
  tx: Queryable,
  ctx: { actor: Actor; input: CreateUserInput; now: Date; keys?: IdentityKeys; options?: CreateUserOptions },
): Promise<{ user: StaffUserRow; initialPassword: string | undefined }> {
  const { input, options = {} } = ctx;
  const fields = await checkReferences(tx, input);
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
  const password = options.password ?? generateInitialPassword();
  const id = crypto.randomUUID();
  const user = await insertStaffUser(tx, {
    id,
    email: input.email,
    name: input.name,
    role: input.role,
    scope: input.scope,
    locale: input.locale ?? null,
    passwordHash: options.passwordHash ?? (await hashPassword(password)),
    isDemo: options.isDemo ?? false,
    totpSecretSealed: options.enrolledTotpSecret
      ? sealTotpSecret(requireKeys(ctx.keys), id, options.enrolledTotpSecret)
      : null,
    createdAt: ctx.now,
  });
  if (!user) {
    throw new AppError('CONFLICT', {
      params: { reason: input.email },
      fields: [{ path: 'body.email', message: 'E-mail sudah dipakai / e-mail already in use' }],
    });
  }
  await appendAudit(
    tx,
    ctx.actor,
    {
      action: 'identity.user.created',
      entityType: 'staff_user',
      entityId: user.id,
      data: {
        email: user.email,
        name: user.name,
        role: input.role,
        scope: input.scope,
        isDemo: user.is_demo,
      },
    },
    ctx.now,
  );
  return { user, initialPassword: options.password === undefined ? password : undefined };
}
