import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_LIMIT_BYTES,
  DIST,
  NAMES_FILE,
  ROOT,
  STAGE_FILES,
  buildDist,
  refuseRemoteImports,
  scenarioNames,
} from '../../tools/build/bundle.ts';
import { checkDist, diffTrees, readTree, writeTree } from '../../tools/build.ts';
import { runProcess } from '../support/run-process.ts';

let first: Map<string, Buffer>;
const scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-build-test-'));

beforeAll(async () => {
  first = await buildDist();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bundles = () => [...first].filter(([file]) => file.endsWith('.js'));
const scenarioBundles = () => bundles().filter(([file]) => !STAGE_FILES.includes(file));

describe('the build', () => {
  it('bundles every scenario and the two stages, each with its source map, plus the name data', () => {
    const js = [...scenarioNames().map((name) => `${name}.js`), ...STAGE_FILES];
    expect([...first.keys()]).toEqual([NAMES_FILE, ...js, ...js.map((file) => `${file}.map`)].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps every bundle to code only, within the size limit', () => {
    for (const [file, content] of bundles()) {
      expect(content.length, file).toBeLessThanOrEqual(BUNDLE_LIMIT_BYTES);
      expect(content.toString(), file).not.toContain('data:application/json;base64');
    }
  });

  it('is deterministic: building twice gives the same bytes', async () => {
    const second = await buildDist();
    expect(diffTrees(first, second)).toEqual([]);
    const [a, b] = [path.join(scratch, 'a'), path.join(scratch, 'b')];
    writeTree(a, first);
    writeTree(b, second);
    expect(diffTrees(readTree(a), readTree(b))).toEqual([]);
  });

  it('embeds no absolute path, user or time', () => {
    const stamp = new Date().toISOString().slice(0, 10);
    for (const [file, content] of first) {
      const text = content.toString();
      expect(text, file).not.toContain(ROOT);
      expect(text, file).not.toContain(tmpdir());
      expect(text, file).not.toContain(stamp);
    }
  });

  it('keeps k6 modules external and has no remote import', () => {
    for (const [file, content] of bundles()) {
      const text = content.toString();
      expect(text, file).not.toMatch(/from "https?:/);
      expect(text, file).not.toMatch(/\bopen\("https?:/);
    }
    for (const [file, content] of scenarioBundles()) expect(content.toString(), file).toMatch(/from "k6(\/[a-z/]+)?"/);
  });

  it('requires the stages from a scenario bundle by their paths in dist/, and nothing else', () => {
    for (const [file, content] of scenarioBundles()) {
      expect(content.toString().match(/require\("[^"]*"\)/g), file).toEqual(STAGE_FILES.map((stage) => `require("./${stage}")`));
    }
    for (const stage of STAGE_FILES) expect(first.get(stage)!.toString()).not.toMatch(/require\(/);
  });

  it('names its source map beside it, whose sources are the TypeScript, by relative path', () => {
    for (const [file, content] of bundles()) {
      const base = path.posix.basename(file);
      expect(content.toString(), file).toMatch(new RegExp(`//# sourceMappingURL=${base.replace(/\./g, '\\.')}\\.map\\s*$`));
      const map = JSON.parse(first.get(`${file}.map`)!.toString());
      const up = '../'.repeat(file.split('/').length);
      // A stage entry only re-exports, so it maps to the modules it gathers, e.g. the catalog.
      expect(map.sources).toContain(STAGE_FILES.includes(file) ? `${up}thresholds/catalog.ts` : `${up}scenarios/${base.replace(/\.js$/, '.ts')}`);
      for (const source of map.sources as string[]) expect(source).toMatch(new RegExp(`^${up.replace(/\./g, '\\.')}(lib|scenarios|thresholds)/.+\\.ts$`));
      expect(map.sourcesContent, file).toBeUndefined();
    }
  });

  it('gives JavaScript that parses as an ES module', async () => {
    for (const [file, content] of bundles()) {
      const copy = path.join(scratch, path.posix.basename(file).replace(/\.js$/, '.mjs'));
      writeFileSync(copy, content);
      const result = await runProcess(process.execPath, ['--check', copy]);
      expect(result.code, `${file}: ${result.stderr}`).toBe(0);
    }
  });

  it('puts no faker in any bundle (names are data, generated at build time)', () => {
    for (const [file, content] of bundles()) {
      expect(content.toString(), file).not.toMatch(/faker|@faker-js|Faker/);
    }
  });

  it('refuses a remote import', async () => {
    const attempt = build({
      stdin: { contents: 'import x from "https://jslib.k6.io/k6-utils/1.4.0/index.js"; console.log(x);', resolveDir: ROOT },
      bundle: true,
      write: false,
      logLevel: 'silent',
      plugins: [refuseRemoteImports],
    });
    await expect(attempt).rejects.toThrow(/remote import https:\/\/jslib\.k6\.io.* is not allowed/);
  });
});

describe('the dist check', () => {
  it('passes on a fresh build and fails, naming the file, on a changed, missing or extra file', async () => {
    const dist = path.join(scratch, 'dist');
    cpSync(DIST, dist, { recursive: true });
    writeTree(dist, first);
    expect(await checkDist(dist)).toEqual([]);

    writeFileSync(path.join(dist, 'smoke.js'), Buffer.concat([first.get('smoke.js')!, Buffer.from('\n')]));
    expect(await checkDist(dist)).toEqual(['smoke.js']);

    writeTree(dist, new Map([...first].filter(([file]) => file !== NAMES_FILE)));
    expect(await checkDist(dist)).toEqual([NAMES_FILE]);

    writeTree(dist, new Map([...first, ['stale.js', Buffer.from('x')]]));
    expect(await checkDist(dist)).toEqual(['stale.js']);
  });
});
