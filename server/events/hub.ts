// Pokes: "the tenant's seq moved". In-process listeners; with PostgreSQL every instance
// LISTENs, and the NOTIFY sent inside each write transaction reaches all of them on commit.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { POKE_CHANNEL } from '../sync/tenant-tx';

export type PokeListener = (seq: number) => void;

export class PokeHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private listener: pg.Client | null = null;
  private closed = false;

  /** Called after a local commit (SQLite). With PostgreSQL the NOTIFY does this instead. */
  publish(tenantId: string, seq: number): void {
    this.emitter.emit(tenantId, seq);
  }

  subscribe(tenantId: string, listener: PokeListener): () => void {
    this.emitter.on(tenantId, listener);
    return () => this.emitter.off(tenantId, listener);
  }

  async listenPostgres(url: string, onError: (error: Error) => void): Promise<void> {
    this.closed = false;
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== POKE_CHANNEL || !message.payload) return;
      const split = message.payload.lastIndexOf(':');
      this.publish(message.payload.slice(0, split), Number(message.payload.slice(split + 1)));
    });
    // A lost LISTEN connection would silently stop this instance's pokes: report it and reconnect.
    const reconnect = (error?: Error) => {
      if (this.closed || this.listener !== client) return;
      this.listener = null;
      onError(error ?? new Error('poke listener connection ended'));
      setTimeout(() => { if (!this.closed) this.listenPostgres(url, onError).catch(reconnect); }, 1000).unref();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    await client.connect();
    await client.query(`LISTEN ${POKE_CHANNEL}`);
    this.listener = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }
}
