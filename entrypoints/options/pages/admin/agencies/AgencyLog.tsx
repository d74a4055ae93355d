import { useI18n } from '@/components/i18n/context';
import { HeldList } from '@/entrypoints/options/pages/admin/rollup/HeldList';
import { LogPart } from '@/entrypoints/options/pages/admin/rollup/LogPart';
import { reportFormat } from '@/storage/agencies/reports';
import type { AgencyHeldRow, AgencyLogRow } from '@/storage/db/database';
import type { OfficeReport } from '@/storage/report-file/types';
import { acceptHeld, refuseHeld } from '@/storage/rollup/held';
import type { Campaign } from '@/storage/types';
import { outcomeText } from './words';

/** Reports held for another signing key: the level above decides for each. */
export function AgencyHeld({ held }: { held: AgencyHeldRow[] }) {
  const { t, label } = useI18n();
  return (
    <HeldList
      id="agency-held-title"
      level={4}
      title={t('agencies.heldTitle')}
      intro={t('agencies.heldIntro')}
      items={held.map((row) => {
        const name = label((row.report as OfficeReport).organisation.name);
        return {
          id: row.id,
          fileName: row.fileName,
          line: (
            <>
              <strong>{name}</strong> · {row.fileName}
            </>
          ),
          acceptLabel: t('agencies.accept', { name }),
          refuseLabel: t('agencies.refuse', { name }),
          accepted: t('admin.heldAccepted', { name }),
          accept: (at) => acceptHeld(reportFormat, row.id, at),
          refuse: (at) => refuseHeld(reportFormat, row.id, at),
        };
      })}
    />
  );
}

/** Every report file the level above was given, latest import first. */
export function AgencyLog({ campaign, log }: { campaign: Pick<Campaign, 'timeZone'>; log: AgencyLogRow[] }) {
  const { t, label, date } = useI18n();
  return (
    <LogPart
      campaign={campaign}
      lines={log}
      level={4}
      ids={{ title: 'agency-log-title', caption: 'agency-log-caption' }}
      words={{
        title: t('agencies.logTitle'),
        empty: t('agencies.logEmpty'),
        at: t('agencies.at'),
        outcome: (l) => outcomeText(t, l.outcome),
        caption: t('agencies.logTitle'),
        region: t('agencies.logRegion'),
      }}
      columns={[
        { head: t('agencies.organisation'), cell: (l) => (l.organisation ? label(l.organisation) : '') },
        {
          head: t('agencies.period'),
          cell: (l) => (l.periodStart && l.periodEnd ? `${date(l.periodStart)} – ${date(l.periodEnd)}` : ''),
        },
      ]}
    />
  );
}
