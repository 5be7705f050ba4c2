/**
 * A partnership's own words in its documents (`etiketter` in hf.yaml, for the
 * partnership or one body): the keys as the secretariat writes them, and the
 * label of the documents each one replaces. The words are in the partnership's
 * language (`språk`) and used for documents in that language.
 */
export const LABEL_KEYS = {
  innkalling: 'notice',
  saksliste: 'agenda',
  til: 'to',
  tema: 'topic',
  dato_sted: 'datePlace',
  møteleder: 'chair',
  referent: 'minuteTaker',
  forslag_til_konklusjon: 'proposedConclusion',
  konklusjon: 'conclusion',
  referat: 'minutes',
  utkast_til_referat: 'draftMinutes',
  tilstede: 'present',
  frafall: 'absent',
  vedlegg: 'attachments',
  sekretariat: 'secretariat',
  innspill: 'dialogue',
  pause: 'pause',
  saksfremlegg: 'paper',
  saksnr: 'paperNumber',
  møteorgan: 'paperBody',
  type_sak: 'paperTypes',
  saksbehandler: 'paperHandler',
  forslag_til_vedtak: 'proposedResolution',
} as const;

export type LabelKey = keyof typeof LABEL_KEYS;

/** Own labels by the documents' label id (`notice`, `agenda` …). */
export type OwnLabels = Partial<Record<(typeof LABEL_KEYS)[LabelKey], string>>;

/** `etiketter` of hf.yaml as own labels; unknown keys are left out (the schema reports them). */
export function ownLabels(data: Record<string, unknown> | undefined): OwnLabels | undefined {
  if (!data) return undefined;
  const out: OwnLabels = {};
  for (const [key, id] of Object.entries(LABEL_KEYS)) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) out[id] = v.trim();
  }
  return Object.keys(out).length ? out : undefined;
}
