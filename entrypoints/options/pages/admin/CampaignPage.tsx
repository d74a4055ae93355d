import { useI18n } from '@/components/i18n/context';
import type { PageProps } from '@/entrypoints/options/route-types';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { CreateCampaign } from './create/CreateCampaign';
import { CampaignEditor } from './editor/CampaignEditor';

/**
 * The campaign: a new one made from a template (the way to start when none is in use), and,
 * folded, the full editor of the one in use (of the built-in one, as a start, before any).
 */
export function CampaignPage({ data }: PageProps) {
  const { t } = useI18n();
  const campaign = data.campaign ?? BUILT_IN_CAMPAIGN;
  // The full editor (every field of the file) is folded: the page opens on the short form.
  return (
    <>
      <CreateCampaign />
      <details class="editor-fold">
        <summary>{t('adminNav.editorFold')}</summary>
        <CampaignEditor key={campaign.id} campaign={campaign} />
      </details>
    </>
  );
}
