// Hoe Werkt Mijn Stad — the page editor's live preview. <hwms-markdown-preview> sends the Markdown to the
// server as you type and shows what the public page will show: the same renderer and sanitizer.
class MarkdownPreview extends HTMLElement {
  connectedCallback() {
    const source = this.querySelector("[data-markdown-source]");
    const preview = this.querySelector("[data-markdown-preview]");
    // optional: a short "updated" for screen readers instead of reading the whole preview out (learning editors)
    const status = this.querySelector("[data-markdown-status]");
    const token = this.closest("form")?.querySelector("input[name=__RequestVerificationToken]")?.value;
    if (!source || !preview || !token) return;
    let timer;
    source.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const body = new FormData();
        body.append("markdown", source.value);
        body.append("__RequestVerificationToken", token);
        const response = await fetch("/partner/pagina/voorbeeld", { method: "POST", body });
        if (!response.ok) return;
        preview.innerHTML = await response.text();
        // a changed text is announced again; the same text twice would be announced once
        if (status) status.textContent = status.textContent === "Voorbeeld bijgewerkt" ? "Voorbeeld bijgewerkt." : "Voorbeeld bijgewerkt";
      }, 300);
    });
  }
}

customElements.define("hwms-markdown-preview", MarkdownPreview);
