import { tick } from 'svelte';
import { viewFor, type Question } from './registry';

/**
 * Focuses the prompt of the question a runner has just shown, unless the learner has moved the
 * focus since. The prompt is part of the question's view, which loads with the first question of
 * its type and renders a frame or two after. With `scroll`, the section's top comes into view
 * first: the question opens where the previous one's button was, often scrolled past its text
 * (at 200% zoom, always).
 */
export async function focusPrompt(
	section: () => HTMLElement | undefined,
	question: Question | undefined,
	{ scroll = true } = {}
): Promise<void> {
	const focused = document.activeElement;
	if (question) await viewFor(question).catch(() => undefined);
	await tick();
	const prompt = () => section()?.querySelector<HTMLElement>('.question-prompt');
	for (let frame = 0; frame < 30 && !prompt(); frame++) {
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
	// A learner who has moved on meanwhile (into the question, once its view came) keeps their place.
	const now = document.activeElement;
	if (now && now !== focused && now !== document.body) return;
	if (scroll) section()?.scrollIntoView({ block: 'start' });
	prompt()?.focus({ preventScroll: scroll });
}
