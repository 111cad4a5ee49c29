/**
 * Just enough of the zip format to handle an .xlsx part by part without holding the package in
 * memory: list its entries, stream one entry's content, copy an entry as it is (still compressed),
 * and write a new package whose big parts are deflated while they stream. Node's zlib does the
 * compression; packages over 4 GB (zip64) are not handled, as no spreadsheet program makes them.
 */
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** One entry of a package, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Random access to a package's bytes: a file on disk or a buffer in memory. */
export interface ZipSource {
  read(position: number, length: number): Promise<Buffer>;
  size: number;
}

const CHUNK = 1 << 20;
/** zlib's output pieces: bigger than its 16 KB default, so a 100 MB part is a few hundred pieces. */
const ZLIB_CHUNK = 1 << 18;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;

/** A source over a buffer already in memory (what exceljs writes). */
export function bufferSource(buffer: Buffer): ZipSource {
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, position + length),
  };
}

/** A source over an open file. */
export async function fileSource(handle: FileHandle): Promise<ZipSource> {
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    },
  };
}

/** The package's entries in central-directory order; throws when the bytes are not a zip. */
export async function zipEntries(source: ZipSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, 65_557);
  const tail = await source.read(source.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('not a zip package (no end of central directory)');
  const count = tail.readUInt16LE(end + 10);
  const directory = await source.read(tail.readUInt32LE(end + 16), tail.readUInt32LE(end + 12));
  const entries: ZipEntry[] = [];
  for (let at = 0, n = 0; n < count; n++) {
    if (directory.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const nameLength = directory.readUInt16LE(at + 28);
    entries.push({
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
      name: directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's bytes as stored in the package (compressed, for a deflated entry). */
async function* rawChunks(
  source: ZipSource,
  entry: ZipEntry,
  limit = entry.compressedSize,
): AsyncGenerator<Buffer> {
  const header = await source.read(entry.localOffset, 30);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new Error(`broken zip entry ${entry.name}`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  for (let done = 0; done < limit; ) {
    const chunk = await source.read(start + done, Math.min(CHUNK, limit - done));
    if (chunk.length === 0) throw new Error(`zip entry ${entry.name} is cut short`);
    done += chunk.length;
    yield chunk;
  }
}

/** The entry's content, decompressed as it is read. */
export function entryStream(source: ZipSource, entry: ZipEntry): AsyncIterable<Buffer> {
  const raw = Readable.from(rawChunks(source, entry));
  if (entry.method === STORED) return raw;
  if (entry.method !== DEFLATED) throw new Error(`zip entry ${entry.name}: unknown compression`);
  const inflate = zlib.createInflateRaw({ chunkSize: ZLIB_CHUNK });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

/** The whole content of a (small) entry as text. */
export async function entryText(source: ZipSource, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryStream(source, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The whole content of an entry of a package held in memory, as text, decompressed in one call:
 * no stream to set up, which is most of the time a small workbook takes to read.
 */
export function entryTextSync(buffer: Buffer, entry: ZipEntry): string {
  const header = buffer.subarray(entry.localOffset, entry.localOffset + 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50)
    throw new Error(`broken zip entry ${entry.name}`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = buffer.subarray(start, start + entry.compressedSize);
  if (raw.length < entry.compressedSize) throw new Error(`zip entry ${entry.name} is cut short`);
  if (entry.method === STORED) return raw.toString('utf8');
  if (entry.method !== DEFLATED) throw new Error(`zip entry ${entry.name}: unknown compression`);
  return zlib.inflateRawSync(raw).toString('utf8');
}

/** DOS date and time of `date`, as zip headers hold them. */
function dosTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Where an entry stood after one of its pieces: its compressed length, and the CRC and length of what it holds. */
export interface PieceMark {
  compressed: number;
  crc: number;
  size: number;
}

/** A piece of an entry (see ZipWriter.addPieces). */
export type EntryPiece =
  | { kind: 'copy'; source: ZipSource; entry: ZipEntry; mark: PieceMark }
  | { kind: 'deflate'; content: AsyncIterable<string | Buffer> | Iterable<string>; last: boolean };

/** Where a package is written: bytes at a position (headers are written again once sizes are known). */
export interface ZipSink {
  write(bytes: Buffer, position: number): Promise<void>;
}

/** A sink into an open file. */
export function fileSink(handle: FileHandle): ZipSink {
  return {
    async write(bytes, position) {
      for (let done = 0; done < bytes.length; )
        done += (await handle.write(bytes, done, bytes.length - done, position + done))
          .bytesWritten;
    },
  };
}

/** A sink into memory, for a small package handed to exceljs; `buffer()` is the package. */
export function memorySink(): ZipSink & { buffer(): Buffer } {
  const pieces: { bytes: Buffer; position: number }[] = [];
  return {
    async write(bytes, position) {
      pieces.push({ bytes: Buffer.from(bytes), position });
    },
    buffer() {
      const out = Buffer.alloc(Math.max(0, ...pieces.map((p) => p.position + p.bytes.length)));
      for (const piece of pieces) piece.bytes.copy(out, piece.position);
      return out;
    },
  };
}

/** Writes a package entry after entry; `close()` writes the central directory. */
export class ZipWriter {
  private offset = 0;
  private readonly written: ZipEntry[] = [];
  private readonly stamp = dosTime(new Date());

  constructor(private readonly sink: ZipSink) {}

  /** Copies an entry of another package without decompressing it. */
  async copy(source: ZipSource, entry: ZipEntry): Promise<void> {
    const written = { ...entry, localOffset: this.offset };
    await this.put(this.localHeader(written));
    for await (const chunk of rawChunks(source, entry)) await this.put(chunk);
    this.written.push(written);
  }

  /**
   * Adds an entry whose content streams from `content`, deflated on the way; `fast` trades a
   * slightly bigger file for a third of the work (for a big part written again at every save).
   */
  async add(
    name: string,
    content: AsyncIterable<string | Buffer> | Iterable<string>,
    options: { fast?: boolean } = {},
  ): Promise<void> {
    await this.addPieces(name, [{ kind: 'deflate', content, last: true }], options);
  }

  /**
   * Adds an entry made of pieces, one after the other in one deflate stream: the start of an entry
   * of another package copied as it is (it must end where a piece of ours ended), then content
   * deflated on the way. Every piece but the last ends on a byte boundary with no final block, so
   * a later save can copy the entry up to there and carry on. Returns where the entry stood after
   * each piece.
   */
  async addPieces(
    name: string,
    pieces: EntryPiece[],
    options: { fast?: boolean } = {},
  ): Promise<PieceMark[]> {
    const entry: ZipEntry = {
      name,
      method: DEFLATED,
      crc: 0,
      compressedSize: 0,
      size: 0,
      localOffset: this.offset,
    };
    await this.put(this.localHeader(entry));
    const marks: PieceMark[] = [];
    for (const piece of pieces) {
      if (piece.kind === 'copy') await this.copyPiece(entry, piece);
      else await this.deflatePiece(entry, piece, options.fast === true);
      marks.push({ compressed: entry.compressedSize, crc: entry.crc, size: entry.size });
    }
    await this.sink.write(this.localHeader(entry), entry.localOffset);
    this.written.push(entry);
    return marks;
  }

  private async copyPiece(entry: ZipEntry, piece: Extract<EntryPiece, { kind: 'copy' }>) {
    for await (const chunk of rawChunks(piece.source, piece.entry, piece.mark.compressed)) {
      entry.compressedSize += chunk.length;
      await this.put(chunk);
    }
    entry.crc = piece.mark.crc;
    entry.size = piece.mark.size;
  }

  private async deflatePiece(
    entry: ZipEntry,
    piece: Extract<EntryPiece, { kind: 'deflate' }>,
    fast: boolean,
  ): Promise<void> {
    const measured = async function* (this: void) {
      for await (const part of piece.content) {
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        entry.crc = zlib.crc32(bytes, entry.crc);
        entry.size += bytes.length;
        yield bytes;
      }
    };
    const deflate = zlib.createDeflateRaw({
      level: fast ? 1 : 6,
      chunkSize: ZLIB_CHUNK,
      finishFlush: piece.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    await pipeline(
      Readable.from(measured()),
      deflate,
      async (compressed: AsyncIterable<Buffer>) => {
        for await (const chunk of compressed) {
          entry.compressedSize += chunk.length;
          await this.put(chunk);
        }
      },
    );
  }

  /** Writes the central directory; the package is complete once this resolves. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const entry of this.written) await this.put(this.directoryEntry(entry));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }

  private async put(bytes: Buffer): Promise<void> {
    await this.sink.write(bytes, this.offset);
    this.offset += bytes.length;
  }

  private localHeader(entry: ZipEntry): Buffer {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(30 + name.length);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    this.common(header, 6, entry, name.length);
    name.copy(header, 30);
    return header;
  }

  private directoryEntry(entry: ZipEntry): Buffer {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(46 + name.length);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    this.common(header, 8, entry, name.length);
    header.writeUInt32LE(entry.localOffset, 42);
    name.copy(header, 46);
    return header;
  }

  /** The fields local headers and directory entries share, from flags to name length. */
  private common(header: Buffer, at: number, entry: ZipEntry, nameLength: number): void {
    header.writeUInt16LE(UTF8_NAMES, at);
    header.writeUInt16LE(entry.method, at + 2);
    header.writeUInt16LE(this.stamp.time, at + 4);
    header.writeUInt16LE(this.stamp.day, at + 6);
    header.writeUInt32LE(entry.crc >>> 0, at + 8);
    header.writeUInt32LE(entry.compressedSize, at + 12);
    header.writeUInt32LE(entry.size, at + 16);
    header.writeUInt16LE(nameLength, at + 20);
  }
}
