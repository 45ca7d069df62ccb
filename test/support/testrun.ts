import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The `k6 archive` step a TestRun's header states, and the ConfigMap made from its file. */
export interface ArchiveStep {
  /** The bundle archived, e.g. `dist/load.js`. */
  script: string;
  /** The archive file (`-O`): the ConfigMap's one key. */
  out: string;
  /** The `-e` settings k6 stores in the archive; they fix the run's options there. */
  env: Record<string, string>;
  /** `kubectl create configmap <name> --from-file=<file>`. */
  configMap: { name: string; file: string };
}

/** A k6-operator TestRun of deploy/k8s/ with the archive step its header comment documents. */
export interface DocumentedTestRun {
  /** The parsed manifest, read field by field by the tests. */
  testRun: any;
  archive: ArchiveStep;
}

/**
 * Reads `path` and the two commands of its header (`#   k6 archive …`, `#   kubectl create
 * configmap …`), so tests check the manifest against the commands users copy from it.
 */
export function readTestRun(path: string): DocumentedTestRun {
  const text = readFileSync(path, 'utf8');
  const command = (prefix: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`#   ${prefix} `));
    if (!line) throw new Error(`${path}: no "#   ${prefix} …" line in the header`);
    return line.slice(4).trim().split(/\s+/).slice(prefix.split(' ').length);
  };
  const archiveArgs = command('k6 archive');
  const env: Record<string, string> = {};
  let out = 'archive.tar';
  let script: string | undefined;
  for (let i = 0; i < archiveArgs.length; i++) {
    const arg = archiveArgs[i];
    if (arg === '-e') {
      const [name, ...value] = archiveArgs[++i].split('=');
      env[name] = value.join('=');
    } else if (arg === '-O') out = archiveArgs[++i];
    else if (arg.startsWith('-')) throw new Error(`${path}: k6 archive flag ${arg} not understood by this reader`);
    else script = arg;
  }
  if (script === undefined) throw new Error(`${path}: k6 archive names no script`);
  const [name, fromFile] = command('kubectl create configmap');
  const file = fromFile?.match(/^--from-file=(.+)$/)?.[1];
  if (!name || !file) throw new Error(`${path}: expected "kubectl create configmap <name> --from-file=<file>"`);
  return { testRun: parse(text), archive: { script, out, env, configMap: { name, file } } };
}

/** The archive step as `k6 archive` arguments, with `env` overriding or adding settings. */
export function archiveArgs(step: ArchiveStep, out: string, env: Record<string, string> = {}): string[] {
  const settings = Object.entries({ ...step.env, ...env }).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
  return ['archive', step.script, '-O', out, ...settings];
}

/** The files of a tar archive (ustar headers: name, prefix, size), with their bytes. */
export function tarEntries(tar: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const field = (block: Buffer, start: number, length: number) => block.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const name = field(header, 0, 100);
    if (name === '') break;
    const prefix = field(header, 345, 155);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1);
    if (type === '0' || type === '') entries.set(prefix ? `${prefix}/${name}` : name, tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
