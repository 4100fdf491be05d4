// A print button without an inline handler, so a Content-Security-Policy need not allow one.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
