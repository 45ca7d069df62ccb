import { readFileSync } from 'node:fs';
import { lines } from './run-process.ts';

/** One sample of k6's `--out json` output. */
export interface Point {
  type: 'Point';
  metric: string;
  data: { value: number; tags: Record<string, string>; metadata?: Record<string, string> };
}

/** The samples of a k6 `--out json` file. */
export function points(file: string): Point[] {
  return lines(readFileSync(file, 'utf8'))
    .map((line) => JSON.parse(line) as Point | { type: string })
    .filter((entry): entry is Point => entry.type === 'Point');
}
