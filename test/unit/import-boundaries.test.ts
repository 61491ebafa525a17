// The layer rule of the architecture brief, enforced: electron, renderer and server import
// only shared/; shared imports nothing outside itself; the preload imports only shared/ipc.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx|cts|mts|mjs|js)$/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]).filter(Boolean);
}

/** Top-level folder a relative import lands in, or null for a package import. */
function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(root, resolve(dirname(file), spec));
}

const RULES: { folder: string; allowed: (path: string) => boolean }[] = [
  { folder: 'shared', allowed: (p) => p.startsWith('shared/') },
  { folder: 'electron/preload', allowed: (p) => p.startsWith('shared/ipc') || p.startsWith('electron/preload') },
  { folder: 'electron', allowed: (p) => p.startsWith('shared/') || p.startsWith('electron/') },
  { folder: 'renderer', allowed: (p) => p.startsWith('shared/') || p.startsWith('renderer/') },
  { folder: 'server', allowed: (p) => p.startsWith('shared/') || p.startsWith('server/') },
];

describe('import boundaries', () => {
  for (const rule of RULES) {
    it(`${rule.folder}/ imports only what the architecture allows`, () => {
      const dir = join(root, rule.folder);
      const offenders: string[] = [];
      for (const file of statSync(dir, { throwIfNoEntry: false }) ? files(dir) : []) {
        if (rule.folder === 'electron' && file.includes('/preload/')) continue;
        for (const spec of imports(file)) {
          const path = target(file, spec);
          if (path !== null && !rule.allowed(path)) offenders.push(`${relative(root, file)} -> ${spec}`);
          if (rule.folder === 'shared' && path === null && /^(node:|electron|react|dexie)/.test(spec)) offenders.push(`${relative(root, file)} -> ${spec}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }

  it('catches a forbidden import (the scanner itself works)', () => {
    const fake = join(root, 'renderer/x.ts');
    expect(target(fake, '../electron/main/window')).toBe('electron/main/window');
    expect(RULES.find((r) => r.folder === 'renderer')!.allowed('electron/main/window')).toBe(false);
    expect([...`import { a } from '../electron/x';\nimport '../server/y';`.matchAll(IMPORT)].length).toBe(2);
  });
});
