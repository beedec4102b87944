import { ROLES, ROLE_LABELS, type TRole } from "@/lib/auth/roles";

export function RoleCheckboxes({ legend, name, defaultRoles = [], error }: { legend: string; name: string; defaultRoles?: TRole[]; error?: string }) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={role} defaultChecked={defaultRoles.includes(role)} className="size-4" />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </div>
      {error ? <p id={errorId} className="mt-1 text-sm font-medium text-red-800"><span aria-hidden="true">⚠ </span>Roles {error}</p> : null}
    </fieldset>
  );
}
