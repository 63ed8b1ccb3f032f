import type { Lang } from '$lib/i18n/langs';
import { sha256 } from './sha256';

/**
 * The day the exam was passed, as the certificate states it: no time, in the learner's language
 * ("December 2, 2026" / "2026年12月2日"). Here, not beside `formatDate`, which every page loads.
 */
export function certificateDate(iso: string, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(
		new Date(iso)
	);
}

/**
 * The certificate's verification code: a short digest of the passed exam attempt, so that the
 * team page can confirm that the code on a certificate matches the learner's exported file, and a
 * lead reading a code aloud or from a printout can check it.
 *
 * It is not a signature: the course has no server and no secret, so anyone with a file can compute
 * its code. It proves that the certificate and the file belong together, not who made them.
 */
export interface CertifiedAttempt {
	/** As the learner typed it; compared after Unicode normalization (NFC) and trimming. */
	learnerName: string;
	trackId: string;
	/** When the exam was passed: the attempt's finishedAt (ISO 8601). */
	date: string;
	/** 0 to 1, as stored in the attempt. */
	score: number;
	attemptId: string;
	courseVersion: string;
}

/** No 0, O, 1 or I: a code read from paper or over the phone cannot be mistyped that way. */
export const codeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 10 characters of 5 bits: 50 bits, so that two attempts practically never share a code. */
export const codeLength = 10;

/** Bumped if the fields or their encoding ever change, so that old and new codes never collide. */
const codeFormat = 'k8s-course-certificate/1';

/**
 * The exact bytes hashed: a JSON array, so that no field can run into the next ("ab" + "c" and
 * "a" + "bc" differ), and the name normalized, so that the same name typed on another system
 * gives the same code.
 */
function canonical(attempt: CertifiedAttempt): Uint8Array<ArrayBuffer> {
	if (!Number.isFinite(attempt.score) || attempt.score < 0 || attempt.score > 1) {
		throw new RangeError(`a score is a share from 0 to 1, not ${attempt.score}`);
	}
	return new TextEncoder().encode(
		JSON.stringify([
			codeFormat,
			attempt.learnerName.normalize('NFC').trim(),
			attempt.trackId,
			attempt.date,
			attempt.score,
			attempt.attemptId,
			attempt.courseVersion
		])
	);
}

async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	// Web Crypto exists only in secure contexts; a course served over plain HTTP has none.
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return sha256(bytes);
	return new Uint8Array(await subtle.digest('SHA-256', bytes));
}

/** The code as printed: `XXXXX-XXXXX`. */
export async function certificateCode(attempt: CertifiedAttempt): Promise<string> {
	const hash = await digest(canonical(attempt));
	let code = '';
	// The first 50 bits of the digest, 5 at a time.
	for (let index = 0; index < codeLength; index++) {
		const bit = index * 5;
		const pair = (hash[bit >> 3]! << 8) | hash[(bit >> 3) + 1]!;
		code += codeAlphabet[(pair >> (11 - (bit & 7))) & 31];
	}
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as a person typed it, in the printed form, or `undefined` when it cannot be one: any
 * case, spaces and hyphens anywhere.
 */
export function normalizeCode(input: string): string | undefined {
	const plain = input.toUpperCase().replace(/[\s-]+/g, '');
	if (plain.length !== codeLength || [...plain].some((char) => !codeAlphabet.includes(char))) {
		return undefined;
	}
	return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/** Whether a typed code is the code of this attempt. */
export async function codeMatches(input: string, attempt: CertifiedAttempt): Promise<boolean> {
	const code = normalizeCode(input);
	return code !== undefined && code === (await certificateCode(attempt));
}
