import type { Task } from '../task';
import { isPrimeTask } from './is-prime';

/** The tasks that come with Strategy Lab, the original experiment's first. */
export const builtinTasks: readonly Task[] = [isPrimeTask];

export function taskById(id: string): Task | undefined {
  return builtinTasks.find((task) => task.id === id);
}
