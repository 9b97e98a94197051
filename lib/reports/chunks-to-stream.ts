// An async generator of text as a pull-based byte stream: the generator runs only as fast as the
// client reads, and a cancelled stream (client gone) ends it, running its cleanup.
export function chunksToStream(chunks: AsyncGenerator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) return controller.close();
          controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
