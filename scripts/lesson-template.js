// What `npm run new-lesson -- <id>` writes: a lesson in both languages and its quiz, valid in
// form, with every text still to write marked TODO, which the build refuses until it is written.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const zh = `---
title: 'TODO: 本课标题'
summary: 'TODO: 一两句话，说明本课讲什么'
objectives:
  - 'TODO: 学完本课，学员能够……'
takeaways:
  - 'TODO: 本课最重要的一点'
---

## TODO: 第一节标题

TODO: 正文。术语第一次出现时写作“中文（English）”；中文与英文、数字之间留一个空格；Pod 等 API
类别保持英文。术语表（lessons/glossary.yaml）里的词会自动链接，不用手写链接。

::: note
TODO: 提示框：\`::: update 2026-11\` 写自原文以来的变化，\`::: correction\` 纠正原文，\`::: note\`
补充说明。不需要的删掉。
:::
`;

const en = `---
title: 'TODO: the lesson title'
summary: 'TODO: a sentence or two on what the lesson covers'
objectives:
  - 'TODO: after this lesson, a learner can …'
takeaways:
  - 'TODO: the one thing to remember'
---

## TODO: the first section

TODO: the text. Kubernetes terms follow the Kubernetes documentation; API kinds such as Pod keep
their capital. Terms in the glossary (lessons/glossary.yaml) are linked for you.

::: note
TODO: boxes: \`::: update 2026-11\` for what changed since the article, \`::: correction\` for what
it got wrong, \`::: note\` for an aside. Delete the ones you do not need.
:::
`;

const quiz = `# Question types and their fields: lessons/README.md. Ids are stable: never reuse one.
pass_mark: 0.8
questions:
  - id: first-question
    type: single
    kind: apply # recall, apply or scenario; at least 40% apply or scenario
    prompt:
      zh: 'TODO: 问题'
      en: 'TODO: the question'
    options:
      - id: right-option
        text: { zh: 'TODO: 正确选项', en: 'TODO: the right option' }
      - id: wrong-option
        text: { zh: 'TODO: 错误选项', en: 'TODO: a wrong option' }
        feedback: { zh: 'TODO: 为什么不对', en: 'TODO: why it is wrong' }
    answer: right-option
    explanation:
      zh: 'TODO: 解析'
      en: 'TODO: the explanation'
`;

/**
 * Creates lessons/NN-<id>/ after the last lesson. Returns the folder, or throws with a message
 * for the author.
 * @param {string} root the lessons folder
 * @param {string} id
 */
export function createLesson(root, id) {
	if (!idPattern.test(id)) {
		throw new Error(`"${id}" is not a lesson id: use lower-case a-z, 0-9 and single hyphens`);
	}
	const folders = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d+-/.test(entry.name))
		.map((entry) => entry.name);
	const taken = folders.find((name) => name.replace(/^\d+-/, '') === id);
	if (taken) throw new Error(`a lesson "${id}" exists already: ${join(root, taken)}`);
	const next = Math.max(0, ...folders.map((name) => Number.parseInt(name, 10))) + 1;
	const folder = join(root, `${String(next).padStart(2, '0')}-${id}`);
	if (existsSync(folder)) throw new Error(`${folder} exists already`);
	mkdirSync(folder);
	writeFileSync(join(folder, 'zh.md'), zh);
	writeFileSync(join(folder, 'en.md'), en);
	writeFileSync(join(folder, 'quiz.yaml'), quiz);
	return folder;
}
