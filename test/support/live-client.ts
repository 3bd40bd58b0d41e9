import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

/** What one subscription has received so far, in order. */
export class Received<T> {
  readonly items: T[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private waiters: Array<() => void> = [];

  add(item: T): void {
    this.items.push(item);
    this.wake();
  }

  fail(error: unknown): void {
    this.errors.push(error);
    this.wake();
  }

  /** Resolves with the first item matching `predicate` (already received or yet to come). */
  async waitFor(predicate: (item: T) => boolean, timeoutMs = 15_000, what = 'a matching notice'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.items.find(predicate);
      if (found) return found;
      if (this.errors.length) throw new Error(`subscription failed: ${JSON.stringify(this.errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.items)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves once the subscription ends with an error (e.g. a live feed cut off). */
  async waitForError(timeoutMs = 15_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    while (!this.errors.length) {
      if (Date.now() > deadline) throw new Error('timed out waiting for a subscription error');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.errors[0];
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

/**
 * A real graphql-ws client (graphql-ws' own `createClient` over `ws`), authenticated in
 * connection_init like a browser would be, and never retrying: a test sees each close as it is.
 */
export class LiveClient {
  /** Resolves when the server acknowledged connection_init; rejects if the socket closed first. */
  readonly connected: Promise<void>;
  readonly closed: Promise<Closed>;
  private readonly client: Client;

  /** Opens a socket; `token` undefined sends no authorization at all. */
  constructor(url: string, token: string | undefined) {
    let onConnected: () => void = () => undefined;
    let onRefused: (e: Error) => void = () => undefined;
    let onClosed: (c: Closed) => void = () => undefined;
    this.connected = new Promise<void>((resolve, reject) => {
      onConnected = resolve;
      onRefused = reject;
    });
    this.connected.catch(() => undefined);
    this.closed = new Promise<Closed>((resolve) => (onClosed = resolve));
    this.client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      lazy: false,
      retryAttempts: 0,
      shouldRetry: () => false,
      onNonLazyError: () => undefined,
      on: {
        connected: () => onConnected(),
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: unknown };
          onRefused(new Error(`closed ${code} ${String(reason)}`));
          onClosed({ code, reason: String(reason) });
        },
      },
    });
  }

  subscribe<TData, TVars extends Record<string, unknown> = Record<string, never>>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables?: TVars,
  ): Received<TData> {
    const received = new Received<TData>();
    this.client.subscribe<TData>(
      { query: typeof document === 'string' ? document : print(document), variables },
      {
        next: (result) => {
          if (result.errors?.length) received.fail(result.errors);
          else if (result.data) received.add(result.data as TData);
        },
        error: (error) => received.fail(error instanceof Error ? error.message : error),
        complete: () => {
          received.completed = true;
        },
      },
    );
    return received;
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

/**
 * A bare graphql-transport-ws socket (`ws` itself), for sending what graphql-ws' client never
 * would: oversized frames, messages before connection_init.
 */
export class RawSocket {
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<Closed>;
  private readonly messages: Array<{ type: string; id?: string; payload?: unknown }> = [];
  private waiters: Array<() => void> = [];

  constructor(url: string) {
    this.socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    this.opened = new Promise<void>((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.opened.catch(() => undefined);
    this.closed = new Promise<Closed>((resolve) =>
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    // a server that closes mid-send (e.g. after a frame header over its limit) resets the connection
    this.socket.on('error', () => undefined);
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)));
      for (const waiter of this.waiters.splice(0)) waiter();
    });
  }

  send(message: string | object): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** connection_init with the token, resolved at connection_ack. */
  async signIn(token: string): Promise<void> {
    await this.opened;
    this.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    await this.next('connection_ack');
  }

  async next(type: string, timeoutMs = 10_000): Promise<{ type: string; id?: string; payload?: unknown }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((m) => m.type === type);
      if (index >= 0) return this.messages.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out waiting for ${type}; received ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.terminate();
  }
}
