/** The suite's version, as in package.json (a unit test keeps the two equal); sent in the User-Agent. */
export const SUITE_VERSION = '0.1.0';
