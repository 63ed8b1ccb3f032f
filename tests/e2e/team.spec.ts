import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { aliceLaterFile, lessonIds, started, storedRecords, teamFiles } from './helpers';

test("a team lead opens learners' files and sees their progress side by side, in Chinese", async ({
	page
}) => {
	await page.goto('/zh/');
	await page.getByRole('link', { name: '团队负责人：并排查看多名学员的学习进度' }).click();
	await expect(page).toHaveURL(/\/zh\/team\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('团队学习进度');

	await started(page);
	await page.locator('input[type="file"]').setInputFiles(teamFiles());

	const total = lessonIds().length;
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(page.locator('caption')).toHaveText('2 名学员的学习进度');

	const aliceRow = page.locator('tr[data-learner="alice"]');
	await expect(aliceRow.locator('[data-column="passed"]')).toHaveText(`0 / ${total}`);
	await expect(aliceRow.locator('[data-column="read"]')).toHaveText(`1 / ${total}`);
	await expect(aliceRow.locator('td[data-lesson="containers"]')).toHaveAttribute(
		'data-state',
		'needs-review'
	);
	await expect(aliceRow.locator('td[data-lesson="containers"]')).toContainText('75%');
	await expect(aliceRow.locator('td[data-lesson="kubernetes"]')).toHaveText('测验进行中');

	const bobRow = page.locator('tr[data-learner="bob"]');
	await expect(bobRow.locator('[data-column="passed"]')).toHaveText(`1 / ${total}`);
	await expect(bobRow.locator('td[data-lesson="containers"]')).toContainText('100%');
	await expect(bobRow.locator('td[data-lesson="kubernetes"]')).toHaveAttribute(
		'data-state',
		'not-started'
	);
	await expect(bobRow.locator('td[data-lesson="kubernetes"] .visually-hidden')).toHaveText(
		'未开始'
	);

	// The file that is not an export is named, with why, in the page's language.
	await expect(page.getByRole('alert')).toContainText('notes.json');
	await expect(page.getByRole('alert')).toContainText('不是 JSON 格式');

	// The same table as a spreadsheet file, in the page's language.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载 CSV 表格' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^team-progress-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync(await download.path(), 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	expect(lines).toHaveLength(3);
	expect(lines[0]).toMatch(
		/^学员（文件）,已通过测验,已读完课程,学习用时（分钟）,最近学习,第 1 课 /
	);
	expect(lines[1]).toMatch(/^alice,0,1,\d+,/);
	expect(lines[1]).toContain('需要复习（75%）');
	expect(lines[2]).toMatch(/^bob,1,1,/);

	await bobRow.getByRole('button', { name: '移除 bob' }).click();
	await expect(rows).toHaveCount(1);
	await expect(page.locator('caption')).toHaveText('1 名学员的学习进度');

	// The same file again adds nothing; Alice's later export takes the place of her row.
	await page.locator('input[type="file"]').setInputFiles(teamFiles().slice(0, 1));
	await expect(rows).toHaveCount(1);
	await page.locator('input[type="file"]').setInputFiles(aliceLaterFile());
	await expect(rows).toHaveCount(1);
	const laterRow = page.locator('tr[data-learner="k8s-course-progress"]');
	await expect(laterRow.locator('[data-column="read"]')).toHaveText(`2 / ${total}`);

	// Switching language keeps the files open: only the words change.
	await page.locator('a.lang-switch').click();
	await expect(page).toHaveURL(/\/en\/team\/$/);
	await expect(page.locator('caption')).toHaveText('Progress of 1 learner');
	await expect(laterRow.locator('td[data-lesson="kubernetes"]')).toHaveText('Quiz in progress');

	// Looking at others' progress never touches the lead's own.
	expect(await storedRecords(page)).not.toContain('alice');
	expect(await storedRecords(page)).not.toContain('3f2a9c0d1e4b5a6978c0d1e2');
});
