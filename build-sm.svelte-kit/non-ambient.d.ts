
// this file is generated — do not edit it


declare module "svelte/elements" {
	export interface HTMLAttributes<T> {
		'data-sveltekit-keepfocus'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-noscroll'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-preload-code'?:
			| true
			| ''
			| 'eager'
			| 'viewport'
			| 'hover'
			| 'tap'
			| 'off'
			| undefined
			| null;
		'data-sveltekit-preload-data'?: true | '' | 'hover' | 'tap' | 'off' | undefined | null;
		'data-sveltekit-reload'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-replacestate'?: true | '' | 'off' | undefined | null;
	}
}

export {};


declare module "$app/types" {
	type MatcherParam<M> = M extends (param : string) => param is (infer U extends string) ? U : string;

	export interface AppTypes {
		RouteId(): "/" | "/404.html" | "/[lang=lang]" | "/[lang=lang]/glossary" | "/[lang=lang]/lessons" | "/[lang=lang]/lessons/[id]" | "/[lang=lang]/lessons/[id]/quiz" | "/[lang=lang]/team";
		RouteParams(): {
			"/[lang=lang]": { lang: MatcherParam<typeof import('../src/params/lang.js').match> };
			"/[lang=lang]/glossary": { lang: MatcherParam<typeof import('../src/params/lang.js').match> };
			"/[lang=lang]/lessons": { lang: MatcherParam<typeof import('../src/params/lang.js').match> };
			"/[lang=lang]/lessons/[id]": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id: string };
			"/[lang=lang]/lessons/[id]/quiz": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id: string };
			"/[lang=lang]/team": { lang: MatcherParam<typeof import('../src/params/lang.js').match> }
		};
		LayoutParams(): {
			"/": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; id?: string | undefined };
			"/404.html": Record<string, never>;
			"/[lang=lang]": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id?: string | undefined };
			"/[lang=lang]/glossary": { lang: MatcherParam<typeof import('../src/params/lang.js').match> };
			"/[lang=lang]/lessons": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id?: string | undefined };
			"/[lang=lang]/lessons/[id]": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id: string };
			"/[lang=lang]/lessons/[id]/quiz": { lang: MatcherParam<typeof import('../src/params/lang.js').match>; id: string };
			"/[lang=lang]/team": { lang: MatcherParam<typeof import('../src/params/lang.js').match> }
		};
		Pathname(): "/" | "/404.html" | `/${string}` & {} | `/${string}/` & {} | `/${string}/glossary` & {} | `/${string}/glossary/` & {} | `/${string}/lessons/${string}` & {} | `/${string}/lessons/${string}/` & {} | `/${string}/lessons/${string}/quiz` & {} | `/${string}/lessons/${string}/quiz/` & {} | `/${string}/team` & {} | `/${string}/team/` & {};
		ResolvedPathname(): `${"" | `/${string}`}${ReturnType<AppTypes['Pathname']>}`;
		Asset(): "/favicon.svg" | "/icons/icon-192.png" | "/icons/icon-512.png" | "/icons/icon-maskable-512.png" | "/manifest.webmanifest" | string & {};
	}
}