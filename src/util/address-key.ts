/** Query parameters that only track the reader; they never change which page a URL names. */
const TRACKING_PARAMETER = /^(utm_[a-z0-9_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|ref_src|__twitter_impression)$/i;

/**
 * The key under which versions of one page are grouped. Web addresses are compared without
 * scheme, `www.`, fragment, trailing slash, tracking parameters and parameter order, so
 * `https://www.harbour-ledger.example/a/?utm_source=x#top` and `http://harbour-ledger.example/a`
 * are the same page. Anything else (a file path) is compared as written.
 */
export function addressKey(address: string | null | undefined): string | null {
  const trimmed = address?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `raw:${trimmed}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `raw:${trimmed}`;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const query = url.searchParams.toString();
  return `web:${host}${path}${query ? `?${query}` : ''}`;
}

/**
 * A whole local file is an address too: re-ingesting an edited file gives a new version of it
 * rather than a second article. Members of containers (`crawl.warc.gz#record-3`,
 * `pages.jsonl#line-4`) and standard input are not: their position says nothing about identity.
 */
export function sourceAddressKey(source: string): string | null {
  const trimmed = source.trim();
  if (!trimmed || trimmed.includes('#') || trimmed === '-' || /^(stdin|<stdin>)$/i.test(trimmed)) return null;
  return addressKey(trimmed);
}

/**
 * Sites that misconfigure `<link rel=canonical>` point every article at their home page; such a
 * canonical URL says nothing about which page this is, and trusting it would make every article
 * of the site a "version" of one page.
 */
export function canonicalAddressKey(canonicalUrl: string | null | undefined): string | null {
  const key = addressKey(canonicalUrl);
  return key && /^web:[^/]+\/$/.test(key) ? null : key;
}

/**
 * Whether two address keys are web addresses on different sites ("web:a.example/x" and "web:b.example/x"):
 * a page whose canonical link names another site is a syndicated copy of that site's page.
 */
export function onOtherSites(a: string | null, b: string | null): boolean {
  if (!a?.startsWith('web:') || !b?.startsWith('web:')) return false;
  const host = (key: string) => key.slice(4).split('/')[0];
  return host(a) !== host(b);
}
