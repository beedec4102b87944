/** The ServiceNow tables a connection may write to: Security Incident Response's, or the plain incident table. */
export const SERVICENOW_TABLES = ["sn_si_incident", "incident"] as const;
