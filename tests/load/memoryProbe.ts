// Preloaded into the bot process by the load test (`--import`): answers "memory" over IPC with its usage after a
// full GC. Nothing else: the bot itself runs unmodified.
process.on('message', (message) => {
  if (message !== 'memory') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
// The IPC channel must not keep a bot that is shutting down alive.
process.channel?.unref();
