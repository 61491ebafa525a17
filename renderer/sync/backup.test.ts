// The outbox mirror behind DesktopApi (an append-only file in Electron; here the same
// contract in memory, since the Electron runtime is the one thing faked at the seam).
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { freshDatabase, sampleProduct } from '../data/test-support';
import { SupplierDb, useDatabase } from '../data/db';
import { write } from '../data/repository';
import type { OutboxBackupEntry } from '../../shared/ipc/desktop-api';
import { OutboxMirror, type BackupApi } from './backup';
import { allEntries, countAll } from '../data/outbox';

function appendOnlyFile(): BackupApi & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    async backupOutbox(entries) { for (const e of entries) lines.push(JSON.stringify({ add: e })); },
    async acknowledgeOutbox(opIds) { for (const id of opIds) lines.push(JSON.stringify({ ack: id })); },
    async readOutboxBackup() {
      const live = new Map<string, OutboxBackupEntry>();
      for (const line of lines) {
        const rec = JSON.parse(line) as { add?: OutboxBackupEntry; ack?: string };
        if (rec.add) live.set(rec.add.opId, rec.add);
        if (rec.ack) live.delete(rec.ack);
      }
      return [...live.values()];
    },
  };
}

describe('outbox mirror', () => {
  it('restores unacknowledged edits and their rows into a database rebuilt after IndexedDB was lost', async () => {
    const file = appendOnlyFile();
    const first = freshDatabase();
    const mirror = new OutboxMirror(first, file);
    expect(await mirror.start()).toBe(0);
    const kept = await write((w) => w.create('products', sampleProduct({ sku: 'KEEP-1' })));
    const acked = await write((w) => w.create('products', sampleProduct({ sku: 'ACKED-1' })));
    await mirror.sync();
    // The file keeps a create's values once, like the outbox does.
    expect(JSON.parse(JSON.parse(file.lines[0]).add.json)).toMatchObject({ kind: 'create', created: { sku: 'KEEP-1' } });
    const ackedEntry = (await allEntries(first)).find((e) => e.entityId === acked.id)!;
    await first.outbox.delete(ackedEntry.seq!);
    await mirror.acknowledge([ackedEntry.opId]);
    first.close();

    const rebuilt = new SupplierDb(`rebuilt-${uuidv7()}`);
    useDatabase(rebuilt);
    expect(await new OutboxMirror(rebuilt, file).start()).toBe(1);
    expect(await allEntries(rebuilt)).toEqual([expect.objectContaining({ entityId: kept.id, mid: 1, kind: 'create' })]);
    expect(await rebuilt.products.get(kept.id)).toMatchObject({ sku: 'KEEP-1', hsChapter: '85', rev: 0 });
    expect(await rebuilt.products.get(acked.id)).toBeUndefined();
    expect((await allEntries(rebuilt))[0].changes.sku).toEqual({ old: null, new: 'KEEP-1' });
    await write((w) => w.create('products', sampleProduct({ sku: 'NEXT-1' })));
    expect((await allEntries(rebuilt)).map((e) => e.mid)).toEqual([1, 2]);
  });

  it('does not resurrect entries into a database that survived; it writes their acknowledgement again', async () => {
    const file = appendOnlyFile();
    const database = freshDatabase();
    const mirror = new OutboxMirror(database, file);
    await mirror.start();
    await write((w) => w.create('products', sampleProduct()));
    await mirror.sync();
    await database.outbox.clear(); // acknowledged, but the app stopped before writing the ack
    expect(await new OutboxMirror(database, file).start()).toBe(0);
    expect(await countAll(database)).toBe(0);
    expect(await file.readOutboxBackup()).toEqual([]);
  });
});
