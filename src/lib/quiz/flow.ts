// What answering a quiz needs and its intro does not: the quiz page loads it when an attempt starts
// or resumes, or a past one is reviewed.
export { default as CheckActions } from './CheckActions.svelte';
export { default as QuestionCard } from './QuestionCard.svelte';
export { default as QuestionStep } from './QuestionStep.svelte';
export { focusPrompt } from './focus';
export { gradeQuiz } from './quiz';
export { arrangeQuestion, currentResponse, gradeQuestion, pluginFor } from './registry';
