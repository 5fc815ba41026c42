// Hoe Werkt Mijn Stad: optional. Sets each embed's height to its content, from the embed's own message.
addEventListener("message", (e) => {
  const d = e.data;
  if (!d || d.hwmsEmbed !== 1 || !(d.height > 0)) return;
  for (const f of document.querySelectorAll("iframe[data-hwms-embed]")) {
    if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) f.style.height = `${Math.min(d.height, 5000)}px`;
  }
});
