// Which links the app may hand to the system browser. One allow-list for both DesktopApi
// implementations (Electron main process and the browser build).

// The WHATWG URL parser is a global of every runtime we target (Node, Chromium), but not of
// ECMAScript's lib, which is all shared/ may assume; declare just the part we read.
declare const URL: new (input: string) => { protocol: string; username: string; password: string; port: string; hostname: string };

/** Hosts the UI may open in the user's browser (carrier tracking, customs references). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'www.dhl.com',
  'www.fedex.com',
  'www.ups.com',
  'www.maersk.com',
  'www.msc.com',
  'www.cma-cgm.com',
  'www.hapag-lloyd.com',
  'www.ems.com.cn',
  'www.sf-express.com',
  'www.epost.go.kr',
  'www.wcoomd.org',
];

/**
 * A link is opened only when it parses as an https URL without credentials or a non-default
 * port, to exactly one of the allowed hosts. `javascript:`, `file:`, `http:` and look-alike
 * hosts (`www.dhl.com.evil.example`, `evil.example/?www.dhl.com`) are refused.
 */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return hosts.includes(parsed.hostname.toLowerCase());
}
