import { NotFoundMessage } from "@/components/not-found-message";

// Rendered inside the desk layout, whose <main> already holds it: a second main landmark would
// confuse screen readers (app/not-found.tsx serves addresses outside the desk, with its own main).
export default function DeskNotFound() {
  return (
    <div className="narrow-block">
      <NotFoundMessage />
    </div>
  );
}
