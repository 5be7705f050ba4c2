/**
 * The registry of rules, sorted by id. A test checks that every rule module in
 * this folder is registered here, has docs in docs/rules/ and has examples.
 */
import attachmentExists from './attachment-exists.js';
import attendanceMember from './attendance-member.js';
import bodyKnown from './body-known.js';
import caseAgendaOrder from './case-agenda-order.js';
import caseFileName from './case-file-name.js';
import caseMeeting from './case-meeting.js';
import caseNumberUnique from './case-number-unique.js';
import caseTypeKnown from './case-type-known.js';
import commentInValue from './comment-in-value.js';
import conflictMarker from './conflict-marker.js';
import conflictOfInterest from './conflict-of-interest.js';
import encoding from './encoding.js';
import fileLocation from './file-location.js';
import frontmatter from './frontmatter.js';
import infoItems from './info-items.js';
import interruptedChange from './interrupted-change.js';
import linkUrl from './link-url.js';
import meetingFileName from './meeting-file-name.js';
import minutesApproved from './minutes-approved.js';
import missingConclusion from './missing-conclusion.js';
import nationalId from './national-id.js';
import numberCollision from './number-collision.js';
import numberingGap from './numbering-gap.js';
import referenceResolves from './reference-resolves.js';
import referralLink from './referral-link.js';
import restrictedContent from './restricted-content.js';
import saksnrQuoted from './saksnr-quoted.js';
import schema from './schema.js';
import standingNumbering from './standing-numbering.js';
import yaml from './yaml.js';
import followupClosed from './followup-closed.js';
import followupOwner from './followup-owner.js';
import mandateApproval from './mandate-approval.js';
import mandateReporting from './mandate-reporting.js';
import mandateSections from './mandate-sections.js';
import mandateUnique from './mandate-unique.js';
import imageExists from './image-exists.js';
import planAreaKnown from './plan-area-known.js';
import planColumnKnown from './plan-column-known.js';
import planContinuesResolves from './plan-continues-resolves.js';
import planParentInitiative from './plan-parent-initiative.js';
import quorum from './quorum.js';
import planPeriod from './plan-period.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  attachmentExists,
  attendanceMember,
  bodyKnown,
  caseAgendaOrder,
  caseFileName,
  caseMeeting,
  caseNumberUnique,
  caseTypeKnown,
  commentInValue,
  conflictMarker,
  conflictOfInterest,
  encoding,
  fileLocation,
  frontmatter,
  infoItems,
  interruptedChange,
  linkUrl,
  meetingFileName,
  minutesApproved,
  missingConclusion,
  nationalId,
  numberCollision,
  numberingGap,
  referenceResolves,
  referralLink,
  restrictedContent,
  saksnrQuoted,
  schema,
  standingNumbering,
  yaml,
  followupClosed,
  followupOwner,
  mandateApproval,
  mandateReporting,
  mandateSections,
  mandateUnique,
  imageExists,
  planAreaKnown,
  planColumnKnown,
  planContinuesResolves,
  planParentInitiative,
  quorum,
  planPeriod,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
