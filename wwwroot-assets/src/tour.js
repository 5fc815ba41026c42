// Hoe Werkt Mijn Stad — virtual tours and privacy-friendly videos (progressive enhancement).
// <hwms-tour>: without JavaScript every step shows, one under the other. With it, one step at a time, with
//   buttons, the arrow keys (and Home/End) and a swipe; the address remembers the step (#stap-3).
// <hwms-video> (video.js): nothing is loaded from YouTube until the visitor clicks play.

import { button } from "./video.js";

const SWIPE = 50;

class Tour extends HTMLElement {
  connectedCallback() {
    if (this.dataset.enhanced) return;
    this.steps = [...this.querySelectorAll(".tour__step")];
    if (this.steps.length < 2) return;
    this.dataset.enhanced = "true";
    this.classList.add("tour--enhanced");

    const controls = document.createElement("div");
    controls.className = "tour__controls";
    this.prev = button("← Vorige stap", "button");
    this.next = button("Volgende stap →", "button button--primary");
    this.status = document.createElement("p");
    this.status.className = "tour__status";
    this.status.setAttribute("aria-live", "polite");
    controls.append(this.prev, this.status, this.next);
    this.append(controls);

    const hint = document.createElement("p");
    hint.className = "hint tour__hint";
    hint.textContent = "Blader met de knoppen, met de pijltjestoetsen of door te vegen.";
    this.append(hint);

    this.prev.addEventListener("click", () => this.go(this.index - 1));
    this.next.addEventListener("click", () => this.go(this.index + 1));
    this.addEventListener("keydown", (event) => this.key(event));
    this.swipe(this.querySelector(".tour__steps"));

    const start = this.steps.findIndex((step) => `#${step.id}` === location.hash);
    this.show(Math.max(0, start), false);
  }

  key(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest("input, textarea, select, iframe")) return;
    const to = { ArrowRight: this.index + 1, ArrowLeft: this.index - 1, Home: 0, End: this.steps.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.go(to);
  }

  swipe(area) {
    let start = null;
    area.addEventListener("pointerdown", (event) => { start = { x: event.clientX, y: event.clientY }; });
    area.addEventListener("pointercancel", () => { start = null; });
    area.addEventListener("pointerup", (event) => {
      if (!start) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) this.go(this.index + (dx < 0 ? 1 : -1));
    });
  }

  go(index) {
    if (index < 0 || index >= this.steps.length || index === this.index) return;
    this.show(index, true);
  }

  show(index, moved) {
    // the step that is hidden may hold the focus (a link in its text, its video): the focus would fall back to
    // the top of the page, so it moves to the new step's heading
    const focusLost = this.steps[this.index]?.contains(document.activeElement) ?? false;
    this.index = index;
    this.steps.forEach((step, i) => {
      step.hidden = i !== index;
      if (i !== index) step.querySelector("hwms-video")?.stop?.();
    });
    // never disabled: a disabled button would drop the keyboard focus; it just does nothing at the ends
    this.prev.setAttribute("aria-disabled", String(index === 0));
    this.next.setAttribute("aria-disabled", String(index === this.steps.length - 1));
    const title = this.steps[index].querySelector("h2")?.textContent ?? "";
    this.status.textContent = `Stap ${index + 1} van ${this.steps.length}: ${title}`;
    if (moved) history.replaceState(null, "", `#${this.steps[index].id}`);
    if (focusLost) {
      const heading = this.steps[index].querySelector("h2") ?? this.next;
      if (heading !== this.next) heading.tabIndex = -1;
      heading.focus();
    }
  }
}


customElements.define("hwms-tour", Tour);
