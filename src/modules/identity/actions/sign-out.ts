import type pg from 'pg';
import { withTransaction } from '../../../db/database';
import { appendAudit, type Actor } from '../../../platform/audit';
import { deleteSession } from '../queries';

/** Ends one session. Audited when it belonged to a fully signed-in user (a half sign-in is not worth a row). */
export async function signOut(
  pool: pg.Pool,
  ctx: { tokenHash: string; actor: Actor | undefined; now: Date },
): Promise<void> {
  await withTransaction(pool, async (tx) => {
    const userId = await deleteSession(tx, ctx.tokenHash);
    if (userId && ctx.actor) {
      await appendAudit(
        tx,
        ctx.actor,
        { action: 'identity.logout', entityType: 'staff_user', entityId: userId },
        ctx.now,
      );
    }
  });
}
