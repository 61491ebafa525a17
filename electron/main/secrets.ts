// Secrets (the session token) encrypted with Electron's safeStorage into files in userData.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo, SecretKey } from '../../shared/ipc/desktop-api';
import { BASIC_TEXT_WARNING } from './security';

/** The part of Electron's safeStorage we use. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export function secretStorageKind(safeStorage: SafeStorageLike, platform: NodeJS.Platform): AppInfo['secretStorage'] {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return 'basic_text';
  return 'os-keychain';
}

export function createSecretStore(options: {
  safeStorage: SafeStorageLike;
  dir: string;
  platform: NodeJS.Platform;
  warn: (message: string) => void;
}) {
  const { safeStorage, dir, platform, warn } = options;
  const file = (key: SecretKey) => join(dir, `${key}.secret`);
  let warned = false;

  /** Refuses to store when nothing can encrypt; warns (once) when Linux falls back to basic_text. */
  function ensureUsable(): void {
    const kind = secretStorageKind(safeStorage, platform);
    if (kind === 'unavailable') throw new Error('Secure storage is unavailable on this computer; the session cannot be kept');
    if (kind === 'basic_text' && !warned) {
      warned = true;
      warn(BASIC_TEXT_WARNING);
    }
  }

  return {
    kind: () => secretStorageKind(safeStorage, platform),

    async getSecret(key: SecretKey): Promise<string | null> {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      ensureUsable();
      return safeStorage.decryptString(encrypted);
    },

    async setSecret(key: SecretKey, value: string): Promise<void> {
      ensureUsable();
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(file(key), safeStorage.encryptString(value), { mode: 0o600 });
    },

    async deleteSecret(key: SecretKey): Promise<void> {
      await rm(file(key), { force: true });
    },
  };
}
