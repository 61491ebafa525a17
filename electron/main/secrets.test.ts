import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSecretStore, secretStorageKind, type SafeStorageLike } from './secrets';
import { BASIC_TEXT_WARNING } from './security';

/** A stand-in for the OS keychain: reversible, and visibly not plain text. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
    decryptString: (data) => Buffer.from(data.toString().slice(4), 'base64').toString(),
  };
}

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'secrets-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('secret storage kind', () => {
  it('reports the keychain, the Linux basic_text fallback, or nothing', () => {
    expect(secretStorageKind(fakeSafeStorage('gnome_libsecret'), 'linux')).toBe('os-keychain');
    expect(secretStorageKind(fakeSafeStorage('basic_text'), 'linux')).toBe('basic_text');
    expect(secretStorageKind(fakeSafeStorage('unknown'), 'darwin')).toBe('os-keychain');
    expect(secretStorageKind(fakeSafeStorage('basic_text', false), 'linux')).toBe('unavailable');
  });
});

describe('secret store', () => {
  it('keeps the token encrypted on disk and reads it back after a restart', async () => {
    const warnings: string[] = [];
    const options = { safeStorage: fakeSafeStorage('gnome_libsecret'), dir: join(dir, 'secrets'), platform: 'linux' as const, warn: (m: string) => warnings.push(m) };
    await createSecretStore(options).setSecret('session', 'tok-123');
    expect((await readFile(join(dir, 'secrets', 'session.secret'), 'utf8'))).not.toContain('tok-123');
    const restarted = createSecretStore(options);
    expect(await restarted.getSecret('session')).toBe('tok-123');
    await restarted.deleteSecret('session');
    expect(await restarted.getSecret('session')).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('warns once when Linux uses the basic_text backend', async () => {
    const warnings: string[] = [];
    const store = createSecretStore({ safeStorage: fakeSafeStorage('basic_text'), dir, platform: 'linux', warn: (m) => warnings.push(m) });
    expect(store.kind()).toBe('basic_text');
    await store.setSecret('session', 'a');
    await store.setSecret('session', 'b');
    expect(await store.getSecret('session')).toBe('b');
    expect(warnings).toEqual([BASIC_TEXT_WARNING]);
    expect(BASIC_TEXT_WARNING).toMatch(/basic_text.*not encrypted/);
  });

  it('refuses to store a token when no encryption is available', async () => {
    const store = createSecretStore({ safeStorage: fakeSafeStorage('basic_text', false), dir, platform: 'linux', warn: () => undefined });
    await expect(store.setSecret('session', 'tok')).rejects.toThrow(/Secure storage is unavailable/);
    expect(await store.getSecret('session')).toBeNull();
  });
});
