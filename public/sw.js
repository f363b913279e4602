// Quote-part service worker (hand-written; served at /sw.js with scope "/").
// - The technician's pages (/technicien/…), their data requests (Remix single fetch: *.data) and
//   the route manifest (/__manifest) are network-first: a fresh copy is cached after every
//   successful load, and the cached one is served when there is no network.
// - Built assets (/assets/…, content-hashed, immutable) are cache-first; with a kept page come the
//   message catalogues of its language (cacheAssetsOf).
// - Everything else (other roles' pages, PDFs, form posts) goes to the network untouched.
// - A technician page never kept, asked for offline, gets /offline.html ("Pas de réseau", with
//   links to Today and the entry form), never the browser's error page nor the wrong page.
// Entries typed and timers tapped offline do not go through here: the page keeps them in
// IndexedDB and posts them to /technicien/temps/sync when the network returns.
const CACHE = "quote-part-v3";
const OFFLINE_PAGE = "/offline.html";
const SHELL = ["/technicien/aujourdhui", "/technicien/temps/nouveau", "/technicien/temps"];
const STATIC = ["/manifest.webmanifest", "/favicon.svg", "/icons/icon-192.png", OFFLINE_PAGE];

// The message catalogues (one chunk per area and language, ADR 023) are imported lazily, so the
// HTML does not name them: the chunk that imports them does ("./technician.fr-<hash>.js"). Only the
// page's language is kept, every area of it: a page reached offline must find its texts.
const CATALOGUE = /["']\.\/([\w-]+\.(fr|en)-[\w-]+\.js)["']/g;

async function cacheAssetsOf(cache, html) {
  const urls = new Set();
  for (const match of html.matchAll(/["'](\/assets\/[^"'?#]+\.(?:js|css))["']/g)) urls.add(match[1]);
  await Promise.all([...urls].map((url) => cache.add(url).catch(() => undefined)));
  const lang = /<html[^>]*\slang="(\w+)"/.exec(html)?.[1] ?? "fr";
  const catalogues = new Set();
  for (const url of urls) {
    if (!url.endsWith(".js")) continue;
    const script = await cache.match(url);
    if (!script) continue;
    for (const match of (await script.text()).matchAll(CATALOGUE)) if (match[2] === lang) catalogues.add(`/assets/${match[1]}`);
  }
  await Promise.all([...catalogues].map((url) => cache.add(url).catch(() => undefined)));
}

async function cacheShell() {
  const cache = await caches.open(CACHE);
  await Promise.all(STATIC.map((url) => cache.add(url).catch(() => undefined)));
  await Promise.all(
    SHELL.map(async (url) => {
      try {
        const response = await fetch(url, { credentials: "same-origin" });
        // Not logged in: the page redirects to the login form, which must not be cached as the shell.
        if (!response.ok || response.redirected) return;
        await cache.put(url, response.clone());
        await cacheAssetsOf(cache, await response.text());
      } catch {
        // Offline while installing: the pages are cached on the next visit instead.
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "refresh-shell") event.waitUntil(cacheShell());
});

function isTechnicianData(url) {
  return url.pathname.startsWith("/technicien/") || url.pathname === "/technicien.data" || url.pathname === "/__manifest";
}

async function networkFirst(request, fallbackUrl) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.redirected && new URL(response.url).pathname === "/connexion") {
      // Logged out: drop the cached pages, they belong to the previous session.
      await Promise.all((await cache.keys()).filter((key) => isTechnicianData(new URL(key.url))).map((key) => cache.delete(key)));
    } else if (response.ok && !response.redirected) {
      await cache.put(request, response.clone());
      if (request.mode === "navigate") cacheAssetsOf(cache, await response.clone().text());
    }
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreVary: true })) ??
      (request.mode === "navigate" ? await cache.match(request, { ignoreVary: true, ignoreSearch: true }) : undefined) ??
      (fallbackUrl ? await cache.match(fallbackUrl) : undefined);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (url.pathname.endsWith(".pdf")) return;
  if (isTechnicianData(url)) {
    event.respondWith(networkFirst(request, request.mode === "navigate" ? OFFLINE_PAGE : undefined));
    return;
  }
  if (STATIC.includes(url.pathname) || url.pathname.startsWith("/icons/")) event.respondWith(cacheFirst(request));
});
