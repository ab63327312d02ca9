import type { LabelledChoice, QuestionView } from '../quiz/quiz-view.ts';
import type { Slide } from './slide.ts';
import { escapeHtml } from '../escape-html.ts';

const choiceList = (list: readonly LabelledChoice[]) =>
  `<ol class="slide__choices">${list
    .map(
      (c) =>
        `<li><span class="slide__choice-label">${escapeHtml(c.label)}</span> ${escapeHtml(c.text)}</li>`,
    )
    .join('')}</ol>`;

function questionHtml(view: QuestionView, withAnswer: boolean): string {
  // A match question shows its two columns side by side; other types one list, or none.
  const columns = [view.matchFrom, view.choices].filter((list) => list.length > 0);
  const lists =
    columns.length > 1
      ? `<div class="slide__match">${columns.map(choiceList).join('')}</div>`
      : columns.map(choiceList).join('');
  const answer = withAnswer
    ? `<div class="slide__answer"><p><strong>Answer:</strong> ${escapeHtml(view.answer)}</p><p>${escapeHtml(view.explanation)}</p></div>`
    : '';
  return `<p class="slide__instruction">${escapeHtml(view.instruction)}</p>${lists}${answer}`;
}

function bodyHtml(slide: Slide): string {
  if (slide.question) return questionHtml(slide.question, slide.kind === 'answer');
  if (slide.kind === 'keywords') {
    return `<dl class="slide__terms">${slide.terms
      .map((t) => `<dt>${escapeHtml(t.term)}</dt><dd>${escapeHtml(t.definition)}</dd>`)
      .join('')}</dl>`;
  }
  if (slide.points.length === 1)
    return `<p class="slide__lead">${escapeHtml(slide.points[0] ?? '')}</p>`;
  if (slide.points.length === 0) return '';
  return `<ul class="slide__points">${slide.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
}

const slideId = (n: number) => `slide-${n}`;

/**
 * Every slide as a section of HTML, for the presenting views. Written as one string rather than
 * Astro components: a deck has ~30 slides and every lesson has one, and as components they cost
 * about 5 s of a 1,000-lesson build (`npm run bench`); as a string, a fraction of that.
 */
export function slidesHtml(slides: readonly Slide[], end: { href: string; label: string }): string {
  return slides
    .map((slide, i) => {
      const n = i + 1;
      const id = slideId(n);
      const next = slides[i + 1];
      const heading = n === 1 ? 'h1' : 'h2';
      const label = slide.label ? ` · ${escapeHtml(slide.label)}` : '';
      const notes =
        slide.notes.length > 0
          ? `<div class="slide__notes" data-pagefind-ignore="all"><p class="slide__notes-title">Teacher notes</p>${slide.notes
              .map((note) => `<p>${escapeHtml(note)}</p>`)
              .join('')}</div>`
          : '';
      const previous = n > 1 ? `<a href="#${slideId(n - 1)}">Previous</a> ` : '';
      const onward = next
        ? `<a class="slide__next" href="#${slideId(n + 1)}">Next: ${escapeHtml(next.heading)}</a>`
        : `<a href="${escapeHtml(end.href)}">${escapeHtml(end.label)}</a>`;
      return (
        `<section class="slide slide--${slide.kind}" id="${id}" aria-labelledby="${id}-count ${id}-title" data-slide>` +
        `<div class="slide__stage"><p class="slide__count" id="${id}-count">${n} of ${slides.length}${label}</p>` +
        `<${heading} id="${id}-title">${escapeHtml(slide.heading)}</${heading}>${bodyHtml(slide)}</div>` +
        `${notes}<p class="slide__nav">${previous}${onward}</p></section>`
      );
    })
    .join('\n');
}
