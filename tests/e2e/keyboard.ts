import { expect, type Page } from '@playwright/test';
import type { QuizKey } from './helpers';

type Question = QuizKey['questions'][number] & {
	items?: { id: string; answer?: string }[];
	choices?: { id: string }[];
	accepted?: { zh: string[]; en: string[] };
};

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 60) {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

async function focusedValue(page: Page): Promise<string> {
	return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
}

/** Moves through a radio group with the arrow keys until `value` is checked. */
async function pickRadio(page: Page, name: string, value: string) {
	await tabTo(page, `input[type="radio"][name="${name}"]`);
	// Space checks the focused radio when none is checked yet; arrows move and check.
	await page.keyboard.press('Space');
	for (let i = 0; i < 12 && (await focusedValue(page)) !== value; i++) {
		await page.keyboard.press('ArrowDown');
	}
	expect(await focusedValue(page)).toBe(value);
}

async function pickCheckboxes(page: Page, name: string, values: string[]) {
	for (const value of values) {
		await tabTo(page, `input[type="checkbox"][name="${name}"][value="${value}"]`);
		await page.keyboard.press('Space');
	}
}

async function pickInSelect(page: Page, selectId: string, value: string) {
	await tabTo(page, `select#${selectId}`);
	for (let i = 0; i < 15 && (await focusedValue(page)) !== value; i++) {
		await page.keyboard.press('ArrowDown');
	}
	expect(await focusedValue(page)).toBe(value);
}

/** Reorders with the move-up buttons: each press keeps focus on the moved item's button. */
async function putInOrder(page: Page, order: string[]) {
	for (let target = 0; target < order.length; target++) {
		const id = order[target]!;
		const current = await page
			.locator('.quiz-question li[data-item]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-item')));
		const from = current.indexOf(id);
		if (from === target) continue;
		await tabTo(page, `li[data-item="${id}"] button[data-direction="up"]`);
		for (let step = from; step > target; step--) await page.keyboard.press('Enter');
	}
	const final = await page
		.locator('.quiz-question li[data-item]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-item')));
	expect(final).toEqual(order);
}

/** Answers the question on screen by keyboard alone: rightly, or wrongly when `right` is false. */
export async function answerByKeyboard(
	page: Page,
	question: Question,
	right: boolean,
	lang: 'zh' | 'en'
) {
	const name = `q-${question.id}`;
	switch (question.type) {
		case 'single': {
			const wrong = question.options.find((option) => option.id !== question.answer)!.id;
			await pickRadio(page, name, right ? (question.answer as string) : wrong);
			break;
		}
		case 'multiple': {
			const answer = question.answer as string[];
			const wrong = question.options.find((option) => !answer.includes(option.id))!.id;
			await pickCheckboxes(page, name, right ? answer : [wrong]);
			break;
		}
		case 'true-false': {
			const value = right === Boolean(question.answer) ? 'true' : 'false';
			await pickRadio(page, name, value);
			break;
		}
		case 'matching': {
			for (const item of question.items!) {
				const wrong = question.choices!.find((choice) => choice.id !== item.answer)!.id;
				await pickInSelect(page, `${name}-${item.id}`, right ? item.answer! : wrong);
			}
			break;
		}
		case 'ordering': {
			const order = question.items!.map((item) => item.id);
			// Reversed, no two items stand in the right order: not even partial credit is earned.
			await putInOrder(page, right ? order : [...order].reverse());
			break;
		}
		case 'short-answer': {
			await tabTo(page, `input#${name}-answer`);
			await page.keyboard.type(right ? question.accepted![lang][0]! : 'not the answer');
			break;
		}
		default:
			throw new Error(`no keyboard path for type ${question.type}`);
	}
}
