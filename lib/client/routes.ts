/**
 * The console's API paths, built in one place: every id is a path segment escaped with encodeURIComponent, so an
 * id can never reach another route ("../", "?", "#"), and a renamed route is one edit.
 */
const segment = (value: string) => encodeURIComponent(value);

function notice(incidentBase: string, noticeId: string) {
  const base = `${incidentBase}/notices/${segment(noticeId)}`;
  return {
    self: () => base,
    versions: () => `${base}/versions`,
    recipients: () => `${base}/recipients`,
    decisions: () => `${base}/decisions`,
    send: () => `${base}/send`,
    submission: () => `${base}/submission`,
    progress: () => `${base}/progress`,
    receipt: () => `${base}/receipt`,
    ledgerExport: () => `${base}/ledger-export`,
  };
}

function evidence(incidentBase: string, evidenceId: string) {
  const base = `${incidentBase}/evidence/${segment(evidenceId)}`;
  return {
    self: () => base,
    custody: () => `${base}/custody`,
    legalHold: () => `${base}/legal-hold`,
    download: () => `${base}/download`,
  };
}

function incident(id: string) {
  const base = `/api/incidents/${segment(id)}`;
  return {
    self: () => base,
    tasks: () => `${base}/tasks`,
    task: (taskId: string) => `${base}/tasks/${segment(taskId)}`,
    taskTicket: (taskId: string) => `${base}/tasks/${segment(taskId)}/ticket`,
    playbooks: () => `${base}/playbooks`,
    members: () => `${base}/members`,
    restriction: () => `${base}/restriction`,
    notes: () => `${base}/notes`,
    status: () => `${base}/status`,
    severity: () => `${base}/severity`,
    verifyTimeline: () => `${base}/timeline/verify`,
    /** Server-sent events of the timeline, resuming after the last sequence the page rendered. */
    events: (afterSequence: number) => `${base}/events?after=${afterSequence}`,
    facts: () => `${base}/facts`,
    reevaluation: () => `${base}/reevaluation`,
    factSuggestions: () => `${base}/facts/suggestions`,
    declarations: () => `${base}/declarations`,
    obligationOwner: (obligationId: string) => `${base}/obligations/${segment(obligationId)}/owner`,
    notices: () => `${base}/notices`,
    noticesFromLedger: () => `${base}/notices/from-ledger`,
    notice: (noticeId: string) => notice(base, noticeId),
    evidenceList: () => `${base}/evidence`,
    evidenceUploads: () => `${base}/evidence/uploads`,
    evidence: (evidenceId: string) => evidence(base, evidenceId),
    affectedPeople: () => `${base}/affected-people`,
    /** A ledger import: the file is the body; format, file name and the column mapping (JSON) in the query. */
    affectedPeopleImport: (query: { format: "csv" | "ndjson"; fileName: string; mapping?: string }) =>
      `${base}/affected-people/imports?${new URLSearchParams({ format: query.format, fileName: query.fileName, ...(query.mapping ? { mapping: query.mapping } : {}) })}`,
    affectedPeopleProblems: (importId: string) => `${base}/affected-people/imports/${segment(importId)}/problems`,
    affectedPeopleUnresolved: () => `${base}/affected-people/unresolved`,
    reportPdf: () => `${base}/report.pdf`,
    /** A download of the incident record: "report.pdf", "export.zip" or "export/<name>.csv". */
    download: (file: "report.pdf" | "export.zip" | `export/${string}.csv`) => `${base}/${file}`,
  };
}

export const routes = {
  setup: () => "/api/setup",
  incidents: () => "/api/incidents",
  incident,
  users: () => "/api/users",
  user: (id: string) => `/api/users/${segment(id)}`,
  tokens: () => "/api/tokens",
  token: (id: string) => `/api/tokens/${segment(id)}`,
  sources: () => "/api/sources",
  dataStores: () => "/api/data-stores",
  dataStore: (id: string) => `/api/data-stores/${segment(id)}`,
  inventoryRefresh: () => "/api/data-stores/refresh",
  tagRules: () => "/api/data-stores/tag-rules",
  tagRule: (id: string) => `/api/data-stores/tag-rules/${segment(id)}`,
  organisationProfile: () => "/api/organisation-profile",
  organisationReevaluation: () => "/api/organisation-profile/reevaluation",
  evidenceRetention: () => "/api/organisation-profile/evidence-retention",
  approvalPolicy: () => "/api/notices/approval-policy",
  containmentApprovalPolicy: () => "/api/containment/approval-policy",
  notificationsRead: () => "/api/notifications/read",
  ruleReviews: (ruleId: string) => `/api/rules/${segment(ruleId)}/reviews`,
  findingsImport: () => "/api/findings/import",
  findingsOpenIncident: () => "/api/findings/open-incident",
  findingsLink: () => "/api/findings/link",
  findingsDismiss: () => "/api/findings/dismiss",
  whatIf: () => "/api/what-if/evaluate",
  liveIncidents: () => "/api/live/incidents",
  adminAuditExport: (format: "csv" | "json") => `/api/admin/audit/export?format=${format}`,
  webhooks: () => "/api/webhooks",
  webhook: (id: string) => `/api/webhooks/${segment(id)}`,
  webhookTest: (id: string) => `/api/webhooks/${segment(id)}/test`,
  integrationConnections: () => "/api/integrations/connections",
  connection: (id: string) => `/api/integrations/connections/${segment(id)}`,
  connectionTest: (id: string) => `/api/integrations/connections/${segment(id)}/test`,
  webhookRotateSecret: (id: string) => `/api/webhooks/${segment(id)}/rotate-secret`,
  webhookRedeliver: (id: string, deliveryId: string) => `/api/webhooks/${segment(id)}/deliveries/${segment(deliveryId)}/redeliver`,
};
