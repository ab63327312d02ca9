import { crc32, deflateRawSync } from 'node:zlib';

/** One file to put in a zip archive. */
export interface ZipFile {
  /** Path inside the archive, with forward slashes. */
  name: string;
  /** The file's contents; strings are written as UTF-8. */
  data: string | Uint8Array;
}

// Deflate level 3 of 9: a deck of 132 small parts packs in 2.6 ms instead of 4.1 ms at the default
// (6), for 3.6% more bytes; at 2,000 lessons that is about 4 s of a build's CPU time.
const DEFLATE = { level: 3 };

// A fixed timestamp (1 January 1980, the zip epoch) keeps builds byte-for-byte reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A file already compressed, ready to be placed in an archive. */
export interface PackedFile {
  name: Buffer;
  packed: Buffer;
  crc: number;
  size: number;
}

/** Compresses one file; parts shared by many archives can be packed once and reused. */
export function packFile(file: ZipFile): PackedFile {
  const raw = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
  return {
    name: Buffer.from(file.name, 'utf8'),
    packed: deflateRawSync(raw, DEFLATE),
    crc: crc32(raw),
    size: raw.length,
  };
}

/**
 * Packs files into a zip archive (deflated, no zip64), the container a .docx is. Written by hand
 * because a general-purpose Word library cost ~20 ms a document, most of a 1,000-lesson build.
 */
export function zipFiles(files: readonly (ZipFile | PackedFile)[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const { name, packed, crc, size } = 'packed' in file ? file : packFile(file);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    local.copy(central, 6, 4, 28); // version needed … name length are the same in both headers
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
