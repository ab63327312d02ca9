// Lesson list filters: every filter combines with the others, instantly. Without JavaScript the
// form stays hidden and the browse links beside the list lead to pre-rendered pages instead.
const form = document.getElementById('lesson-filters');
const items = [...document.querySelectorAll('#lesson-list > li')];
const count = document.getElementById('lesson-count');

function apply() {
  const chosen = [...new FormData(form).entries()].filter(([, value]) => value !== '');
  let shown = 0;
  for (const item of items) {
    const match = chosen.every(([name, value]) =>
      (item.dataset[name] ?? '').split(' ').includes(value),
    );
    item.hidden = !match;
    if (match) shown += 1;
  }
  count.textContent =
    chosen.length === 0
      ? `Showing all ${items.length} lessons.`
      : `Showing ${shown} of ${items.length} lessons.`;
}

form.hidden = false;
form.addEventListener('change', apply);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});
form.addEventListener('reset', () => setTimeout(apply));
