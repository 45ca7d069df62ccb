import { readFile } from 'node:fs/promises';
import { SummaryInputError } from './parse-summary.ts';

/**
 * Reads an input file of a report tool (a summary.json, k6's JSON log) as utf-8. A missing or
 * unreadable file is a one-line {@link SummaryInputError} naming it, the error code and what
 * `expected` it to be, so every tool that reads a run's files refuses them the same way.
 */
export async function readInputFile(file: string, expected: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SummaryInputError(`${file}: cannot be read (${code}); expected ${expected}`);
  }
}
