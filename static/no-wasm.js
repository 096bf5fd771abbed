// Shows a plain message in browsers that cannot run WebAssembly.
(function () {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    var loading = document.querySelector(".loading");
    if (loading) loading.hidden = true;
    var message = document.getElementById("no-wasm");
    if (message) message.hidden = false;
  }
})();
