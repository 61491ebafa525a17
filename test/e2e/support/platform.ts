// The platform server the end-to-end tests talk to (started by playwright.config.ts), and the
// raw calls a test uses to set up what colleagues and the marketplace did before the user's turn.
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM_ADMIN_TOKEN, PLATFORM_PORT } from '../../../playwright.config';

export const PLATFORM = `http://127.0.0.1:${PLATFORM_PORT}`;
export const PASSWORD = 'factory floor 2026';

/** POST to the platform (admin token by default); throws with the server's answer on failure. */
export async function api<T>(path: string, body: unknown, token = PLATFORM_ADMIN_TOKEN): Promise<T> {
  const response = await fetch(`${PLATFORM}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

/** A `create` mutation of the sync protocol (push body). */
export const created = (entity: string, id: string, fields: Record<string, unknown>) => ({
  opId: uuidv7(), kind: 'create', entity, id, baseRev: null, changes: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { old: null, new: v }])),
});

/** A `cmd` mutation of the sync protocol (push body). */
export const cmd = (entity: string, id: string, name: string, args: Record<string, unknown>) => ({ opId: uuidv7(), kind: 'cmd', entity, id, baseRev: null, changes: {}, cmd: { name, args } });

type ColleagueMutation = ReturnType<typeof created> | ReturnType<typeof cmd>;

/**
 * A new company on the platform: the sales user whose turn the test plays (not signed in
 * anywhere yet) and a colleague whose machine already keyed things in. `colleague` pushes that
 * machine's mutations, numbering them on, and fails unless every one was applied.
 */
export async function companyWithColleague(stamp: string, companyName: string, userName: string) {
  const staff = [
    { email: `user.${stamp}@factory.test`, password: PASSWORD, name: userName, role: 'sales' },
    { email: `seed.${stamp}@factory.test`, password: PASSWORD, name: 'Colleague', role: 'sales' },
  ];
  const { tenant } = await api<{ tenant: { id: string } }>('/v1/admin/tenants', { name: `${companyName} ${stamp}`, users: staff });
  const login = await api<{ accessToken: string; clientId: string }>('/v1/auth/login', { email: staff[1].email, password: PASSWORD });
  let mid = 0;
  const colleague = async (...mutations: ColleagueMutation[]) => {
    const numbered = mutations.map((m) => ({ ...m, mid: ++mid }));
    const answer = await api<{ results: { status: string }[] }>('/v1/sync/push', { clientId: login.clientId, schemaVersion: 1, mutations: numbered }, login.accessToken);
    const refused = answer.results.filter((r) => r.status !== 'applied');
    if (refused.length > 0) throw new Error(`the colleague's push was not applied: ${JSON.stringify(refused)}`);
  };
  return { tenantId: tenant.id, user: staff[0], colleague };
}
