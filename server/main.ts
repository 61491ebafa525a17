// CLI entry: `node --import tsx server/main.ts [--demo]`. Configuration by environment
// (README.md, "Server"). Shuts down gracefully: stops accepting, finishes in-flight requests,
// then closes the database. Every acknowledged push was committed (SQLite synchronous=FULL).
import { openDatabase } from './db';
import { buildServer, SERVER_VERSION } from './app';
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS, seedDemo } from './demo/seed';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

async function main() {
  const demo = process.argv.includes('--demo') || process.env.DEMO === '1';
  const host = process.env.HOST || '127.0.0.1';
  const port = positiveInt('PORT', 8787);
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL || null, dataDir: process.env.DATA_DIR || './.data' });
  if (demo) {
    const seeded = await seedDemo(handle);
    console.log(`${seeded ? 'Seeded' : 'Demo company present:'} ${DEMO_TENANT}`);
    console.log(`Demo sign-in: ${DEMO_USERS.map((u) => u.email).join(' or ')} / password ${DEMO_PASSWORD}`);
  }
  const app = await buildServer({
    db: handle,
    adminToken: process.env.PLATFORM_ADMIN_TOKEN || null,
    // The demo serves one machine: its browser fallback UI runs on a loopback port chosen at start.
    webOrigin: process.env.WEB_ORIGIN || (demo && host === '127.0.0.1' ? 'http://127.0.0.1:*,http://localhost:*' : null),
    accessTokenSeconds: positiveInt('ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenSeconds: positiveInt('REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600),
    logger: process.env.LOG_REQUESTS === '1',
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing in-flight requests`);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const address = await app.listen({ host, port });
  console.log(`Supplier platform server ${SERVER_VERSION} on ${address} (${handle.kind}${handle.kind === 'sqlite' ? `, ${process.env.DATA_DIR || './.data'}` : ''})`);
}

main().catch((error) => {
  console.error(`server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
