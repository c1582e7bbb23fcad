import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center px-4 text-center">
      <NotFoundPanel href="/" action="Go to the home page">
        This page could not be found, or you do not have access to it.
      </NotFoundPanel>
    </main>
  );
}
