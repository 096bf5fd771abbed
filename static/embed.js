// Puts the checker on a clinic's page with one line, where the line is:
//
//   <script src="https://YOUR-HOST/back-pain/embed.js" data-clinic="Riverside Physio"
//     data-phone="+44 161 496 0000" data-booking="https://example.org/book" data-number="999"
//     data-lang="en" data-accent="#005eb8" data-compact="1"></script>
//
// It makes the iframe right after itself, with the data-… settings (and this page's
// origin, the only place the checker sends its height) in the iframe's address, and
// fits the iframe to the checker's height as it grows and shrinks. It accepts messages
// only from the checker's origin and its own iframe, and reads nothing but the height.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL("./", script.src);
  var settings = ["lang", "accent", "clinic", "phone", "booking", "number", "compact"];
  var query = [];
  for (var i = 0; i < settings.length; i++) {
    var value = script.getAttribute("data-" + settings[i]);
    // Longer than any valid setting (the longest, a booking address, is at most 500
    // characters): left out, so that the checker's address stays one a server takes.
    if (value !== null && value.length > 500) {
      console.warn("Back & Hip Pain Checker: data-" + settings[i] + " is too long; ignored");
    } else if (value !== null) {
      query.push(settings[i] + "=" + encodeURIComponent(value));
    }
  }
  // A page opened from disk has no origin to send to ("null"): then nothing is sent.
  if (/^https?:\/\//.test(location.origin)) query.push("host=" + encodeURIComponent(location.origin));

  // The iframe's title, for screen readers, in the checker's language.
  var titles = { en: "Back & Hip Pain Checker", es: "Evaluador de dolor de espalda y cadera" };
  var frame = document.createElement("iframe");
  var lang = script.getAttribute("data-lang");
  frame.title = Object.prototype.hasOwnProperty.call(titles, lang) ? titles[lang] : titles.en;
  frame.src = app.href + (query.length ? "?" + query.join("&") : "");
  frame.className = "back-hip-checker";
  // Through the style object, which a page's Content-Security-Policy allows.
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.display = "block";
  frame.style.height = "480px";
  script.parentNode.insertBefore(frame, script.nextSibling);

  addEventListener("message", function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && data.type === "backhip:height" && typeof data.height === "number" && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + "px";
    }
  });
})();
