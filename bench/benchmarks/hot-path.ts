import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleK6Script } from '../../tools/build/k6-script.ts';
import { K6_MIN_VERSION, findK6 } from '../../tools/k6-binary.ts';
import { againstServer } from '../child.ts';
import { inTempDir } from '../temp-dir.ts';

/** Requests timed per request figure, and calls per piece: enough for a stable mean in one VU. */
const REQUESTS = 300;
const CALLS = 3000;

/**
 * What each piece of the suite's per-request work costs a VU, in microseconds of one VU's time,
 * next to a bare GET that reads and parses the same body: the suite's whole GET, then trace ids,
 * exemplar decision, check, body parsing, POST body, mix draw. Timed inside k6 (the suite's own
 * modules, bundled as the scenarios are) against a sandbox in its own process. Needs k6.
 */
export async function hotPath(): Promise<string[]> {
  const k6 = await findK6();
  if (!k6) return [`hot path: skipped (k6 not found: set K6_BIN or put k6 >= ${K6_MIN_VERSION} on PATH)`];
  return againstServer('targets/sandbox.ts', (url) =>
    inTempDir(async (dir) => {
      const script = await bundleK6Script(fileURLToPath(new URL('../load/hot-path.k6.ts', import.meta.url)), dir, 'hot-path.js');
      const { stderr } = await promisify(execFile)(k6, ['run', '--quiet', '--log-format=json', script], {
        env: { ...process.env, BASE_URL: url, HOT_PATH_REQUESTS: String(REQUESTS), HOT_PATH_CALLS: String(CALLS) },
        cwd: dir,
      });
      const line = stderr
        .split('\n')
        .map((text) => (text.startsWith('{') ? (JSON.parse(text) as { msg?: string }).msg : undefined))
        .find((message) => message?.startsWith('hot-path '));
      if (!line) throw new Error(`hot path: k6 printed no figures: ${stderr.slice(-500)}`);
      const figures = JSON.parse(line.slice('hot-path '.length)) as Record<string, number>;
      const floor = figures['bare GET, body read and parsed'];
      return [
        `one VU, loopback; µs per call, and as a share of the bare GET (${floor.toFixed(0)} µs)`,
        ...Object.entries(figures).map(([piece, us]) => `${piece.padEnd(64)} ${us.toFixed(1).padStart(8)} µs ${((us / floor) * 100).toFixed(0).padStart(5)}%`),
      ];
    }),
  );
}
