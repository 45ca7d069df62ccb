/**
 * `npm run build`: bundles every scenario into `dist/` (committed) with the name data.
 * `npm run build:check`: builds into a temp dir and fails when `dist/` differs from it.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildError, buildDist, DIST } from './build/bundle.ts';

/** Every file under `dir`, keyed by its POSIX path inside `dir`; empty when `dir` is missing. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else files.set(relative, readFileSync(path.join(dir, relative)));
    }
  };
  walk('');
  return files;
}

/** Writes `files` into `dir` and removes any other file there, so `dir` holds exactly the build. */
export function writeTree(dir: string, files: Map<string, Buffer>): void {
  for (const stale of readTree(dir).keys()) {
    if (!files.has(stale)) rmSync(path.join(dir, stale));
  }
  for (const [relative, content] of files) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}

/** The paths that differ between two trees: changed, missing on either side. Sorted. */
export function diffTrees(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const same = (file: string) => {
    const [want, have] = [expected.get(file), actual.get(file)];
    return want !== undefined && have !== undefined && want.equals(have);
  };
  return [...new Set([...expected.keys(), ...actual.keys()])].filter((file) => !same(file)).sort();
}

/** Builds `dist/` when it differs from a fresh build; returns the files it rewrote. */
export async function buildIfStale(dist = DIST): Promise<string[]> {
  const fresh = await buildDist();
  const changed = diffTrees(fresh, readTree(dist));
  if (changed.length > 0) writeTree(dist, fresh);
  return changed;
}

/** Builds into a temp dir and compares with `dist`; the differing paths (empty when in sync). */
export async function checkDist(dist = DIST): Promise<string[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-build-'));
  try {
    writeTree(scratch, await buildDist());
    return diffTrees(readTree(scratch), readTree(dist));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<number> {
  try {
    return await buildOrCheck(args);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(error.message);
    return 1;
  }
}

async function buildOrCheck(args: string[]): Promise<number> {
  if (args.length > 1 || (args.length === 1 && args[0] !== '--check')) {
    console.error(`build: ${args.join(' ')} is not valid: expected no argument, or --check`);
    return 2;
  }
  if (args[0] === '--check') {
    const differing = await checkDist();
    if (differing.length === 0) return 0;
    console.error(
      `build:check: dist/ differs from a fresh build in ${differing.map((file) => `dist/${file}`).join(', ')}: ` +
        'run `npm run build` and commit dist/',
    );
    return 1;
  }
  const fresh = await buildDist();
  writeTree(DIST, fresh);
  for (const [file, content] of fresh) console.log(`dist/${file}  ${(content.length / 1024).toFixed(1)} KiB`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
