/**
 * `hf refer <body> <saksnr> --to <body> --meeting <date>`: a recommendation from
 * one body to another (FSU → SSU). The receiving body gets a case of its own,
 * with its next number (claimed as `hf new-case` claims it), its meeting, the
 * title and types of the sending case and `innstilling_fra`; the sending case
 * gets the new case in `oversendt_til`. Both files change in one all-or-nothing
 * step. The receiving body's notice then shows the sending body's conclusion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaseNumber, formatCaseRef, parseCaseRef, yearOf, type CaseNumber } from '../../model/case-number.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { caseText, numberedCasePath, type NewCase } from '../../repo/case-files.js';
import { loadOne } from '../../repo/config-only.js';
import { encodeRaw, readRaw } from '../../repo/edit.js';
import { withReferral } from '../../repo/meeting-edit.js';
import { claimNextNumber, peekNextNumber, type NumberClaim } from '../../repo/numbering.js';
import { fillTemplate, loadCaseTemplate } from '../../repo/templates.js';
import { applyChanges, ConflictError, TransactionError } from '../../repo/transaction.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { openConfig, requireBody, requireDate } from '../shared/authoring.js';
import { requireMeeting, resolveCase } from '../new-case/new-case.js';
import { err, out } from '../shared/support.js';

export interface ReferOptions {
  to?: string;
  meeting?: string;
  dryRun?: boolean;
  json?: boolean;
}

const messages = {
  missing: { nb: 'Mangler {options}', en: 'Missing {options}' },
  missingHint: { nb: 'For eksempel `hf refer FSU 2024.16 --to SSU --meeting 2024-09-26`.', en: 'For example `hf refer FSU 2024.16 --to SSU --meeting 2024-09-26`.' },
  sameBody: { nb: '{ref} hører allerede til {body}; en innstilling går til et annet organ', en: '{ref} already belongs to {body}; a recommendation goes to another body' },
  sameBodyHint: { nb: 'En sak som kommer tilbake i samme organ, opprettes med `hf new-case --follow-up "{ref}"`.', en: 'A case that comes back in the same body is made with `hf new-case --follow-up "{ref}"`.' },
  broken: { nb: '{path} har feil i frontmatter og kan ikke endres', en: '{path} has errors in its frontmatter and cannot be changed' },
  brokenHint: { nb: 'Kjør `hf validate {path}` og rett feilen først.', en: 'Run `hf validate {path}` and fix the error first.' },
  already: { nb: '{ref} er allerede sendt til {to} ({cases})', en: '{ref} has already been referred to {to} ({cases})' },
  alreadyHint: { nb: 'Se saken i {to}, eller fjern oversendt_til i {path} om den ikke lenger gjelder.', en: 'See the case in {to}, or remove oversendt_til in {path} if it no longer applies.' },
  noConclusion: {
    nb: 'merk: {ref} har ingen konklusjon ennå; innkallingen viser forslaget til konklusjon til den har det',
    en: 'note: {ref} has no conclusion yet; the notice shows its proposed conclusion until it has one',
  },
  created: { nb: 'Opprettet {to}-sak {number} med innstillingen fra {ref}: {path}', en: 'Created {to} case {number} with the recommendation of {ref}: {path}' },
  wouldCreate: { nb: 'Ville opprettet {to}-sak {number} med innstillingen fra {ref}: {path}', en: 'Would create {to} case {number} with the recommendation of {ref}: {path}' },
  linked: { nb: '{ref} viser til den nye saken (oversendt_til): {path}', en: '{ref} names the new case (oversendt_til): {path}' },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er skrevet', en: '{path} changed while hf was working; nothing was written' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
  failed: { nb: 'Oversendelsen feilet ({message}); alle filene er som før', en: 'The referral failed ({message}); every file is as it was' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet; nummeret tildeles først når saken opprettes)', en: '(dry run: nothing was written; the number is assigned when the case is created)' },
} satisfies Catalogue;

export async function run(words: string[], options: ReferOptions, ctx: CommandContext): Promise<number> {
  const { root, config, lang } = openConfig(ctx);
  const t = translator(messages, lang);
  const missing = [...(options.to ? [] : ['--to']), ...(options.meeting ? [] : ['--meeting'])];
  if (missing.length) throw new UsageError(t('missing', { options: missing.join(lang === 'en' ? ' and ' : ' og ') }), t('missingHint'));
  const from = resolveCase(root, config, words.join(' '), lang, 'hf refer');
  const ref = formatCaseRef(from.ref);
  const to = requireBody(config, options.to!, lang);
  if (to.code === from.ref.body) throw new UsageError(t('sameBody', { ref, body: to.code }), t('sameBodyHint', { ref }));
  const meeting = requireMeeting(root, to, requireDate(options.meeting!, lang), lang);
  const sending = loadOne(root, from.path);
  const data = sending?.data;
  if (!data) throw new UsageError(t('broken', { path: from.path }), t('brokenHint', { path: from.path }));
  const earlier = (Array.isArray(data.oversendt_til) ? data.oversendt_til : []).filter((r): r is string => typeof r === 'string' && parseCaseRef(r)?.body === to.code);
  if (earlier.length) throw new UsageError(t('already', { ref, to: to.code, cases: earlier.join(', ') }), t('alreadyHint', { to: to.code, path: from.path }));
  if (typeof data.konklusjon !== 'string' || !data.konklusjon.trim()) err(ctx, t('noConclusion', { ref }));

  const year = yearOf(meeting);
  const newCase: NewCase = {
    body: to.code,
    title: from.title,
    meeting,
    types: Array.isArray(data.sakstype) ? data.sakstype.filter((x): x is string => typeof x === 'string') : [],
    recommendationFrom: ref,
    text: '',
  };
  const template = loadCaseTemplate(root, to.code);
  const text = (number: CaseNumber) =>
    caseText({ ...newCase, text: fillTemplate(template.text, { tittel: from.title, organ: to.code, organnavn: to.name, saksnr: formatCaseNumber(number), møte: meeting }) }, number);

  /** The sending case with the new case added to `oversendt_til`, every other byte kept. */
  const before = readFileSync(join(root, from.path));
  const raw = readRaw(before);
  if (!raw) throw new UsageError(t('broken', { path: from.path }), t('brokenHint', { path: from.path }));
  const linkedText = (number: CaseNumber) => withReferral(raw.text, formatCaseRef({ body: to.code, number }));

  const report = (number: CaseNumber, path: string, dryRun: boolean) => {
    const vars = { to: to.code, number: formatCaseNumber(number), ref, path };
    if (options.json) {
      out(ctx, JSON.stringify({ saksnr: formatCaseNumber(number), organ: to.code, møte: meeting, tittel: from.title, innstilling_fra: ref, path, oppdatert: from.path, dryRun }, null, 2));
      return;
    }
    out(ctx, t(dryRun ? 'wouldCreate' : 'created', vars));
    out(ctx, t('linked', { ref, path: from.path }));
  };

  if (options.dryRun) {
    const number = peekNextNumber(root, to.code, year);
    report(number, numberedCasePath(to.code, number, from.title), true);
    if (!options.json) {
      out(ctx, '');
      out(ctx, text(number));
      out(ctx, t('dryRunNote'));
    }
    return 0;
  }

  let claim: NumberClaim | undefined;
  try {
    claim = claimNextNumber(root, to.code, year);
    const path = numberedCasePath(to.code, claim.number, from.title);
    applyChanges(
      root,
      [
        { to: path, after: new TextEncoder().encode(text(claim.number)) },
        { from: from.path, to: from.path, before, after: encodeRaw(raw, linkedText(claim.number)) },
      ],
      { description: `hf refer ${ref} --to ${to.code}` },
    );
    report(claim.number, path, false);
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(t('conflict', { path: error.path }), t('conflictHint'));
    if (error instanceof TransactionError && error.restored) throw new UsageError(t('failed', { message: String((error.cause as Error)?.message ?? error.cause) }));
    throw error;
  } finally {
    claim?.release();
  }
  return 0;
}
