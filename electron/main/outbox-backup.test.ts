import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxBackup } from './outbox-backup';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-backup-'));
  file = join(dir, 'outbox-backup.jsonl');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (n: number) => ({ opId: `op-${n}`, json: JSON.stringify({ mid: n, entity: 'product', patch: { name: `Mug ${n}` } }) });

describe('outbox backup file', () => {
  it('is empty before anything was written', async () => {
    expect(await createOutboxBackup(file, () => undefined).read()).toEqual([]);
  });

  it('survives a restart and drops acknowledged entries', async () => {
    const first = createOutboxBackup(file, () => undefined);
    await first.append([entry(1), entry(2), entry(3)]);
    await first.acknowledge(['op-2']);
    const afterRestart = createOutboxBackup(file, () => undefined);
    expect(await afterRestart.read()).toEqual([entry(1), entry(3)]);
  });

  it('only ever appends; compaction keeps exactly the live entries', async () => {
    const backup = createOutboxBackup(file, () => undefined);
    await backup.append([entry(1), entry(2)]);
    const before = await readFile(file, 'utf8');
    await backup.acknowledge(['op-1']);
    expect((await readFile(file, 'utf8')).startsWith(before)).toBe(true);
    await backup.compact();
    expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(1);
    expect(await createOutboxBackup(file, () => undefined).read()).toEqual([entry(2)]);
  });

  it('keeps the order of concurrent appends without interleaving records', async () => {
    const backup = createOutboxBackup(file, () => undefined);
    await Promise.all(Array.from({ length: 20 }, (_, i) => backup.append([entry(i)])));
    expect((await backup.read()).map((e) => e.opId)).toEqual(Array.from({ length: 20 }, (_, i) => `op-${i}`));
  });

  it('skips a torn last line (crash mid-write) and says so', async () => {
    const warnings: string[] = [];
    const backup = createOutboxBackup(file, (m) => warnings.push(m));
    await backup.append([entry(1)]);
    await appendFile(file, '{"op":"put","opId":"op-2","js');
    expect(await backup.read()).toEqual([entry(1)]);
    expect(warnings).toEqual([`Outbox backup ${file}: line 2 is not valid JSON and was skipped`]);
  });
});
