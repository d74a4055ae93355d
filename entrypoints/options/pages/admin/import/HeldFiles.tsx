import { useI18n } from '@/components/i18n/context';
import { departmentName } from '@/components/i18n/format';
import { HeldList } from '@/entrypoints/options/pages/admin/rollup/HeldList';
import { summaryFormat } from '@/storage/admin/summaries';
import type { HeldRow } from '@/storage/db/database';
import { acceptHeld, refuseHeld } from '@/storage/rollup/held';
import type { Summary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';

/** Summaries that came with another signing key than the first one seen: the admin decides. */
export function HeldFiles({ campaign, held }: { campaign: Campaign; held: HeldRow[] }) {
  const { t, lang } = useI18n();
  return (
    <HeldList
      id="held-title"
      level={3}
      title={t('admin.heldTitle', { files: held.length })}
      intro={t('admin.heldIntro')}
      items={held.map((row) => {
        const { participant, revision } = row.summary as Summary;
        return {
          id: row.id,
          fileName: row.fileName,
          line: (
            <>
              <strong>{participant.name}</strong> — {departmentName(campaign, participant.department, lang)} ·{' '}
              {row.fileName} · {t('summary.revision')} {revision}
            </>
          ),
          acceptLabel: t('admin.acceptKey', { name: participant.name }),
          refuseLabel: t('admin.refuseFile', { file: row.fileName }),
          accepted: t('admin.heldAccepted', { name: participant.name }),
          accept: (at) => acceptHeld(summaryFormat, row.id, at),
          refuse: (at) => refuseHeld(summaryFormat, row.id, at),
        };
      })}
    />
  );
}
