// Hoe Werkt Mijn Stad — starts Blazor on the pages that hold an Interactive Server island (ADR 0012).
// Loaded as a module after blazor.web.js (autostart="false"); a separate file because the
// Content-Security-Policy allows no inline script. Enhanced navigation and form handling stay off: the rest
// of the site is plain server-rendered HTML whose scripts (the map) expect a full page load.
window.Blazor?.start({ ssr: { disableDomPreservation: true } });
