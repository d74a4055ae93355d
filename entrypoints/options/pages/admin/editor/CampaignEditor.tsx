import { useEffect, useMemo, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice } from '@/components/Notice';
import { useObserved } from '@/components/useObserved';
import { type CampaignDraft, draftFromCampaign } from '@/storage/campaign/draft';
import { campaignFileName, campaignFileText, checkDraft, isCampaignReadOnly, pathKey } from '@/storage/campaign/editor';
import { BUILT_IN_CAMPAIGN, listCampaigns } from '@/storage/campaign/store';
import type { Campaign } from '@/storage/types';
import { PlanPart } from '../plan/PlanPart';
import { useSpokenIssue } from '../spoken-issue';
import { CalendarFields } from './CalendarFields';
import { DepartmentRows } from './DepartmentRows';
import { GeneralFields } from './GeneralFields';
import { LinkFields } from './LinkFields';
import { PlanFields } from './PlanFields';
import { PledgeRows } from './PledgeRows';
import type { FieldProps } from './types';

const ISSUE_ID = 'editor-issue';
const fieldId = (key: string) => `ce-${key}`;

/**
 * The admin office's campaign editor: start from a campaign in the store, change
 * it, and export the campaign file staff load in their settings. The draft is checked as you
 * type by the same rules the staff's app applies, so a file it exports is never refused.
 */
export function CampaignEditor({ campaign }: { campaign: Campaign }) {
  const now = useNow();
  const { t, label, date } = useI18n();
  const stored = useObserved(() => listCampaigns(), []);
  const sources = useMemo(() => {
    const list = (stored ?? []).map((row) => row.campaign);
    if (!list.some((c) => c.id === BUILT_IN_CAMPAIGN.id)) list.unshift(BUILT_IN_CAMPAIGN);
    if (!list.some((c) => c.id === campaign.id)) list.push(campaign);
    return list;
  }, [stored, campaign]);
  const [picked, setPicked] = useState(campaign.id);
  const [source, setSource] = useState(campaign);
  const [draft, setDraft] = useState<CampaignDraft>(() => draftFromCampaign(campaign));
  const [notice, setNotice] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const nowMs = now();
  // An ended campaign is kept as it was: its id cannot be given to the new one.
  const endedIds = sources.filter((c) => isCampaignReadOnly(c, nowMs)).map((c) => c.id);
  const result = useMemo(() => checkDraft(draft, endedIds), [draft, endedIds.join(' ')]);
  const brokenKey = result.ok ? null : pathKey(result.issue.path);
  const spoken = useSpokenIssue('ce-');
  const holders = (key: string) => [key, `${key}-vi`, `${key}-1`].map(fieldId);
  // The rule is shown once a field that holds it was left or the button pressed, not on arrival.
  const shown = result.ok || (brokenKey !== null ? spoken.speaks(holders(brokenKey)) : spoken.speaks([]));
  const invalidKey = shown ? brokenKey : null;

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const field: FieldProps = (key) =>
    invalidKey !== null && (key === invalidKey || key === `${invalidKey}-vi`)
      ? { id: fieldId(key), 'aria-invalid': 'true', 'aria-describedby': ISSUE_ID }
      : { id: fieldId(key) };

  function update(change: (draft: CampaignDraft) => CampaignDraft) {
    setDraft(change);
    setNotice('');
  }

  function startFrom() {
    const chosen = sources.find((c) => c.id === picked);
    if (!chosen) return;
    setSource(chosen);
    setDraft(draftFromCampaign(chosen));
    setNotice(t('editor.sourceLoaded', { campaign: label(chosen.name) }));
  }

  function goToIssue() {
    if (brokenKey === null) return;
    const target = holders(brokenKey).find((id) => document.getElementById(id));
    const element = target ? document.getElementById(target) : null;
    // A field folded away (a pledge's impact) is unfolded first: a hidden field takes no focus.
    element?.closest('details')?.setAttribute('open', '');
    element?.focus();
  }

  function exportFile() {
    if (!result.ok) {
      // Pressed before the rule was shown: it is shown now, and the keyboard goes to its field.
      spoken.press();
      return goToIssue();
    }
    const name = campaignFileName(result.campaign);
    downloadFile(name, campaignFileText(result.campaign));
    setNotice(t('editor.exported', { file: name }));
  }

  let issue = shown ? t('editor.valid') : '';
  if (!result.ok && shown) {
    const rule = ruleText(t, result.issue.rule);
    issue = t('editor.invalid', {
      rule: result.issue.path ? t('options.rulePath', { rule, path: result.issue.path }) : rule,
    });
  }
  const parts = { draft, update, field, focusLater: setFocusTarget };

  return (
    <section aria-labelledby="editor-title" class="editor" onFocusOut={spoken.onFocusOut}>
      <h3 id="editor-title">{t('editor.title')}</h3>
      <p class="muted">{t('editor.intro', { load: t('options.loadCampaign') })}</p>
      <div class="row editor-source">
        <div class="field">
          <label for="editor-source">{t('editor.source')}</label>
          <select id="editor-source" value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
            {sources.map((c) => (
              <option key={c.id} value={c.id}>
                {t('editor.sourceOption', {
                  campaign: label(c.name),
                  id: c.id,
                  start: date(c.start),
                  end: date(c.end),
                })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={startFrom}>
          {t('editor.useSource')}
        </button>
      </div>
      {isCampaignReadOnly(source, nowMs) ? (
        <p class="notice warn">
          {t('editor.ended', { campaign: label(source.name), end: date(source.end), id: source.id })}
        </p>
      ) : (
        draft.id.trim() === source.id && <p class="notice">{t('editor.sameId', { id: source.id })}</p>
      )}
      <GeneralFields {...parts} />
      <CalendarFields {...parts} />
      <DepartmentRows {...parts} />
      <PledgeRows {...parts} />
      <LinkFields {...parts} />
      <PlanFields {...parts} source={source} />
      <div class="editor-footer">
        <p
          id={ISSUE_ID}
          role="status"
          aria-live="polite"
          class={result.ok ? 'notice' : shown ? 'notice error' : undefined}
          data-rule={result.ok || !shown ? undefined : result.issue.rule}
        >
          {issue}
        </p>
        <div class="row">
          {!result.ok && shown && result.issue.path && (
            <button type="button" class="link" onClick={goToIssue}>
              {t('editor.goToField')}
            </button>
          )}
          <button type="button" class="primary" disabled={!result.ok && shown} onClick={exportFile}>
            {t('editor.export')}
          </button>
        </div>
        <Notice notice={notice ? { text: notice, error: false } : null} />
      </div>
      <PlanPart draft={draft} />
    </section>
  );
}
