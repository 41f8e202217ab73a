import type { ChatMessage, SentParameters } from '../../../core/generation';
import type { RecordedCall, Recording } from '../recording';

/*
 * The original experiment: TinyLlama 1.1B under Ollama, four strategies, one Rust task, quality
 * judged by hand. Figures and code are transcribed from its published results. Only what it
 * published is here: it kept the code block of each selected reply (not the whole reply), per-call
 * token counts only for diverse sampling, and for best-of-N neither per-call figures nor any text.
 * One edit: the reviewer's inline annotation "// ❌ WRONG: 1 is not prime" in the diverse-sampling
 * code is a review comment, not model output, and is left out.
 */

const SYSTEM_PROMPT = 'You are a Rust programmer. Write clean, correct, idiomatic code.';
const TASK_PROMPT = 'Write a Rust function that checks if a number is prime. Keep it under 15 lines.';
const MAX_TOKENS = 512;

/** The original client put temperature and max tokens where Ollama ignores them: nothing was sent. */
const NOTHING_SENT: SentParameters = { temperature: null, top_p: null, max_tokens: null, seed: null };

function messages(user: string): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: user },
  ];
}

function call(
  label: string,
  user: string,
  temperature: number,
  recorded: Pick<RecordedCall, 'completionTokens' | 'seconds' | 'text'>,
): RecordedCall {
  return {
    label,
    messages: messages(user),
    intended: { temperature, max_tokens: MAX_TOKENS },
    sent: NOTHING_SENT,
    ...recorded,
    textCoverage: 'excerpt',
  };
}

const BASELINE_CODE = `fn is_prime(num: i32) -> bool {
    if num <= 1 {
        return false; // Base case
    }

    for I in 2..=num { // Factorization of prime numbers
        if num % I == 0 {
            return false; // Found a divisor, hence not a prime
        }
    }

    true
}`;

const REREAD_CODE = `use num::{is_prime, Primitive};

fn is_prime(num: u32) -> bool {
    let prime = Primitive::from(if num < 2 { false } else if num % 2 == 0 { true } else { Prime::from(num - 1) });
    Primitive::from(!prime.is_true())
}`;

const DIVERSE_SELECTED_CODE = `fn is_prime(num: usize) -> bool {
    const PRIMES: [usize; 3] = [2, 3, 5]; // the first three prime numbers

    if num < 1 {
        return false;
    } else if num == 1 {
        return true;
    } else if num % 2 == 0 || num % 3 == 0 {
        for I in PRIMES {
            if num % I == 0 {
                return false;
            }
        }
    } else {
        return true;
    }
}`;

const RE2_PROMPT = `${TASK_PROMPT}\n\nRead the question again: ${TASK_PROMPT}`;
const NOT_RECORDED = { completionTokens: null, seconds: null, text: null } as const;

export const originalExperiment: Recording = {
  id: 'original-experiment',
  title: 'The original experiment: TinyLlama 1.1B, four strategies, one Rust task',
  provenance:
    'A recording of an earlier run, published with hand-judged results: TinyLlama 1.1B served by Ollama. ' +
    'Token counts and times are the ones it reported; code is what it kept of each reply. No model runs in your browser.',
  modelLabel: 'TinyLlama 1.1B (Ollama: tinyllama)',
  task: { id: 'is-prime', title: 'Is it prime?', prompt: TASK_PROMPT },
  runs: [
    {
      strategyId: 'baseline',
      strategyLabel: 'Baseline',
      summary: 'One call at temperature 0.3 (intended), the reply taken as is.',
      calls: [call('single pass', TASK_PROMPT, 0.3, { completionTokens: 337, seconds: 12.4, text: BASELINE_CODE })],
      totals: { completionTokens: 337, seconds: 12.4 },
      selection: { callIndex: 0, code: BASELINE_CODE, reason: 'The only reply.' },
      claims: {
        speed: '27 tok/s',
        cost: '1x',
        quality: 'Correct',
        approved: true,
        notes: ['Valid Rust syntax', 'Correct algorithm (checks divisibility)', 'Actually compiles and runs correctly'],
      },
    },
    {
      strategyId: 'reread',
      strategyLabel: 'ReRead',
      summary: 'One call whose prompt repeats the question ("Read the question again").',
      calls: [call('re-read prompt', RE2_PROMPT, 0.7, { completionTokens: 503, seconds: 17.0, text: REREAD_CODE })],
      totals: { completionTokens: 503, seconds: 17.0 },
      selection: { callIndex: 0, code: REREAD_CODE, reason: 'The only reply.' },
      claims: {
        speed: '30 tok/s',
        cost: '1x',
        quality: 'Broken',
        approved: false,
        notes: ['References non-existent `num` crate', "Won't compile"],
      },
    },
    {
      strategyId: 'diverse-sampling',
      strategyLabel: 'Diverse Sampling',
      summary: 'Three calls at temperatures 0.1, 0.5 and 0.9 (intended); the first reply is kept.',
      calls: [
        call('T 0.1', TASK_PROMPT, 0.1, { completionTokens: 351, seconds: null, text: DIVERSE_SELECTED_CODE }),
        call('T 0.5', TASK_PROMPT, 0.5, { completionTokens: 357, seconds: null, text: null }),
        call('T 0.9', TASK_PROMPT, 0.9, { completionTokens: 394, seconds: null, text: null }),
      ],
      totals: { completionTokens: 1102, seconds: 36.0 },
      selection: {
        callIndex: 0,
        code: DIVERSE_SELECTED_CODE,
        reason: 'The original always kept the first sample; the other replies were not recorded.',
      },
      claims: {
        speed: '31 tok/s',
        cost: '3x',
        quality: 'Broken',
        approved: false,
        notes: ['Claims 1 is prime', 'Incomplete algorithm (only checks against [2,3,5])'],
      },
    },
    {
      strategyId: 'best-of-n',
      strategyLabel: 'Best-of-N',
      summary: 'Three calls at temperatures 0.30, 0.53 and 0.77 (intended); the highest-scored reply is kept.',
      calls: [
        call('T 0.30', TASK_PROMPT, 0.3, NOT_RECORDED),
        call('T 0.53', TASK_PROMPT, 0.53, NOT_RECORDED),
        call('T 0.77', TASK_PROMPT, 0.77, NOT_RECORDED),
      ],
      totals: { completionTokens: 1173, seconds: 39.5 },
      selection: {
        callIndex: 0,
        code: '',
        reason:
          'Every score was 0, so the first reply won; the answer parser then kept the text after its last ".", which was empty.',
      },
      claims: {
        speed: '30 tok/s',
        cost: '3x',
        quality: 'Failed',
        approved: false,
        notes: ['Selected answer is empty (0 chars)', 'Scoring/selection mechanism broke'],
      },
    },
  ],
};
