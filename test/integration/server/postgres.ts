// A throwaway PostgreSQL cluster for the server tests: TEST_DATABASE_URL when given,
// otherwise `initdb -A trust` into a temp dir (as the postgres user) and `pg_ctl start` on a
// free port. Each test file creates its own databases in it.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** A fresh, empty database in the cluster. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort() : [];
  if (versions.length === 0) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql, as .ci/run does)');
  return join(root, versions[versions.length - 1], 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function startPostgres(): Promise<PostgresCluster> {
  const given = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  let stop = async () => {};
  if (given) {
    adminUrl = given;
  } else {
    const bin = binDir();
    const dir = mkdtempSync(join(tmpdir(), 'sc-pg-'));
    const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    if (asPostgres.length) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    const run = (cmd: string, args: string[]) => {
      const [exe, ...rest] = [...asPostgres, join(bin, cmd), ...args];
      execFileSync(exe, rest, { stdio: 'pipe' });
    };
    const data = join(dir, 'data');
    run('initdb', ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '-D', data]);
    const port = await freePort();
    run('pg_ctl', ['start', '-w', '-D', data, '-l', join(dir, 'log'), '-o', `-c listen_addresses=127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c unix_socket_directories=${dir} -c max_connections=200`]);
    adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    stop = async () => {
      run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', data]);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const created: string[] = [];
  return {
    async createDatabase(name: string) {
      const unique = `${name}_${process.pid}_${Date.now().toString(36)}_${created.length}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${unique}"`);
      } finally {
        await admin.end();
      }
      created.push(unique);
      return withDatabase(adminUrl, unique);
    },
    async stop() {
      if (given) {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
        await admin.end();
      }
      await stop();
    },
  };
}
