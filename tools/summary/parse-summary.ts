import { SUMMARY_SCHEMA, SUMMARY_VERSION, type SummaryV1 } from '../../lib/report/summary-schema.ts';
import { BadInput } from '../bad-input.ts';

const SLI_FIELDS = ['p95Ms', 'p99Ms', 'errorRate', 'rps'] as const;
const EXPECTED = `schema "${SUMMARY_SCHEMA}" version ${SUMMARY_VERSION} (the summary.json a run writes)`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a summary document and checks what its readers rely on: the schema and version first
 * (a newer or foreign document is refused, not guessed at), then the `slis` block.
 * `source` names the input in errors, e.g. `--baseline main/summary.json`.
 */
export function parseSummary(text: string, source: string): SummaryV1 {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new BadInput(`${source}: not JSON; expected ${EXPECTED}`);
  }
  if (!isRecord(doc)) throw new BadInput(`${source}: not a JSON object; expected ${EXPECTED}`);
  if (doc.schema !== SUMMARY_SCHEMA || doc.version !== SUMMARY_VERSION) {
    const found = `schema ${JSON.stringify(doc.schema ?? null)} version ${JSON.stringify(doc.version ?? null)}`;
    throw new BadInput(`${source}: ${found} is not supported; expected ${EXPECTED}`);
  }
  if (!isRecord(doc.slis)) throw new BadInput(`${source}: "slis" is missing; expected ${EXPECTED}`);
  for (const [group, sli] of Object.entries(doc.slis)) {
    const valid =
      isRecord(sli) &&
      typeof sli.requests === 'number' &&
      SLI_FIELDS.every((f) => sli[f] === null || (typeof sli[f] === 'number' && Number.isFinite(sli[f])));
    if (!valid) {
      throw new BadInput(
        `${source}: slis["${group}"] must hold numbers or null for ${SLI_FIELDS.join(', ')} and a number of requests`,
      );
    }
  }
  return doc as unknown as SummaryV1;
}
