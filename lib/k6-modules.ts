/**
 * The k6 modules the suite's k6 code calls, imported here once. Every `import` statement of a
 * k6 module in a bundle costs each VU about 0.7 KB (k6 hands the module to the VU anew), and
 * esbuild keeps one statement per importing file: importing them from here keeps one per
 * bundle. Types come from the modules themselves (`import type`).
 */
import exec from 'k6/execution';
import http from 'k6/http';
import { check as k6Check } from 'k6';

export { SharedArray } from 'k6/data';
export { Counter } from 'k6/metrics';
export { exec, http };

/**
 * k6's `check`, read once. Each read of a named import of a k6 module asks the module for its
 * exports again and wraps the Go function anew (k6's `goModuleInstance.GetBindingValue`): called
 * through the import, every check would leave about 0.8 KB of garbage. A default import
 * (`exec`, `http`) is read once by k6 itself; `SharedArray` and `Counter` are read only in init.
 */
export const check: typeof k6Check = k6Check;
