import { renderJUnit, type JUnitCase } from '../../lib/report/junit-xml.ts';
import { SLI_LABELS, type Comparison, type GateResult } from './compare.ts';
import { formatChange, formatValue, regressionLine } from './format.ts';

function toCase(c: Comparison): JUnitCase {
  const values = `baseline ${formatValue(c.sli, c.baseline)}, current ${formatValue(c.sli, c.current)} (${formatChange(c.change)}), limit ${formatValue(c.sli, c.limit)}`;
  const testCase: JUnitCase = { name: `${c.group} ${SLI_LABELS[c.sli]}`, classname: `mythical-k6.gate.${c.sli}`, systemOut: values };
  if (c.status === 'regression') testCase.failure = { message: regressionLine(c), type: 'regression', body: values };
  if (c.status === 'skipped') testCase.skipped = c.note;
  return testCase;
}

/** The gate as JUnit: one suite per comparison, one case per group and SLI. */
export function renderGateJUnit(result: GateResult): string {
  const t = result.tolerances;
  return renderJUnit([
    {
      name: `gate ${result.current.scenario}`,
      properties: {
        baseline: result.baseline.testid,
        current: result.current.testid,
        profile: result.current.profile,
        tolerance: String(t.relative),
        latencyFloorMs: String(t.latencyFloorMs),
        errorRateFloor: String(t.errorRateFloor),
        rpsFloor: String(t.rpsFloor),
        minRequests: String(t.minRequests),
      },
      cases: result.comparisons.map(toCase),
    },
  ]);
}
