import type { SummaryV1 } from './summary-schema.ts';
import { describeExemplar, failureMessage, sloRow } from './slo-rows.ts';
import type { JUnitSuite } from './junit-xml.ts';

/** The run's SLOs as one JUnit suite, one test case per SLO; breached and no-data cases fail. */
export function sloJUnitSuite(summary: SummaryV1): JUnitSuite {
  return {
    name: `mythical-k6 SLOs ${summary.scenario} ${summary.testid}`,
    timestamp: summary.window.start,
    time: summary.totals.durationSeconds,
    properties: { testid: summary.testid, scenario: summary.scenario, profile: summary.profile, mode: summary.mode },
    cases: summary.slos.map((slo) => {
      const row = sloRow(slo);
      const details = [
        slo.description,
        `objective: ${row.objective}`,
        `bad events: ${row.bad}, share ${row.share}`,
        `breach at: ${row.breachAt}`,
        `detects: ${row.detects}`,
        `observed: ${row.observed}`,
        `verdict: ${row.verdict}`,
        `error budget used: ${row.budget}`,
        `samples: ${slo.samples}`,
        ...slo.exemplars.map((e) => {
          const { head, detail } = describeExemplar(e);
          return `${head} (${detail})${e.traceUrl ? `: ${e.traceUrl}` : ''}`;
        }),
        `logs: ${slo.links.loki}`,
        `traces: ${slo.links.tempo}`,
        `SLI: ${slo.links.mimir}`,
      ].join('\n');
      return {
        name: slo.id,
        classname: `mythical-k6.slo.${slo.kind}`,
        ...(slo.verdict === 'pass' ? {} : { failure: { message: failureMessage(slo), type: slo.verdict, body: details } }),
        systemOut: details,
      };
    }),
  };
}
