import * as v from 'valibot';
import type { Generation, GenerationRequest } from './generation';
import type { ModelRef } from './model';
import type { Candidate, Run, StrategyResult } from './run';
import type { Diagnostic, TestOutcome, Verdict } from './verdict';

/*
 * Schemas for everything a Run holds. Runs come back from IndexedDB, share links and imported
 * files, so they are validated on the way in. Each schema is typed against the domain type it
 * checks: if the two drift apart, type checking fails.
 */

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const duration = v.pipe(v.number(), v.minValue(0));
const nullableRate = v.nullable(v.pipe(v.number(), v.minValue(0)));

export const modelRefSchema: v.GenericSchema<ModelRef> = v.variant('engine', [
  v.object({ engine: v.literal('replay'), recordingId: v.string(), speed: v.pipe(v.number(), v.gtValue(0)) }),
  v.object({ engine: v.literal('webllm'), modelId: v.string() }),
  v.object({ engine: v.literal('wllama'), source: v.string(), label: v.string() }),
  v.object({ engine: v.literal('openai-compatible'), baseUrl: v.string(), model: v.string() }),
]);

const chatMessageSchema = v.object({
  role: v.picklist(['system', 'user', 'assistant']),
  content: v.string(),
});

export const generationRequestSchema: v.GenericSchema<GenerationRequest> = v.object({
  messages: v.array(chatMessageSchema),
  temperature: v.pipe(v.number(), v.minValue(0)),
  top_p: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  max_tokens: count,
  seed: v.pipe(v.number(), v.integer()),
  stop: v.array(v.string()),
});

export const generationSchema: v.GenericSchema<Generation> = v.object({
  text: v.string(),
  textCoverage: v.picklist(['full', 'excerpt', 'none']),
  finishReason: v.picklist(['stop', 'length', 'abort', 'unknown']),
  usage: v.object({ promptTokens: v.nullable(count), completionTokens: count }),
  timings: v.object({
    timeToFirstTokenMs: v.nullable(duration),
    prefillTokensPerSecond: nullableRate,
    decodeTokensPerSecond: nullableRate,
    totalMs: duration,
  }),
  sent: v.object({
    temperature: v.nullable(v.number()),
    top_p: v.nullable(v.number()),
    max_tokens: v.nullable(count),
    seed: v.nullable(v.number()),
  }),
});

const diagnosticSchema: v.GenericSchema<Diagnostic> = v.object({
  code: v.nullable(v.string()),
  message: v.string(),
  line: count,
  column: count,
});

const testOutcomeSchema: v.GenericSchema<TestOutcome> = v.object({
  source: v.string(),
  passed: v.boolean(),
  left: v.optional(v.string()),
  right: v.optional(v.string()),
});

const verdictBase = {
  judge: v.picklist(['interpreter', 'playground']),
  ms: duration,
  stdout: v.string(),
};
const tests = v.array(testOutcomeSchema);

export const verdictSchema: v.GenericSchema<Verdict> = v.variant('kind', [
  v.object({ kind: v.literal('no_code'), ...verdictBase }),
  v.object({ kind: v.literal('syntax_error'), ...verdictBase, diagnostics: v.array(diagnosticSchema) }),
  v.object({ kind: v.literal('compile_error'), ...verdictBase, diagnostics: v.array(diagnosticSchema) }),
  v.object({
    kind: v.literal('runtime_error'),
    ...verdictBase,
    message: v.string(),
    line: v.nullable(count),
    column: v.nullable(count),
    tests,
  }),
  v.object({ kind: v.literal('timeout'), ...verdictBase, limitMs: duration, tests }),
  v.object({ kind: v.literal('wrong_answer'), ...verdictBase, tests }),
  v.object({ kind: v.literal('pass'), ...verdictBase, tests }),
  v.object({ kind: v.literal('unknown'), ...verdictBase, reason: v.string() }),
]);

const candidateSchema: v.GenericSchema<Candidate> = v.object({
  index: count,
  request: generationRequestSchema,
  generation: generationSchema,
  code: v.nullable(v.string()),
  verdict: v.nullable(verdictSchema),
});

export const strategyResultSchema: v.GenericSchema<StrategyResult> = v.object({
  strategyId: v.string(),
  strategyLabel: v.string(),
  candidates: v.array(candidateSchema),
  selection: v.object({
    index: v.nullable(count),
    reason: v.string(),
    code: v.nullable(v.string()),
    verdict: v.nullable(verdictSchema),
  }),
  cost: v.object({
    calls: count,
    promptTokens: v.nullable(count),
    completionTokens: count,
    wallMs: duration,
  }),
});

/** The current (version 1) shape of a stored Run. */
export const runSchema: v.GenericSchema<Run> = v.object({
  schemaVersion: v.literal(1),
  id: v.pipe(v.string(), v.minLength(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  source: v.variant('kind', [
    v.object({ kind: v.literal('live') }),
    v.object({ kind: v.literal('recording'), recordingId: v.string() }),
  ]),
  status: v.picklist(['complete', 'cancelled']),
  task: v.object({ id: v.string(), title: v.string(), prompt: v.string() }),
  model: modelRefSchema,
  results: v.array(strategyResultSchema),
});
