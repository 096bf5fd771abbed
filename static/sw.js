// The service worker: keeps a copy of every file of this release so the checker works
// offline after the first visit. It only ever answers same-origin GET requests from
// that copy (or the network when a file is not in it), and never touches requests to
// other origins. scripts/post-build.mjs fills in VERSION, FILES and LANGUAGES at build
// time from the hashed file names, so each release gets its own cache and removes the
// old one.
//
// A new release installs beside the one running and waits: the page shows "A new version
// is ready" and, when the person asks, tells it to take over and reloads, so a page never
// runs on a mix of two releases' files.
const VERSION = "{{VERSION}}";
const FILES = ["{{FILES}}"];
// The language files (and each translation's manifest, only needed to install the
// checker in that language), fetched when the page says it is idle on a visit after
// the first, so that switching language works offline too.
const LANGUAGES = ["{{LANGUAGES}}"];
// Their addresses, to know a language's file when the page asks for it.
const LANGUAGE_URLS = new Set(LANGUAGES.map((file) => new URL(file, self.registration.scope).href));
const CACHE = `backhip-${VERSION}`;
// Hashed file names (Trunk adds a content hash of up to 16 hex digits) never change,
// so the browser's own cache may supply them; every other file (index.html, the
// manifest, icons) is revalidated.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? "default" : "no-cache" })));
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "backhip:activate") {
    event.waitUntil(self.skipWaiting());
  } else if (event.data === "backhip:cache-languages") {
    event.waitUntil(cacheLanguages());
  }
});

/** Adds to the offline copy every language file it does not hold yet. */
async function cacheLanguages() {
  const cache = await caches.open(CACHE);
  for (const file of LANGUAGES) {
    if (!(await cache.match(file))) await cache.add(new Request(file, { cache: "no-cache" }));
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Remove the copies of earlier releases of this app (at this scope only, so two
      // copies of the app on one site do not remove each other's).
      const start = new URL("./", self.registration.scope).href;
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith("backhip-")) continue;
        const old = await caches.open(name);
        if (await old.match(start)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // No files: a development build (trunk serve), served from the network as usual.
  if (FILES.length === 0 || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  // A page load with settings in its address (./?lang=…) is still the one page.
  const navigation = request.mode === "navigate";
  let hit = await cache.match(request, { ignoreSearch: navigation });
  if (!hit) {
    const response = await fetch(request);
    // A language's file, fetched when first chosen, is kept for use offline.
    if (response.ok && LANGUAGE_URLS.has(request.url)) {
      await cache.put(request, response.clone());
    }
    return response;
  }
  // A page answered from a redirect (some hosts redirect index.html to ./) must be
  // re-made, or the browser refuses it for a navigation.
  if (navigation && hit.redirected) {
    hit = new Response(await hit.blob(), { status: hit.status, statusText: hit.statusText, headers: hit.headers });
  }
  return hit;
}
