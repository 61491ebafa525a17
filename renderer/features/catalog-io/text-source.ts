// Feeds papaparse text decoded with one TextDecoder for the whole file. Papaparse's own File
// reader decodes each byte slice separately, so a 中文/한국어 character that straddles a slice
// boundary turns into U+FFFD without any error (mholt/PapaParse#751, #1132). We give it
// the Node-stream shape its ReadableStreamStreamer reads instead, and pause the byte reader
// while a chunk is being checked, so at most one chunk is decoded ahead.

/** What we read: a File, or anything else that streams bytes and knows its size. */
export interface ByteSource { size: number; stream(): ReadableStream<Uint8Array> }

type Listener = (arg?: unknown) => void;

export interface TextSource {
  readonly readable: true;
  read(): void;
  on(event: 'data' | 'end' | 'error', listener: Listener): void;
  removeListener(event: string, listener: Listener): void;
  pause(): void;
  resume(): void;
  /** Bytes consumed so far. */
  readonly bytesRead: number;
}

export function textSource(file: ByteSource): TextSource {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const listeners: Record<string, Listener[]> = { data: [], end: [], error: [] };
  let paused = false;
  let pumping = false;
  let ended = false;
  let bytesRead = 0;
  const emit = (event: string, arg?: unknown) => { for (const l of [...(listeners[event] ?? [])]) l(arg); };

  async function pump() {
    if (pumping || ended) return;
    pumping = true;
    try {
      while (!paused && !ended) {
        const { value, done } = await reader.read();
        if (done) {
          ended = true;
          const tail = decoder.decode();
          if (tail !== '') emit('data', tail);
          emit('end');
          break;
        }
        bytesRead += value.byteLength;
        const text = decoder.decode(value, { stream: true });
        if (text !== '') emit('data', text);
      }
    } catch (error) {
      ended = true;
      emit('error', error);
    } finally {
      pumping = false;
    }
  }

  return {
    readable: true,
    read() { /* papaparse only checks that it exists */ },
    on(event, listener) {
      listeners[event].push(listener);
      if (event === 'data') queueMicrotask(() => void pump());
    },
    removeListener(event, listener) {
      listeners[event] = (listeners[event] ?? []).filter((l) => l !== listener);
    },
    pause() { paused = true; },
    resume() { paused = false; void pump(); },
    get bytesRead() { return bytesRead; },
  };
}
