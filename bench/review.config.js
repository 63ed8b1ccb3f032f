import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vite.config.ts';

// The review benchmarks run through Vitest, so that they measure the course's own modules
// (src/lib/review, the progress store) as the site builds them, aliases and all.
export default mergeConfig(
	base,
	defineConfig({ test: { include: ['bench/review.measure.js'], testTimeout: 120_000 } })
);
