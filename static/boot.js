// Runs before the app, as a plain file because the Content-Security-Policy allows no
// inline scripts. Shows a plain message in browsers that cannot run WebAssembly, and
// registers the service worker that keeps an offline copy of the app's own files.
(function () {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    var loading = document.querySelector(".loading");
    if (loading) loading.hidden = true;
    var message = document.getElementById("no-wasm");
    if (message) message.hidden = false;
    return;
  }
  // Only over http(s): a copy opened from disk (file:) cannot have a service worker.
  // The relative URL keeps the worker and its scope in the app's folder, whatever the
  // sub-path the app is served under. Registered once the app has started (Trunk's
  // loader dispatches TrunkApplicationStarted), so the offline copy is filled from the
  // browser cache instead of competing with the first download.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    addEventListener(
      "TrunkApplicationStarted",
      function () {
        navigator.serviceWorker.register("sw.js").catch(function (error) {
          console.warn("The offline copy is not available:", error);
        });
      },
      { once: true },
    );
  }
})();
