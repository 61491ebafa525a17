import { describe, expect, it } from 'vitest';
import { failingFindings, findingsFromCsv } from './lint-electron.mjs';

// The shape of electronegativity's CSV report (captured from a scan of an insecure window).
const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected in the target application",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","src/main.ts","3:88","new BrowserWindow({ webPreferences: {',
  '  contextIsolation: false, x: ""quoted"" } })","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/main.ts","53:29","shell.openExternal(url), a, b","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK',
  '',
].join('\n');

describe('lint:electron', () => {
  it('reads every finding, even with commas, quotes and line breaks in the code sample', () => {
    expect(findingsFromCsv(REPORT)).toEqual([
      { issue: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', file: 'N/A', location: '0:0' },
      { issue: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'src/main.ts', location: '3:88' },
      { issue: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', file: 'main/main.ts', location: '53:29' },
    ]);
  });

  it('fails on high and critical findings only', () => {
    const findings = findingsFromCsv(REPORT);
    expect(failingFindings(findings).map((f) => f.issue)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(failingFindings([{ issue: 'X', severity: 'CRITICAL', file: 'a', location: '1:1' }])).toHaveLength(1);
    expect(failingFindings(findings.filter((f) => f.severity !== 'HIGH'))).toEqual([]);
  });
});
