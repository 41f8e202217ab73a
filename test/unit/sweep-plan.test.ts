import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sweepPlanSchema } from '../../src/core/sweep-results';
import { isPrimeTask } from '../../src/core/tasks/is-prime';

const plan = { models: [{ engine: 'replay', recordingId: 'r', speed: 1 }], taskIds: ['mine'], strategies: [{ id: 'baseline', options: {} }], seeds: [1] };

describe('a sweep plan with tasks of its own (a teacher’s pack)', () => {
  it('keeps the tasks it carries, and plans without any stay valid', () => {
    const withTasks = { ...plan, tasks: [{ ...isPrimeTask, id: 'mine' }] };
    const parsed = v.safeParse(sweepPlanSchema, withTasks);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.output.tasks?.[0]?.hiddenTests).toBe(isPrimeTask.hiddenTests);
    expect(v.safeParse(sweepPlanSchema, plan).success).toBe(true);
  });

  it('refuses a carried task that is not a whole task', () => {
    const { hiddenTests: _dropped, ...partial } = isPrimeTask;
    expect(v.safeParse(sweepPlanSchema, { ...plan, tasks: [partial] }).success).toBe(false);
    expect(v.safeParse(sweepPlanSchema, { ...plan, tasks: [{ ...isPrimeTask, prompt: 42 }] }).success).toBe(false);
    expect(v.safeParse(sweepPlanSchema, { ...plan, tasks: 'is-prime' }).success).toBe(false);
  });
});
