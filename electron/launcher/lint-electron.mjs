// `npm run lint:electron`: Doyensec Electronegativity over the Electron code; fails on any
// HIGH or CRITICAL finding. It reads .ts/.js but not .cts, so the preload is scanned as its
// esbuild bundle. The check that downloads Electron's release list is skipped (no network in
// CI); the Electron version is given instead of guessed. The scanner runs as a library (no report
// file), so every finding it makes is read.
import { build } from 'esbuild';
import electronegativity from '@doyensec/electronegativity';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions, ELECTRON_BUNDLES } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FAILING = new Set(['HIGH', 'CRITICAL']);

/**
 * Findings of an electronegativity run, as {issue, severity, file, location}. The scanner is
 * called as a library: its CSV report is written by two racing asynchronous writes (header and
 * rows), and a run in CI once read back one garbled finding of six.
 */
export function findingsOf(issues) {
  return issues.map((i) => ({ issue: i.id, severity: i.severity.name, file: i.file, location: `${i.location.line}:${i.location.column}` }));
}

/** The findings that fail the lint. */
export function failingFindings(findings) {
  return findings.filter((f) => FAILING.has(f.severity));
}

/** App-wide checks: they judge the main process as a whole, so they run on the source scan only. */
const GLOBAL_CHECKS = ['AffinityGlobalCheck', 'CSPGlobalCheck', 'HTTPResourcesAndNodeIntegrationGlobalCheck', 'LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'];

/** Findings of one electronegativity run over `input`, as {issue, severity, file, location, input}. */
export async function scan(input, electronVersion, exclude = []) {
  const { issues, errors } = await electronegativity({
    input, isRelative: true, electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck', ...exclude], customScan: [], parserPlugins: [],
  });
  if (errors.length > 0) throw new Error(`Electronegativity could not read ${errors.map((e) => e.file).join(', ')} under ${input}`);
  return findingsOf(issues).map((finding) => ({ ...finding, input }));
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const preloadDir = join(workDir, 'preload');
    await build({ ...bundleOptions(ELECTRON_BUNDLES.preload), outfile: join(preloadDir, 'preload.js'), sourcemap: false });
    const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
    const findings = [...await scan(join(root, 'electron'), electronVersion), ...await scan(preloadDir, electronVersion, GLOBAL_CHECKS)];
    for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.input === preloadDir ? 'preload bundle' : f.file}:${f.location}`);
    const failing = failingFindings(findings);
    console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${failing.length} high or critical`);
    process.exitCode = failing.length > 0 ? 1 : 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
