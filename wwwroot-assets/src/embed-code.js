// Hoe Werkt Mijn Stad — /partner/insluiten: a button copies an embed's code (without JavaScript the code can be
// selected in its text field).
for (const button of document.querySelectorAll("[data-copy]")) {
  const field = document.getElementById(button.dataset.copy);
  const status = document.querySelector(`[data-copied="${button.dataset.copy}"]`);
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "De code staat op je klembord.";
    } catch {
      field.select();
      status.textContent = "Kopiëren lukte niet: de code is geselecteerd, kopieer hem met Ctrl+C of Cmd+C.";
    }
  });
}
