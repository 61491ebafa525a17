// What the user can do with a change the server refused.
import { db, type RejectedChange } from '../../data/db';
import { write } from '../../data/repository';

/**
 * Apply a rejected change again as a new local edit (after the cause was fixed elsewhere, or
 * with the record as it is now), then drop it from the list. Runs through the one write path,
 * so local validation answers first.
 */
export async function applyAgain(change: RejectedChange): Promise<void> {
  const values = Object.fromEntries(Object.entries(change.changes).map(([field, c]) => [field, c.new]));
  await write(async (w) => {
    const exists = await db().entityTable(change.entity).get(change.entityId);
    if (change.kind === 'delete') await w.remove(change.entity, change.entityId);
    else if (change.kind === 'create' && !exists) await w.create(change.entity, values, change.entityId);
    else if (change.kind !== 'cmd') await w.patch(change.entity, change.entityId, values);
  });
  await db().rejected.delete(change.id!);
}

/** Discarding only forgets the change: the row already shows the server's version. */
export function discard(change: RejectedChange): Promise<void> {
  return db().rejected.delete(change.id!);
}

