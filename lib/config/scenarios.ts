/** A load knob a scenario may let the user override. */
export type LoadKnob = 'VUS' | 'ITERATIONS' | 'DURATION' | 'RATE';

/**
 * Which load knobs each scenario honours. It lives here, in a pure module, so the run tool can
 * refuse a knob the scenario would ignore before k6 starts; a scenario adds its line when it
 * is written. A scenario not listed honours none.
 */
export const SCENARIO_KNOBS: Readonly<Record<string, readonly LoadKnob[]>> = {
  smoke: ['VUS', 'ITERATIONS'],
  load: ['RATE', 'DURATION'],
  stress: ['RATE'],
  spike: ['RATE'],
  soak: ['RATE', 'DURATION'],
  breakpoint: [],
};
