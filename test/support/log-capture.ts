import { Writable } from 'node:stream';

/** A log stream for buildApp that keeps every line written, so a test can read what the server logged. */
export function captureLogLines(): { logStream: Writable; lines: string[] } {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { logStream, lines };
}
