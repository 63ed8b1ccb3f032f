import type { QuestionOf } from '../../src/lib/quiz/registry';

export function singleQuestion(): QuestionOf<'single'> {
	return {
		id: 'shared',
		type: 'single',
		kind: 'recall',
		prompt: 'What do containers share?',
		explanation: 'They are processes.',
		options: [
			{ id: 'kernel', text: 'The kernel' },
			{ id: 'guest-os', text: 'A guest OS', feedback: 'That is a VM.' }
		],
		answer: 'kernel',
		shuffle: false
	};
}

export function multipleQuestion(scoring: 'all-or-nothing' | 'partial'): QuestionOf<'multiple'> {
	return {
		id: 'features',
		type: 'multiple',
		kind: 'recall',
		prompt: 'Which are kernel features?',
		explanation: 'Namespaces and cgroups.',
		options: [
			{ id: 'namespaces', text: 'namespaces' },
			{ id: 'cgroups', text: 'cgroups' },
			{ id: 'hypervisor', text: 'a hypervisor' },
			{ id: 'guest-os', text: 'a guest OS' }
		],
		answer: ['namespaces', 'cgroups'],
		scoring,
		shuffle: false
	};
}

export function codeLinesQuestion(scoring: 'all-or-nothing' | 'partial'): QuestionOf<'code-lines'> {
	return {
		id: 'limits',
		kind: 'apply',
		type: 'code-lines',
		language: 'yaml',
		prompt: 'Which lines set limits?',
		explanation: 'Lines 4 and 6.',
		code: [
			'resources:',
			'  requests:',
			'    cpu: 100m',
			'    memory: 64Mi',
			'',
			'  limits:',
			'    memory: 128Mi'
		].join('\n'),
		answer: [6, 7],
		scoring
	};
}

export function fillBlanksQuestion(
	scoring: 'all-or-nothing' | 'partial' = 'partial'
): QuestionOf<'fill-blanks'> {
	return {
		id: 'scale',
		kind: 'apply',
		type: 'fill-blanks',
		language: 'shell',
		prompt: 'Scale to three replicas.',
		explanation: 'kubectl scale.',
		template: 'kubectl {{verb}} deployment web --replicas={{count}}',
		blanks: [
			{ id: 'verb', accept: ['scale'] },
			{ id: 'count', choices: ['1', '3', '30'], answer: '3' }
		],
		scoring
	};
}
