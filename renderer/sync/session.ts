// The signed-in session: tokens kept through DesktopApi secrets (safeStorage in Electron), the
// user's clientId, and the ownership of local edits. Offline use continues with a stored
// session; a refused refresh only stops syncing until the user signs in again.
import type { DesktopApi } from '../../shared/ipc/desktop-api';
import type { LoginResponse, PublicUser } from '../../shared/sync/protocol';
import type { SupplierDb } from '../data/db';
import { SESSION_USER_KEY } from '../data/repository';
import { queueOf, renumber } from '../data/outbox';

export type SecretStore = Pick<DesktopApi, 'getSecret' | 'setSecret' | 'deleteSecret'>;

export interface Session {
  serverUrl: string;
  accessToken: string;
  refreshToken: string;
  clientId: string;
  user: PublicUser;
}

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';
const FIRST_USER_KEY = 'firstUser';
export const midKey = (owner: string | null) => `nextMid:${owner ?? ''}`;
const clientIdKey = (email: string) => `clientId:${email.trim().toLowerCase()}`;

export async function loadSession(secrets: SecretStore): Promise<Session | null> {
  const raw = await secrets.getSecret('session');
  if (!raw) return null;
  try { return JSON.parse(raw) as Session; } catch { return null; }
}

export async function saveSession(secrets: SecretStore, session: Session): Promise<void> {
  await secrets.setSecret('session', JSON.stringify(session));
}

/** The clientId this machine used before for `email` (mids continue where they stopped). */
export async function knownClientId(database: SupplierDb, email: string): Promise<string | undefined> {
  return (await database.syncState.get(clientIdKey(email)))?.value as string | undefined;
}

/**
 * Make `login`'s user the current one. The first user who ever signs in on this machine takes
 * the edits made before anyone signed in (owner null): they are renumbered after that user's
 * own mids. Entries of any other owner stay untouched and are never pushed by this user.
 */
export async function adoptSession(database: SupplierDb, login: LoginResponse, serverUrl: string): Promise<Session> {
  const session: Session = { serverUrl, accessToken: login.accessToken, refreshToken: login.refreshToken, clientId: login.clientId, user: login.user };
  await database.transaction('rw', database.outbox, database.syncState, async () => {
    const userId = login.user.id;
    await database.syncState.put({ key: SESSION_USER_KEY, value: userId });
    await database.syncState.put({ key: clientIdKey(login.user.email), value: login.clientId });
    const first = (await database.syncState.get(FIRST_USER_KEY))?.value as string | undefined;
    if (first !== undefined && first !== userId) return;
    if (first === undefined) await database.syncState.put({ key: FIRST_USER_KEY, value: userId });
    const unowned = await queueOf(database, null);
    const firstMid = ((await database.syncState.get(midKey(userId)))?.value as number | undefined) ?? 1;
    const next = await renumber(database, unowned, userId, firstMid);
    await database.syncState.put({ key: midKey(userId), value: next });
    await database.syncState.delete(midKey(null));
  });
  return session;
}

/** Signing out forgets the tokens; local data and every outbox entry stay. */
export async function signOut(database: SupplierDb, secrets: SecretStore): Promise<void> {
  await secrets.deleteSecret('session');
  await database.syncState.delete(SESSION_USER_KEY);
}
