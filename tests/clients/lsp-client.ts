// A minimal Language Server Protocol client: JSON-RPC 2.0 over a child's stdio with
// `Content-Length` framing. Enough to drive a server the way an editor does: send requests and
// notifications, and answer the server's own requests (workspace/configuration and the like).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json } | object;

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** Answers one kind of request from the server; the return value is sent back as the result. */
export type RequestHandler = (params: unknown) => Json | undefined | Promise<Json | undefined>;

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification the server sent, in order (window/logMessage, eslint/status, ...). */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Every request the server sent, in order, with the answer it got. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  stderr = '';

  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number | string, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private exited: Promise<number | null>;

  constructor(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
    this.process = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.onData(chunk);
    });
    this.process.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code) => {
        for (const { reject, method } of this.pending.values()) {
          reject(new Error(`server exited (code ${code}) before answering ${method}\n${this.stderr}`));
        }
        this.pending.clear();
        resolve(code);
      });
    });
  }

  /** Registers the answer to a request that the server sends to the client. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 240_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The polite end of a session: shutdown, exit, and wait for the process (killed if it lingers). */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    try {
      await this.request('shutdown', null, 10_000);
      this.notify('exit', null);
    } catch {
      // The server is gone or stuck; the kill below ends it either way.
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/i.exec(header);
      if (!length) throw new Error(`bad LSP header: ${header}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      void this.answer(message);
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
    } else if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method} failed: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  }

  private async answer(message: Message): Promise<void> {
    const method = message.method!;
    this.serverRequests.push({ method, params: message.params });
    const handler = this.handlers.get(method);
    if (!handler) {
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `client does not handle ${method}` } });
      return;
    }
    try {
      const result = await handler(message.params);
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
    } catch (error) {
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } });
    }
  }
}

/** LSP positions are 0-based lines and UTF-16 code units, as JavaScript strings index. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + position.character;
}

/** Applies edits (non-overlapping, as LSP requires) the way an editor does: from the end backwards. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
  }
  return result;
}
