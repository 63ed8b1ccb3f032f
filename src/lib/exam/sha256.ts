/**
 * SHA-256 (FIPS 180-4) for where Web Crypto is missing: `crypto.subtle` exists only in secure
 * contexts, and the course is also served over plain HTTP on a local network (HOST=0.0.0.0).
 * Tested against `crypto.subtle` and the standard's test vectors.
 */
const roundConstants = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

export const sha256RoundConstants: readonly number[] = Array.from(roundConstants);

const initialHash = [
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

export function sha256(message: Uint8Array): Uint8Array {
	// The message, a 1 bit, zeros, and its length in bits (64 bits, big-endian), in 64-byte blocks.
	const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
	padded.set(message);
	padded[message.length] = 0x80;
	const view = new DataView(padded.buffer);
	const bits = message.length * 8;
	view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
	view.setUint32(padded.length - 4, bits >>> 0);

	const hash = new Uint32Array(initialHash);
	const schedule = new Uint32Array(64);
	for (let block = 0; block < padded.length; block += 64) {
		for (let i = 0; i < 16; i++) schedule[i] = view.getUint32(block + i * 4);
		for (let i = 16; i < 64; i++) {
			const a = schedule[i - 15]!;
			const b = schedule[i - 2]!;
			const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
			const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
			schedule[i] = schedule[i - 16]! + s0 + schedule[i - 7]! + s1;
		}
		let a = hash[0]!,
			b = hash[1]!,
			c = hash[2]!,
			d = hash[3]!,
			e = hash[4]!,
			f = hash[5]!,
			g = hash[6]!,
			h = hash[7]!;
		for (let i = 0; i < 64; i++) {
			const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
			const choice = (e & f) ^ (~e & g);
			const t1 = (h + s1 + choice + roundConstants[i]! + schedule[i]!) | 0;
			const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
			const majority = (a & b) ^ (a & c) ^ (b & c);
			const t2 = (s0 + majority) | 0;
			h = g;
			g = f;
			f = e;
			e = (d + t1) | 0;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) | 0;
		}
		// A Uint32Array keeps each sum modulo 2^32.
		[a, b, c, d, e, f, g, h].forEach((value, index) => (hash[index] = hash[index]! + value));
	}
	const out = new Uint8Array(32);
	const outView = new DataView(out.buffer);
	hash.forEach((word, index) => outView.setUint32(index * 4, word));
	return out;
}
