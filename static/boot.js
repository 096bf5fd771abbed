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
  if (app) {
    keep(app);
    // The second click of a double click (or of two quick taps) lands on the next
    // screen, on whatever is under the pointer by then: it must not answer a question
    // the person has not seen, a warning sign among them. Stopped before the app's own
    // listeners and the start screen's. A click from the keyboard counts 0.
    document.addEventListener(
      "click",
      function (event) {
        if (event.detail > 1 && app.contains(event.target)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      true,
    );
  }
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

  // The web app manifest (for installing the checker), linked a few seconds after the
  // app has started: the first screen does not need it, and linked from the page, it
  // and its icon share a slow connection with the app's download and, in the lab,
  // count against the first paint (docs/performance.md). The app names the manifest of
  // the page's language in `data-manifest`, and keeps the link on it when the language
  // changes (src/services/language.rs).
  addEventListener(
    "TrunkApplicationStarted",
    function () {
      setTimeout(function () {
        var link = document.createElement("link");
        link.rel = "manifest";
        link.id = "manifest";
        link.href = document.documentElement.getAttribute("data-manifest");
        document.head.appendChild(link);
      }, 5000);
    },
    { once: true },
  );

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
  // (src/bin/app.rs); the focus and the first answer are then done again there, and
  // the app reads the save choice. Start pressed before that shows the first question from index.html's
  // template, as the app shows it, at its address (where the app then opens).
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
    var main = app.querySelector("main");
    var template = document.getElementById("first-question");
    if (!startButton || !main || !template) return;
    var asked = null; // the first question's id, once shown here
    var answered = null; // the position of the answer chosen on it
    var focused = null;
    startButton.addEventListener("click", firstQuestion);
    // The app reads the save choice when it starts (src/hooks/saved_answers.rs).
    if (save) save.addEventListener("change", function () { window.backhipSaveChoice = save.checked; });
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
      if (main.isConnected) return;
      takeover.disconnect();
      setTimeout(replay, 0);
    });
    takeover.observe(app, { childList: true });

    function firstQuestion() {
      var welcome = startButton.closest("section");
      var question = template.content.firstElementChild.cloneNode(true);
      var choices = question.querySelectorAll(".choices button");
      welcome.replaceWith(question);
      asked = question.getAttribute("data-question");
      // As the app's Start does: a new history entry, so the back button returns here.
      history.pushState(history.state, "", "#/q/" + asked);
      Array.prototype.forEach.call(choices, function (choice, i) {
        choice.addEventListener("click", function () {
          answered = i;
          // Shown chosen, as the app shows a chosen answer.
          Array.prototype.forEach.call(choices, function (other, j) {
            other.setAttribute("aria-pressed", String(i === j));
            other.classList.toggle("chosen", i === j);
          });
        });
      });
      question.querySelector(".back").addEventListener("click", function () {
        question.replaceWith(welcome);
        asked = answered = null;
        history.back();
        startButton.focus();
      });
      question.querySelector("h1").focus();
    }

    function replay() {
      app.removeEventListener("focusin", onFocusIn);
      app.removeEventListener("focusout", onFocusOut);
      var active = document.activeElement;
      if (focused && !focused.isConnected && (!active || active === document.body)) {
        var classes = String(focused.className).trim();
        var twin = focused.id
          ? document.getElementById(focused.id)
          : classes && app.querySelector("." + classes.split(/\s+/).join("."));
        if (twin) twin.focus();
      }
      if (asked && answered !== null) answer(asked, answered, 10);
    }
    // The answer given on the first question, once the app shows that question (Yew may
    // still be rendering in later tasks): given once, never to another question.
    function answer(id, position, tries) {
      var choices = app.querySelectorAll('.question-page[data-question="' + id + '"] .choices button');
      if (choices[position]) {
        choices[position].click();
      } else if (tries > 1) {
        setTimeout(function () { answer(id, position, tries - 1); }, 50);
      }
    }
  }
})();
