// Starts test/bench/app-server.ts (the build served as app:// serves it) for a benchmark. It
// refuses a port that already answers: a server left over from an interrupted run would
// otherwise be measured instead, serving whatever build it was started with.
import { spawn } from 'node:child_process';

const answers = async (url) => {
  try { return (await fetch(url)).ok; } catch { return false; }
};

/** Serves `dist` on 127.0.0.1:`port`; resolves once it answers, with its origin and a stop function. */
export async function serveApp({ root, dist, port, ms = 60_000 }) {
  const origin = `http://127.0.0.1:${port}/`;
  if (await answers(origin)) throw new Error(`${origin} already answers (a server left over from an earlier run?): stop it, or set BENCH_PORT`);
  const server = spawn(process.execPath, ['--import', 'tsx', 'test/bench/app-server.ts', dist, String(port)], { cwd: root, stdio: 'ignore', detached: true });
  let exited = false;
  server.on('exit', () => { exited = true; });
  const stop = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
  for (const until = Date.now() + ms; Date.now() < until && !exited;) {
    if (await answers(origin)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`the app server did not start on ${origin}`);
}
