import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-e2e/',
			'dist/',
			'bench-results/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		// __COURSE_PACKAGE__: set by vite.config.ts (see src/app.d.ts).
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __COURSE_PACKAGE__: 'readonly' }
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			// Every internal URL is built by $lib/paths, which calls resolve() itself.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }]
		}
	},
	{
		// Excluded from SvelteKit's tsconfig: it runs in a worker, without the DOM (see tsconfig.sw.json).
		files: ['src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: false, project: './tsconfig.sw.json' }
		}
	},
	{
		// Content loading uses the quiz's schemas and types; the quiz never reaches back into it.
		files: ['src/lib/quiz/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/content/*', '**/content/*'],
							message:
								'quiz must not import content (issue 13: no content ↔ quiz cycle); shared types live in $lib/bilingual or the quiz'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
