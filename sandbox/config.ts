import { parseArgs } from 'node:util';
import { FaultSpecError, parseFaultSpec } from './faults/spec.ts';
import type { SandboxOptions } from './options.ts';

/** A bad flag or variable; the message names the setting and the accepted form. */
export class SandboxConfigError extends Error {}

/** One setting: its flag, its variable, the accepted form (for messages and `--help`) and its parser. */
interface Setting {
  flag: string;
  env: string;
  form: string;
  apply(value: string, options: SandboxOptions, readFile: (path: string) => string): void;
}

const SETTINGS: Setting[] = [
  { flag: 'port', env: 'PORT', form: 'an integer from 0 to 65535 (default 4000)', apply: (v, o) => (o.port = integer(v, 0, 65535)) },
  { flag: 'host', env: 'HOST', form: 'an interface address (default 127.0.0.1)', apply: (v, o) => (o.host = nonEmpty(v)) },
  { flag: 'endpoint-type', env: 'ENDPOINT_TYPE', form: 'DEFAULT or BORING', apply: (v, o) => (o.endpointType = oneOf(v, ['DEFAULT', 'BORING'] as const)) },
  { flag: 'always-succeed', env: 'ALWAYS_SUCCEED', form: 'true or false', apply: (v, o) => (o.alwaysSucceed = oneOf(v, ['true', 'false'] as const) === 'true') },
  { flag: 'seed', env: 'SANDBOX_SEED', form: 'an integer from 0 to 4294967295', apply: (v, o) => (o.seed = integer(v, 0, 4294967295)) },
  {
    flag: 'teardown-timeout',
    env: 'MYTHICAL_SERVER_DATABASE_TEARDOWN_TIMEOUT',
    form: 'milliseconds, an integer from 2 to 86400000 (default 86400000)',
    apply: (v, o) => (o.teardownTimeoutMs = integer(v, 2, 86_400_000)),
  },
  {
    flag: 'teardown-window',
    env: 'SANDBOX_TEARDOWN_WINDOW_MS',
    form: 'milliseconds, an integer from 0 to 600000 (default 100)',
    apply: (v, o) => (o.teardownWindowMs = integer(v, 0, 600_000)),
  },
  { flag: 'database-url', env: 'DATABASE_URL', form: 'a postgres:// or postgresql:// URL', apply: (v, o) => (o.databaseUrl = postgresUrl(v)) },
  { flag: 'database-pool-size', env: 'DATABASE_POOL_SIZE', form: 'an integer from 1 to 100 (default 1)', apply: (v, o) => (o.databasePoolSize = integer(v, 1, 100)) },
  { flag: 'faults', env: 'SANDBOX_FAULTS', form: 'a fault spec as JSON, or @path of a JSON file', apply: (v, o, read) => (o.faults = faults(v, read)) },
  { flag: 'logs', env: 'SANDBOX_LOGS', form: 'stdout or silent', apply: (v, o) => (o.logs = oneOf(v, ['stdout', 'silent'] as const)) },
  { flag: 'logs-target', env: 'LOGS_TARGET', form: 'an http(s) URL of a Loki push endpoint', apply: (v, o) => (o.logsTarget = httpUrl(v)) },
  { flag: 'namespace', env: 'NAMESPACE', form: 'the namespace log label (default mythical)', apply: (v, o) => (o.namespace = nonEmpty(v)) },
];

/** `--help` text: every flag with its variable and accepted form. */
export function usage(): string {
  const lines = SETTINGS.map((s) => `  --${s.flag.padEnd(20)} ${s.env.padEnd(42)} ${s.form}`);
  return `Usage: npm run sandbox -- [flags]   (a flag wins over its variable)\n${lines.join('\n')}\n`;
}

/**
 * The sandbox options from the environment and the command line (a flag wins over its
 * variable); `port` defaults to 4000 here, the real server's port. Throws `SandboxConfigError`.
 */
export function parseSandboxConfig(argv: string[], env: Record<string, string | undefined>, readFile: (path: string) => string): SandboxOptions {
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: argv,
      options: Object.fromEntries(SETTINGS.map((s) => [s.flag, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new SandboxConfigError(`${(error as Error).message.split('\n')[0]} (see --help for the accepted flags)`);
  }
  const options: SandboxOptions = { port: 4000 };
  for (const setting of SETTINGS) {
    const fromFlag = flags[setting.flag] as string | undefined;
    const value = fromFlag ?? env[setting.env];
    if (value === undefined || (fromFlag === undefined && value === '')) continue;
    try {
      setting.apply(value, options, readFile);
    } catch (error) {
      const name = fromFlag !== undefined ? `--${setting.flag}` : setting.env;
      const detail = error instanceof FaultSpecError || error instanceof FileError ? `: ${error.message}` : '';
      throw new SandboxConfigError(`${name} must be ${setting.form}${detail}`);
    }
  }
  return options;
}

class FileError extends Error {}

function integer(value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new Error('not an integer');
  const number = Number(value);
  if (number < min || number > max) throw new Error('out of range');
  return number;
}

function oneOf<T extends string>(value: string, accepted: readonly T[]): T {
  if (!accepted.includes(value as T)) throw new Error('not accepted');
  return value as T;
}

function nonEmpty(value: string): string {
  if (value.trim() === '') throw new Error('empty');
  return value;
}

function postgresUrl(value: string): string {
  if (!/^postgres(ql)?:\/\//.test(value) || !URL.canParse(value)) throw new Error('not a postgres URL');
  return value;
}

function httpUrl(value: string): string {
  if (!/^https?:\/\//.test(value) || !URL.canParse(value)) throw new Error('not an http URL');
  return value;
}

function faults(value: string, readFile: (path: string) => string): ReturnType<typeof parseFaultSpec> {
  let text = value;
  if (value.startsWith('@')) {
    try {
      text = readFile(value.slice(1));
    } catch (error) {
      throw new FileError(`cannot read ${value.slice(1)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FileError('it is not valid JSON');
  }
  return parseFaultSpec(json);
}
