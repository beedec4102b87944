import { describe, expect, it } from "vitest";
import { defaultTaskOwner, type TTeam } from "@/lib/playbooks/default-owner";

const team: TTeam = {
  commander: { id: "cmd", active: true },
  members: [
    { role: "legal_lead", user: { id: "legal", active: true } },
    { role: "engineering_lead", user: { id: "eng", active: true } },
    { role: "comms_lead", user: { id: "comms", active: false } },
    { role: "participant", user: { id: "someone", active: true } },
  ],
};

describe("defaultTaskOwner", () => {
  it("gives each task to the incident's holder of the matching role", () => {
    expect(defaultTaskOwner("commander", team)).toBe("cmd");
    expect(defaultTaskOwner("legal", team)).toBe("legal");
    expect(defaultTaskOwner("privacy", team)).toBe("legal");
    expect(defaultTaskOwner("engineering", team)).toBe("eng");
    expect(defaultTaskOwner("forensics", team)).toBe("eng");
  });

  it("leaves a task unowned when the role is not staffed or its holder is deactivated", () => {
    expect(defaultTaskOwner("comms", team)).toBeNull();
    expect(defaultTaskOwner("legal", { commander: null, members: [] })).toBeNull();
    expect(defaultTaskOwner("commander", { commander: { id: "cmd", active: false }, members: [] })).toBeNull();
  });
});
