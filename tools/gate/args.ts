import { parseArgs } from 'node:util';
import { DEFAULT_TOLERANCES, type GateTolerances } from './compare.ts';
import { BadInput } from '../bad-input.ts';

/** What `npm run gate -- ...` was asked to do. */
export interface GateArgs {
  baseline: string;
  current: string;
  /** Where gate.md and gate.junit.xml go; defaults to the current summary's folder. */
  reportDir: string | null;
  tolerances: GateTolerances;
}

/** Usage text printed by `--help`. */
export const USAGE = `usage: npm run gate -- --baseline <summary.json> --current <summary.json> [flags]
  --tolerance <ratio>          relative tolerance per SLI (default ${DEFAULT_TOLERANCES.relative})
  --latency-floor-ms <ms>      latency changes smaller than this pass (default ${DEFAULT_TOLERANCES.latencyFloorMs})
  --error-rate-floor <ratio>   error-rate changes smaller than this pass (default ${DEFAULT_TOLERANCES.errorRateFloor})
  --rps-floor <rps>            throughput drops smaller than this pass (default ${DEFAULT_TOLERANCES.rpsFloor})
  --min-requests <n>           groups with fewer requests are skipped (default ${DEFAULT_TOLERANCES.minRequests})
  --report-dir <dir>           where gate.md and gate.junit.xml go (default: the current summary's folder)
exit codes: 0 pass, 1 regression, 2 bad flag or input file`;

const NUMBER_FLAGS = {
  tolerance: { key: 'relative', max: 10, form: 'a ratio from 0 to 10, e.g. 0.1 for 10%', integer: false },
  'latency-floor-ms': { key: 'latencyFloorMs', max: 600_000, form: 'milliseconds from 0 to 600000, e.g. 10', integer: false },
  'error-rate-floor': { key: 'errorRateFloor', max: 1, form: 'a ratio from 0 to 1, e.g. 0.005', integer: false },
  'rps-floor': { key: 'rpsFloor', max: 1_000_000, form: 'requests per second from 0 to 1000000, e.g. 1', integer: false },
  'min-requests': { key: 'minRequests', max: 1_000_000_000, form: 'a whole number from 0, e.g. 30', integer: true },
} as const satisfies Record<string, { key: keyof GateTolerances; max: number; form: string; integer: boolean }>;

function numberFlag(flag: keyof typeof NUMBER_FLAGS, raw: string): number {
  const { max, form, integer } = NUMBER_FLAGS[flag];
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max || (integer && !Number.isInteger(value))) {
    throw new BadInput(`--${flag}: "${raw}" is not valid; expected ${form}`);
  }
  return value;
}

/**
 * `--tolerance -1` as `--tolerance=-1`: node's parseArgs takes a value that starts with a dash
 * for a flag ("ambiguous"), so the number reaches its own check and its accepted range.
 */
function withNegativeValues(argv: string[]): string[] {
  const numberFlag = (arg: string) => arg.startsWith('--') && arg.slice(2) in NUMBER_FLAGS;
  return argv.flatMap((arg, i) => {
    if (numberFlag(arg) && /^-[\d.]/.test(argv[i + 1] ?? '')) return [`${arg}=${argv[i + 1]}`];
    if (i > 0 && numberFlag(argv[i - 1]) && /^-[\d.]/.test(arg)) return [];
    return [arg];
  });
}

/** Parses the gate's flags, or returns null for `--help`. Throws BadInput on any bad flag. */
export function parseGateArgs(argv: string[]): GateArgs | null {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: withNegativeValues(argv),
      strict: true,
      allowPositionals: false,
      options: {
        baseline: { type: 'string' },
        current: { type: 'string' },
        'report-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.keys(NUMBER_FLAGS).map((f) => [f, { type: 'string' as const }])),
      },
    }));
  } catch (error) {
    throw new BadInput(`${(error as Error).message.split('\n')[0]}; run with --help for the accepted flags`);
  }
  if (values.help) return null;
  for (const flag of ['baseline', 'current'] as const) {
    if (typeof values[flag] !== 'string' || values[flag] === '') {
      throw new BadInput(`--${flag} is required; expected --${flag} <path to a summary.json>`);
    }
  }
  const tolerances: GateTolerances = { ...DEFAULT_TOLERANCES };
  for (const flag of Object.keys(NUMBER_FLAGS) as (keyof typeof NUMBER_FLAGS)[]) {
    const raw = values[flag];
    if (typeof raw === 'string') tolerances[NUMBER_FLAGS[flag].key] = numberFlag(flag, raw);
  }
  return {
    baseline: values.baseline as string,
    current: values.current as string,
    reportDir: typeof values['report-dir'] === 'string' ? values['report-dir'] : null,
    tolerances,
  };
}
