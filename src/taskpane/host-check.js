/*
 * Runs before the pane's bundles, in ES5 so that every engine can parse it. The bundles are ES2020:
 * Internet Explorer 11 and the original Edge (EdgeHTML), which older Excel versions on Windows use
 * for add-ins, fail on them and would leave a blank pane. Where the ES2020 features the bundles
 * rely on are missing, this shows the page's "unsupported host" sentence instead of the pane.
 * No inline script: the page's Content-Security-Policy forbids them.
 */
/* global document */
(function () {
  "use strict";
  var modern =
    typeof Promise !== "undefined" &&
    typeof Promise.allSettled === "function" &&
    typeof String.prototype.matchAll === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof globalThis !== "undefined";
  if (modern) return;
  var message = document.getElementById("unsupported-host");
  var app = document.getElementById("app");
  if (message) {
    message.removeAttribute("hidden");
    message.style.display = "block";
  }
  if (app) app.style.display = "none";
})();
