/**
 * The k6 modules the suite's k6 code calls, imported here once. Every `import` statement of a
 * k6 module in a bundle costs each VU about 0.7 KB (k6 hands the module to the VU anew), and
 * esbuild keeps one statement per importing file: importing them from here keeps one per
 * bundle. Types come from the modules themselves (`import type`).
 */
import exec from 'k6/execution';
import http from 'k6/http';

export { check } from 'k6';
export { SharedArray } from 'k6/data';
export { Counter } from 'k6/metrics';
export { exec, http };
