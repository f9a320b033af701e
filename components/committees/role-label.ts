import type { MembershipRole } from "@/lib/queries/committees";

const ROLE_LABELS: Record<MembershipRole, string> = { chair: "Chair", vice_chair: "Vice-chair", member: "Member", substitute: "Substitute" };

/** The role as the front sheet printed it ("Vice-Chairwoman"), else a plain label. */
export function roleLabel(role: MembershipRole, printed: string | null): string {
  return printed?.trim() || ROLE_LABELS[role];
}
