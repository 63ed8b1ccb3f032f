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
