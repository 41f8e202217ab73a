// The same strategies and judge as the app, headless, against an OpenAI-compatible server (Ollama,
// llama-server, vLLM — a cluster, say):
//   npm run --silent sweep -- --endpoint URL --model NAME[,NAME…] [--tasks ids|all] [--strategies ids|all]
//                             [--seeds N] [--concurrency C] [--out results.json] [--api-key KEY]
// Progress goes to stderr; a JSON summary {runs, summary} to stdout. With --out, every finished
// cell is written to the file at once (the app imports it), and a rerun with the same file resumes.
// Exit code 0 when the sweep completed, 1 when it failed or was interrupted, 2 for bad usage.
import { runSweepCli } from './sweep-cli';

process.exitCode = await runSweepCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onInterrupt: (stop) => process.once('SIGINT', stop),
});
