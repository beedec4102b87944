import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSnsUrl, snsStringToSign, verifySnsSignature, ZSnsMessage, type TSnsMessage } from "@/lib/notices/bounces/sns-message";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PUBLIC_PEM = publicKey.export({ type: "spki", format: "pem" }).toString();

function signed(fields: Record<string, string>, version: "1" | "2" = "2", certUrl = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem"): TSnsMessage {
  const unsigned = ZSnsMessage.parse({ ...fields, SignatureVersion: version, SigningCertURL: certUrl, Signature: "x" });
  return { ...unsigned, Signature: sign(version === "1" ? "sha1" : "sha256", Buffer.from(snsStringToSign(unsigned)), privateKey).toString("base64") };
}

const NOTIFICATION = { Type: "Notification", MessageId: "m-1", TopicArn: "arn:aws:sns:us-east-1:123456789012:t", Message: "{\"a\":1}\nline two", Timestamp: "2026-12-04T10:00:00.000Z" };

describe("Amazon SNS message signatures", () => {
  it("signs the documented fields in the documented order, leaving out an absent Subject", () => {
    const message = ZSnsMessage.parse({ ...NOTIFICATION, SignatureVersion: "2", Signature: "x", SigningCertURL: "https://sns.us-east-1.amazonaws.com/c.pem" });
    expect(snsStringToSign(message)).toBe("Message\n{\"a\":1}\nline two\nMessageId\nm-1\nTimestamp\n2026-12-04T10:00:00.000Z\nTopicArn\narn:aws:sns:us-east-1:123456789012:t\nType\nNotification\n");
    const withSubject = ZSnsMessage.parse({ ...NOTIFICATION, Subject: "Hi", SignatureVersion: "2", Signature: "x", SigningCertURL: "https://sns.us-east-1.amazonaws.com/c.pem" });
    expect(snsStringToSign(withSubject)).toContain("MessageId\nm-1\nSubject\nHi\nTimestamp\n");
    const confirmation = ZSnsMessage.parse({ ...NOTIFICATION, Type: "SubscriptionConfirmation", Token: "tok", SubscribeURL: "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription", SignatureVersion: "1", Signature: "x", SigningCertURL: "https://sns.us-east-1.amazonaws.com/c.pem" });
    expect(snsStringToSign(confirmation)).toBe(
      "Message\n{\"a\":1}\nline two\nMessageId\nm-1\nSubscribeURL\nhttps://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription\nTimestamp\n2026-12-04T10:00:00.000Z\nToken\ntok\nTopicArn\narn:aws:sns:us-east-1:123456789012:t\nType\nSubscriptionConfirmation\n",
    );
  });

  it("accepts SNS's signature in both versions and refuses any change to a signed field", async () => {
    for (const version of ["1", "2"] as const) {
      const message = signed(NOTIFICATION, version, `https://sns.eu-west-1.amazonaws.com/cert-${version}.pem`);
      expect(await verifySnsSignature(message, undefined, async () => PUBLIC_PEM)).toEqual({ ok: true });
      for (const field of ["Message", "MessageId", "Timestamp", "TopicArn"] as const) {
        const changed = { ...message, [field]: `${message[field]}x` } as TSnsMessage;
        expect(await verifySnsSignature(changed, undefined, async () => PUBLIC_PEM)).toEqual({ ok: false, reason: "the signature does not match the message" });
      }
    }
  });

  it("never fetches a certificate from outside SNS, and says why a certificate could not be read", async () => {
    let fetched = 0;
    const fetchCertificate = async () => {
      fetched += 1;
      return PUBLIC_PEM;
    };
    const forged = signed(NOTIFICATION, "2", "https://sns.us-east-1.amazonaws.com.attacker.example/cert.pem");
    expect(await verifySnsSignature(forged, undefined, fetchCertificate)).toMatchObject({ ok: false, reason: expect.stringContaining("not an Amazon SNS certificate URL") });
    expect(fetched).toBe(0);
    const unreadable = signed(NOTIFICATION, "2", "https://sns.ap-south-1.amazonaws.com/broken.pem");
    expect(await verifySnsSignature(unreadable, undefined, async () => Promise.reject(new Error("HTTP 404")))).toEqual({ ok: false, reason: "the signing certificate could not be read (HTTP 404)" });
  });

  it("takes SNS hosts over HTTPS only, or the configured endpoint override's origin", () => {
    expect(isSnsUrl("https://sns.us-east-1.amazonaws.com/x.pem", undefined)).toBe(true);
    expect(isSnsUrl("https://sns.cn-north-1.amazonaws.com.cn/x.pem", undefined)).toBe(true);
    for (const url of [
      "http://sns.us-east-1.amazonaws.com/x.pem",
      "https://sns.us-east-1.amazonaws.com:8443/x.pem",
      "https://user:pw@sns.us-east-1.amazonaws.com/x.pem",
      "https://evil.com/sns.us-east-1.amazonaws.com/x.pem",
      "https://sns.us-east-1.amazonaws.com.evil.com/x.pem",
      "https://s3.amazonaws.com/x.pem",
      "not a url",
    ]) expect(isSnsUrl(url, undefined), url).toBe(false);
    expect(isSnsUrl("http://127.0.0.1:4575/cert.pem", "http://127.0.0.1:4575")).toBe(true);
    expect(isSnsUrl("http://127.0.0.1:4576/cert.pem", "http://127.0.0.1:4575")).toBe(false);
  });
});
