import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { executable } from '../../tools/k6-binary.ts';

/** Where a headless Chromium is looked for: `CHROMIUM_BIN`, then Debian's `chromium` package. */
const CANDIDATES = [process.env.CHROMIUM_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Seconds of virtual time the page gets to load, decompress its data and draw, however slow the machine. */
const VIRTUAL_TIME_MS = 15_000;
/** Wall-clock bound on one Chromium run; past it the whole process group is killed. */
const TIMEOUT_MS = 60_000;

/** The Chromium binary, or null where there is none (the browser tests then skip). */
export function findChromium(): string | null {
  return CANDIDATES.find((candidate) => candidate && executable(candidate)) ?? null;
}

/**
 * Flags for a Chromium that opens one local file and touches nothing else: no DevTools port
 * (so it listens on no socket), every host name unresolvable, no background traffic, a
 * throw-away profile. The sandbox cannot start as root, hence `--no-sandbox` only there.
 */
function flags(profile: string): string[] {
  return [
    '--headless',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--user-data-dir=${profile}`,
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--hide-scrollbars',
    `--virtual-time-budget=${VIRTUAL_TIME_MS}`,
  ];
}

/**
 * Runs Chromium on one file with `extra` flags and returns its stdout. It runs in a process group
 * of its own, which is killed when it is done, times out or fails, so no renderer or zygote
 * outlives the test; the profile folder is removed.
 */
async function runChromium(binary: string, file: string, extra: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'mythical-k6-chromium-'));
  const child = spawn(binary, [...flags(profile), ...extra, pathToFileURL(file).href], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  };
  const timer = setTimeout(killGroup, TIMEOUT_MS);
  try {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new Error(`chromium exited with ${code}: ${stderr.split('\n').slice(-5).join(' | ')}`);
    return stdout;
  } finally {
    clearTimeout(timer);
    killGroup();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The DOM of a local HTML file once its scripts have run (`--dump-dom` after the virtual-time budget). */
export function renderedDom(binary: string, file: string): Promise<string> {
  return runChromium(binary, file, ['--dump-dom']);
}

/** A PNG screenshot of a local HTML file as rendered in a `width`×`height` window. */
export async function screenshot(binary: string, file: string, png: string, width = 1280, height = 1600): Promise<void> {
  await runChromium(binary, file, [`--screenshot=${png}`, `--window-size=${width},${height}`]);
}
