import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FakeOpenAiServer, streamFacts } from '../helpers/fake-openai-server';
import { scriptedModel } from '../models/tiny-models';
import { launchChromium } from './chromium';

/*
 * The Models page of the built app in Chromium without WebGPU: what it says this browser can run,
 * a GGUF model opened from disk running on the CPU engine, and a server (replaying Ollama's
 * recorded answers) — each tried with a prompt, showing what was sent and what it cost.
 */

const appUrl = inject('appUrl');
const REPLY = 'Sure:\n```rust\nfn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n```';

describe('the Models page', () => {
  let browser: Browser;
  let dir: string;
  let server: FakeOpenAiServer;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'strategy-lab-models-'));
    await writeFile(join(dir, 'scripted.gguf'), scriptedModel(REPLY));
    server = await FakeOpenAiServer.start();
    server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', 'ollama/chat-stream.http');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('says WebGPU is missing and offers the CPU and server engines, then runs a GGUF opened from disk', async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}#/models`);
    const gpu = page.locator('[data-engine=webllm]');
    await gpu.getByText('Not available here').waitFor();
    expect(await gpu.innerText()).toMatch(/Chrome and Edge 113\+[\s\S]*CPU engine[\s\S]*OpenAI-compatible server/);
    await page.locator('[data-engine=wllama]').getByText('Available here').waitFor();

    await page.getByLabel('Or open a GGUF file from this computer').setInputFiles(join(dir, 'scripted.gguf'));
    await page.getByText('Loaded: scripted.gguf').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Generate' }).click();
    const facts = page.getByTestId('try-facts');
    await facts.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('try-reply').innerText()).toBe(REPLY);
    const text = await facts.innerText();
    expect(text).toContain('the model ended its reply');
    expect(text).toContain('temperature 0.3 · top_p 0.95 · max 512 tokens · seed 1');
    expect(text).toMatch(/\d+ in, \d+ out/);
    await page.close();
  });

  it('connects to a server, sends every sampling parameter, and shows its reply as text', async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}#/models`);
    await page.getByLabel('Base URL').fill(server.baseUrl);
    await page.getByLabel('Model', { exact: true }).fill('tinyllama');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Loaded: tinyllama @').waitFor({ timeout: 30_000 });
    await page.getByLabel('Temperature').fill('0.7');
    await page.getByLabel('Seed').fill('9');
    await page.getByRole('button', { name: 'Generate' }).click();
    await page.getByTestId('try-facts').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('try-reply').innerText()).toBe(streamFacts('ollama/chat-stream.http').text);
    const sent = server.received('POST', '/chat/completions').at(-1)!.json as Record<string, unknown>;
    expect(sent).toMatchObject({ model: 'tinyllama', temperature: 0.7, top_p: 0.95, max_tokens: 512, seed: 9, stream: true });
    await page.close();
  });

  it('with WebGPU on a GPU without shader-f16 (SwiftShader), lists the catalog with the q4f32_1 variants', async () => {
    const gpuBrowser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--enable-unsafe-webgpu'], headless: true });
    try {
      const page = await gpuBrowser.newPage();
      await page.goto(`${appUrl}#/models`);
      await page.locator('[data-engine=webllm]').getByText('Available here').waitFor({ timeout: 30_000 });
      const tinyllama = page.locator('tr[data-model="TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC"]');
      await tinyllama.waitFor({ timeout: 60_000 });
      expect(await tinyllama.innerText()).toMatch(/TinyLlama 1\.1B Chat · q4f32_1[\s\S]*840 MB/);
      expect(await tinyllama.getByRole('button', { name: 'Load' }).isEnabled()).toBe(true);
      expect(await page.locator('tr[data-model="Phi-3-mini-4k-instruct-q4f32_1-MLC"]').count()).toBe(1);
      expect(await page.locator('tr[data-model="TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC"]').count()).toBe(0);
      expect(await page.locator('section[aria-labelledby=gpu-title]').getByText('lacks the shader-f16 feature, so the q4f32_1 variants were chosen').count()).toBe(1);
    } finally {
      await gpuBrowser.close();
    }
  });
});
