import { Client } from 'pg';
import type { Logger } from '../logging/logger';
import { LocalFanOut, PubSub, RelayTarget } from './pubsub';
import { decodeMessage, Topic, TopicPayloads } from './topics';

export interface PgNotifyOptions {
  /** The database every instance shares (the listener gets a dedicated connection to it). */
  connectionString: string;
  logger: Logger;
  channel?: string;
  /** First and longest wait between reconnection attempts. */
  reconnectDelayMs?: { initial: number; max: number };
  /** How often the listening connection is checked with `SELECT 1` (a silent TCP loss is found this way). */
  heartbeatMs?: number;
  queueLimit?: number;
  /** Recent event ids remembered to drop duplicates. */
  recentIds?: number;
}

/**
 * PostgreSQL LISTEN/NOTIFY between instances. One dedicated connection per instance LISTENs on a
 * single channel; the outbox relay of whichever instance claims an event sends it with
 * `pg_notify(channel, message)` in the statement that marks it relayed (src/events/outbox.ts).
 * Each instance hears its own events too, so local and remote subscribers get them the same way;
 * the message carries the event id, and an id heard twice is handed to subscribers once.
 *
 * When the listening connection is lost it is re-established with exponential back-off; events
 * published meanwhile are gone, so once it is back `onGap` listeners are told to make clients
 * catch up. NOTIFY is per database: instances must share the database, not just the server.
 */
export class PgNotifyPubSub implements PubSub {
  readonly channel: string;
  readonly relayTarget: RelayTarget;
  private readonly fanOut: LocalFanOut;
  private client: Client | null = null;
  private closing = false;
  private reconnecting = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  private constructor(private readonly options: PgNotifyOptions) {
    this.channel = options.channel ?? 'twokey_events';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel))
      throw new Error('the event channel must be a lower-case SQL identifier');
    this.fanOut = new LocalFanOut(options.queueLimit ?? 10_000, options.recentIds);
    this.relayTarget = { notify: this.channel };
  }

  /** Connects and LISTENs before returning, so nothing published after start-up is missed. */
  static async start(options: PgNotifyOptions): Promise<PgNotifyPubSub> {
    const pubsub = new PgNotifyPubSub(options);
    pubsub.client = await pubsub.listen();
    const every = options.heartbeatMs ?? 15_000;
    pubsub.heartbeat = setInterval(() => void pubsub.checkConnection(), every);
    pubsub.heartbeat.unref();
    return pubsub;
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    return this.fanOut.subscribe(topic);
  }

  onGap(listener: () => void): () => void {
    return this.fanOut.onGap(listener);
  }

  problem(): string | null {
    if (this.closing) return 'closed';
    return this.client ? null : 'the event listener connection is lost (reconnecting)';
  }

  /** Events dropped because their id had been delivered already. */
  get duplicates(): number {
    return this.fanOut.duplicates;
  }

  /** The backend pid of the listening connection (for tests and diagnostics). */
  async listenerPid(): Promise<number | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return rows[0]?.pid ?? null;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    this.fanOut.endAll();
    if (client) await client.end().catch(() => undefined);
  }

  private async listen(): Promise<Client> {
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: 'twokey-events',
      keepAlive: true,
    });
    client.on('notification', (msg) => {
      if (msg.channel !== this.channel || msg.payload === undefined) return;
      const message = decodeMessage(msg.payload);
      if (!message) {
        this.options.logger.warn(
          { channel: msg.channel, bytes: msg.payload.length },
          'ignored a malformed event message',
        );
        return;
      }
      this.fanOut.deliver(message);
    });
    // pg emits 'error' for a lost connection and may emit 'end' as well: one reconnection either way
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private lost(client: Client, error: Error | null): void {
    if (this.closing || client !== this.client) return;
    this.client = null;
    this.options.logger.warn(
      { err: error?.message ?? 'connection ended', channel: this.channel },
      'event listener connection lost; reconnecting',
    );
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.scheduleReconnect(0);
  }

  private scheduleReconnect(attempt: number): void {
    if (this.closing || this.reconnecting) return;
    this.reconnecting = true;
    const { initial, max } = this.options.reconnectDelayMs ?? { initial: 100, max: 5_000 };
    const delay = Math.min(max, initial * 2 ** attempt) * (0.75 + Math.random() / 2);
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        const client = await this.listen();
        this.reconnecting = false;
        if (this.closing) {
          await client.end().catch(() => undefined);
          return;
        }
        this.client = client;
        this.options.logger.info(
          { channel: this.channel, attempts: attempt + 1 },
          'event listener reconnected; clients will catch up',
        );
        this.fanOut.gap();
      } catch (error) {
        this.reconnecting = false;
        this.options.logger.warn(
          { err: error instanceof Error ? error.message : String(error), attempt: attempt + 1 },
          'event listener reconnection failed',
        );
        this.scheduleReconnect(attempt + 1);
      }
    }, delay);
    this.reconnectTimer.unref();
  }

  private async checkConnection(): Promise<void> {
    const client = this.client;
    if (!client || this.closing) return;
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('heartbeat timed out')), 5_000).unref(),
    );
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
