import type { CampaignDraft } from '@/storage/campaign/draft';

/** Changes the editor's draft. */
export type Update = (change: (draft: CampaignDraft) => CampaignDraft) => void;

/** The id, validity and description of the form field that holds a path of the file. */
export type FieldProps = (key: string) => { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };

/** What each section of the editor is given: the draft, how to change it, its fields' wiring. */
export interface SectionProps {
  draft: CampaignDraft;
  update: Update;
  field: FieldProps;
  /** Moves the focus to this field once it is on screen (after a row is added). */
  focusLater: (id: string) => void;
}
