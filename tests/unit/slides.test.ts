import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../src/lib/body/body-blocks.ts';
import { bodyLines } from '../../src/lib/body/body-lines.ts';
import { mixedOrder } from '../../src/lib/quiz/mixed-order.ts';
import { questionView } from '../../src/lib/quiz/quiz-view.ts';
import { cpdSlides } from '../../src/lib/slides/cpd-slides.ts';
import { lessonSlides, type LessonSlidesInput } from '../../src/lib/slides/lesson-slides.ts';
import { slide } from '../../src/lib/slides/slide.ts';
import { slidesHtml } from '../../src/lib/slides/slides-html.ts';
import type { QuizQuestion } from '../../src/schemas/quiz.ts';

const choice: QuizQuestion = {
  type: 'choice',
  question: 'Which route pays a wage?',
  options: ['A levels', 'An apprenticeship', 'A T Level'],
  answer: 'An apprenticeship',
  explanation: 'Apprentices are employees.',
};
const order: QuizQuestion = {
  type: 'order',
  question: 'Put the school years in order.',
  items: ['Year 7', 'Year 8', 'Year 9', 'Year 10'],
  explanation: 'Year 7 comes first.',
};
const match: QuizQuestion = {
  type: 'match',
  question: 'Match each job to its workplace.',
  pairs: [
    { left: 'Nurse', right: 'Hospital' },
    { left: 'Mechanic', right: 'Garage' },
    { left: 'Teacher', right: 'School' },
  ],
  explanation: 'Each job has a usual workplace.',
};

describe('mixedOrder', () => {
  it('mixes every length, never leaves all in place, and is the same every time', () => {
    for (let n = 2; n <= 6; n++) {
      for (const seed of ['a', 'Put these in order', 'Match each job']) {
        const order = mixedOrder(n, seed);
        expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(order).not.toEqual(Array.from({ length: n }, (_, i) => i));
        expect(mixedOrder(n, seed)).toEqual(order);
      }
    }
  });
});

describe('questionView', () => {
  it('letters multiple-choice options in their written order and names the right one', () => {
    const view = questionView(choice);
    expect(view.choices.map((c) => `${c.label} ${c.text}`)).toEqual([
      'A A levels',
      'B An apprenticeship',
      'C A T Level',
    ]);
    expect(view.answer).toBe('B. An apprenticeship');
  });

  it('shows order items mixed up, with an answer that puts the letters back in order', () => {
    const view = questionView(order);
    expect(view.choices.map((c) => c.text)).not.toEqual(order.type === 'order' && order.items);
    const byLetter = new Map(view.choices.map((c) => [c.label, c.text]));
    expect(view.answer.split(', ').map((letter) => byLetter.get(letter))).toEqual([
      'Year 7',
      'Year 8',
      'Year 9',
      'Year 10',
    ]);
  });

  it('numbers the left of a match and letters the mixed-up right, answering each pair', () => {
    const view = questionView(match);
    expect(view.matchFrom.map((c) => c.label)).toEqual(['1', '2', '3']);
    const byLetter = new Map(view.choices.map((c) => [c.label, c.text]));
    const pairs = view.answer.split(', ').map((pair) => {
      const [number, letter] = pair.split('-');
      return [view.matchFrom[Number(number) - 1]?.text, byLetter.get(letter ?? '')];
    });
    expect(pairs).toEqual([
      ['Nurse', 'Hospital'],
      ['Mechanic', 'Garage'],
      ['Teacher', 'School'],
    ]);
  });

  it('answers a true-or-false statement with its reason', () => {
    const view = questionView({
      type: 'true-false',
      question: 'Only boys can be engineers.',
      answer: false,
      explanation: 'Anyone can learn the skills.',
    });
    expect(view).toMatchObject({ instruction: 'True or false?', answer: 'False' });
  });
});

const lesson: LessonSlidesInput = {
  title: 'Choosing options',
  year: 9,
  duration: 60,
  summary: 'Pupils choose.',
  pupilOutcomes: ['I can name three routes.', 'I can test a reason.'],
  keywords: [{ term: 'Option', definition: 'A subject you choose.' }],
  steps: [
    {
      title: 'Starter',
      minutes: 10,
      teacher: 'Say: "List the routes."',
      pupils: 'List routes in pairs.',
      expected: 'College, sixth form.',
    },
    { title: 'Main', minutes: 50, teacher: 'Hand out cards.', pupils: 'Sort them.', expected: '' },
  ],
  starterQuiz: [choice, order],
  exitQuiz: [match],
};

describe('lessonSlides', () => {
  const slides = lessonSlides(lesson, ['Before the lesson:', '• Print the cards']);

  it('runs title, key words, starter quiz then answers, steps, exit quiz then answers', () => {
    expect(slides.map((s) => `${s.kind}: ${s.label}`)).toEqual([
      'title: Year 9 · 60 minutes',
      'keywords: ',
      'question: Starter quiz · question 1 of 2',
      'question: Starter quiz · question 2 of 2',
      'answer: Starter quiz answers · 1 of 2',
      'answer: Starter quiz answers · 2 of 2',
      'points: 10 minutes',
      'points: 50 minutes',
      'question: Exit quiz · question 1 of 1',
      'answer: Exit quiz answers · 1 of 1',
    ]);
    expect(slides[0]?.points).toEqual(lesson.pupilOutcomes);
  });

  it('shows cited facts on a slide after the key words, with their sources in the notes', () => {
    const withFacts = lessonSlides(
      lesson,
      [],
      [{ statement: 'UCAS asks three questions.', source: 'UCAS, Personal statements.' }],
    );
    expect(withFacts.map((s) => s.kind).slice(0, 4)).toEqual([
      'title',
      'keywords',
      'points',
      'question',
    ]);
    expect(withFacts[2]).toMatchObject({
      heading: 'Facts to know',
      points: ['UCAS asks three questions.'],
      notes: ['Source: UCAS, Personal statements.'],
    });
    expect(slides.some((s) => s.heading === 'Facts to know')).toBe(false);
  });

  it("puts the pupils' task on a step slide and the teacher's lines in its notes", () => {
    const step = slides[6];
    expect(step?.points).toEqual(['List routes in pairs.']);
    expect(step?.notes).toEqual(['Say: "List the routes."', 'Expect: College, sixth form.']);
    expect(slides[0]?.notes).toEqual(['Pupils choose.', 'Before the lesson:', '• Print the cards']);
  });

  it('keeps the answer in the notes of a question slide and on its answer slide', () => {
    expect(slides[2]?.notes[0]).toBe('Answer: B. An apprenticeship.');
    expect(slides[4]?.question?.answer).toBe('B. An apprenticeship');
  });
});

describe('cpdSlides', () => {
  it('makes a slide for the title, objectives, each agenda item, case study and prompts', () => {
    const slides = cpdSlides({
      title: 'Stereotypes',
      audience: 'All staff',
      duration: 45,
      summary: 'A session.',
      objectives: ['Spot bias'],
      agenda: [{ title: 'Warm-up', minutes: 45, detail: 'Discuss.' }],
      caseStudies: [{ title: 'A school', context: 'Context.', reflectionQuestions: ['Why?'] }],
      prompts: ['What next?'],
      followUp: [],
    });
    expect(slides.map((s) => s.heading)).toEqual([
      'Stereotypes',
      'What we will be able to do',
      'Warm-up',
      'Case study: A school',
      'To discuss',
    ]);
  });
});

describe('bodyLines', () => {
  it('writes a body as plain lines for speaker notes', () => {
    expect(
      bodyLines(
        bodyBlocks('## Before\n\nPrint **30**\ncopies.\n\n2. Two\n3. Three\n\n- A\n  - B\n'),
      ),
    ).toEqual(['Before:', 'Print 30 copies.', '2. Two', '3. Three', '• A', '  • B']);
  });
});

describe('slidesHtml', () => {
  it('escapes content text and links each slide to the next, the last to the end', () => {
    const html = slidesHtml(
      [
        slide({ kind: 'title', heading: 'Pay < costs & "rent"', points: ['<script>x</script>'] }),
        slide({ kind: 'points', heading: 'Two', notes: ['Say: "hi"'] }),
      ],
      { href: '/lessons/x/', label: 'End of lesson' },
    );
    expect(html).toContain('<h1 id="slide-1-title">Pay &lt; costs &amp; &quot;rent&quot;</h1>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a class="slide__next" href="#slide-2">Next: Two</a>');
    expect(html).toContain('<p>Say: &quot;hi&quot;</p>');
    expect(html).toContain('<a href="/lessons/x/">End of lesson</a>');
  });
});
