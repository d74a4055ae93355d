import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice, type NoticeText } from '@/components/Notice';
import { readActivities } from '@/storage/activities/store';
import type { AdminData } from '@/storage/admin/office';
import { readReportDetails, saveReportOrganisation } from '@/storage/report/store';
import { officeReport, reportFileName } from '@/storage/report-file/build';
import { campaignOrganisation, checkOrganisation, reportOrganisation } from '@/storage/report-file/organisation';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { startingDetails } from './report-document';

interface Props {
  campaign: Campaign;
  admin: AdminData;
  /** The period chosen for the figures above (whole campaign, a week, any dates). */
  range: DateRange;
}

/**
 * The report file for the level above (docs/formats.md §4): the office's figures for the
 * chosen period, signed, as `<organisationId>-<period>.json`. A campaign whose file names no
 * organisation id asks for one here, and keeps it with the report's details. For a campaign that
 * lists agencies it is named as the office's own (departments only): the agencies' file is another.
 */
export function ReportFileExport({ campaign, admin, range }: Props) {
  const now = useNow();
  const i18n = useI18n();
  const { t } = i18n;
  const own = campaignOrganisation(campaign);
  // A level above has two files: this one, its own departments', and its agencies'.
  const levelAbove = Boolean(campaign.agencies?.length);
  const [id, setId] = useState('');
  // The body's official name is its Vietnamese one, whatever the page's language.
  const [name, setName] = useState(campaign.organisation.vi);
  const [invalid, setInvalid] = useState<'id' | 'name' | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const idInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void readReportDetails(campaign.id).then((kept) => {
      if (kept?.organisationId) setId(kept.organisationId);
      if (kept?.organisationName) setName(kept.organisationName);
    });
  }, [campaign.id]);

  async function save() {
    const at = new Date(now()).toISOString();
    let organisation = own;
    if (!organisation) {
      const problem = checkOrganisation(id.trim(), name);
      setInvalid(problem?.field ?? null);
      if (problem) {
        const field = problem.field === 'id' ? t('reportFile.id') : t('reportFile.name');
        setNotice({ text: t('reportFile.refused', { field, reason: ruleText(t, problem.rule) }), error: true });
        (problem.field === 'id' ? idInput : nameInput).current?.focus();
        return;
      }
      await saveReportOrganisation(campaign.id, { id: id.trim(), name }, startingDetails(i18n, campaign), at);
      organisation = reportOrganisation(campaign, { organisationId: id.trim(), organisationName: name })!;
    }
    const report = await officeReport(campaign, admin, organisation, range, at, await readActivities(campaign.id));
    const file = reportFileName(organisation.id, range);
    downloadFile(file, `${JSON.stringify(report, null, 2)}\n`);
    setNotice({ text: t('admin.saved', { file }), error: false });
  }

  const described = (field: 'id' | 'name', hint?: string) => ({
    'aria-invalid': invalid === field ? ('true' as const) : undefined,
    'aria-describedby':
      [hint, invalid === field ? 'report-file-notice' : undefined].filter(Boolean).join(' ') || undefined,
  });

  return (
    <section aria-labelledby="report-file-title">
      <h4 id="report-file-title">{t(levelAbove ? 'reportFile.ownTitle' : 'reportFile.title')}</h4>
      <p>{t('reportFile.intro', { from: i18n.date(range.from), to: i18n.date(range.to) })}</p>
      {levelAbove && <p class="notice">{t('reportFile.ownNote')}</p>}
      {own ? (
        <p>{t('reportFile.organisation', { name: i18n.label(own.name), id: own.id })}</p>
      ) : (
        <fieldset class="editor-group">
          <legend>{t('reportFile.askTitle')}</legend>
          <p class="muted small">{t('reportFile.askIntro')}</p>
          <div class="field">
            <label for="report-file-id">{t('reportFile.id')}</label>
            <input
              id="report-file-id"
              ref={idInput}
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={id}
              onInput={(e) => setId(e.currentTarget.value)}
              {...described('id', 'report-file-id-hint')}
            />
            <p class="muted small" id="report-file-id-hint">
              {t('reportFile.idHint')}
            </p>
          </div>
          <div class="field">
            <label for="report-file-name">{t('reportFile.name')}</label>
            <input
              id="report-file-name"
              ref={nameInput}
              type="text"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              {...described('name')}
            />
          </div>
        </fieldset>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={save}>
          {t(levelAbove ? 'reportFile.ownDownload' : 'reportFile.download')}
        </button>
      </div>
      <div id="report-file-notice">
        <Notice notice={notice} />
      </div>
    </section>
  );
}
