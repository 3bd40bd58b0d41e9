import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The real service (`src/main.ts`) as its own process, and what it has logged so far. */
export interface ServiceProcess {
  child: ChildProcess;
  /** stdout and stderr as one text (pino's JSON lines, and anything printed). */
  log(): string;
  /** The JSON log lines whose message is `message`. */
  lines(message: string): Array<Record<string, unknown>>;
  /** Resolves once `count` processes have logged "twokey ready", with those lines; rejects if it exits first. */
  ready(count?: number): Promise<Array<Record<string, unknown>>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startServiceProcess(env: NodeJS.ProcessEnv): ServiceProcess {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, '../../src/main.ts')],
    { cwd: join(__dirname, '../..'), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const listeners = new Set<() => void>();
  const append = (data: Buffer) => {
    log += data;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines = (message: string) =>
    log
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes(`"${message}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const ready = (count = 1) =>
    new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      const check = () => {
        const found = lines('twokey ready');
        if (found.length >= count) {
          listeners.delete(check);
          resolve(found);
        }
      };
      listeners.add(check);
      check();
      void exited.then(() => reject(new Error(`the service exited before it was ready:\n${log}`)));
    });
  return { child, log: () => log, lines, ready, exited };
}
