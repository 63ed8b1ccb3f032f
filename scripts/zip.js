// A zip writer on Node's own zlib (deflate and CRC-32): the packages need nothing more, and the
// course stays without a dependency for it. Entries are written in a fixed order with a fixed
// time, so that the same build makes the same zip.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00, the earliest time a zip entry can carry. */
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;

/**
 * The fields a local header and its central directory record share, in the same order; the
 * central record has them two bytes later (after "version made by").
 * @param {Buffer} header @param {number} at
 * @param {{ method: number, crc: number, size: number, length: number, nameLength: number }} entry
 */
function writeEntryFields(header, at, { method, crc, size, length, nameLength }) {
	header.writeUInt16LE(20, at); // version needed: 2.0
	header.writeUInt16LE(0x0800, at + 2); // names in UTF-8
	header.writeUInt16LE(method, at + 4);
	header.writeUInt16LE(dosTime, at + 6);
	header.writeUInt16LE(dosDate, at + 8);
	header.writeUInt32LE(crc, at + 10);
	header.writeUInt32LE(size, at + 14);
	header.writeUInt32LE(length, at + 18);
	header.writeUInt16LE(nameLength, at + 22);
}

/**
 * Writes `entries` (path inside the zip, with "/", to content) as a zip file; returns its size.
 * @param {string} target @param {Map<string, Buffer>} entries
 */
export function writeZip(target, entries) {
	/** @type {Buffer[]} */
	const parts = [];
	/** @type {Buffer[]} */
	const central = [];
	let offset = 0;
	for (const [name, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const nameBytes = Buffer.from(name, 'utf8');
		const deflated = deflateRawSync(data, { level: 9 });
		const stored = deflated.length >= data.length;
		const body = stored ? data : deflated;
		const fields = {
			method: stored ? 0 : 8,
			crc: crc32(data),
			size: body.length,
			length: data.length,
			nameLength: nameBytes.length
		};
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		writeEntryFields(local, 4, fields);
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4); // made by: 2.0
		writeEntryFields(header, 6, fields);
		header.writeUInt32LE(offset, 42);
		central.push(header, nameBytes);
		parts.push(local, nameBytes, body);
		offset += local.length + nameBytes.length + body.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.size, 8);
	end.writeUInt16LE(entries.size, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	const zip = Buffer.concat([...parts, directory, end]);
	writeFileSync(target, zip);
	return zip.length;
}
