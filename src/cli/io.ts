/** Where a command writes. Tests pass a recording Io; the binary passes the process's streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Current directory, to resolve relative paths. */
  cwd: string;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
  };
}

/** An Io that records what was written, for tests. */
export function recordingIo(cwd = process.cwd()): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd,
    out(text: string) {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
  };
  return io;
}

/**
 * The common start of a command whose argument parser returns `'help'`, an error message, or its options:
 * `--help` prints the usage (exit 0); a usage error prints the message, then the usage.
 */
export function usageExit(parsed: string, io: Io, command: string, usage: string, errorCode: number): number {
  if (parsed === 'help') {
    io.out(usage);
    return 0;
  }
  io.err(`vitrine ${command}: ${parsed}\n\n${usage}`);
  return errorCode;
}
