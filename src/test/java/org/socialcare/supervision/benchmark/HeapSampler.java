package org.socialcare.supervision.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The largest heap in use seen during a run, sampled every 100 ms (MemoryMXBean). */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;

  HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
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

  double peakMiB() {
    return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed()) / 1024.0 / 1024.0;
  }

  double maxMiB() {
    return memory.getHeapMemoryUsage().getMax() / 1024.0 / 1024.0;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
