// The CLI, spawned as a user would run it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => `test/fixtures/checklists/${name}.json`;
const run = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/checklist.ts', file], { cwd: root, encoding: 'utf8' });

describe('checklist CLI', () => {
  it('prints the checklist of a good facts file as a JSON array, exit 0', () => {
    const result = run(fixture('cn-us-batteries'));
    expect(result.status).toBe(0);
    const items = JSON.parse(result.stdout) as { ruleId: string; source: string[]; category: string; severity: string; title: string }[];
    expect(Object.keys(items[0]).sort()).toEqual(['category', 'ruleId', 'severity', 'source', 'title']);
    expect(items.map((i) => i.ruleId)).toEqual([
      'invoice-packing-list', 'invoice-fields', 'packing-list-fields', 'bill-of-lading-fcl', 'insurance-cif',
      'cn-export-declaration', 'cn-declaration-freight', 'cn-declaration-insurance', 'us-isf',
      'container-sea-term', 'lithium-sea', 'carton-n-of-n', 'cn-vat-refund', 'lithium-sds', 'wood-ispm15',
    ]);
    expect(items.find((i) => i.ruleId === 'lithium-sea')).toEqual({
      ruleId: 'lithium-sea', source: ['DG-3'], category: 'shipping', severity: 'block',
      title: 'Lithium batteries by sea: IMDG packing instruction P903 and a dangerous goods declaration',
    });
  });

  it.each([
    ['bad-incoterm', 'incoterm', '"FOX"'],
    ['bad-mode', 'mode', '"ship"'],
    ['bad-country', 'destinationCountry', '"usa"'],
    ['bad-hs-code', 'goods.0.hsCode', '"8507.60"'],
  ])('%s: exit 2 and a message naming %s', (name, field, value) => {
    const result = run(fixture(name));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${field}: `);
    expect(result.stderr).toContain(`got ${value}`);
  });

  it('a file that is not JSON: exit 2', () => {
    const result = run('server/cli/checklist.ts');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not valid JSON/);
  });

  it('a missing file: exit 1', () => {
    const result = run('test/fixtures/checklists/missing.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read/);
  });
});
