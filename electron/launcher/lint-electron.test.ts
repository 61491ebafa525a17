import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingFindings, findingsOf, scan } from './lint-electron.mjs';

// The shape of the issues electronegativity returns (from a scan of an insecure window).
const ISSUES = [
  { id: 'CSP_GLOBAL_CHECK', severity: { name: 'MEDIUM' }, file: 'N/A', location: { line: 0, column: 0 } },
  { id: 'CONTEXT_ISOLATION_JS_CHECK', severity: { name: 'HIGH' }, file: 'src/main.ts', location: { line: 3, column: 88 } },
  { id: 'OPEN_EXTERNAL_JS_CHECK', severity: { name: 'MEDIUM' }, file: 'main/main.ts', location: { line: 53, column: 29 } },
];

describe('lint:electron', () => {
  it('reads every finding with its severity and place', () => {
    expect(findingsOf(ISSUES)).toEqual([
      { issue: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', file: 'N/A', location: '0:0' },
      { issue: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'src/main.ts', location: '3:88' },
      { issue: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', file: 'main/main.ts', location: '53:29' },
    ]);
  });

  it('fails on high and critical findings only', () => {
    const findings = findingsOf(ISSUES);
    expect(failingFindings(findings).map((f) => f.issue)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(failingFindings([{ issue: 'X', severity: 'CRITICAL', file: 'a', location: '1:1' }])).toHaveLength(1);
    expect(failingFindings(findings.filter((f) => f.severity !== 'HIGH'))).toEqual([]);
  });

  it('finds a window without context isolation in real code, as a failing finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insecure-'));
    try {
      writeFileSync(join(dir, 'main.js'), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });\n");
      const failing = failingFindings(await scan(dir, '45.5.0'));
      expect(failing.map((f) => f.issue)).toContain('CONTEXT_ISOLATION_JS_CHECK');
      expect(failing.find((f) => f.issue === 'CONTEXT_ISOLATION_JS_CHECK')).toMatchObject({ file: 'main.js', location: expect.stringMatching(/^2:/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
