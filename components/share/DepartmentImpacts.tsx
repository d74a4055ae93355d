import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { departmentImpacts, impactLines, pledgesWithImpact, sourcesOf } from '@/storage/share/impacts';
import type { Campaign } from '@/storage/types';

/**
 * Estimated impact per department, for the admin figures and a loaded bulletin:
 * totals times the campaign file's coefficients, each column naming its source below. Nothing
 * is shown when the campaign defines no coefficient.
 */
export function DepartmentImpacts({
  campaign,
  totals,
}: {
  campaign: Campaign;
  /** Pledge totals per department id, in the order to show. */
  totals: ReadonlyMap<string, Readonly<Record<string, number>>>;
}) {
  const { t, label, lang } = useI18n();
  const pledges = pledgesWithImpact(campaign);
  if (pledges.length === 0) return null;
  const rows = departmentImpacts(campaign, totals);
  const office: Record<string, number> = {};
  for (const pledgesDone of totals.values())
    for (const [id, n] of Object.entries(pledgesDone)) office[id] = (office[id] ?? 0) + n;
  const officeLines = impactLines(campaign, office);
  const name = (id: string) => {
    const d = campaign.departments.find((x) => x.id === id);
    return d ? label(d.name) : id;
  };
  const estimate = (n: number) => `≈ ${formatNumber(lang, Math.round(n * 10) / 10)}`;

  return (
    <div class="impacts">
      <div class="scroll" tabIndex={0} role="region" aria-labelledby="impacts-caption">
        <table class="departments" data-table="impacts">
          <caption id="impacts-caption">{t('share.impactsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heading.department')}</th>
              {pledges.map((p) => (
                <th key={p.id} scope="col" class="num">
                  {label(p.label)} ({label(p.impact!.unit)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.department} data-department={row.department}>
                <th scope="row">{name(row.department)}</th>
                {row.lines.map((l) => (
                  <td key={l.pledgeId} class="num" data-pledge={l.pledgeId}>
                    {estimate(l.estimate)}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-department="office">
              <th scope="row">{t('share.officeRow')}</th>
              {officeLines.map((l) => (
                <td key={l.pledgeId} class="num" data-pledge={l.pledgeId}>
                  {estimate(l.estimate)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p class="muted small">{t('share.impactsNote')}</p>
      <p class="small">
        <strong>{t('share.sources')}:</strong>
      </p>
      <ul class="small sources">
        {sourcesOf(officeLines).map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </div>
  );
}
