// Runs before the app (put inline into index.html by the release build, allowed by its
// hash in the CSP; a file under `trunk serve`). Shows why in browsers
// without WebAssembly, keeps what the person does on index.html's start screen for the
// app, and registers the service worker (the offline copy).
(function () {
  var app = document.getElementById("app");
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    // The save choice and Start give way to the message.
    var controls = app ? app.querySelectorAll(".welcome .save-choice, .welcome .start") : [];
    for (var i = 0; i < controls.length; i++) controls[i].remove();
    var message = document.getElementById("no-wasm");
    if (message) message.hidden = false;
    return;
  }
  if (app) keep(app);
  whenPainted();
  // Over http(s) only, relative so it works under any sub-path, once the app has
  // started (Trunk's loader says so) so it fills from the browser cache.
  var returning = "serviceWorker" in navigator && navigator.serviceWorker.controller !== null;
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    addEventListener(
      "TrunkApplicationStarted",
      function () {
        navigator.serviceWorker.register("sw.js").then(offlineCopy, function (error) {
          console.warn("The offline copy is not available:", error);
        });
      },
      { once: true },
    );
  }

  // With the offline copy in place: on a later visit (the page opened from the copy),
  // fetch the other languages when the page is idle, so the first visit does not wait
  // for them; and announce a new release once it has installed (the app shows "A new
  // version is ready"); on the app's "backhip:apply-update" the new release takes over
  // and the page reloads, all of it from that release.
  function offlineCopy(registration) {
    if (returning) {
      navigator.serviceWorker.ready.then(function (ready) {
        var idle = window.requestIdleCallback || function (f) { setTimeout(f, 2000); };
        idle(function () { if (ready.active) ready.active.postMessage("backhip:cache-languages"); });
      });
    }
    function waiting(worker) {
      // The first release to install is not an update.
      if (!navigator.serviceWorker.controller || window.backhipUpdate) return;
      window.backhipUpdate = worker;
      dispatchEvent(new Event("backhip:update-ready"));
    }
    if (registration.waiting) waiting(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed") waiting(worker);
      });
    });
    addEventListener("backhip:apply-update", function () {
      if (!window.backhipUpdate) return;
      navigator.serviceWorker.addEventListener("controllerchange", function () { location.reload(); });
      window.backhipUpdate.postMessage("backhip:activate");
    });
  }

  // The app takes over the start screen only once the browser has painted it (and
  // counted it as the page's main content): on a fast connection the app can be ready
  // before that, and taking over too early would make the first screen wait for the
  // app. It waits for window.backhipPainted, or the "backhip:painted" event.
  function whenPainted() {
    window.backhipPainted = false;
    function painted() {
      if (window.backhipPainted) return;
      window.backhipPainted = true;
      dispatchEvent(new Event("backhip:painted"));
    }
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf("largest-contentful-paint") >= 0) {
      new PerformanceObserver(painted).observe({ type: "largest-contentful-paint", buffered: true });
    } else {
      // Elsewhere: after the first frame.
      requestAnimationFrame(function () { setTimeout(painted, 0); });
    }
    // Never wait long (a hidden page paints nothing).
    setTimeout(painted, 300);
  }

  // The start screen in index.html shows until the app replaces it with the same markup
  // (src/bin/app.rs); the save choice, the focus and Start are then done again there.
  function keep(app) {
    // Compact: the header keeps only its About link, as the app's does.
    if (/[?&]compact=(1|true|yes)(&|$)/.test(location.search)) {
      var header = app.querySelector(".app-header");
      var name = header && header.querySelector(".app-name");
      if (name) name.remove();
      if (header) header.classList.add("compact");
    }
    var startButton = app.querySelector(".start");
    var save = app.querySelector("#save-answers");
    if (!startButton) return;
    var started = false;
    var saveChoice = null;
    var focused = null;
    startButton.addEventListener("click", function () { started = true; });
    if (save) save.addEventListener("change", function () { saveChoice = save.checked; });
    function onFocusIn(event) { focused = event.target; }
    function onFocusOut(event) {
      // Focus lost because the app removed the element is put back, not focus moved.
      var element = event.target;
      Promise.resolve().then(function () {
        if (element.isConnected && focused === element) focused = null;
      });
    }
    app.addEventListener("focusin", onFocusIn);
    app.addEventListener("focusout", onFocusOut);
    // The app empties #app, then renders into it in a microtask: act after both.
    var takeover = new MutationObserver(function () {
      if (startButton.isConnected) return;
      takeover.disconnect();
      setTimeout(replay, 0);
    });
    takeover.observe(app, { childList: true });

    function replay() {
      app.removeEventListener("focusin", onFocusIn);
      app.removeEventListener("focusout", onFocusOut);
      var box = app.querySelector("#save-answers");
      if (saveChoice !== null && box && box.checked !== saveChoice) box.click();
      var active = document.activeElement;
      if (focused && !focused.isConnected && (!active || active === document.body)) {
        var classes = String(focused.className).trim();
        var twin = focused.id
          ? document.getElementById(focused.id)
          : classes && app.querySelector("." + classes.split(/\s+/).join("."));
        if (twin) twin.focus();
      }
      if (started) start(10);
    }
    // Yew may still be rendering in later tasks, and the app's first address-bar update
    // can then undo the step: try again until the start screen is gone.
    function start(tries) {
      var button = app.querySelector(".welcome .start");
      if (!button) return;
      button.click();
      if (tries > 1) setTimeout(function () { start(tries - 1); }, 50);
    }
  }
})();
