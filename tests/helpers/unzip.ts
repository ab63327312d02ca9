import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads every file out of a zip archive (a .docx is one), using the central directory so sizes
 * are known even when the local headers defer them. Throws if a file's checksum is wrong.
 */
export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive: no end-of-central-directory record.');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50)
      throw new Error(`Bad central header at ${offset}.`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    if (zip.readUInt32LE(localHeader) !== 0x04034b50)
      throw new Error(`Bad local header at ${localHeader}.`);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const contents = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    if (crc32(contents) !== crc) throw new Error(`Checksum mismatch in ${name}.`);
    entries.set(name, contents);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads one file out of a zip archive as UTF-8 text. */
export const readZipEntry = (zip: Buffer, name: string): string | undefined =>
  readZipEntries(zip).get(name)?.toString('utf8');
