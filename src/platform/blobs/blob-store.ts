// Content-addressed file store (ARCHITECTURE.md §1 "Blobs"): a file lives at blobs/<ab>/<cd>/<sha256> under the
// data dir. Writes go to a temporary file that is fsynced and renamed into place, then the directory is fsynced,
// so a document whose upload was acknowledged survives a crash; identical content is stored once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
  /** The first bytes, for sniffing the real file type (never trust the client's Content-Type). */
  head: Buffer;
}

export class BlobTooLargeError extends Error {
  override name = 'BlobTooLargeError';
}

/** The content was streamed but the caller's check refused it (e.g. not a PDF): nothing was kept. */
export class BlobRefusedError extends Error {
  override name = 'BlobRefusedError';
}

export interface PutOptions {
  /** Refuses more than this many bytes (BlobTooLargeError). */
  maxBytes: number;
  /**
   * Decides from the first bytes and the size, before the content enters the store: a refused upload leaves no
   * file behind (BlobRefusedError), where a check after put() left an unreferenced blob.
   */
  accept?: (head: Buffer, sizeBytes: number) => boolean | Promise<boolean>;
}

const HEAD_BYTES = 4100; // file-type reads at most this many bytes for the formats we accept

export class BlobStore {
  constructor(readonly root: string) {}

  static inDataDir(dataDir: string): BlobStore {
    return new BlobStore(path.join(dataDir, 'blobs'));
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Streams `source` into the store; too large or not accepted: an error, and nothing kept. */
  async put(source: Readable, { maxBytes, accept }: PutOptions): Promise<StoredBlob> {
    const tmpDir = path.join(this.root, 'tmp');
    await fs.promises.mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = path.join(tmpDir, `${process.pid}-${crypto.randomBytes(8).toString('hex')}`);
    const hash = crypto.createHash('sha256');
    const headParts: Buffer[] = [];
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new BlobTooLargeError(`larger than ${maxBytes} bytes`));
        hash.update(chunk);
        if (size - chunk.length < HEAD_BYTES) headParts.push(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      const head = Buffer.concat(headParts).subarray(0, HEAD_BYTES);
      if (accept && !(await accept(head, size))) throw new BlobRefusedError('content refused');
      await syncPath(tmp, 'r+');
    } catch (err) {
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
    const sha256 = hash.digest('hex');
    const final = this.pathOf(sha256);
    await fs.promises.mkdir(path.dirname(final), { recursive: true, mode: 0o700 });
    await fs.promises.rename(tmp, final);
    await syncPath(path.dirname(final), 'r');
    return { sha256, sizeBytes: size, head: Buffer.concat(headParts).subarray(0, HEAD_BYTES) };
  }

  open(sha256: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return fs.promises.access(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }
}

async function syncPath(p: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await fs.promises.open(p, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
