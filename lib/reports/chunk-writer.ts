// Output of a report format gathered into chunks of about 64 kB. Formats write many small pieces
// (PDFKit one per PDF line, the HTML page one per element); handing each to the response stream
// would make one object per piece, and a whole batch in one string would hold ~1 MB at a time.
// Here the pieces are copied into a 64 kB buffer; a full buffer is handed on (`take`) and a new one
// started, so the format can yield it and wait for the client before writing more.
export const REPORT_CHUNK_BYTES = 64 * 1024;

export class ChunkWriter {
  private buffer: Buffer;
  private used = 0;
  private full: Buffer[] = [];
  private readonly encoder = new TextEncoder();
  /** Bytes written so far (PDF byte offsets for its cross-reference table). */
  written = 0;

  constructor(private readonly size = REPORT_CHUNK_BYTES) {
    if (size < 4) throw new Error("A chunk must hold at least one character (4 bytes)");
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Bytes as they are. */
  bytes(data: Uint8Array): number {
    let from = 0;
    while (from < data.length) {
      const n = Math.min(data.length - from, this.size - this.used);
      this.buffer.set(data.subarray(from, from + n), this.used);
      this.advance(n);
      from += n;
    }
    return data.length;
  }

  /** A binary string: one byte per character, its low 8 bits (what PDFKit writes). */
  latin1(text: string): number {
    let from = 0;
    while (from < text.length) {
      const n = Math.min(text.length - from, this.size - this.used);
      this.buffer.write(from === 0 && n === text.length ? text : text.slice(from, from + n), this.used, n, "latin1");
      this.advance(n);
      from += n;
    }
    return text.length;
  }

  /** Text as UTF-8. */
  utf8(text: string): number {
    let from = 0;
    let total = 0;
    while (from < text.length) {
      const rest = from === 0 ? text : text.slice(from);
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      // A character that does not fit whole in what is left of the buffer goes to the next one.
      if (read === 0 && written === 0) this.advance(0, true);
      else this.advance(written);
      from += read;
      total += written;
    }
    return total;
  }

  /** One byte. */
  byte(value: number): number {
    this.buffer[this.used] = value;
    this.advance(1);
    return 1;
  }

  /** The chunks that are full, handed over (the writer keeps no reference to them). */
  take(): Buffer[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** Everything written: the full chunks and what is in the current one. */
  flush(): Buffer[] {
    if (this.used) {
      this.full.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(this.size);
      this.used = 0;
    }
    return this.take();
  }

  private advance(n: number, force = false) {
    this.used += n;
    this.written += n;
    if (this.used === this.size || (force && this.used > 0)) {
      this.full.push(this.used === this.size ? this.buffer : this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(this.size);
      this.used = 0;
    }
  }
}
