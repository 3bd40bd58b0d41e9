import { createServer, Server, Socket, connect } from 'node:net';

import type { PrimaryRoute } from './failover';

/**
 * A TCP proxy on loopback in front of a real server (here: PostgreSQL), for outage tests. `cut()`
 * drops every open connection and refuses new ones (they are closed as soon as they arrive, as a
 * database that went away would); `restore()` lets connections through again. The database
 * itself keeps running: only the service's route to it is broken.
 */
export class TcpProxy implements PrimaryRoute {
  readonly name = 'the proxy';
  private readonly pairs = new Set<Socket>();
  private down = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const ref: { proxy?: TcpProxy } = {};
    const server = createServer((client) => ref.proxy!.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ref.proxy = new TcpProxy(server, (server.address() as { port: number }).port, target);
    return ref.proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  route(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  cut(): void {
    this.down = true;
    for (const socket of this.pairs) socket.destroy();
    this.pairs.clear();
  }

  restore(): void {
    this.down = false;
  }

  /**
   * New connections go to `target` from now on (as a pooler or load balancer in front of the
   * database is re-pointed at a promoted replica); open ones are left as they are (`cut` them first).
   */
  retarget(target: { host: string; port: number }): void {
    this.target = target;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.pairs.add(a);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        this.pairs.delete(a);
        b.destroy();
      });
      a.pipe(b);
    }
  }
}
