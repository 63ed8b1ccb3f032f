import { expect, type Page } from '@playwright/test';
import type { QuizKey } from './helpers';

type Question = QuizKey['questions'][number] & {
	items?: { id: string; answer?: string }[];
	choices?: { id: string }[];
	accepted?: { zh: string[]; en: string[] };
	code?: string;
	blanks?: { id: string; accept?: string[]; choices?: string[]; answer?: string }[];
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

const focusedLine = (page: Page) =>
	page.evaluate(() => Number(document.activeElement?.getAttribute('data-line')));

/** Tabs into the code (one tab stop), moves with the arrow keys, toggles with Space or Enter. */
async function pickLines(page: Page, name: string, lines: number[]) {
	await tabTo(page, `#${name}-lines button[tabindex="0"]`);
	for (const [index, line] of lines.entries()) {
		for (let i = 0; i < 70 && (await focusedLine(page)) !== line; i++) {
			await page.keyboard.press((await focusedLine(page)) < line ? 'ArrowDown' : 'ArrowUp');
		}
		expect(await focusedLine(page)).toBe(line);
		await page.keyboard.press(index % 2 === 0 ? 'Space' : 'Enter');
		await expect(page.locator(`#${name}-lines button[data-line="${line}"]`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	}
}

/** Reorders with the move-up buttons: each press keeps focus on the moved item's button. */
async function putInOrder(page: Page, order: string[]) {
	// The question's view loads with the first question of its type, after the question is shown:
	// an order read before its items are there finds none of them in place.
	const items = () =>
		page
			.locator('.quiz-question li[data-item]')
			.evaluateAll((found) => found.map((item) => item.getAttribute('data-item')));
	await expect.poll(async () => (await items()).sort()).toEqual([...order].sort());
	for (let target = 0; target < order.length; target++) {
		const id = order[target]!;
		const current = await items();
		const from = current.indexOf(id);
		if (from === target) continue;
		await tabTo(page, `li[data-item="${id}"] button[data-direction="up"]`);
		for (let step = from; step > target; step--) await page.keyboard.press('Enter');
	}
	expect(await items()).toEqual(order);
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
		case 'code-lines': {
			const answer = question.answer as unknown as number[];
			const lines = question.code!.replace(/\n+$/, '').split('\n');
			const wrong = lines.findIndex((text, index) => text.trim() && !answer.includes(index + 1));
			await pickLines(page, name, right ? answer : [wrong + 1]);
			break;
		}
		case 'fill-blanks': {
			for (const blank of question.blanks!) {
				if (blank.choices) {
					const wrong = blank.choices.find((choice) => choice !== blank.answer)!;
					await pickInSelect(page, `${name}-${blank.id}`, right ? blank.answer! : wrong);
				} else {
					await tabTo(page, `input#${name}-${blank.id}`);
					await page.keyboard.type(right ? blank.accept![0]! : 'not-it');
				}
			}
			break;
		}
		default:
			throw new Error(`no keyboard path for type ${question.type}`);
	}
}
