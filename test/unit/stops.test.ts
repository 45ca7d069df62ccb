import { describe, expect, it } from 'vitest';
import { reportDirPath, checkReportDir } from '../../lib/settings/report-dir-check.ts';
import { refuseUrlCredentials, splitCredentials } from '../../lib/settings/url-credentials.ts';
import { k6Errors, runRowsState } from '../../tools/k6-log.ts';

const line = (entry: object) => JSON.stringify(entry);

describe('k6Errors', () => {
  it('lists k6\'s error lines once each, leaving out the abort that repeats one', () => {
    const log = [
      line({ level: 'info', msg: 'mythical-k6.rows mk6.0tp5p19.7x.1gac48', source: 'console' }),
      line({ level: 'error', msg: 'VUS=0 is not valid: expected a whole number from 1 to 2147483647', source: 'console' }),
      line({ level: 'error', msg: "could not initialize 'dist/smoke.js': test aborted: VUS=0 is not valid: expected a whole number from 1 to 2147483647 at readSettings" }),
      line({ level: 'error', msg: 'could not create the output', error: 'bad interval' }),
      '{"level":"error","msg":"cut off',
    ].join('\n');
    expect(k6Errors(log)).toEqual(['VUS=0 is not valid: expected a whole number from 1 to 2147483647', 'could not create the output: bad interval']);
  });
});

describe('runRowsState', () => {
  it('reads the prefix setup logged and whether teardown finished its sweep', () => {
    const rows = line({ level: 'info', msg: 'mythical-k6.rows mk6.0tp5p19.7x.1gac48', source: 'console' });
    const swept = line({ level: 'info', msg: 'mythical-k6.swept mk6.0tp5p19.7x.1gac48', source: 'console' });
    expect(runRowsState(rows)).toEqual({ prefix: 'mk6.0tp5p19.7x.1gac48', swept: false });
    expect(runRowsState(`${rows}\n${swept}`)).toEqual({ prefix: 'mk6.0tp5p19.7x.1gac48', swept: true });
    expect(runRowsState('')).toEqual({ prefix: undefined, swept: false });
  });
});

describe('REPORT_DIR in k6\'s init stage', () => {
  it('resolves a relative folder against the shell\'s PWD, and leaves it unchecked without one', () => {
    expect(reportDirPath('/abs/reports', undefined)).toBe('/abs/reports');
    expect(reportDirPath('./reports', '/repo/')).toBe('/repo/reports');
    expect(reportDirPath('reports', undefined)).toBeUndefined();
  });

  it('tells a folder, a missing path and a file apart by what open() says', () => {
    const opening = (message: string | undefined) => () => {
      if (message) throw new Error(message);
      return 'file contents';
    };
    expect(() => checkReportDir('/r', undefined, opening('open() can\'t be used with directories, path: "/r"'))).not.toThrow();
    expect(() => checkReportDir('/r', undefined, opening('stat /r: no such file or directory'))).toThrow(
      'REPORT_DIR=/r is not valid: expected an existing folder; k6 creates none (/r does not exist)',
    );
    expect(() => checkReportDir('/r', undefined, opening(undefined))).toThrow('(/r is a file)');
  });
});

describe('credentials in the remote-write URL', () => {
  it('are split out, percent-decoded', () => {
    expect(splitCredentials('https://bob:p%40ss@mimir:9009/api/v1/push')).toEqual({ url: 'https://mimir:9009/api/v1/push', username: 'bob', password: 'p@ss' });
    expect(splitCredentials('http://token@mimir/push')).toEqual({ url: 'http://mimir/push', username: 'token', password: undefined });
    expect(splitCredentials('http://mimir/push')).toEqual({ url: 'http://mimir/push' });
  });

  it('are refused for a plain k6 run, printed as ***', () => {
    expect(() => refuseUrlCredentials({ K6_PROMETHEUS_RW_SERVER_URL: 'http://bob:secret@mimir/push' })).toThrow(
      'K6_PROMETHEUS_RW_SERVER_URL=http://***@mimir/push is not valid: expected a URL without credentials',
    );
    expect(() => refuseUrlCredentials({ K6_PROMETHEUS_RW_SERVER_URL: 'http://mimir/push' })).not.toThrow();
  });
});
