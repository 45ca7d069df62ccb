/** Rows as each renderer prints them, read back: [id, objective, observed, verdict, budget]. */
export function tableRows(table: string): string[][] {
  return table.split('\n').filter((line) => /^ {2}(availability|latency|checks)-/.test(line)).map((line) => line.trim().split(/ {2,}/));
}
/** Markdown table rows, unescaped. */
export function markdownRows(markdown: string): string[][] {
  return markdown.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.slice(2, -2).split(' | ').map((cell) => cell.replace(/`/g, '').replace(/\\\|/g, '|')));
}
/** JUnit test cases: [name, failed]. */
export function junitRows(xml: string): Array<[string, boolean]> {
  return [...xml.matchAll(/<testcase name="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => [m[1], (m[3] ?? '').includes('<failure')]);
}

