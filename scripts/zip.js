// A zip writer on Node's own zlib (deflate and CRC-32): the packages need nothing more, and the
// course stays without a dependency for it. Entries are written in a fixed order with a fixed
// time, so that the same build makes the same zip.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00, the earliest time a zip entry can carry. */
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;

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
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0
		local.writeUInt16LE(0x0800, 6); // names in UTF-8
		local.writeUInt16LE(stored ? 0 : 8, 8);
		local.writeUInt16LE(dosTime, 10);
		local.writeUInt16LE(dosDate, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		local.writeUInt16LE(0, 28);
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(0x0800, 8);
		header.writeUInt16LE(stored ? 0 : 8, 10);
		header.writeUInt16LE(dosTime, 12);
		header.writeUInt16LE(dosDate, 14);
		header.writeUInt32LE(crc, 16);
		header.writeUInt32LE(body.length, 20);
		header.writeUInt32LE(data.length, 24);
		header.writeUInt16LE(nameBytes.length, 28);
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
