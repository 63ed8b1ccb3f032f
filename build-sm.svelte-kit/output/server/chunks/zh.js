// src/lib/i18n/locales/en.json
var meta$1 = {
	"courseTitle": "Containers, Kubernetes and cloud native",
	"courseSubtitle": "An onboarding course for R&D and solutions engineers",
	"description": "A bilingual onboarding course on containers, Kubernetes and cloud native, with quizzes. Works offline."
};
var nav$1 = {
	"skipToContent": "Skip to content",
	"home": "Course home",
	"switchLanguage": "中文",
	"switchLanguageLabel": "阅读中文版",
	"previousLesson": "Previous lesson",
	"nextLesson": "Next lesson",
	"backToLesson": "Back to the lesson",
	"glossary": "Glossary",
	"nextLessonTitle": "Next lesson: {{title}}",
	"menu": "Menu",
	"siteMenu": "Site menu"
};
var root$1 = {
	"choose": "Choose your language",
	"zh": "中文",
	"en": "English"
};
var home$1 = {
	"lessonsHeading": "Lessons",
	"lessonNumber": "Lesson {{n}}",
	"questions_one": "{{count}} question",
	"questions_other": "{{count}} questions",
	"minutes_one": "{{count}} min read",
	"minutes_other": "{{count}} min read",
	"state": {
		"notStarted": "Not started",
		"reading": "Reading",
		"read": "Read",
		"quizInProgress": "Quiz in progress",
		"passed": "Quiz passed",
		"needsReview": "Needs review"
	},
	"bestScore": "Best score {{score}}",
	"openLesson": "Open the lesson",
	"takeQuiz": "Take the quiz",
	"takeQuizCount_one": "Take the quiz ({{count}} question)",
	"takeQuizCount_other": "Take the quiz ({{count}} questions)"
};
var lesson$1 = {
	"objectives": "In this lesson you will learn to",
	"takeaways": "Key takeaways",
	"sources": "Sources and further reading",
	"readingTime_one": "{{count}} min read",
	"readingTime_other": "{{count}} min read",
	"toQuiz": "Test yourself: take the quiz",
	"quizAbout_one": "{{count}} question, about what this lesson teaches.",
	"quizAbout_other": "{{count}} questions, about what this lesson teaches.",
	"block": {
		"update": "Update ({{date}})",
		"correction": "Correction",
		"note": "Note"
	},
	"contents": "In this lesson",
	"scrollTable": "Table {{n}} (scrolls sideways)",
	"scrollDiagram": "Diagram (scrolls sideways)",
	"scrollHint": "Swipe sideways to see it all",
	"glossaryEntry": "See it in the glossary →"
};
var quiz$1 = {
	"title": "Quiz: {{title}}",
	"intro_one": "{{count}} question. You pass with {{passMark}} or more.",
	"intro_other": "{{count}} questions. You pass with {{passMark}} or more.",
	"start": "Start the quiz",
	"loadingQuestion": "Loading the question…",
	"viewFailed": "This question could not be loaded. Check your connection and reload the page; your answers are saved.",
	"progress": "Question {{n}} of {{total}}",
	"check": "Check",
	"cannotShow": "This question cannot be shown: its saved answer does not fit it. The rest of the quiz still works.",
	"changedElsewhere": "This quiz was changed in another tab or window; it now shows what is saved.",
	"next": "Next question",
	"finish": "See my result",
	"correct": "Correct",
	"partlyCorrect": "Partly correct",
	"incorrect": "Not quite",
	"rightAnswer": "Right answer",
	"yourAnswer": "Your answer",
	"chooseOne": "Choose one answer.",
	"chooseMany": "Choose every answer that applies.",
	"explanation": "Why:",
	"resultHeading": "Your result",
	"score": "Score: {{score}}",
	"passed": "Passed",
	"notPassed": "Not passed yet: the pass mark is {{passMark}}.",
	"lastAttempt": "Last attempt: {{score}}, {{date}}",
	"backHome": "Back to the course",
	"true": "True",
	"false": "False",
	"typeAnswer": "Type your answer; case, full-width characters and spaces do not matter.",
	"or": " or ",
	"matchEach": "Match each item with one choice; a choice may fit more than one item.",
	"chooseMatch": "Choose…",
	"orderHint": "Put the items in order with the ↑ and ↓ buttons.",
	"moveUp": "Move “{{item}}” up",
	"moveDown": "Move “{{item}}” down",
	"movedTo": "Moved to position {{position}} of {{total}}.",
	"rightPosition": "belongs at position {{position}}",
	"retryAll": "Retry all questions",
	"retryWrong_one": "Retry the {{count}} wrong one",
	"retryWrong_other": "Retry the {{count}} wrong ones",
	"review": "Review answers",
	"reviewHeading": "Review: {{score}}, {{date}}",
	"closeReview": "Close the review",
	"timeTaken": "Time taken: {{time}}",
	"toReview": "Questions to review",
	"allRight": "Every answer right.",
	"outcome": {
		"hit": "Your choice: right",
		"wrong": "Your choice: wrong",
		"missedOne": "The right answer, not chosen",
		"missedMany": "Missed: this one is right too",
		"yourMatch": "Your match: ",
		"matchRight": "Your match is right",
		"matchWrong": "Your match is wrong",
		"rightMatch": "The right match: ",
		"inOrder": "In the right order",
		"outOfOrder": "Out of order: belongs at position {{position}}",
		"rightOrder": "The right order:",
		"typed": "Your answer: {{answer}}",
		"accepted": "Accepted answers: {{answers}}"
	},
	"result": {
		"correctCount": "{{right}} of {{total}} correct",
		"partialNote_one": "{{count}} answer was partly right and earns part of a point: the score counts it.",
		"partialNote_other": "{{count}} answers were partly right and earn part of a point: the score counts them.",
		"listHeading": "Question by question",
		"right": "Right:",
		"partly": "Partly right:",
		"wrong": "Wrong:",
		"reviewInLesson": "Review in the lesson",
		"moreActions": "More actions",
		"rereadLesson": "Reread the lesson"
	},
	"linesHint": "Choose every line that answers the question. Tab moves into the code; ↑ and ↓ move between its lines; Space or Enter chooses a line.",
	"lineLabel": "Line {{n}}:",
	"lineWithStatus": "Line {{n}} ({{status}}):",
	"lineChosenRight": "right, you chose it",
	"lineChosenWrong": "you chose it, but it is not right",
	"lineMissed": "missed: this line is right",
	"codeRegion": "Code",
	"codeLanguage": {
		"dockerfile": "Dockerfile",
		"yaml": "YAML",
		"shell": "Shell",
		"text": "Text"
	},
	"blanksHint": "Fill in every blank: type the missing text, or choose it from the list. Case and spaces around what you type do not matter.",
	"blankOf": "Blank {{n}} of {{total}}",
	"blankRight": "Blank {{n}} is right:",
	"blankWrong": "Blank {{n}} is wrong:",
	"rightAnswerIs": "Right answer:",
	"emptyAnswer": "(left empty)",
	"typedAnswer": "Your answer: {{answer}}"
};
var progress$1 = {
	"loading": "Loading your progress…",
	"memoryOnly": "Your browser is not letting this site store data, so your progress will be lost when you close this tab.",
	"saveFailed": "Your progress could not be saved ({{reason}}). What was saved before is safe."
};
var errors$1 = {
	"notFound": "This page does not exist.",
	"generic": "Something went wrong.",
	"goHome": "Go to the course home"
};
var glossary$1 = {
	"title": "Glossary",
	"intro": "{{count}} terms used in this course, with their names in Chinese and English. A term's first use in a lesson links here.",
	"filter": "Filter terms",
	"noMatch": "No term matches “{{query}}”.",
	"taughtIn": "Taught in lesson {{n}}: {{title}}",
	"otherName": "In Chinese"
};
var time$1 = {
	"minutesSeconds": "{{minutes}} min {{seconds}} s",
	"seconds": "{{seconds}} s"
};
var dashboard$1 = {
	"heading": "Your progress",
	"passed": "{{passed}} of {{total}} quizzes passed",
	"read": "{{read}} of {{total}} lessons read",
	"timeSpent": "Time spent: {{time}}",
	"continueQuiz": "Continue the quiz: {{title}}",
	"continueLesson": "Continue reading: {{title}}",
	"start": "Start with lesson 1: {{title}}",
	"allDone": "Every quiz passed. Well done!",
	"takeQuiz": "Take the quiz: {{title}}",
	"retryQuiz": "Retake the quiz: {{title}}",
	"nextLesson": "Next lesson: {{title}}",
	"orTakeQuiz": "Or take its quiz now",
	"orReread": "Or reread the lesson first",
	"complete": "Course complete",
	"completeText": "You passed all {{total}} quizzes. The lessons stay here to reread, and the glossary to look terms up.",
	"openGlossary": "Open the glossary"
};
var tools$1 = {
	"heading": "Keep your progress safe",
	"intro": "Your progress is stored in this browser only. Export it to a file to keep a copy or move it to another device.",
	"export": "Export progress",
	"import": "Import progress from a file",
	"resetCourse": "Reset the whole course…",
	"resetLesson": "Reset the chosen lesson…",
	"confirmResetCourse": "Forget all your progress in this course? A copy is downloaded first, so that you can import it back.",
	"confirmResetLesson": "Forget your progress in “{{title}}”? A copy is downloaded first, so that you can import it back.",
	"confirmReset": "Yes, reset",
	"cancel": "Cancel",
	"titleSeparator": ": ",
	"lessonToReset": "Lesson",
	"resetOneHeading": "Start one lesson over",
	"exportDone": "Exported: your browser saved {{file}} with your downloads.",
	"resetDone": "Progress reset. The file {{file}} holds what was there.",
	"importPreview": "This file holds {{lessons}} lesson records, {{attempts}} quiz attempts and {{drafts}} quizzes in progress.",
	"mergeSummary": "Merging adds {{attempts}} attempts and updates {{lessons}} lessons and {{drafts}} quizzes in progress. Nothing of yours is lost: your best scores are kept.",
	"merge": "Merge with my progress",
	"replace": "Replace my progress…",
	"confirmReplace": "Replace all your progress with this file? Your current progress is downloaded first.",
	"confirmReplaceButton": "Yes, replace",
	"importDone": "Imported: {{attempts}} attempts, {{lessons}} lessons, {{drafts}} quizzes in progress.",
	"importFailed": "The import could not be saved ({{reason}}). Nothing was changed: your progress is exactly as it was.",
	"setAside_one": "{{count}} saved record could not be read. It is kept aside, not deleted, and it is included when you export.",
	"setAside_other": "{{count}} saved records could not be read. They are kept aside, not deleted, and they are included when you export.",
	"problem": {
		"too-large": "This file is too large to be a progress export (over 5 MB). Nothing was changed.",
		"not-json": "This file is not a progress export: it is not JSON. Nothing was changed.",
		"wrong-shape": "This file is not a progress export of this course. Nothing was changed.",
		"unknown-version": "This export is of a version this course does not know ({{version}}). Nothing was changed.",
		"too-many": "This file holds too many records to be a progress export. Nothing was changed.",
		"bad-record": "This file holds a record that is not valid ({{key}}). Nothing was changed.",
		"too-deep": "This file nests its data far deeper than a progress export ever does. Nothing was changed.",
		"future-date": "This file holds a date in the future ({{key}}). Nothing was changed.",
		"unreadable": "This file could not be read. Nothing was changed."
	}
};
var offline$1 = {
	"saving": "Saving the course for offline use…",
	"ready": "Available offline",
	"offlineReady": "Offline: the whole course still works",
	"offlineNotReady": "Offline: pages not saved yet may not open"
};
var update$1 = {
	"available": "A new version of the course is available. Your progress and any quiz in progress are kept.",
	"reload": "Reload",
	"reloading": "Reloading…"
};
var offlinePage$1 = {
	"title": "You are offline",
	"body": "This page is not saved on this device (or it does not exist), so it cannot open without a network. The lessons, quizzes and glossary saved on this device still open.",
	"home": "Go to the course home"
};
var team$1 = {
	"link": "Team leads: see several learners' progress side by side",
	"title": "Team progress",
	"intro": "For team leads: ask each learner for the file that “Export progress” on the course home writes, renamed after them (zhang-san.json, say), then open all the files here to see everyone's progress side by side.",
	"privacy": "The files are read in this browser only. Nothing is uploaded, and nothing is kept once you leave this page. A later export of a learner already shown replaces the earlier one.",
	"open": "Open progress files…",
	"reading": "Reading the files… {{done}} of {{total}}",
	"empty": "No files opened yet.",
	"refusedBecause": ": {{reason}}",
	"caption_one": "Progress of {{count}} learner",
	"caption_other": "Progress of {{count}} learners",
	"learner": "Learner (file)",
	"passed": "Quizzes passed",
	"read": "Lessons read",
	"time": "Time spent",
	"lastActive": "Last active",
	"actions": "Actions",
	"remove": "Remove",
	"removeOne": "Remove {{name}}",
	"removeAll": "Remove all",
	"minutes": "Time spent (minutes)",
	"downloadCsv": "Download as CSV",
	"stateWithScore": "{{state}} ({{score}})"
};
var theme$1 = {
	"label": "Theme",
	"system": "System",
	"light": "Light",
	"dark": "Dark"
};
var notFound$1 = {
	"title": "Page not found",
	"body": "This address is not a page of the course: the link may be wrong, or the page may have moved. Your progress is not affected.",
	"home": "Go to the course home"
};
var en_default = {
	meta: meta$1,
	nav: nav$1,
	root: root$1,
	home: home$1,
	lesson: lesson$1,
	quiz: quiz$1,
	progress: progress$1,
	errors: errors$1,
	glossary: glossary$1,
	time: time$1,
	dashboard: dashboard$1,
	tools: tools$1,
	offline: offline$1,
	update: update$1,
	offlinePage: offlinePage$1,
	team: team$1,
	theme: theme$1,
	notFound: notFound$1
};
// src/lib/i18n/locales/zh.json
var meta = {
	"courseTitle": "容器、Kubernetes 与云原生",
	"courseSubtitle": "研发与解决方案工程师入职课程",
	"description": "关于容器、Kubernetes 与云原生的中英双语入职课程，附测验，可离线使用。"
};
var nav = {
	"skipToContent": "跳到正文",
	"home": "课程首页",
	"switchLanguage": "English",
	"switchLanguageLabel": "Read in English",
	"previousLesson": "上一课",
	"nextLesson": "下一课",
	"backToLesson": "返回课文",
	"glossary": "术语表",
	"nextLessonTitle": "下一课：{{title}}",
	"menu": "菜单",
	"siteMenu": "站点菜单"
};
var root = {
	"choose": "选择语言",
	"zh": "中文",
	"en": "English"
};
var home = {
	"lessonsHeading": "课程列表",
	"lessonNumber": "第 {{n}} 课",
	"questions_one": "{{count}} 道题",
	"questions_other": "{{count}} 道题",
	"minutes_one": "约 {{count}} 分钟",
	"minutes_other": "约 {{count}} 分钟",
	"state": {
		"notStarted": "未开始",
		"reading": "阅读中",
		"read": "已读完",
		"quizInProgress": "测验进行中",
		"passed": "测验已通过",
		"needsReview": "需要复习"
	},
	"bestScore": "最高分 {{score}}",
	"openLesson": "打开课文",
	"takeQuiz": "参加测验",
	"takeQuizCount_one": "参加测验（{{count}} 道题）",
	"takeQuizCount_other": "参加测验（{{count}} 道题）"
};
var lesson = {
	"objectives": "学完本课，你将能够",
	"takeaways": "要点回顾",
	"sources": "资料来源与延伸阅读",
	"readingTime_one": "阅读约 {{count}} 分钟",
	"readingTime_other": "阅读约 {{count}} 分钟",
	"toQuiz": "检验一下：参加本课测验",
	"quizAbout_one": "共 {{count}} 道题，只考本课讲过的内容。",
	"quizAbout_other": "共 {{count}} 道题，只考本课讲过的内容。",
	"block": {
		"update": "更新（{{date}}）",
		"correction": "更正",
		"note": "注意"
	},
	"contents": "本课内容",
	"scrollTable": "表格 {{n}}（可左右滚动）",
	"scrollDiagram": "图示（可左右滚动）",
	"scrollHint": "左右滑动查看全部",
	"glossaryEntry": "在术语表中查看 →"
};
var quiz = {
	"title": "测验：{{title}}",
	"intro_one": "共 {{count}} 道题，得分达到 {{passMark}} 即为通过。",
	"intro_other": "共 {{count}} 道题，得分达到 {{passMark}} 即为通过。",
	"start": "开始测验",
	"loadingQuestion": "正在加载题目…",
	"viewFailed": "无法加载这道题。请检查网络连接后刷新页面；你的答案已保存。",
	"progress": "第 {{n}} 题，共 {{total}} 题",
	"check": "检查答案",
	"cannotShow": "无法显示这道题：保存的答案与题目不符。测验的其余部分仍可正常使用。",
	"changedElsewhere": "这个测验已在另一个标签页或窗口中更改，现在显示的是已保存的内容。",
	"next": "下一题",
	"finish": "查看结果",
	"correct": "回答正确",
	"partlyCorrect": "部分正确",
	"incorrect": "回答不正确",
	"rightAnswer": "正确答案",
	"yourAnswer": "你的选择",
	"chooseOne": "请选择一个答案。",
	"chooseMany": "请选择所有正确的答案。",
	"explanation": "解析：",
	"resultHeading": "测验结果",
	"score": "得分：{{score}}",
	"passed": "已通过",
	"notPassed": "尚未通过：及格线为 {{passMark}}。",
	"lastAttempt": "上次测验：{{score}}，{{date}}",
	"backHome": "返回课程首页",
	"true": "正确",
	"false": "错误",
	"typeAnswer": "输入你的答案；不区分大小写、全角半角和空格。",
	"or": " 或 ",
	"matchEach": "为每一项选择一个匹配项；同一个选项可以匹配多项。",
	"chooseMatch": "请选择……",
	"orderHint": "用 ↑ 和 ↓ 按钮把各项排好顺序。",
	"moveUp": "将“{{item}}”上移",
	"moveDown": "将“{{item}}”下移",
	"movedTo": "已移到第 {{position}} 位，共 {{total}} 位。",
	"rightPosition": "应在第 {{position}} 位",
	"retryAll": "全部重做",
	"retryWrong_one": "重做答错的 {{count}} 题",
	"retryWrong_other": "重做答错的 {{count}} 题",
	"review": "查看答题详情",
	"reviewHeading": "答题详情：{{score}}，{{date}}",
	"closeReview": "关闭答题详情",
	"timeTaken": "用时：{{time}}",
	"toReview": "需要复习的题目",
	"allRight": "全部答对。",
	"outcome": {
		"hit": "你的选择：正确",
		"wrong": "你的选择：错误",
		"missedOne": "正确答案（你没有选）",
		"missedMany": "漏选：这一项也正确",
		"yourMatch": "你的匹配：",
		"matchRight": "匹配正确",
		"matchWrong": "匹配错误",
		"rightMatch": "正确的匹配：",
		"inOrder": "顺序正确",
		"outOfOrder": "顺序不对：应在第 {{position}} 位",
		"rightOrder": "正确的顺序：",
		"typed": "你的答案：{{answer}}",
		"accepted": "可接受的答案：{{answers}}"
	},
	"result": {
		"correctCount": "答对 {{right}} 题，共 {{total}} 题",
		"partialNote_one": "有 {{count}} 道题部分正确，按比例计分，已计入得分。",
		"partialNote_other": "有 {{count}} 道题部分正确，按比例计分，已计入得分。",
		"listHeading": "逐题结果",
		"right": "正确：",
		"partly": "部分正确：",
		"wrong": "错误：",
		"reviewInLesson": "回到课文复习",
		"moreActions": "其他操作",
		"rereadLesson": "重读课文"
	},
	"linesHint": "选出回答问题的每一行。按 Tab 键进入代码，用 ↑ 和 ↓ 在各行之间移动，按空格键或回车键选中一行。",
	"lineLabel": "第 {{n}} 行：",
	"lineWithStatus": "第 {{n}} 行（{{status}}）：",
	"lineChosenRight": "选对了",
	"lineChosenWrong": "选了，但不对",
	"lineMissed": "漏选：这是正确的一行",
	"codeRegion": "代码",
	"codeLanguage": {
		"dockerfile": "Dockerfile",
		"yaml": "YAML",
		"shell": "Shell",
		"text": "文本"
	},
	"blanksHint": "填写每一个空：输入缺少的内容，或从列表中选择。不区分大小写，前后的空格也不影响。",
	"blankOf": "第 {{n}} 空，共 {{total}} 空",
	"blankRight": "第 {{n}} 空正确：",
	"blankWrong": "第 {{n}} 空错误：",
	"rightAnswerIs": "正确答案：",
	"emptyAnswer": "（未填写）",
	"typedAnswer": "你的答案：{{answer}}"
};
var progress = {
	"loading": "正在读取学习进度……",
	"memoryOnly": "浏览器不允许本站保存数据，关闭此标签页后学习进度将会丢失。",
	"saveFailed": "学习进度未能保存（{{reason}}）。此前已保存的进度不受影响。"
};
var errors = {
	"notFound": "页面不存在。",
	"generic": "出错了。",
	"goHome": "前往课程首页"
};
var glossary = {
	"title": "术语表",
	"intro": "本课程用到的 {{count}} 个术语，附中英文名称。课文中术语第一次出现时会链接到这里。",
	"filter": "筛选术语",
	"noMatch": "没有与“{{query}}”匹配的术语。",
	"taughtIn": "见第 {{n}} 课：{{title}}",
	"otherName": "英文"
};
var time = {
	"minutesSeconds": "{{minutes}} 分 {{seconds}} 秒",
	"seconds": "{{seconds}} 秒"
};
var dashboard = {
	"heading": "学习进度",
	"passed": "已通过 {{passed}} / {{total}} 个测验",
	"read": "已读完 {{read}} / {{total}} 课",
	"timeSpent": "学习用时：{{time}}",
	"continueQuiz": "继续测验：{{title}}",
	"continueLesson": "继续阅读：{{title}}",
	"start": "从第 1 课开始：{{title}}",
	"allDone": "所有测验都已通过，做得好！",
	"takeQuiz": "参加测验：{{title}}",
	"retryQuiz": "重新测验：{{title}}",
	"nextLesson": "下一课：{{title}}",
	"orTakeQuiz": "或者现在就参加本课测验",
	"orReread": "或者先复习课文",
	"complete": "课程已完成",
	"completeText": "{{total}} 个测验全部通过。课文可以随时重读，术语表可以随时查阅。",
	"openGlossary": "打开术语表"
};
var tools = {
	"heading": "保护你的学习进度",
	"intro": "学习进度只保存在这个浏览器中。导出到文件，可以留作备份，或在另一台设备上导入。",
	"export": "导出学习进度",
	"import": "从文件导入学习进度",
	"resetCourse": "重置整个课程……",
	"resetLesson": "重置所选的课……",
	"confirmResetCourse": "确定要清除本课程的全部学习进度吗？清除前会先下载一份副本，之后可以再导入恢复。",
	"confirmResetLesson": "确定要清除“{{title}}”的学习进度吗？清除前会先下载一份副本，之后可以再导入恢复。",
	"confirmReset": "确定重置",
	"cancel": "取消",
	"titleSeparator": "：",
	"lessonToReset": "课程",
	"resetOneHeading": "重新学习某一课",
	"exportDone": "已导出：浏览器已把 {{file}} 保存到下载位置。",
	"resetDone": "学习进度已重置。原有进度保存在文件 {{file}} 中。",
	"importPreview": "此文件包含 {{lessons}} 条课程记录、{{attempts}} 次测验记录和 {{drafts}} 个进行中的测验。",
	"mergeSummary": "合并将新增 {{attempts}} 次测验记录，更新 {{lessons}} 条课程记录和 {{drafts}} 个进行中的测验。你现有的进度不会丢失，最高分会保留。",
	"merge": "与现有进度合并",
	"replace": "替换现有进度……",
	"confirmReplace": "确定用此文件替换全部学习进度吗？替换前会先下载你当前的进度。",
	"confirmReplaceButton": "确定替换",
	"importDone": "已导入：{{attempts}} 次测验记录、{{lessons}} 条课程记录、{{drafts}} 个进行中的测验。",
	"importFailed": "导入未能保存（{{reason}}）。没有做任何改动：你的学习进度与之前完全相同。",
	"setAside_one": "有 {{count}} 条已保存的记录无法读取。它已被单独保留而不是删除，导出时也会包含它。",
	"setAside_other": "有 {{count}} 条已保存的记录无法读取。它们已被单独保留而不是删除，导出时也会包含它们。",
	"problem": {
		"too-large": "此文件过大（超过 5 MB），不是学习进度的导出文件。现有进度未做任何改动。",
		"not-json": "此文件不是 JSON 格式，不是学习进度的导出文件。现有进度未做任何改动。",
		"wrong-shape": "此文件不是本课程的学习进度导出文件。现有进度未做任何改动。",
		"unknown-version": "此导出文件的版本（{{version}}）无法识别。现有进度未做任何改动。",
		"too-many": "此文件中的记录过多，不是学习进度的导出文件。现有进度未做任何改动。",
		"bad-record": "此文件中有一条无效的记录（{{key}}）。现有进度未做任何改动。",
		"too-deep": "此文件的数据嵌套层数远超任何进度导出文件，不是有效的导出。现有进度未做任何改动。",
		"future-date": "此文件中有一个未来的日期（{{key}}）。现有进度未做任何改动。",
		"unreadable": "无法读取此文件。现有进度未做任何改动。"
	}
};
var offline = {
	"saving": "正在保存课程以供离线使用……",
	"ready": "可离线使用",
	"offlineReady": "离线：整个课程仍可使用",
	"offlineNotReady": "离线：尚未保存的页面可能无法打开"
};
var update = {
	"available": "课程有新版本。学习进度和进行中的测验都会保留。",
	"reload": "重新加载",
	"reloading": "正在重新加载……"
};
var offlinePage = {
	"title": "当前处于离线状态",
	"body": "此页面未保存在本设备上（也可能并不存在），没有网络时无法打开。已保存在本设备上的课文、测验和术语表仍可打开。",
	"home": "前往课程首页"
};
var team = {
	"link": "团队负责人：并排查看多名学员的学习进度",
	"title": "团队学习进度",
	"intro": "供团队负责人使用：请每位学员在课程首页用“导出学习进度”生成文件，以自己的名字重命名（例如 zhang-san.json）后发给你；在这里一次打开所有文件，即可并排查看每个人的进度。",
	"privacy": "文件只在本浏览器中读取：不会上传，离开本页后也不会保留。同一学员较新的导出文件会替换较早的那一份。",
	"open": "打开进度文件……",
	"reading": "正在读取文件……（{{done}} / {{total}}）",
	"empty": "尚未打开任何文件。",
	"refusedBecause": "：{{reason}}",
	"caption_one": "{{count}} 名学员的学习进度",
	"caption_other": "{{count}} 名学员的学习进度",
	"learner": "学员（文件）",
	"passed": "已通过测验",
	"read": "已读完课程",
	"time": "学习用时",
	"lastActive": "最近学习",
	"actions": "操作",
	"remove": "移除",
	"removeOne": "移除 {{name}}",
	"removeAll": "全部移除",
	"minutes": "学习用时（分钟）",
	"downloadCsv": "下载 CSV 表格",
	"stateWithScore": "{{state}}（{{score}}）"
};
var theme = {
	"label": "主题",
	"system": "跟随系统",
	"light": "浅色",
	"dark": "深色"
};
var notFound = {
	"title": "找不到这个页面",
	"body": "这个地址不是本课程的页面：可能是链接有误，或者页面已经改名。你的学习进度不受影响。",
	"home": "前往课程首页"
};
var zh_default = {
	meta,
	nav,
	root,
	home,
	lesson,
	quiz,
	progress,
	errors,
	glossary,
	time,
	dashboard,
	tools,
	offline,
	update,
	offlinePage,
	team,
	theme,
	notFound
};
export { notFound$1 as i, zh_default as n, en_default as r, notFound as t };

//# sourceMappingURL=zh.js.map