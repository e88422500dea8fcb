package org.socialcare.supervision.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap of a run: the largest heap in use, sampled every 100 ms (live objects and garbage not yet
 * collected, so it grows towards -Xmx), and the heap still in use after a full collection at the end
 * of the run (what the application keeps: the organisation, caches, the engine's deployment cache).
 */
final class HeapSampler implements AutoCloseable {

  private static final double MIB = 1024.0 * 1024.0;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;

  HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
  }

  double peakMiB() {
    sample();
    return peakUsed / MIB;
  }

  /** Runs a full collection: call it last. */
  double liveAfterFullGcMiB() {
    sample();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed() / MIB;
  }

  double maxMiB() {
    return memory.getHeapMemoryUsage().getMax() / MIB;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
