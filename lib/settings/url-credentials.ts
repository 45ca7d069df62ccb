import { ConfigError } from './error.ts';
import type { Env } from './forms.ts';

/** The remote-write endpoint variable, read by k6's output and by the suite. */
export const RECEIVER_URL = 'K6_PROMETHEUS_RW_SERVER_URL';

/** A URL with its `user:password@` taken out, and what was taken out (percent-decoded). */
export interface SplitUrl {
  /** The URL without credentials: safe to print. */
  url: string;
  username?: string;
  password?: string;
}

const USERINFO = /^(https?:\/\/)([^/@?#]*)@/;

/** Takes `user:password@` out of an http(s) URL. */
export function splitCredentials(url: string): SplitUrl {
  const match = USERINFO.exec(url);
  if (!match) return { url };
  const [user, ...rest] = match[2].split(':');
  return {
    url: url.replace(USERINFO, '$1'),
    username: decodeURIComponent(user),
    password: rest.length > 0 ? decodeURIComponent(rest.join(':')) : undefined,
  };
}

/**
 * For a plain `k6 run`, which cannot move them: credentials inside the remote-write URL would
 * be printed by k6's start banner, so the run is refused before k6 prints it. The message
 * shows the URL with `***@` in their place.
 */
export function refuseUrlCredentials(env: Env): void {
  const raw = env[RECEIVER_URL]?.trim();
  if (!raw || !USERINFO.test(raw)) return;
  throw new ConfigError(
    RECEIVER_URL,
    raw.replace(USERINFO, '$1***@'),
    'a URL without credentials: put them in K6_PROMETHEUS_RW_USERNAME and K6_PROMETHEUS_RW_PASSWORD (k6 prints the URL)',
  );
}
