import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

/** A ConfigMap holds at most 1 MiB; k6-operator mounts one as the script volume. */
export const CONFIGMAP_LIMIT_BYTES = 1_048_576;

/**
 * ConfigMap keys cannot hold `/`: `data/names.json` becomes `data__names.json`, and the
 * TestRun's volume `items` map it back to `data/names.json`, where the bundles `open()` it.
 */
export function configMapKey(path: string): string {
  return path.replace(/\//g, '__');
}

/** A dist/ tree too big for one ConfigMap; the message names the size and the way out. */
export class ConfigMapTooLarge extends Error {}

/**
 * The ConfigMap of the suite's bundles: one key per file of `files` (path inside dist/ → text),
 * sorted, with a content hash annotation so a changed bundle is visible in `kubectl diff`.
 * Deterministic: the same files give the same bytes.
 */
export function renderConfigMap(files: ReadonlyMap<string, string>, options: { name: string; namespace?: string }): string {
  const paths = [...files.keys()].sort();
  const data: Record<string, string> = {};
  const hash = createHash('sha256');
  let bytes = 0;
  for (const path of paths) {
    const text = files.get(path) as string;
    data[configMapKey(path)] = text;
    hash.update(`${path}\0${text}\0`);
    bytes += Buffer.byteLength(text);
  }
  if (bytes > CONFIGMAP_LIMIT_BYTES) {
    throw new ConfigMapTooLarge(`the files come to ${bytes} bytes, over the ConfigMap limit of ${CONFIGMAP_LIMIT_BYTES}: pass fewer --scenario flags`);
  }
  const manifest = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: options.name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      labels: { 'app.kubernetes.io/name': 'mythical-k6', 'app.kubernetes.io/component': 'scripts' },
      annotations: { 'mythical-k6/content-sha256': hash.digest('hex') },
    },
    data,
  };
  return stringify(manifest, { lineWidth: 0, blockQuote: 'literal' });
}
