import { useI18n } from '@/components/i18n/context';
import { departmentName, LOCALES, ruleText } from '@/components/i18n/format';
import type { AdminData } from '@/storage/admin/office';
import type { Campaign } from '@/storage/types';

const SHOWN = 200;

/** Every file ever merged, newest first; the whole log is in the workbook. */
export function MergeLog({ campaign, admin }: { campaign: Campaign; admin: AdminData }) {
  const { t, lang } = useI18n();
  const department = (id?: string) => departmentName(campaign, id, lang);
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: campaign.timeZone,
  });
  return (
    <section aria-labelledby="log-title">
      <h3 id="log-title">{t('admin.tableLog')}</h3>
      {admin.mergeLog.length === 0 ? (
        <p class="muted">{t('admin.logEmpty')}</p>
      ) : (
        <div class="scroll" tabIndex={0} role="region" aria-labelledby="log-caption">
          <table class="log">
            <caption id="log-caption">
              {t('admin.logShown', { shown: Math.min(SHOWN, admin.mergeLog.length), total: admin.mergeLog.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.time')}</th>
                <th scope="col">{t('admin.file')}</th>
                <th scope="col">{t('heading.name')}</th>
                <th scope="col">{t('heading.department')}</th>
                <th scope="col">{t('admin.signed')}</th>
                <th scope="col">{t('admin.outcome')}</th>
                <th scope="col">{t('admin.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {admin.mergeLog.slice(0, SHOWN).map((l) => (
                <tr key={l.id} data-outcome={l.outcome}>
                  <td>{time.format(Date.parse(l.at))}</td>
                  <td>{l.fileName}</td>
                  <td>{l.name ?? ''}</td>
                  <td>{department(l.department)}</td>
                  <td>{l.signed === undefined ? '' : t(l.signed ? 'admin.yes' : 'admin.unsigned')}</td>
                  <td>{t(`admin.outcome.${l.outcome}`)}</td>
                  <td>{l.reason ? ruleText(t, l.reason.rule) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
