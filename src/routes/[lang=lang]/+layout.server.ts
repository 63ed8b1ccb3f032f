import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({ lang: params.lang });
