import { safeStorage } from 'electron';
import Store from 'electron-store';
import { MemorySecretStore, type SecretStore } from '../core/send/secrets.js';

/**
 * Target passwords encrypted with the OS keyring through safeStorage, stored as ciphertext in
 * the app's `secrets` file. Without a real keyring (Linux falls back to `basic_text`, a fixed
 * key) nothing is written: passwords live in memory for the session and the user is told.
 */
class KeyringSecretStore implements SecretStore {
  readonly keeping = 'keyring' as const;
  private readonly store = new Store<{ secrets: Record<string, string> }>({ name: 'secrets', defaults: { secrets: {} } });

  get(key: string): string | null {
    const sealed = this.store.get('secrets')[key];
    if (!sealed) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      // Encrypted under another user or keyring: as good as missing, the user enters it again.
      return null;
    }
  }

  set(key: string, secret: string): void {
    const sealed = safeStorage.encryptString(secret).toString('base64');
    this.store.set('secrets', { ...this.store.get('secrets'), [key]: sealed });
  }

  delete(key: string): void {
    const { [key]: _removed, ...rest } = this.store.get('secrets');
    this.store.set('secrets', rest);
  }
}

/** Call after app `ready` (safeStorage needs it). */
export function createSecretStore(): SecretStore {
  const plainTextOnly = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return safeStorage.isEncryptionAvailable() && !plainTextOnly ? new KeyringSecretStore() : new MemorySecretStore();
}
