// Every validation key produced by the shared schemas has a text in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { common } from './common';
import { LANGUAGES } from './index';

// Keys are produced by the shared schemas and by the server's rejections (shown to the user).
const root = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}
const usedKeys = new Set(
  [...sources(join(root, 'shared')), ...sources(join(root, 'server'))]
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'validation\.([A-Za-z]+)'/g)].map((m) => m[1])),
);

describe('validation messages', () => {
  it('finds the keys the schemas use', () => {
    expect(usedKeys.has('hsCode')).toBe(true);
  });

  for (const lng of LANGUAGES) {
    it(`has every validation message in ${lng}`, () => {
      const texts = (common[lng] as { validation: Record<string, string> }).validation;
      const missing = [...usedKeys].filter((k) => !texts[k] && !texts[k.replace(/Places$/, '')]);
      expect(missing).toEqual([]);
      expect(Object.keys(texts).sort()).toEqual(Object.keys((common.en as { validation: object }).validation).sort());
    });
  }
});
