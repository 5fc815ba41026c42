// Hoe Werkt Mijn Stad — privacy-friendly videos (progressive enhancement), on tour steps and family pages.
// <hwms-video>: without JavaScript a link to the video. With it, a play button; nothing is loaded until the
// visitor clicks it. Then a video we host plays in the browser's own player (data-video-src), and a YouTube
// video in the youtube-nocookie player (data-embed-url).

class Video extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector(".video-embed__play");
    if (!link || this.dataset.enhanced) return;
    this.dataset.enhanced = "true";
    const play = button("Video afspelen", link.className);
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = `: ${this.dataset.videoTitle}`;
    play.append(label);
    link.replaceWith(play);
    this.placeholder = [...this.childNodes];
    play.addEventListener("click", () => this.play());
    this.playButton = play;
  }

  play() {
    if (this.dataset.videoSrc) {
      this.playHosted();
      return;
    }

    const frame = document.createElement("iframe");
    frame.src = this.dataset.embedUrl;
    frame.title = `Video: ${this.dataset.videoTitle}`;
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.className = "video-embed__frame";
    this.replaceChildren(frame);
    this.classList.add("video-embed--playing");
    // the button that had the focus is gone: the keyboard goes on in the player
    frame.focus();
  }

  playHosted() {
    const video = document.createElement("video");
    video.controls = true;
    video.playsInline = true;
    video.className = "video-embed__frame";
    // Safari does not focus a video by itself; the play button that had the focus is gone
    video.tabIndex = -1;
    video.setAttribute("aria-label", `Video: ${this.dataset.videoTitle}`);
    const source = document.createElement("source");
    source.src = this.dataset.videoSrc;
    source.type = this.dataset.videoType;
    video.append(source);
    if (this.dataset.captions) {
      const track = document.createElement("track");
      Object.assign(track, { kind: "captions", srclang: "nl", label: "Nederlands", src: this.dataset.captions, default: true });
      video.append(track);
    }

    this.replaceChildren(video);
    this.classList.add("video-embed--playing");
    video.focus();
    // the click was the visitor's: the browser lets the video start
    video.play().catch(() => {});
  }

  /// a step that is left stops its video: the player goes, the play button comes back
  stop() {
    if (!this.classList.contains("video-embed--playing")) return;
    const hadFocus = this.contains(document.activeElement);
    this.replaceChildren(...this.placeholder);
    this.classList.remove("video-embed--playing");
    // the player that had the focus is gone: back to the button that started it, if it can be seen
    if (hadFocus && !this.closest("[hidden]")) this.playButton.focus();
  }
}

export function button(text, className) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  return element;
}

// tour.js imports this module by its plain name and a family page loads it by its fingerprinted one: two
// instances of one module, of which only the first may define the element
if (!customElements.get("hwms-video")) customElements.define("hwms-video", Video);
