import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The documents a reader follows: the README, the contributor guide and every page of docs/. */
const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file)),
];

/**
 * The text a reader sees as prose: fenced blocks and inline code dropped, since a `](x)` inside
 * code is an example, not a link.
 */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Every relative link target of a Markdown text (web and mail links left out). */
function relativeLinks(markdown: string): string[] {
  const targets = [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]);
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings, with GitHub's `-1`, `-2` for repeated ones. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const base = headingAnchor(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** What is wrong with one link of `from`, or undefined when it resolves (file and anchor). */
function brokenReason(from: string, target: string): string | undefined {
  const [path, anchor] = target.split('#', 2);
  const file = path === '' ? from : normalize(join(dirname(from), decodeURIComponent(path)));
  if (!existsSync(file)) return `${file} does not exist`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return anchors(readFileSync(file, 'utf8')).has(anchor) ? undefined : `${file} has no heading #${anchor}`;
}

describe('relative links of the docs', () => {
  it('finds relative links and leaves code and web links out', () => {
    const text = 'See [a](docs/a.md#x), [web](https://k6.io) and `[no](b.md)`.\n```\n[no](c.md)\n```\n';
    expect(relativeLinks(text)).toEqual(['docs/a.md#x']);
    expect(headingAnchor("k6's HTML report")).toBe('k6s-html-report');
    expect(headingAnchor('Rows, and `npm run sweep`')).toBe('rows-and-npm-run-sweep');
  });

  it.each(DOCUMENTS)('%s: every relative link reaches an existing file and heading', (document) => {
    const links = relativeLinks(readFileSync(document, 'utf8'));
    const broken = links.flatMap((target) => {
      const reason = brokenReason(document, target);
      return reason ? [`${target}: ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
