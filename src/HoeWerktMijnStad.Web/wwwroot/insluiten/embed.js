// Hoe Werkt Mijn Stad embed: tells the page around it how tall this embed is (see resize.js).
(() => {
  const say = () => parent !== window && parent.postMessage({ hwmsEmbed: 1, height: Math.ceil(document.documentElement.scrollHeight) }, "*");
  addEventListener("load", say);
  if (window.ResizeObserver) new ResizeObserver(say).observe(document.body);
})();
