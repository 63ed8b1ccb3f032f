import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	certificateCode,
	certificateDate,
	codeAlphabet,
	codeMatches,
	normalizeCode,
	type CertifiedAttempt
} from '../src/lib/exam/certificate';
import { sha256, sha256RoundConstants } from '../src/lib/exam/sha256';

const attempt: CertifiedAttempt = {
	learnerName: '李明',
	trackId: 'rnd',
	date: '2026-12-02T10:15:00.000Z',
	score: 0.85,
	attemptId: '9f2c4e1a7b3d5f60a1b2c3d4',
	courseVersion: '0.1.0'
};

const hex = (bytes: Uint8Array) =>
	Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const text = (value: string) => new TextEncoder().encode(value);

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the certificate date', () => {
	it("is the day, without a time, in the learner's language", () => {
		// Midday UTC: the same day in every time zone the machine may be in.
		expect(certificateDate('2026-12-02T12:00:00.000Z', 'en')).toBe('December 2, 2026');
		expect(certificateDate('2026-12-02T12:00:00.000Z', 'zh')).toBe('2026年12月2日');
	});
});

describe('the certificate code', () => {
	it('is ten characters of the unambiguous alphabet, in two groups', async () => {
		const code = await certificateCode(attempt);
		expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
		expect(codeAlphabet).toHaveLength(32);
		expect(codeAlphabet).not.toMatch(/[01IO]/);
	});

	it('is the same for the same attempt', async () => {
		expect(await certificateCode({ ...attempt })).toBe(await certificateCode(attempt));
	});

	it.each<[string, Partial<CertifiedAttempt>]>([
		['the name', { learnerName: '李敏' }],
		['the track', { trackId: 'solutions' }],
		['the date', { date: '2026-12-03T10:15:00.000Z' }],
		['the score', { score: 0.9 }],
		['the attempt', { attemptId: '9f2c4e1a7b3d5f60a1b2c3d5' }],
		['the course version', { courseVersion: '0.2.0' }]
	])('changes when %s changes', async (_, change) => {
		expect(await certificateCode({ ...attempt, ...change })).not.toBe(
			await certificateCode(attempt)
		);
	});

	it('changes when any field changes, and when text moves from one field to the next', async () => {
		const field = fc.constantFrom<keyof CertifiedAttempt>(
			'learnerName',
			'trackId',
			'date',
			'attemptId',
			'courseVersion'
		);
		await fc.assert(
			fc.asyncProperty(field, fc.string({ minLength: 1, maxLength: 12 }), async (key, extra) => {
				const value = `${attempt[key]}${extra}`;
				fc.pre(value.trim() !== attempt[key]);
				const changed = { ...attempt, [key]: value };
				expect(await certificateCode(changed)).not.toBe(await certificateCode(attempt));
			})
		);
		const joined = { ...attempt, trackId: 'rn', date: `d${attempt.date}` };
		expect(await certificateCode(joined)).not.toBe(await certificateCode(attempt));
	});

	it('reads the name as the same name however it was typed', async () => {
		const composed = { ...attempt, learnerName: 'Zoë Li' };
		const decomposed = { ...attempt, learnerName: ' Zoe\u0308 Li ' };
		expect(await certificateCode(decomposed)).toBe(await certificateCode(composed));
	});

	it('refuses a score that is not a share', async () => {
		await expect(certificateCode({ ...attempt, score: 85 })).rejects.toThrow(RangeError);
		await expect(certificateCode({ ...attempt, score: Number.NaN })).rejects.toThrow(RangeError);
	});

	it('is the same without Web Crypto (a page served over plain HTTP)', async () => {
		const withWebCrypto = await certificateCode(attempt);
		vi.stubGlobal('crypto', {});
		expect(globalThis.crypto.subtle).toBeUndefined();
		expect(await certificateCode(attempt)).toBe(withWebCrypto);
	});
});

describe('checking a typed code', () => {
	it('accepts the code in any case, with or without spaces and hyphens', async () => {
		const code = await certificateCode(attempt);
		for (const typed of [
			code,
			code.toLowerCase(),
			code.replace('-', ''),
			` ${code.replace('-', ' ')} `
		]) {
			expect(await codeMatches(typed, attempt)).toBe(true);
		}
	});

	it("refuses another attempt's code and anything that cannot be a code", async () => {
		const other = await certificateCode({ ...attempt, score: 0.9 });
		expect(await codeMatches(other, attempt)).toBe(false);
		for (const typed of ['', 'ABCDE', 'ABCDE-FGHJK-L', 'ABCDE-FGHJ0', 'ABCDE-FGHJI']) {
			expect(normalizeCode(typed)).toBeUndefined();
			expect(await codeMatches(typed, attempt)).toBe(false);
		}
	});
});

describe('SHA-256 without Web Crypto', () => {
	it('gives the test vectors of FIPS 180-4', () => {
		expect(hex(sha256(text('')))).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(hex(sha256(text('abc')))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(hex(sha256(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
	});

	it('has the round constants of the standard: the cube roots of the first 64 primes', () => {
		const primes: number[] = [];
		for (let n = 2; primes.length < 64; n++) {
			if (primes.every((p) => n % p !== 0)) primes.push(n);
		}
		expect(sha256RoundConstants).toEqual(
			primes.map((p) => Math.floor((Math.cbrt(p) % 1) * 2 ** 32))
		);
	});

	it('agrees with Web Crypto on any message, across block boundaries', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
				const expected = new Uint8Array(
					await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))
				);
				expect(hex(sha256(bytes))).toBe(hex(expected));
			})
		);
	});
});
