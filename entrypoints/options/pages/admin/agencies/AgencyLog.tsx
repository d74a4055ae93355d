import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { LOCALES, ruleText } from '@/components/i18n/format';
import { acceptAgencyKey, refuseHeldReport } from '@/storage/agencies/held';
import type { AgencyHeldRow, AgencyLogRow } from '@/storage/db/database';
import type { OfficeReport } from '@/storage/report-file/types';
import { outcomeText } from './words';

const SHOWN = 200;

/** Reports held for another signing key: the level above decides for each. */
export function AgencyHeld({ held, now }: { held: AgencyHeldRow[]; now: () => number }) {
  const { t, label } = useI18n();
  const [message, setMessage] = useState('');
  if (held.length === 0)
    return message ? (
      <p role="status" class="notice">
        {message}
      </p>
    ) : null;
  const at = () => new Date(now()).toISOString();
  return (
    <div role="group" aria-labelledby="agency-held-title" class="held">
      <h4 id="agency-held-title">{t('agencies.heldTitle')}</h4>
      <p>{t('agencies.heldIntro')}</p>
      <ul>
        {held.map((row) => {
          const name = label((row.report as OfficeReport).organisation.name);
          return (
            <li key={row.id}>
              <p>
                <strong>{name}</strong> · {row.fileName}
              </p>
              <div class="row">
                <button
                  type="button"
                  onClick={async () => {
                    await acceptAgencyKey(row.id, at());
                    setMessage(t('admin.heldAccepted', { name }));
                  }}
                >
                  {t('agencies.accept', { name })}
                </button>
                <button
                  type="button"
                  onClick={async () => {
                    await refuseHeldReport(row.id, at());
                    setMessage(t('admin.heldRefused', { file: row.fileName }));
                  }}
                >
                  {t('agencies.refuse', { name })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status">{message}</p>
    </div>
  );
}

/** Every report file the level above was given, latest import first. */
export function AgencyLog({ log }: { log: AgencyLogRow[] }) {
  const { t, label, date, lang } = useI18n();
  return (
    <div role="group" aria-labelledby="agency-log-title">
      <h4 id="agency-log-title">{t('agencies.logTitle')}</h4>
      {log.length === 0 ? (
        <p>{t('agencies.logEmpty')}</p>
      ) : (
        <div class="scroll" tabIndex={0} role="region" aria-label={t('agencies.logRegion')}>
          <table>
            <caption>{t('agencies.logTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agencies.at')}</th>
                <th scope="col">{t('admin.file')}</th>
                <th scope="col">{t('agencies.organisation')}</th>
                <th scope="col">{t('agencies.period')}</th>
                <th scope="col">{t('admin.outcome')}</th>
                <th scope="col">{t('admin.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {log.slice(0, SHOWN).map((line) => (
                <tr key={line.id}>
                  <td>{new Date(line.at).toLocaleString(LOCALES[lang])}</td>
                  <td>{line.fileName}</td>
                  <td>{line.organisation ? label(line.organisation) : ''}</td>
                  <td>
                    {line.periodStart && line.periodEnd ? `${date(line.periodStart)} – ${date(line.periodEnd)}` : ''}
                  </td>
                  <td>{outcomeText(t, line.outcome)}</td>
                  <td>{line.reason ? ruleText(t, line.reason.rule) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
