// The response headers a build's files need, in one place for the local server
// (serve-dist.mjs) and the host configurations of a release (host-config.mjs).

/** Trunk names built files with "-" and a content hash of up to 16 hex digits, before
 * the extension or "_bg.wasm" (app-2f8a40683b3f0dc3_bg.wasm, main-1c8be0db019ad20.css):
 * they never change. As a regular expression's source, for the configurations too. */
export const HASHED = "-[0-9a-f]{12,16}(_bg)?\\.[a-z0-9]+$";

/** Cache-Control for hashed names: a year. */
export const FOREVER = "public, max-age=31536000, immutable";
/** Cache-Control for every other file (index.html, sw.js, the manifest): ask each time. */
export const REVALIDATE = "no-cache";

/** The Cache-Control header for a file of the build, by its name. */
export function cacheControl(name) {
  return new RegExp(HASHED).test(name) ? FOREVER : REVALIDATE;
}

/** The policy in a page's <meta http-equiv="Content-Security-Policy">, if any. */
export function metaPolicy(html) {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
