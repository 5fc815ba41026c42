// The family corner's small enhancements: a print button (shown only when JavaScript runs, since it needs it).
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
