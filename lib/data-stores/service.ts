import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changedFields } from "@/lib/admin-log/changed-fields";
import { recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { ZDataStoreInput, type TDataStoreInput } from "@/lib/data-stores/schemas";
import { overridesAfterEdit } from "@/lib/data-stores/overrides";

/** The data inventory (administrators): every change is an entry in the administration log, in its transaction. */

export async function listDataStores(actor: TActor) {
  assertCan(actor, "datastore.list");
  return prisma.dataStore.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function createDataStore(actor: TActor, input: TDataStoreInput) {
  assertCan(actor, "datastore.manage");
  const data = ZDataStoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const store = await tx.dataStore.create({ data: { ...data, residency: data.residency as Prisma.InputJsonValue } });
    await recordAdminChange(tx, actor, { action: "data-store.created", target: dataStoreTarget(store), before: null, after: dataStoreState(store) });
    return store;
  });
}

export async function updateDataStore(actor: TActor, id: string, input: TDataStoreInput) {
  assertCan(actor, "datastore.manage");
  const data = ZDataStoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await lockDataStore(tx, id);
    // A discovered store: its ARN and kind come from AWS; the fields the person changes become overrides that
    // discovery leaves alone from now on (lib/inventory/merge.ts).
    if (before.source === "discovered") {
      const refused = (["arn", "kind"] as const).filter((field) => data[field] !== before[field]);
      if (refused.length > 0) {
        throw AppError.badRequest("A discovered store's ARN and kind come from AWS.", refused.map((name) => ({ name, reason: "cannot be changed on a discovered store" })));
      }
    }
    const manualOverrides = before.source === "discovered" ? overridesAfterEdit(before, data, before.manualOverrides) : before.manualOverrides;
    const store = await tx.dataStore.update({ where: { id }, data: { ...data, residency: data.residency as Prisma.InputJsonValue, manualOverrides } });
    const changed = changedFields(dataStoreState(before), dataStoreState(store));
    if (changed) await recordAdminChange(tx, actor, { action: "data-store.changed", target: dataStoreTarget(store), ...changed });
    return store;
  });
}

export async function deleteDataStore(actor: TActor, id: string) {
  assertCan(actor, "datastore.manage");
  await prisma.$transaction(async (tx) => {
    const before = await lockDataStore(tx, id);
    await tx.dataStore.delete({ where: { id } });
    await recordAdminChange(tx, actor, { action: "data-store.deleted", target: dataStoreTarget(before), before: dataStoreState(before), after: null });
  });
}

/** The store as it is now, locked until the transaction ends so its log entry's "before" is what the change replaced. */
async function lockDataStore(tx: Prisma.TransactionClient, id: string) {
  await tx.$executeRaw`SELECT id FROM data_stores WHERE id = ${id}::uuid FOR UPDATE`;
  const store = await tx.dataStore.findUnique({ where: { id } });
  if (!store) throw AppError.notFound("The data store");
  return store;
}

type TDataStoreRow = Awaited<ReturnType<typeof prisma.dataStore.create>>;

function dataStoreTarget(store: TDataStoreRow) {
  return { type: "data-store" as const, id: store.id, label: `${store.name} (${store.arn})` };
}

/** What an administrator set: the hand-editable columns (and, on a discovered store, which of them are overrides). */
function dataStoreState(store: TDataStoreRow) {
  const { arn, name, kind, dataCategories, residency, encrypted, manualOverrides } = store;
  return { arn, name, kind, dataCategories, residency: residency as Prisma.InputJsonValue, encrypted, ...(store.source === "discovered" ? { manualOverrides } : {}) };
}
