/**
 * Runs a command for a benchmark and measures it: wall time, and CPU time of the command and all its
 * descendants (the machine is shared: CPU time is the figure a load does not inflate).
 */
import { spawn } from 'node:child_process';

export interface Measured {
  status: number | null;
  seconds: number;
  /** User + system time of the command and of every process it waited for; undefined when stopped. */
  cpuSeconds?: number;
  timedOut: boolean;
  /** stdout and stderr, interleaved. */
  log: string;
}

/**
 * bash's `times` prints, on its second line, the CPU time of the shell's finished children and of their own
 * waited-for children (getrusage RUSAGE_CHILDREN): Node threads, npx, Pagefind's native binary included.
 */
const WITH_TIMES = '"$@"; status=$?; echo; times; exit $status';

export async function runMeasured(command: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutSeconds = 900): Promise<Measured> {
  const start = performance.now();
  const child = spawn('bash', ['-c', WITH_TIMES, 'bench', ...command], { cwd, env, detached: true });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGTERM'); // the whole process group: nothing left running
  }, timeoutSeconds * 1000);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  const seconds = (performance.now() - start) / 1000;
  const times = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(log);
  const cpuSeconds = times ? 60 * Number(times[5]) + Number(times[6]) + 60 * Number(times[7]) + Number(times[8]) : undefined;
  return { status, seconds, timedOut, log, ...(cpuSeconds === undefined ? {} : { cpuSeconds }) };
}
