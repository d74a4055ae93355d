import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { formatNumber, ruleText } from '@/components/i18n/format';
import { Notice, type NoticeText } from '@/components/Notice';
import { Table } from '@/entrypoints/options/pages/admin/rollup/Table';
import { type AdminData, setHeadcount } from '@/storage/admin/office';
import { importRosterFile } from '@/storage/admin/roster';
import type { Campaign } from '@/storage/types';

/** Headcount of each department, and the staff list that tells who has not submitted. */
export function AdminRoster({ campaign, admin }: { campaign: Campaign; admin: AdminData }) {
  const { t, label, lang } = useI18n();
  const [notice, setNotice] = useState<NoticeText | null>(null);
  // A staff list's outcome takes the focus, as after any file picked; a headcount's
  // message does not, so Tab goes on along the table.
  const [fromFile, setFromFile] = useState(false);
  const headcountOf = (id: string) => admin.headcounts.find((h) => h.department === id)?.headcount;

  async function change(department: string, value: string) {
    const trimmed = value.trim();
    const headcount = trimmed === '' ? null : Number(trimmed);
    try {
      await setHeadcount(campaign.id, department, headcount);
      setNotice(null);
    } catch {
      setFromFile(false);
      setNotice({ text: t('rule.headcount'), error: true });
    }
  }

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importRosterFile(campaign, file);
    setFromFile(true);
    if (!result.ok) {
      const rule = ruleText(t, result.issue.rule);
      return setNotice({
        text: t('admin.rosterRefused', {
          file: file.name,
          rule: result.issue.path ? `${rule} (${result.issue.path})` : rule,
        }),
        error: true,
      });
    }
    setNotice({ text: t('admin.rosterLoaded', { people: result.rows }), error: false });
  }

  return (
    <section aria-labelledby="roster-title">
      <h3 id="roster-title">{t('admin.rosterTitle')}</h3>
      <Table
        caption={t('admin.headcountsTitle')}
        captionId="headcounts-caption"
        columns={[
          {
            head: t('heading.department'),
            rowHead: true,
            cell: (d) => <label for={`headcount-${d.id}`}>{label(d.name)}</label>,
          },
          {
            head: t('admin.headcount'),
            cell: (d) => (
              <input
                id={`headcount-${d.id}`}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                placeholder={d.headcount === undefined ? t('admin.headcountUnknown') : String(d.headcount)}
                value={headcountOf(d.id) ?? ''}
                onChange={(e) => change(d.id, e.currentTarget.value)}
              />
            ),
          },
          {
            head: t('admin.onRoster'),
            num: true,
            cell: (d) => formatNumber(lang, admin.roster.filter((r) => r.department === d.id).length),
          },
        ]}
        rows={campaign.departments}
        rowKey={(d) => d.id}
      />
      <div class="field">
        <label for="roster-file">{t('admin.rosterPick')}</label>
        <input id="roster-file" type="file" accept=".csv,text/csv" onChange={pick} />
        <p class="muted small">{t('admin.rosterHint')}</p>
      </div>
      <Notice notice={notice} focus={fromFile} />
    </section>
  );
}
