import { type PickedFile, readText } from '@/storage/files/read-text';
import { type CampaignResult, parseCampaignFile } from './schema';

/** Reads a campaign file picked by the person: size, then strict UTF-8, then JSON, then every rule. */
export async function readCampaignFile(file: PickedFile): Promise<CampaignResult> {
  const read = await readText(file, { bom: 'strip' });
  return read.ok ? parseCampaignFile(read.text) : { ok: false, issue: read.issue };
}
