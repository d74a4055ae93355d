import type { NewCampaignForm } from '@/storage/campaign/new-campaign';

/** Changes the new-campaign form. */
export type SetForm = (change: (form: NewCampaignForm) => NewCampaignForm) => void;

/** The id of a field of the form, and whether it holds the broken rule shown. */
export type Field = (key: string) => { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
