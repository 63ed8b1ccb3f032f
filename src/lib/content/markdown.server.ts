import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import container from 'markdown-it-container';
import type { Translate } from '$lib/i18n';
import { serverTranslator } from '$lib/i18n/translations.server';
import type { Lang } from '$lib/i18n/langs';
import { linkGlossaryTerms, type GlossaryTerm } from './glossary-links.server';

const blocks = ['update', 'correction', 'note'] as const;
type BlockKind = (typeof blocks)[number];

/** Markdown renderers, one per language, so that note labels come out in the page's language. */
const renderers = new Map<Lang, MarkdownIt>();

function renderer(lang: Lang): MarkdownIt {
	let md = renderers.get(lang);
	if (md) return md;
	const t = serverTranslator(lang);
	// Lesson files are trusted content written by the team: raw HTML is allowed for diagrams.
	md = new MarkdownIt({ html: true, linkify: false, typographer: false });
	for (const kind of blocks) {
		// The plug-in's types pin an older markdown-it; the runtime API is the same.
		md.use(container as unknown as PluginWithParams, kind, {
			validate: (params: string) => params.trim().split(/\s+/)[0] === kind,
			render(tokens: { info: string; nesting: number }[], index: number) {
				const token = tokens[index]!;
				if (token.nesting !== 1) return '</div></aside>\n';
				const date = token.info.trim().split(/\s+/)[1] ?? '';
				const label = blockLabel(t, kind, date);
				return `<aside class="callout callout-${kind}"><p class="callout-label">${md!.utils.escapeHtml(label)}</p><div class="callout-body">\n`;
			}
		});
	}
	// A date never breaks at its hyphens: "2022-05-" at a line's end and "03" on the next reads
	// badly, in Chinese above all, where a line may break almost anywhere.
	md.renderer.rules.text = (tokens, index) =>
		md!.utils
			.escapeHtml(tokens[index]!.content)
			.replace(
				/(?<![\p{L}\p{N}-])(\d{4}-\d{2}(?:-\d{2})?)(?![\p{L}\p{N}-])/gu,
				'<span class="date">$1</span>'
			);
	// Inline code never breaks at a hyphen ("kube-" / "proxy"); it may still break at its spaces.
	md.renderer.rules.code_inline = (tokens, index) =>
		`<code>${md!.utils
			.escapeHtml(tokens[index]!.content)
			.replace(/\S*-\S*/g, (word) => `<span class="nobreak">${word}</span>`)}</code>`;
	// Anchors: from the heading's own text, or, for a translation, the ids of the original's
	// headings in the same order (env.headingIds), so that a link to a section works in both.
	md.core.ruler.push('heading_ids', (state) => {
		const given = (state.env as RenderEnv).headingIds;
		const used = new Set<string>();
		let position = 0;
		state.tokens.forEach((token, index) => {
			if (token.type !== 'heading_open' || token.attrGet('id')) return;
			const text = state.tokens[index + 1]?.content ?? '';
			const base = given?.[position++] ?? (slug(text) || 'section');
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			token.attrSet('id', id);
		});
	});
	renderers.set(lang, md);
	return md;
}

function blockLabel(t: Translate, kind: BlockKind, date: string): string {
	if (kind === 'update') return t('lesson.block.update', { date });
	if (kind === 'correction') return t('lesson.block.correction');
	return t('lesson.block.note');
}

interface RenderEnv {
	headingIds?: string[];
}

export interface RenderOptions {
	/** The anchors of the headings, in order: those of the same lesson in the other language. */
	headingIds?: string[];
	glossary?: GlossaryTerm[];
	/** The URL of a glossary entry, relative to the page the Markdown is shown on. */
	glossaryHref?: (id: string) => string;
}

/** A heading's anchor: lower-case letters (any script) and digits joined by hyphens. */
export function slug(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

export function renderMarkdown(source: string, lang: Lang, options: RenderOptions = {}): string {
	const md = renderer(lang);
	const env: RenderEnv = { headingIds: options.headingIds };
	const tokens = md.parse(source, env);
	if (options.glossary && options.glossaryHref) {
		const state = new md.core.State('', md, env);
		linkGlossaryTerms(
			tokens,
			options.glossary,
			options.glossaryHref,
			(type, tag, nesting) => new state.Token(type, tag, nesting)
		);
	}
	// Wide code and tables scroll sideways on a phone: keyboard users must be able to scroll them.
	return md.renderer.render(tokens, md.options, env).replace(/<(pre|table)>/g, '<$1 tabindex="0">');
}

export interface Heading {
	level: number;
	id: string;
	/** Plain text. */
	text: string;
}

/** The headings of rendered lesson HTML, in order. */
export function headingsOf(html: string): Heading[] {
	return [...html.matchAll(/<h([2-6]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)].map((match) => ({
		level: Number(match[1]),
		id: match[2]!,
		text: match[3]!
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')
	}));
}

export function renderInline(source: string, lang: Lang): string {
	return renderer(lang).renderInline(source);
}

/** `::: update` needs a date so that the learner can tell how fresh it is. */
export function undatedUpdates(source: string): number[] {
	const lines: number[] = [];
	source.split('\n').forEach((line, index) => {
		const match = /^:::\s*update\b(.*)$/.exec(line.trim());
		if (match && !/^\s*\d{4}-\d{2}(-\d{2})?\s*$/.test(match[1] ?? '')) lines.push(index + 1);
	});
	return lines;
}

/** Minutes to read: Chinese at about 400 characters a minute, English at about 220 words. */
export function readingMinutes(html: string): number {
	const text = html.replace(/<[^>]+>/g, ' ');
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
	return Math.max(1, Math.ceil(han / 400 + words / 220));
}
