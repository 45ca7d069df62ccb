import { readFile } from 'node:fs/promises';
import { BadInput } from '../bad-input.ts';

/**
 * Reads an input file of a report tool (a summary.json, k6's JSON log) as utf-8. A missing or
 * unreadable file is a one-line {@link BadInput} naming it, the error code and what
 * `expected` it to be, so every tool that reads a run's files refuses them the same way.
 */
export async function readInputFile(file: string, expected: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new BadInput(`${file}: cannot be read (${code}); expected ${expected}`);
  }
}
