import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Generation, GenerationRequest } from '../../src/core/generation';
import type { Candidate, StrategyResult } from '../../src/core/run';
import type { Verdict } from '../../src/core/verdict';
import { candidateDetail } from '../../src/ui/candidate/candidate-detail';
import CandidateDetailsButton from '../../src/ui/candidate/CandidateDetailsButton.svelte';
import RustCode from '../../src/ui/code/RustCode.svelte';
import type { LiveCell as LiveCellView } from '../../src/ui/experiments/experiment-session.svelte';
import LiveCell from '../../src/ui/experiments/LiveCell.svelte';
import { waitUntil } from '../fixtures/wait';
import { reactiveProps } from './reactive-props.svelte';

/* The candidate detail as a user meets it: a Details button opening a dialog, in real Chromium. */

const request: GenerationRequest = {
  messages: [
    { role: 'system', content: 'You are a Rust programmer.' },
    { role: 'user', content: 'Write is_prime.' },
  ],
  temperature: 0.55,
  top_p: 0.9,
  max_tokens: 384,
  seed: 1234567,
  stop: ['</s>'],
};

function generation(text: string): Generation {
  return {
    text,
    textCoverage: 'full',
    finishReason: 'stop',
    usage: { promptTokens: 41, completionTokens: 87 },
    timings: { timeToFirstTokenMs: 120, prefillTokensPerSecond: null, decodeTokensPerSecond: 29.5, totalMs: 3200 },
    sent: { temperature: 0.55, top_p: 0.9, max_tokens: 384, seed: 1234567 },
  };
}

function detailOf(reply: string, code: string | null, verdict: Verdict) {
  const candidate: Candidate = { index: 0, request, generation: generation(reply), code, verdict };
  const result: StrategyResult = {
    strategyId: 'baseline',
    strategyLabel: 'Baseline',
    candidates: [candidate],
    selection: { index: 0, reason: 'The only reply.', code, verdict },
    cost: { calls: 1, promptTokens: 41, completionTokens: 87, wallMs: 3200 },
  };
  return candidateDetail({ result, candidate, modelLabel: 'qwen2.5-coder:0.5b @ http://localhost:11434/v1', taskId: 'is-prime', recorded: false });
}

const MISMATCHED = `fn is_prime(n: u32) -> bool {
    if n < 2 {
        "no"
    }
    (2..n).all(|d| n % d != 0)
}`;

const WRONG = `fn is_prime(n: u32) -> bool {
    n > 2 && (2..n).all(|d| n % d != 0)
}`;

const mounted: ReturnType<typeof mount>[] = [];
afterEach(() => {
  mounted.splice(0).forEach((component) => unmount(component));
  document.body.replaceChildren();
});

/** Mounts a Details button for `detail`, presses it and waits for the highlighted code view. */
async function open(detail: ReturnType<typeof detailOf>, { waitForEditor = true } = {}) {
  const target = document.body.appendChild(document.createElement('div'));
  mounted.push(mount(CandidateDetailsButton, { target, props: { detail } }));
  const button = target.querySelector('button')!;
  await userEvent.click(button);
  await waitUntil(() => document.querySelector('dialog') !== null);
  const dialog = document.querySelector('dialog')!;
  expect(dialog.open).toBe(true);
  if (waitForEditor) await waitUntil(() => dialog.querySelector('.cm-editor .cm-line') !== null);
  return { button, dialog };
}

describe('candidate detail', () => {
  it('shows a compile error under the offending line with its code, caret and gutter marker', async () => {
    const verdict: Verdict = {
      kind: 'compile_error',
      judge: 'interpreter',
      ms: 4,
      stdout: '',
      diagnostics: [{ code: 'E0308', message: 'mismatched types: expected `()`, found `&str`', line: 3, column: 9 }],
    };
    const { button, dialog } = await open(detailOf('```rust\n' + MISMATCHED + '\n```', MISMATCHED, verdict));

    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Baseline — candidate 1 of 1');
    expect(document.activeElement?.textContent).toBe('Close');

    const finding = dialog.querySelector('.cm-judge-mark')!;
    expect(finding.textContent).toContain('error[E0308]: mismatched types');
    // The finding sits right under line 3, with its caret under column 9 (the string literal).
    const above = finding.previousElementSibling!;
    expect(above.classList.contains('cm-line')).toBe(true);
    expect(above.textContent).toBe('        "no"');
    expect(dialog.querySelector('.cm-judge-caret')!.textContent).toBe(`${' '.repeat(8)}^`);
    const lines = [...dialog.querySelectorAll('.cm-line')].map((l) => l.textContent);
    expect(lines.indexOf('        "no"')).toBe(2);
    // A gutter marker beside that line, and the code is highlighted (tokens wrapped in styled spans).
    expect(dialog.querySelectorAll('.cm-judge-gutter-mark')).toHaveLength(1);
    expect(dialog.querySelector('.cm-line span')).not.toBeNull();
    expect(dialog.querySelector('[data-field=origin]')!.textContent).toBe('Taken from the reply’s last ```rust code block.');

    // The request as sent, and what it cost.
    const cell = (parameter: string, field: string) => dialog.querySelector(`[data-parameter="${parameter}"] [data-field=${field}]`)!.textContent;
    expect(cell('temperature', 'asked')).toBe('0.55');
    expect(cell('seed', 'sent')).toBe('1234567');
    expect(cell('stop', 'asked')).toBe('"</s>"');
    expect(dialog.querySelector('[data-field="completion tokens"]')!.textContent).toBe('87');
    expect(dialog.querySelector('[data-field=model]')!.textContent).toBe('qwen2.5-coder:0.5b @ http://localhost:11434/v1');

    // Escape closes it and gives focus back to the button that opened it.
    await userEvent.keyboard('{Escape}');
    await waitUntil(() => document.querySelector('dialog') === null);
    expect(document.activeElement).toBe(button);
  });

  it('shows each assert of a wrong answer, the failed one with its left and right values', async () => {
    const verdict: Verdict = {
      kind: 'wrong_answer',
      judge: 'interpreter',
      ms: 3,
      stdout: '',
      tests: [
        { source: 'assert_eq!(is_prime(0), false)', passed: true },
        { source: 'assert_eq!(is_prime(1), false)', passed: true },
        { source: 'assert_eq!(is_prime(2), true)', passed: false, left: 'false', right: 'true' },
      ],
    };
    const { dialog } = await open(detailOf(WRONG, WRONG, verdict));

    const tests = [...dialog.querySelectorAll('[aria-label=Tests] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(tests[0]).toBe('✓ assert_eq!(is_prime(0), false)');
    expect(tests[2]).toBe('✗ assert_eq!(is_prime(2), true) left: false right: true');
    // The task's remaining asserts did not run: Rust stops at the first failed one.
    expect(tests.slice(3)).toEqual([
      '– assert_eq!(is_prime(3), true) did not finish: the program stopped',
      '– assert_eq!(is_prime(4), false) did not finish: the program stopped',
      '– assert_eq!(is_prime(17), true) did not finish: the program stopped',
      '– assert_eq!(is_prime(25), false) did not finish: the program stopped',
      '– assert_eq!(is_prime(97), true) did not finish: the program stopped',
    ]);
    expect(dialog.querySelector('[data-verdict=wrong_answer]')).not.toBeNull();
    expect(dialog.querySelector('[data-field=origin]')!.textContent).toBe('Taken from Rust items written in the reply without a code block.');
  });

  it('shows HTML in a reply and in code as inert text', async () => {
    Reflect.deleteProperty(window, 'pwned');
    const hostile = '<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"><b>bold</b>';
    const code = `fn main() {\n    let s = "<img src=x onerror=window.pwned=3>";\n}`;
    const verdict: Verdict = { kind: 'pass', judge: 'interpreter', ms: 1, stdout: '<img src=y onerror=window.pwned=4>', tests: [] };
    const { dialog } = await open(detailOf(`${hostile}\n\`\`\`rust\n${code}\n\`\`\``, code, verdict));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(dialog.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(dialog.querySelector('[data-section=reply] pre')!.textContent).toContain(hostile);
    expect(dialog.querySelector('.cm-content')!.textContent).toContain('"<img src=x onerror=window.pwned=3>"');
    expect(Reflect.get(window, 'pwned')).toBeUndefined();
  });

  it('shows the code and its findings as plain text when the highlighted view cannot load', async () => {
    const target = document.body.appendChild(document.createElement('div'));
    const marks = [{ line: 3, column: 9, heading: 'error[E0308]: mismatched types' }];
    mounted.push(mount(RustCode, { target, props: { code: MISMATCHED, marks, label: 'Code', loadView: () => Promise.reject(new Error('offline')) } }));
    await waitUntil(() => target.querySelector('[data-status=failed]') !== null);

    expect(target.querySelector('.cm-editor')).toBeNull();
    const rows = [...target.querySelectorAll('pre .row')].map((row) => row.textContent);
    expect(rows.slice(0, 5)).toEqual(['1fn is_prime(n: u32) -> bool {', '2    if n < 2 {', '3        "no"', `${' '.repeat(8)}^`, 'error[E0308]: mismatched types']);
    expect(target.textContent).toContain('could not be loaded');
  });

  it("keeps a running sweep's open detail when the sweep moves on to its next cell", async () => {
    const verdict: Verdict = { kind: 'pass', judge: 'interpreter', ms: 1, stdout: '', tests: [] };
    const candidate: Candidate = { index: 0, request, generation: generation(WRONG), code: WRONG, verdict };
    const result: StrategyResult = {
      strategyId: 'baseline',
      strategyLabel: 'Baseline',
      candidates: [candidate],
      selection: { index: 0, reason: 'The only reply.', code: WRONG, verdict },
      cost: { calls: 1, promptTokens: 41, completionTokens: 87, wallMs: 3200 },
    };
    const cell = { model: { engine: 'openai-compatible' as const, baseUrl: 'http://localhost:11434/v1', model: 'tiny' }, taskId: 'is-prime', strategyId: 'baseline', seed: 1 };
    const finished: LiveCellView = {
      cell,
      candidates: [{ index: 0, text: WRONG, tokens: 87, done: true, verdict }],
      selected: { index: 0, reason: 'The only reply.' },
      record: { cell, modelLabel: 'tiny', result },
    };
    const props = reactiveProps({ live: finished, running: true });
    const target = document.body.appendChild(document.createElement('div'));
    mounted.push(mount(LiveCell, { target, props }));
    await userEvent.click(target.querySelector('button[aria-label="Details of Baseline — candidate 1 of 1"]')!);
    await waitUntil(() => document.querySelector('dialog[open]') !== null);

    props.live = { cell: { ...cell, seed: 2 }, candidates: [{ index: 0, text: 'fn', tokens: 1, done: false, verdict: null }], selected: null, record: null };
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(target.querySelector('h3')!.textContent).toContain('seed 2');
    expect(target.querySelector('button[aria-label^="Details of"]')).toBeNull();
    const dialog = document.querySelector('dialog[open]');
    expect(dialog?.querySelector('h2')?.textContent).toBe('Baseline — candidate 1 of 1');
  });
});
