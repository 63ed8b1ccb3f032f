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
			.replace(/\S*-\S*/g, noHyphenBreak)}</code>`;
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

/**
 * A long name (a DNS name, an image reference) may still break after its dots, slashes and @,
 * never at its hyphens.
 */
function noHyphenBreak(word: string): string {
	const parts = word.length > 20 ? word.split(/(?<=[./@])/) : [word];
	return parts
		.map((part) => (part.includes('-') ? `<span class="nobreak">${part}</span>` : part))
		.join('<wbr>');
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

function parse(source: string, lang: Lang, options: RenderOptions) {
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
	return { md, tokens, env };
}

/** What the page adds to the HTML markdown-it renders: scrolling for code, tables and diagrams. */
function finish(md: MarkdownIt, lang: Lang, rendered: string, tables: { count: number }): string {
	const t = serverTranslator(lang);
	const hint = `<p class="scroll-hint" aria-hidden="true">${md.utils.escapeHtml(t('lesson.scrollHint'))}</p>`;
	// Wide code and tables scroll sideways on a phone: keyboard users must be able to scroll them.
	const html = rendered
		.replace(/<pre>/g, '<pre tabindex="0">')
		.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
			const scroll = `<div class="table-scroll" role="region" tabindex="0" aria-label="${md.utils.escapeHtml(t('lesson.scrollTable', { n: ++tables.count }))}"><table>${inner}</table></div>`;
			// One element a block: the side-by-side view pairs a page's blocks by its elements.
			return columnsOf(inner) >= 4 ? `<div class="table-block">${hint}${scroll}</div>` : scroll;
		});
	return readableDiagrams(html, t('lesson.scrollDiagram'), hint, md.utils.escapeHtml);
}

export function renderMarkdown(source: string, lang: Lang, options: RenderOptions = {}): string {
	const { md, tokens, env } = parse(source, lang, options);
	return finish(md, lang, md.renderer.render(tokens, md.options, env), { count: 0 });
}

/** One top-level block of a lesson: a heading, a paragraph, a list, a box, a diagram, a table … */
export interface Block {
	kind: string;
	/** 1-based, in the Markdown body. */
	line: number;
	html: string;
	/** Top-level elements in `html`: one, so that a page's blocks are its body's elements. */
	elements: number;
}

function blockKind(token: { type: string; tag: string; content: string }): string {
	if (token.type === 'heading_open') return `${'#'.repeat(Number(token.tag[1]))} heading`;
	if (token.type === 'html_block')
		return /<figure\b/.test(token.content) ? 'diagram' : 'HTML block';
	const container = /^container_(\w+)_open$/.exec(token.type);
	if (container) return `"::: ${container[1]}" box`;
	const names: Record<string, string> = {
		paragraph_open: 'paragraph',
		bullet_list_open: 'list',
		ordered_list_open: 'numbered list',
		table_open: 'table',
		blockquote_open: 'quotation',
		fence: 'code block',
		code_block: 'code block',
		hr: 'rule'
	};
	return names[token.type] ?? token.type;
}

/**
 * The lesson body as its top-level blocks, each rendered on its own, in order: the side-by-side
 * view pairs them with the other language's, and the build checks both have the same blocks.
 */
export function renderBlocks(source: string, lang: Lang, options: RenderOptions = {}): Block[] {
	const { md, tokens, env } = parse(source, lang, options);
	const tables = { count: 0 };
	const blocks: Block[] = [];
	for (let start = 0; start < tokens.length; start++) {
		const first = tokens[start]!;
		let end = start;
		if (first.nesting === 1) {
			while (
				end < tokens.length - 1 &&
				!(tokens[end]!.level === first.level && tokens[end]!.nesting === -1)
			)
				end++;
		}
		const rendered = md.renderer.render(tokens.slice(start, end + 1), md.options, env);
		const html = finish(md, lang, rendered, tables);
		blocks.push({
			kind: blockKind(first),
			line: (first.map?.[0] ?? 0) + 1,
			html,
			elements: topLevelElements(html)
		});
		start = end;
	}
	return blocks;
}

const voidElements = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'wbr']);

/** How many elements a fragment of rendered (well-formed) HTML has at its top level. */
export function topLevelElements(html: string): number {
	let depth = 0;
	let count = 0;
	for (const [, closing, name, selfClosing] of html
		.replace(/<!--[\s\S]*?-->/g, '')
		.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
		if (closing) depth--;
		else {
			if (depth === 0) count++;
			if (!selfClosing && !voidElements.has(name!.toLowerCase())) depth++;
		}
	}
	return count;
}

const columnsOf = (table: string) =>
	(/<tr>([\s\S]*?)<\/tr>/.exec(table)?.[1]?.match(/<t[hd][\s>]/g) ?? []).length;

/** No diagram text smaller than this, in CSS px, on any screen. */
export const minDiagramTextPx = 11;
/** A diagram's width on a 360 px phone: the page's and the figure's padding taken off. */
const phoneDiagramWidth = 310;

/**
 * The narrowest an SVG diagram may be drawn, in CSS px, for its smallest text to stay readable:
 * its viewBox width scaled so that the smallest font-size (16 where none is given) is 11 px.
 */
export function diagramMinWidth(svg: string): number | undefined {
	const viewBox = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)/.exec(svg);
	if (!viewBox) return undefined;
	const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
	const texts = svg.match(/<text\b[^>]*>/g) ?? [];
	const unsized = texts.some((tag) => !/font-size/.test(tag)) && !/<svg\b[^>]*font-size/.test(svg);
	const smallest = Math.min(...sizes, ...(unsized || sizes.length === 0 ? [16] : []));
	return Math.ceil((minDiagramTextPx * Number(viewBox[1])) / smallest);
}

/**
 * Diagrams keep their text readable on a phone: each is drawn at least as wide as its smallest
 * text needs (a spacer of that width, no style attribute: the CSP allows none), and one wider
 * than a phone scrolls sideways in its figure, with a hint, by touch or keyboard.
 */
function readableDiagrams(
	html: string,
	label: string,
	hint: string,
	escape: (text: string) => string
): string {
	return html.replace(
		/(<figure class="diagram"[^>]*>)([\s\S]*?)(<figcaption[\s\S]*?<\/figcaption>\s*)?<\/figure>/g,
		(figure, open: string, body: string, caption = '') => {
			const width = diagramMinWidth(body);
			if (width === undefined) return figure;
			const spacer = `<svg class="diagram-spacer" width="${width}" height="1" aria-hidden="true" focusable="false"></svg>`;
			const scrolls = width > phoneDiagramWidth;
			const region = scrolls
				? ` role="region" tabindex="0" aria-label="${escape(label)}" data-min-width="${width}"`
				: ` data-min-width="${width}"`;
			return `${open.replace('class="diagram"', `class="diagram${scrolls ? ' diagram-wide' : ''}"`)}<div class="diagram-scroll"${region}><div class="diagram-canvas">${body}${spacer}</div></div>${scrolls ? hint : ''}${caption}</figure>`;
		}
	);
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

/**
 * Lines of a lesson's raw HTML that style inline: a `style` attribute or a `<style>` element.
 * The CSP allows neither, so diagrams take classes from src/app.css. Code (fenced blocks, inline
 * spans) is text, not HTML, and is not looked at.
 */
export function inlineStyles(source: string): number[] {
	let fence: string | undefined;
	const html = source
		.split('\n')
		.map((line) => {
			const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
			if (fence) {
				if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
				return '';
			}
			if (marker) {
				fence = marker;
				return '';
			}
			return line.replace(/(`+)[\s\S]*?\1/g, '');
		})
		.join('\n');
	const lines = new Set<number>();
	for (const match of html.matchAll(/<[a-zA-Z][^<>]*?\sstyle\s*=|<style[\s>]/g)) {
		const at = match.index + match[0].length;
		lines.add(html.slice(0, at).split('\n').length);
	}
	return [...lines];
}

/** Minutes to read: Chinese at about 400 characters a minute, English at about 220 words. */
export function readingMinutes(html: string): number {
	const text = html.replace(/<[^>]+>/g, ' ');
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
	return Math.max(1, Math.ceil(han / 400 + words / 220));
}
