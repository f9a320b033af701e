/** What a signed-in clerk sees on an administrator's page: a refusal, nothing of the page. */
export function AdminOnly() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">You do not have permission to see this page</h1>
      <p>Only an administrator can manage users. Ask an administrator if you need an account changed.</p>
    </>
  );
}
