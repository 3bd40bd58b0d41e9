import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** USER_HZ on Linux: the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by this process (all its threads). */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

interface ProcessStat {
  pid: number;
  parent: number;
  name: string;
  cpuSeconds: number;
}

/** Every process on this machine (Linux /proc; empty elsewhere). */
function processes(): ProcessStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: ProcessStat[] = [];
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      found.push({
        pid: Number(pid),
        name: stat.slice(stat.indexOf('(') + 1, close),
        parent: Number(fields[1]),
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, // utime, stime
      });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** CPU seconds used so far by every process named `postgres` (NaN where /proc is missing): the database's share, when it is local. */
export function postgresCpuSeconds(): number {
  const all = processes();
  if (all.length === 0) return NaN;
  return all.filter((p) => p.name.startsWith('postgres')).reduce((sum, p) => sum + p.cpuSeconds, 0);
}

/** CPU seconds used so far by a process and all its descendants (e.g. a primary and its workers). */
export function processTreeCpuSeconds(root: number): number {
  const all = processes();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all)
      if (!inTree.has(p.pid) && inTree.has(p.parent)) {
        inTree.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.cpuSeconds, 0);
}

/**
 * The CPU model and its widest vector instructions: ONNX Runtime's convolutions depend on them
 * (AVX-512 or AVX2 only), so figures from different hosts are not comparable.
 */
export function cpuSummary(): string {
  let simd = 'unknown';
  try {
    const flags = new Set(
      /^flags\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].split(/\s+/) ?? [],
    );
    if (flags.size > 0)
      simd = flags.has('avx512f')
        ? `AVX-512${flags.has('avx512_vnni') ? ' (VNNI)' : ''}`
        : flags.has('avx2')
          ? 'AVX2 (no AVX-512)'
          : 'no AVX2';
  } catch {
    // not Linux: the model name alone
  }
  return `${cpus()[0]?.model ?? 'unknown CPU'}; vector instructions: ${simd}`;
}
