import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice, type NoticeText } from '@/components/Notice';
import { bulletinDay, loadBulletinFile } from '@/storage/bulletin/store';

/** The file input for the bulletin the office sends, and what became of the file picked. */
export function BulletinLoad() {
  const now = useNow();
  const { t, label, date } = useI18n();
  const [notice, setNotice] = useState<NoticeText | null>(null);

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNotice(null);
    const result = await loadBulletinFile(file, new Date(now()).toISOString());
    if (result.outcome === 'refused') {
      const rule = ruleText(t, result.issue.rule);
      const where = result.issue.path ? t('options.rulePath', { rule, path: result.issue.path }) : rule;
      return setNotice({ text: t('department.refused', { file: file.name, rule: where }), error: true });
    }
    const { bulletin, campaign, kept } = result;
    const made = date(bulletinDay(bulletin));
    if (result.outcome === 'older') {
      const keptDay = date(bulletinDay({ generatedAt: kept!, campaign: bulletin.campaign }));
      return setNotice({ text: t('department.older', { file: file.name, date: made, kept: keptDay }), error: true });
    }
    if (result.outcome === 'same') return setNotice({ text: t('department.same', { file: file.name }), error: false });
    const key = result.outcome === 'replaced' ? 'department.replaced' : 'department.loaded';
    setNotice({ text: t(key, { file: file.name, campaign: label(campaign.name), date: made }), error: false });
  }

  return (
    <>
      <div class="field">
        <label for="bulletin-file">{t('department.pick')}</label>
        <input
          id="bulletin-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="bulletin-hint"
          onChange={pick}
        />
        <p id="bulletin-hint" class="muted small">
          {t('department.pickHint')}
        </p>
      </div>
      <Notice notice={notice} focus />
    </>
  );
}
