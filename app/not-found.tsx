import { NotFoundMessage } from "@/components/not-found-message";

export default function NotFound() {
  return (
    <main className="page narrow">
      <NotFoundMessage />
    </main>
  );
}
