import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { CreateUserForm } from "@/components/forms/create-user-form";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("/admin/users");
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1>Users</h1>
        <p className="empty">Only admins can manage users.</p>
      </>
    );
  }
  const users = await getDb().user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
  return (
    <>
      <h1>Users</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td data-label="Name">{u.name}</td>
              <td data-label="Email">{u.email}</td>
              <td data-label="Role">{ROLE_LABELS[u.role]}</td>
              <td data-label="Added">{formatDate(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
