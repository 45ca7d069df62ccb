/**
 * Finds the k6 binary the suite runs with, or builds the pinned version.
 * `npm run k6 [-- args]` ensures k6, then runs it with the args (or prints its path).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The oldest k6 the suite is verified on: every k6 test has run and passed on it. Any newer one
 * is accepted too.
 */
export const K6_MIN_VERSION = '2.2.0';

/** The k6 release the suite pins where it installs k6 itself: `go install`, images, CI actions. */
export const K6_VERSION = '2.3.0';

/** Exit code when k6 is not found and cannot be built (docs/architecture.md). */
export const EXIT_K6_NOT_FOUND = 3;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `ensureK6` builds k6: `.cache/k6/<version>/k6` in the project (git-ignored). */
const K6_CACHE_DIR = path.join(ROOT, '.cache', 'k6', K6_VERSION);

/** The one line that says every way to get k6. */
export const HOW_TO_GET_K6 =
  `set K6_BIN=/path/to/k6, put k6 >= ${K6_MIN_VERSION} on PATH, run \`go install go.k6.io/k6/v2@v${K6_VERSION}\`, ` +
  `or run the suite in the grafana/k6:${K6_VERSION} image`;

/** k6 is missing and could not be built; the message is one line. */
export class K6NotFoundError extends Error {
  constructor(reason: string) {
    super(`k6 >= ${K6_MIN_VERSION} not found (${reason}): ${HOW_TO_GET_K6}`);
    this.name = 'K6NotFoundError';
  }
}

interface Output {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 15_000): Promise<Output> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ code: null, stdout, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** True when `a.b.c` ≥ `minimum` (pre-release suffixes ignored). */
export function versionAtLeast(version: string, minimum: string): boolean {
  const parts = (text: string) => text.split('-')[0].split('.').map(Number);
  const [have, want] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
}

/** The version `k6 version` reports for `binary`, or null when it does not run as k6. */
export async function k6Version(binary: string): Promise<string | null> {
  const { code, stdout } = await run(binary, ['version']);
  const match = /k6 v(\d+\.\d+\.\d+\S*)/.exec(stdout);
  return code === 0 && match ? match[1] : null;
}

/** True when `file` exists and may be executed. */
export function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string[] {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .filter(executable);
}

/**
 * The path of a k6 ≥ {@link K6_MIN_VERSION}, looked for in `K6_BIN`, then on PATH, then in the project cache;
 * each candidate must answer `k6 version`. Null when none does.
 */
export async function findK6(): Promise<string | null> {
  const candidates = [process.env.K6_BIN, ...onPath('k6'), path.join(K6_CACHE_DIR, 'k6')];
  for (const candidate of candidates) {
    if (!candidate || !executable(candidate)) continue;
    const version = await k6Version(candidate);
    if (version && versionAtLeast(version, K6_MIN_VERSION)) return candidate;
  }
  return null;
}

/**
 * The path of a usable k6: found, or built once with `go install` into the project cache.
 * Throws {@link K6NotFoundError} (one line naming every way to get k6) when neither works.
 */
export async function ensureK6(log: (line: string) => void = (line) => console.error(line)): Promise<string> {
  const found = await findK6();
  if (found) return found;
  if (onPath('go').length === 0) throw new K6NotFoundError('no Go toolchain to build it');
  const module = `go.k6.io/k6/v2@v${K6_VERSION}`;
  log(`k6 ${K6_VERSION} not found; building it: GOBIN=${path.relative(process.cwd(), K6_CACHE_DIR)} go install ${module}`);
  const env = { ...process.env, GOBIN: K6_CACHE_DIR, GOTOOLCHAIN: 'local' };
  const build = await run('go', ['install', module], env, 20 * 60_000);
  if (build.code !== 0) {
    const lines = build.stderr.split('\n').map((line) => line.trim());
    const reason = lines.filter((line) => line && !line.startsWith('go: downloading')).join('; ');
    throw new K6NotFoundError(`go install failed: ${reason || `exit code ${build.code}`}`);
  }
  const built = await findK6();
  if (!built) throw new K6NotFoundError(`go install did not produce a working ${path.join(K6_CACHE_DIR, 'k6')}`);
  return built;
}

async function main(args: string[]): Promise<number> {
  let k6: string;
  try {
    k6 = await ensureK6();
  } catch (error) {
    if (!(error instanceof K6NotFoundError)) throw error;
    console.error(error.message);
    return EXIT_K6_NOT_FOUND;
  }
  if (args.length === 0) {
    console.log(k6);
    return 0;
  }
  const child = spawn(k6, args, { stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 105 : 1))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
