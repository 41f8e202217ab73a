import type { ChatMessage } from '../core/generation';
import type { Task } from '../core/task';

/** The original experiment's system prompt, the default for every strategy. */
export const ORIGINAL_SYSTEM_PROMPT = 'You are a Rust programmer. Write clean, correct, idiomatic code.';

/**
 * What the model is asked: the task's prompt verbatim, then the signature its answer must have and
 * the public examples (the hidden tests that grade it are never shown).
 */
export function taskQuestion(task: Task): string {
  const parts = [task.prompt];
  if (task.signature) parts.push(`Use this signature: \`${task.signature}\``);
  if (task.publicExamples.length > 0) {
    parts.push(`Examples:\n${task.publicExamples.map((e) => `- \`${e.call}\` returns \`${e.expected}\``).join('\n')}`);
  }
  parts.push('Answer with the function in one ```rust code block.');
  return parts.join('\n\n');
}

export function chat(system: string, user: string): ChatMessage[] {
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** RE2 ("Re-Reading Improves Reasoning in Large Language Models"): the question, then "Read the question again". */
export function rereadQuestion(question: string): string {
  return `${question}\n\nRead the question again: ${question}`;
}
