// Append-only mirror of unacknowledged outbox entries, so a lost IndexedDB does not lose
// unsynced edits. One JSON record per line: entries and acknowledgements are appended (and
// fsynced); reading replays the file: entries minus acknowledged ones, in first-seen order.
import { open, readFile, rename } from 'node:fs/promises';
import type { OutboxBackupEntry } from '../../shared/ipc/desktop-api';

type BackupRecord = { op: 'put'; opId: string; json: string } | { op: 'ack'; opId: string };

export function createOutboxBackup(file: string, warn: (message: string) => void) {
  // Writes run one after another so records never interleave, even from concurrent calls.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function writeDurably(path: string, flag: 'a' | 'w', records: BackupRecord[]): Promise<void> {
    const handle = await open(path, flag, 0o600);
    try {
      await handle.writeFile(records.map((r) => JSON.stringify(r) + '\n').join(''));
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async function replay(): Promise<OutboxBackupEntry[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const live = new Map<string, string>();
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (line === '') return;
      let record: BackupRecord;
      try {
        record = JSON.parse(line) as BackupRecord;
      } catch {
        // A torn last line is what a crash mid-append leaves; anything else is damage. Either way say so.
        warn(`Outbox backup ${file}: line ${index + 1} is not valid JSON and was skipped`);
        return;
      }
      if (record.op === 'put' && typeof record.json === 'string') live.set(record.opId, record.json);
      else if (record.op === 'ack') live.delete(record.opId);
      else warn(`Outbox backup ${file}: line ${index + 1} is not a backup record and was skipped`);
    });
    return [...live].map(([opId, json]) => ({ opId, json }));
  }

  return {
    append(entries: OutboxBackupEntry[]): Promise<void> {
      if (entries.length === 0) return Promise.resolve();
      return serialized(() => writeDurably(file, 'a', entries.map((e) => ({ op: 'put', opId: e.opId, json: e.json }))));
    },
    acknowledge(opIds: string[]): Promise<void> {
      if (opIds.length === 0) return Promise.resolve();
      return serialized(() => writeDurably(file, 'a', opIds.map((opId) => ({ op: 'ack', opId }))));
    },
    read(): Promise<OutboxBackupEntry[]> {
      return serialized(replay);
    },
    /** Rewrites the file with only live entries (atomic rename), so it does not grow forever. */
    compact(): Promise<void> {
      return serialized(async () => {
        const live = await replay();
        await writeDurably(`${file}.tmp`, 'w', live.map((e) => ({ op: 'put', opId: e.opId, json: e.json })));
        await rename(`${file}.tmp`, file);
      });
    },
  };
}
