// Slack mrkdwn treats "<…>" as links, mentions (<@U…>, <!channel>) and dates, and "&" as an entity start. Text that
// came from AWS findings or users is attacker-controlled, so escaping these three characters (the set Slack
// documents) turns any such syntax into literal text.
export function escapeSlackMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
