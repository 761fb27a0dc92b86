/**
 * `vitrine <command> ...`: a thin dispatcher. Each command lives in `commands/<name>.ts`, exports `run(args, io)`
 * and returns its exit code; the libraries it calls never print or exit.
 */
import type { Io } from './io.ts';
import { processIo } from './io.ts';

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[], io: Io) => Promise<number> }>;
}

const commands: Record<string, Command> = {
  build: { summary: 'build the site; a bad content file gets one line per problem, no stack trace', load: () => import('./commands/build.ts') },
  bib: { summary: 'parse and normalise BibTeX files, print entries and diagnostics', load: () => import('./commands/bib.ts') },
  check: { summary: 'check a plan against an instance: vitrine check <instance> <plan>', load: () => import('./commands/check.ts') },
  convert: { summary: 'convert between .btrp scripts and BtrPlace JSON: vitrine convert <in> <out>', load: () => import('./commands/convert.ts') },
  record: { summary: 'solve scenarios of demos/ again and write their recording.json: vitrine record <scenario>...', load: () => import('./commands/record.ts') },
  solve: { summary: 'compute a placement and a timed plan: vitrine solve <instance>', load: () => import('./commands/solve.ts') },
};

export const USAGE_ERROR = 2;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? USAGE_ERROR : 0;
  }
  if (name === '--version') {
    io.out(await version());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`vitrine: unknown command '${name}'\n\n${usage()}`);
    return USAGE_ERROR;
  }
  let mod;
  try {
    mod = await command.load();
  } catch {
    io.err(`vitrine: the '${name}' command is not available in this build`);
    return USAGE_ERROR;
  }
  return mod.run(rest, io);
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return ['usage: vitrine <command> [options]', '', 'commands:', ...lines, '', 'Run `vitrine <command> --help` for its options.'].join('\n');
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return `vitrine ${pkg.version}`;
}
