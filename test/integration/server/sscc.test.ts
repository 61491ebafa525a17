// `sscc.reserve`: contiguous serial ranges per numbering space that never overlap across
// clients, a replay answered with the same range, and clear refusals of a bad prefix or count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { allocateSsccs, addReservedRange, emptyPool, isValidSscc } from '../../../shared/documents/sscc';
import { command, createTenant, Device, startTestServer, testedDatabases, type Kind, type TestServer } from './harness';
import { startPostgres, type PostgresCluster } from './postgres';

const settings = { companyPrefix: '0614141', extensionDigit: 3 };
const reserve = (count: number, s: Record<string, unknown> = settings) => command('parcels', uuidv7(), 'sscc.reserve', { count, ...s });

describe.each<Kind>(testedDatabases())('sscc.reserve on %s', (kind) => {
  let cluster: PostgresCluster | null = null;
  let server: TestServer;
  let ana: Device;
  let ben: Device;

  beforeAll(async () => {
    if (kind === 'postgres') cluster = await startPostgres();
    server = await startTestServer(kind, cluster, { accessTokenSeconds: 600 });
    const { emails } = await createTenant(server.url, 'Cartons');
    ana = new Device(server.url, emails.a);
    ben = new Device(server.url, emails.b);
    await ana.login();
    await ben.login();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
  });

  it('gives two clients adjacent, disjoint ranges that allocate distinct SSCCs', async () => {
    const [a] = (await ana.send(reserve(10))).results;
    const [b] = (await ben.send(reserve(5))).results;
    expect(a).toMatchObject({ status: 'applied', row: { kind: 'sscc-range', first: 0, last: 9, ...settings } });
    expect(b).toMatchObject({ status: 'applied', row: { first: 10, last: 14 } });
    const codes = [a, b].flatMap((r) => {
      const row = r.row as { first: number; last: number };
      return allocateSsccs(addReservedRange(emptyPool(settings), row), row.last - row.first + 1).ssccs;
    });
    expect(new Set(codes).size).toBe(15);
    expect(codes.every(isValidSscc)).toBe(true);
    expect(codes[0].slice(0, 17)).toBe('30614141000000000');
  });

  it('answers a replayed mutation with the same range and moves the counter once', async () => {
    const [m] = ana.mutations(reserve(3));
    const first = (await ana.push([m])).body.results[0];
    const again = (await ana.push([m])).body.results[0];
    expect(again).toMatchObject({ status: 'duplicate', firstStatus: 'applied', row: first.row });
    const [next] = (await ana.send(reserve(1))).results;
    expect(next.row).toMatchObject({ first: (first.row.last as number) + 1 });
  });

  it('keeps another extension digit in its own numbering space', async () => {
    const [r] = (await ana.send(reserve(2, { ...settings, extensionDigit: 4 }))).results;
    expect(r.row).toMatchObject({ first: 0, last: 1, extensionDigit: 4 });
  });

  it('refuses an invalid prefix, a bad count and an exhausted space, naming why', async () => {
    const results = (await ana.send(
      reserve(5, { companyPrefix: '2012345', extensionDigit: 0 }),
      reserve(5, { companyPrefix: '06141', extensionDigit: 0 }),
      reserve(0),
      reserve(5, { ...settings, extensionDigit: 12 }),
      reserve(100_000, { companyPrefix: '061414123456', extensionDigit: 0 }),
    )).results;
    expect(results.map((r) => r.error?.fields)).toEqual([
      { companyPrefix: 'labels:sscc.prefixRestricted' },
      { companyPrefix: 'labels:sscc.prefixLength' },
      { count: 'labels:sscc.badCount' },
      { extensionDigit: 'labels:sscc.extensionDigit' },
      { count: 'labels:sscc.exhausted' },
    ]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(results[4].error!.message).toContain('only 10000 serials left');
  });
});
