// `npm run lint:electron`: Doyensec Electronegativity over the Electron code; fails on any
// HIGH or CRITICAL finding. It reads .ts/.js but not .cts, so the preload is scanned as its
// esbuild bundle. The check that downloads Electron's release list is skipped (no network in
// CI); the Electron version is given instead of guessed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions, ELECTRON_BUNDLES } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FAILING = new Set(['HIGH', 'CRITICAL']);

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field.trim()), (field = '');
    else if (c === '\n') row.push(field.trim()), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field.trim()), rows.push(row);
  return rows;
}

/** Findings of an electronegativity CSV report, as {issue, severity, file, location}. */
export function findingsFromCsv(csv) {
  const [, ...rows] = parseCsv(csv);
  return rows.filter((r) => r.length >= 5).map(([issue, severity, , file, location]) => ({ issue, severity, file, location }));
}

/** The findings that fail the lint. */
export function failingFindings(findings) {
  return findings.filter((f) => FAILING.has(f.severity));
}

/** App-wide checks: they judge the main process as a whole, so they run on the source scan only. */
const GLOBAL_CHECKS = ['AffinityGlobalCheck', 'CSPGlobalCheck', 'HTTPResourcesAndNodeIntegrationGlobalCheck', 'LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'];

/** Findings of one electronegativity run over `input`, as {issue, severity, file, location}. */
function scan(input, electronVersion, workDir, exclude = []) {
  const out = join(workDir, `findings-${Math.random().toString(36).slice(2)}.csv`);
  const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const run = spawnSync(process.execPath, [cli, '-i', input, '-r', '-v', 'false', '-e', electronVersion, '-x', ['AvailableSecurityFixesGlobalCheck', ...exclude].join(','), '-o', out], {
    encoding: 'utf8',
  });
  let csv;
  try {
    csv = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`Electronegativity produced no report for ${input}:\n${run.stdout}${run.stderr}`);
  }
  return findingsFromCsv(csv).map((finding) => ({ ...finding, input }));
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const preloadDir = join(workDir, 'preload');
    await build({ ...bundleOptions(ELECTRON_BUNDLES.preload), outfile: join(preloadDir, 'preload.js'), sourcemap: false });
    const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
    const findings = [...scan(join(root, 'electron'), electronVersion, workDir), ...scan(preloadDir, electronVersion, workDir, GLOBAL_CHECKS)];
    for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.input === preloadDir ? 'preload bundle' : f.file}:${f.location}`);
    const failing = failingFindings(findings);
    console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${failing.length} high or critical`);
    process.exitCode = failing.length > 0 ? 1 : 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
