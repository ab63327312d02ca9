// Presenting view: one 16:9 slide at a time, moved on by arrow keys, Page Up/Down (what a
// clicker sends), Space, Home and End. N shows the teacher notes; F is full screen. A notes
// window opened from here follows the slides, through a channel that never leaves the browser.
// Without JavaScript every slide stays on the page, one screen each, linked by Next and Previous.
const root = document.documentElement;
const slides = [...document.querySelectorAll('[data-slide]')];
const announcer = document.querySelector('[data-deck="status"]');
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(location.pathname) : undefined;
let current = 0;

function indexFromHash() {
  const i = slides.findIndex((s) => `#${s.id}` === location.hash);
  return i === -1 ? 0 : i;
}

// Like PowerPoint's autofit: a slide with more text than its 16:9 frame holds gets smaller type,
// down to 60%; if it still does not fit, its frame scrolls and takes keyboard focus to do so.
function fit(slide) {
  const stage = slide.querySelector('.slide__stage');
  if (!stage) return;
  const overflows = () => stage.scrollHeight > stage.clientHeight + 1;
  stage.style.removeProperty('--fit');
  for (let scale = 0.95; scale >= 0.6 && overflows(); scale -= 0.05) {
    stage.style.setProperty('--fit', scale.toFixed(2));
  }
  if (overflows()) stage.tabIndex = 0;
  else stage.removeAttribute('tabindex');
}

function show(index, { announce = true, broadcast = true } = {}) {
  // Someone following the Next links from the keyboard keeps their place on the new slide.
  const linkFocused = slides[current]?.contains(document.activeElement) ?? false;
  current = Math.max(0, Math.min(slides.length - 1, index));
  slides.forEach((slide, i) => {
    slide.hidden = i !== current;
  });
  const slide = slides[current];
  fit(slide);
  // A followed link scrolls to where its slide was before it was shown; the deck never scrolls.
  window.scrollTo(0, 0);
  if (linkFocused) slide.querySelector('.slide__nav a:last-child')?.focus();
  history.replaceState(null, '', `#${slide.id}`);
  if (announce) {
    const heading = slide.querySelector('h1, h2');
    announcer.textContent = `Slide ${current + 1} of ${slides.length}: ${heading?.textContent ?? ''}`;
  }
  if (broadcast) channel?.postMessage(current);
}

function toggleNotes() {
  root.classList.toggle('show-notes');
  fit(slides[current]);
  document
    .querySelector('[data-deck="notes"]')
    ?.setAttribute('aria-pressed', String(root.classList.contains('show-notes')));
}

function toggleFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen();
  else root.requestFullscreen?.();
}

const keys = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  // Enter and Space on a focused link or button keep their own meaning.
  const onControl = event.target instanceof Element && event.target.closest('a, button');
  if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
  const step = keys[event.key];
  if (step !== undefined) show(current + step);
  else if (event.key === 'Home') show(0);
  else if (event.key === 'End') show(slides.length - 1);
  else if (event.key === 'n' || event.key === 'N') toggleNotes();
  else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
  else return;
  event.preventDefault();
});

window.addEventListener('hashchange', () => show(indexFromHash()));
window.addEventListener('resize', () => fit(slides[current]));
channel?.addEventListener('message', (event) => show(event.data, { broadcast: false }));

for (const [name, action] of [
  ['notes', toggleNotes],
  ['fullscreen', toggleFullscreen],
  ['notes-window', () => window.open(`${location.pathname}?notes#${slides[current].id}`)],
]) {
  const button = document.querySelector(`[data-deck="${name}"]`);
  if (!button) continue;
  button.hidden = false;
  button.addEventListener('click', action);
}

root.classList.add('deck-js');
if (new URLSearchParams(location.search).has('notes')) toggleNotes();
show(indexFromHash(), { announce: false, broadcast: false });

// Presenting is a time the site runs JavaScript, so, as with search, it offers to work offline: this
// deck, once shown, opens again with no connection.
const base = document.getElementById('main')?.dataset.siteBase;
if (base && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
}
