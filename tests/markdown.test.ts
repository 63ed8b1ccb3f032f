import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/content/markdown.server';

describe('dates in lesson text', () => {
	it('are kept on one line, in either language', () => {
		expect(renderMarkdown('v1.24 发布于 2022-05-03。', 'zh')).toBe(
			'<p>v1.24 发布于 <span class="date">2022-05-03</span>。</p>\n'
		);
		expect(renderMarkdown('Closed from 2026-04 on.', 'en')).toBe(
			'<p>Closed from <span class="date">2026-04</span> on.</p>\n'
		);
	});

	it('are left alone in code, in HTML blocks (diagrams) and inside longer tokens', () => {
		const html = renderMarkdown(
			'`2022-05-03` id-2022-05-03 12022-05-03 2022-05-033\n\n<figure><svg><text>2014-06-06</text></svg></figure>\n',
			'en'
		);
		expect(html).not.toContain('class="date"');
		expect(html).toContain('<text>2014-06-06</text>');
	});

	it('are escaped like any text around them', () => {
		expect(renderMarkdown('a < b, 2015-07-21 & after', 'en')).toBe(
			'<p>a &lt; b, <span class="date">2015-07-21</span> &amp; after</p>\n'
		);
	});
});

describe('inline code', () => {
	it('never breaks at a hyphen, but may break at its spaces', () => {
		expect(renderMarkdown('Run `kubectl get pods -A` or `kube-proxy`.', 'en')).toBe(
			'<p>Run <code>kubectl get pods <span class="nobreak">-A</span></code> or <code><span class="nobreak">kube-proxy</span></code>.</p>\n'
		);
	});

	it('a long name may break after its dots, still never at its hyphens', () => {
		expect(renderMarkdown('`my-svc.my-namespace.svc.cluster.local`', 'en')).toBe(
			'<p><code><span class="nobreak">my-svc.</span><wbr><span class="nobreak">my-namespace.</span><wbr>svc.<wbr>cluster.<wbr>local</code></p>\n'
		);
	});

	it('is escaped as before', () => {
		expect(renderMarkdown('`<a-b>`', 'en')).toBe(
			'<p><code><span class="nobreak">&lt;a-b&gt;</span></code></p>\n'
		);
	});
});
